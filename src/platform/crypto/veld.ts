import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

/**
 * Field encryption (docs/decisions/020): AES-256-GCM from Node's own crypto, a fresh 96-bit IV
 * for every encryption, an explicit 16-byte tag, and associated data that binds a ciphertext
 * to its gemeente, record, table, column and row — a value copied anywhere else does not
 * decrypt. No knowledge of capabilities or of the door here: the door hands out `DataSleutel`s
 * (door/sleutel.ts), and only code holding one can encrypt or decrypt a record's fields.
 *
 * Stored form (text, so the columns stay `text`): `v1.<iv>.<tag>.<ciphertext>`, each part
 * base64url without padding. The empty string is stored as the empty string: GCM reveals a
 * value's length anyway, so encrypting "" would hide nothing.
 */

export const VERSIE = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SLEUTEL_BYTES = 32;

/** Where a value lives; it becomes the GCM associated data. */
export type VeldContext = {
  gemeenteId: string;
  dossierId: string;
  tabel: string;
  kolom: string;
  /** The row's key (its id, or e.g. `<beoordeling>:<code>` for a composite key) */
  rijId: string;
};

export class OntsleutelFout extends Error {}

const alleenSleutelbeheer = Symbol('alleen het sleutelbeheer maakt een DataSleutel');
const ruweSleutels = new WeakMap<DataSleutel, Buffer>();

/**
 * One resident's data key, unwrapped. Opaque: it cannot be made outside this module except
 * through `pakSleutelUit`/`nieuweSleutel` in sleutelring.ts, and its bytes are not readable.
 */
export class DataSleutel {
  readonly gemeenteId: string;
  readonly dossierId: string;
  constructor(token: typeof alleenSleutelbeheer, sleutel: Buffer, gemeenteId: string, dossierId: string) {
    if (token !== alleenSleutelbeheer) throw new Error('A DataSleutel is only made by the key store');
    if (sleutel.length !== SLEUTEL_BYTES) throw new Error('A data key has 32 bytes');
    this.gemeenteId = gemeenteId;
    this.dossierId = dossierId;
    ruweSleutels.set(this, sleutel);
    Object.freeze(this);
  }
}

/** For sleutelring.ts only (the architecture test pins its importers). */
export function maakDataSleutel(sleutel: Buffer, gemeenteId: string, dossierId: string): DataSleutel {
  return new DataSleutel(alleenSleutelbeheer, sleutel, gemeenteId, dossierId);
}

function ruw(sleutel: DataSleutel): Buffer {
  const bytes = ruweSleutels.get(sleutel);
  if (!bytes) throw new Error('Unknown DataSleutel');
  return bytes;
}

/** The associated data: unambiguous (each part length-prefixed), versioned. */
export function aad(context: Record<string, string>): Buffer {
  const delen = Object.entries(context).map(([k, v]) => `${k}=${v.length}:${v}`);
  return Buffer.from(`redzaam/${VERSIE}|${delen.join('|')}`, 'utf8');
}

const b64 = (buf: Buffer) => buf.toString('base64url');

/** AES-256-GCM with raw key bytes; the shared core of field encryption and key wrapping. */
export function versleutelRuw(sleutel: Buffer, tekst: Buffer, associated: Buffer): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', sleutel, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associated);
  const ct = Buffer.concat([cipher.update(tekst), cipher.final()]);
  return `${VERSIE}.${b64(iv)}.${b64(cipher.getAuthTag())}.${b64(ct)}`;
}

export function ontsleutelRuw(sleutel: Buffer, opgeslagen: string, associated: Buffer): Buffer {
  const delen = opgeslagen.split('.');
  if (delen.length !== 4 || delen[0] !== VERSIE) throw new OntsleutelFout('not a v1 ciphertext');
  const [, ivTekst, tagTekst, ctTekst] = delen as [string, string, string, string];
  const iv = Buffer.from(ivTekst, 'base64url');
  const tag = Buffer.from(tagTekst, 'base64url');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) throw new OntsleutelFout('bad IV or tag length');
  try {
    const decipher = createDecipheriv('aes-256-gcm', sleutel, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(associated);
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(ctTekst, 'base64url')), decipher.final()]);
  } catch {
    throw new OntsleutelFout('ciphertext, tag, IV or associated data do not match');
  }
}

function veldAad(sleutel: DataSleutel, context: VeldContext): Buffer {
  // The key belongs to one record: a context naming another record is a programming error.
  if (context.gemeenteId !== sleutel.gemeenteId || context.dossierId !== sleutel.dossierId)
    throw new OntsleutelFout('the key belongs to another record');
  return aad({
    gemeente: context.gemeenteId,
    dossier: context.dossierId,
    tabel: context.tabel,
    kolom: context.kolom,
    rij: context.rijId,
  });
}

/** Encrypts one field value. "" stays "" (see above). */
export function versleutel(sleutel: DataSleutel, tekst: string, context: VeldContext): string {
  if (tekst === '') return '';
  return versleutelRuw(ruw(sleutel), Buffer.from(tekst, 'utf8'), veldAad(sleutel, context));
}

/** Decrypts one field value; throws `OntsleutelFout` when anything was changed or moved. */
export function ontsleutel(sleutel: DataSleutel, opgeslagen: string, context: VeldContext): string {
  if (opgeslagen === '') return '';
  return ontsleutelRuw(ruw(sleutel), opgeslagen, veldAad(sleutel, context)).toString('utf8');
}

/** Whether a stored value is already encrypted (the step that encrypts old rows skips these). */
export function isVersleuteld(opgeslagen: string): boolean {
  return opgeslagen.startsWith(`${VERSIE}.`);
}

/**
 * Blind index: HMAC-SHA-256 under its own key (never a data key or the master key), for an
 * exact-match look-up of an encrypted value. `doel` separates indexes of different fields.
 * Only for the few look-ups that need one; no other search on encrypted text.
 */
export function blindeIndex(indexSleutel: Buffer, doel: string, waarde: string): string {
  return createHmac('sha256', indexSleutel)
    .update(aad({ doel }))
    .update('\0')
    .update(waarde, 'utf8')
    .digest('base64url');
}
