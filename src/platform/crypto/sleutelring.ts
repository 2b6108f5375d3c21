import { createHash, hkdfSync, randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import {
  aad,
  blindeIndex,
  type DataSleutel,
  maakDataSleutel,
  OntsleutelFout,
  ontsleutelRuw,
  SLEUTEL_BYTES,
  versleutelRuw,
} from './veld.js';

/**
 * The master keys and the wrapping of data keys (docs/decisions/020). A resident's data key is
 * wrapped with AES-256-GCM under the current master key, its associated data naming the
 * gemeente and record, so a wrapped key copied to another record does not unwrap. A master key
 * is known by its id: the first 16 hex digits of its SHA-256, so no one has to name keys.
 * During a rotation the previous master key(s) stay configured beside the new one until
 * `npm run sleutels -- roteer` has re-wrapped every data key.
 */

export type Meestersleutel = { id: string; sleutel: Buffer };

export class SleutelFout extends Error {}

export function meestersleutel(sleutel: Buffer): Meestersleutel {
  if (sleutel.length !== SLEUTEL_BYTES) throw new SleutelFout('a master key has exactly 32 bytes');
  return { id: createHash('sha256').update(sleutel).digest('hex').slice(0, 16), sleutel };
}

/** Base64 of exactly 32 bytes, or a clear error naming where it came from. */
export function leesBase64Sleutel(tekst: string, bron: string): Buffer {
  const schoon = tekst.trim();
  const bytes = Buffer.from(schoon, 'base64');
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(schoon) || bytes.length !== SLEUTEL_BYTES)
    throw new SleutelFout(
      `${bron}: not a key (base64 of exactly 32 bytes expected; make one with \`openssl rand -base64 32\`)`,
    );
  return bytes;
}

export class Sleutelring {
  readonly huidige: Meestersleutel;
  private readonly alle: Map<string, Meestersleutel>;

  constructor(huidige: Meestersleutel, vorige: Meestersleutel[] = []) {
    this.huidige = huidige;
    this.alle = new Map([...vorige, huidige].map((m) => [m.id, m]));
  }

  /**
   * A key for another purpose, derived from the current master key (HKDF-SHA256 with the purpose
   * as info), so every instance has the same one without another secret to configure. Used to
   * bind CSRF tokens to the session (app.tsx). A rotation changes it: open forms then ask again.
   */
  afgeleid(doel: string): Buffer {
    return Buffer.from(hkdfSync('sha256', this.huidige.sleutel, Buffer.alloc(0), `redzaam:${doel}`, 32));
  }

  /** Whether a data key wrapped under this master key id can be unwrapped. */
  kent(meesterId: string): boolean {
    return this.alle.has(meesterId);
  }

  /** A fresh data key for a record, and its wrapped form to store. */
  nieuweSleutel(
    gemeenteId: string,
    dossierId: string,
  ): { sleutel: DataSleutel; verpakt: string; meesterId: string } {
    const bytes = randomBytes(SLEUTEL_BYTES);
    return {
      sleutel: maakDataSleutel(bytes, gemeenteId, dossierId),
      verpakt: versleutelRuw(this.huidige.sleutel, bytes, wrapAad(gemeenteId, dossierId)),
      meesterId: this.huidige.id,
    };
  }

  /** Unwraps a stored data key; throws when its master key is not configured or it was moved. */
  pakUit(verpakt: string, meesterId: string, gemeenteId: string, dossierId: string): DataSleutel {
    return maakDataSleutel(
      this.ruwUitgepakt(verpakt, meesterId, gemeenteId, dossierId),
      gemeenteId,
      dossierId,
    );
  }

  /**
   * Secrets of an account (not of a resident's record, so no record key fits): AES-256-GCM
   * under a key derived from the master key with HKDF-SHA-256 for this purpose only
   * (docs/decisions/022). The associated data names the gemeente, the account and what the
   * secret is for, so a stored secret copied to another account does not decrypt. Returns the
   * master key's id to store beside it, as for data keys.
   */
  versleutelAccountGeheim(
    context: { gemeenteId: string; accountId: string; doel: string },
    geheim: string,
  ): { versleuteld: string; meesterId: string } {
    return this.versleutelAfgeleid(accountSleutel(this.huidige.sleutel), geheim, accountAad(context));
  }

  /** Decrypts an account secret; throws when its master key is not configured or it was moved. */
  ontsleutelAccountGeheim(
    context: { gemeenteId: string; accountId: string; doel: string },
    versleuteld: string,
    meesterId: string,
  ): string {
    return this.ontsleutelAfgeleid(
      'an account secret',
      meesterId,
      accountSleutel,
      versleuteld,
      accountAad(context),
    );
  }

  /**
   * Open answers of a peiling (docs/decisions/042): anonymous, so no record key fits. AES-256-GCM
   * under a key per gemeente derived from the master key (HKDF-SHA-256, the gemeente as salt, this
   * purpose as info); the associated data binds gemeente, peiling and row, so a ciphertext copied
   * to another row, peiling or gemeente does not decrypt. Returns the master key's id to store.
   */
  versleutelPeilingAntwoord(
    context: { gemeenteId: string; peilingId: string; rijId: string },
    tekst: string,
  ): { versleuteld: string; meesterId: string } {
    return this.versleutelAfgeleid(
      peilingSleutel(this.huidige.sleutel, context.gemeenteId),
      tekst,
      peilingAad(context),
    );
  }

  /** Decrypts an open answer; throws `SleutelFout` when its master key is missing or it was moved. */
  ontsleutelPeilingAntwoord(
    context: { gemeenteId: string; peilingId: string; rijId: string },
    versleuteld: string,
    meesterId: string,
  ): string {
    return this.ontsleutelAfgeleid(
      'an open answer',
      meesterId,
      (meester) => peilingSleutel(meester, context.gemeenteId),
      versleuteld,
      peilingAad(context),
    );
  }

  /**
   * Personal data given before there is a record to hold it (a Samen sign-up waiting for the
   * coordinator, docs/decisions/048): AES-256-GCM under a key per gemeente derived from the master
   * key (HKDF-SHA-256, the gemeente as salt, this purpose as info); the associated data binds
   * gemeente, purpose and row, so a ciphertext copied elsewhere does not decrypt.
   */
  versleutelVoorlopig(
    context: { gemeenteId: string; doel: string; rijId: string },
    tekst: string,
  ): { versleuteld: string; meesterId: string } {
    return this.versleutelAfgeleid(
      voorlopigSleutel(this.huidige.sleutel, context.gemeenteId),
      tekst,
      voorlopigAad(context),
    );
  }

  /** Decrypts what `versleutelVoorlopig` wrote; throws `SleutelFout` when its master key is missing or it was moved. */
  ontsleutelVoorlopig(
    context: { gemeenteId: string; doel: string; rijId: string },
    versleuteld: string,
    meesterId: string,
  ): string {
    return this.ontsleutelAfgeleid(
      'data given before a record existed',
      meesterId,
      (meester) => voorlopigSleutel(meester, context.gemeenteId),
      versleuteld,
      voorlopigAad(context),
    );
  }

  /**
   * A panel member's name and e-mail address (docs/decisions/053): she has no record, so no record
   * key fits. AES-256-GCM under a key per gemeente derived from the master key (HKDF-SHA-256, the
   * gemeente as salt, this purpose as info); the associated data binds gemeente, member and column,
   * so a ciphertext copied to another member, column or gemeente does not decrypt.
   */
  versleutelPanelLid(
    context: { gemeenteId: string; lidId: string; kolom: 'naam' | 'email' },
    tekst: string,
  ): { versleuteld: string; meesterId: string } {
    return this.versleutelAfgeleid(
      panelLidSleutel(this.huidige.sleutel, context.gemeenteId),
      tekst,
      panelLidAad(context),
    );
  }

  /** Decrypts what `versleutelPanelLid` wrote; throws `SleutelFout` when its master key is missing or it was moved. */
  ontsleutelPanelLid(
    context: { gemeenteId: string; lidId: string; kolom: 'naam' | 'email' },
    versleuteld: string,
    meesterId: string,
  ): string {
    return this.ontsleutelAfgeleid(
      "a panel member's details",
      meesterId,
      (meester) => panelLidSleutel(meester, context.gemeenteId),
      versleuteld,
      panelLidAad(context),
    );
  }

  /**
   * The blind index of a panel member's e-mail address (docs/decisions/053): HMAC-SHA-256 of the
   * normalised address under a key per gemeente derived from the master key for this purpose only.
   * One per configured master key, the current one first: during a rotation a row may still carry
   * the index under the previous key, and a sign-up must find it.
   */
  panelEmailIndexen(gemeenteId: string, email: string): { meesterId: string; index: string }[] {
    const genormaliseerd = email.normalize('NFC').trim().toLowerCase();
    return [this.huidige, ...[...this.alle.values()].filter((m) => m.id !== this.huidige.id)].map((m) => ({
      meesterId: m.id,
      index: blindeIndex(panelIndexSleutel(m.sleutel, gemeenteId), 'panel_lid.email', genormaliseerd),
    }));
  }

  /** Encrypts under a key derived from the current master key; returns that key's id to store. */
  private versleutelAfgeleid(
    sleutel: Buffer,
    tekst: string,
    associated: Buffer,
  ): { versleuteld: string; meesterId: string } {
    return {
      versleuteld: versleutelRuw(sleutel, Buffer.from(tekst, 'utf8'), associated),
      meesterId: this.huidige.id,
    };
  }

  /** Decrypts under a key derived from a (possibly previous) master key; `wat` names it in errors. */
  private ontsleutelAfgeleid(
    wat: string,
    meesterId: string,
    sleutelVan: (meester: Buffer) => Buffer,
    versleuteld: string,
    associated: Buffer,
  ): string {
    const meester = this.alle.get(meesterId);
    if (!meester) throw new SleutelFout(`${wat} is under master key ${meesterId}, which is not configured`);
    try {
      return ontsleutelRuw(sleutelVan(meester.sleutel), versleuteld, associated).toString('utf8');
    } catch (fout) {
      if (fout instanceof OntsleutelFout) throw new SleutelFout(`${wat} does not decrypt`);
      throw fout;
    }
  }

  /** Re-wraps a stored data key under the current master key (rotation); the data is untouched. */
  herverpak(verpakt: string, meesterId: string, gemeenteId: string, dossierId: string): string {
    const bytes = this.ruwUitgepakt(verpakt, meesterId, gemeenteId, dossierId);
    return versleutelRuw(this.huidige.sleutel, bytes, wrapAad(gemeenteId, dossierId));
  }

  private ruwUitgepakt(verpakt: string, meesterId: string, gemeenteId: string, dossierId: string): Buffer {
    const meester = this.alle.get(meesterId);
    if (!meester)
      throw new SleutelFout(
        `a data key is wrapped under master key ${meesterId}, which is not configured (REDZAAM_MASTER_KEY / REDZAAM_MASTER_KEY_PREVIOUS)`,
      );
    try {
      return ontsleutelRuw(meester.sleutel, verpakt, wrapAad(gemeenteId, dossierId));
    } catch (fout) {
      if (fout instanceof OntsleutelFout)
        throw new SleutelFout(`data key of record ${dossierId} does not unwrap`);
      throw fout;
    }
  }
}

const wrapAad = (gemeenteId: string, dossierId: string) =>
  aad({ soort: 'datasleutel', gemeente: gemeenteId, dossier: dossierId });

/** The key for account secrets: derived, never stored; a master key rotation changes it too. */
const accountSleutel = (meester: Buffer) =>
  Buffer.from(hkdfSync('sha256', meester, Buffer.alloc(0), 'redzaam/v1/account-geheimen', SLEUTEL_BYTES));

const accountAad = (context: { gemeenteId: string; accountId: string; doel: string }) =>
  aad({
    soort: 'accountgeheim',
    gemeente: context.gemeenteId,
    account: context.accountId,
    doel: context.doel,
  });

/** The gemeente's key for open answers of her peilingen: derived, never stored. */
const peilingSleutel = (meester: Buffer, gemeenteId: string) =>
  Buffer.from(
    hkdfSync(
      'sha256',
      meester,
      Buffer.from(gemeenteId, 'utf8'),
      'redzaam/v1/peiling-open-antwoord',
      SLEUTEL_BYTES,
    ),
  );

const peilingAad = (context: { gemeenteId: string; peilingId: string; rijId: string }) =>
  aad({
    soort: 'peiling-open-antwoord',
    gemeente: context.gemeenteId,
    peiling: context.peilingId,
    tabel: 'peiling_open_antwoord',
    kolom: 'tekst',
    rij: context.rijId,
  });

/** The gemeente's key for personal data given before a record exists: derived, never stored. */
const voorlopigSleutel = (meester: Buffer, gemeenteId: string) =>
  Buffer.from(
    hkdfSync('sha256', meester, Buffer.from(gemeenteId, 'utf8'), 'redzaam/v1/voorlopig', SLEUTEL_BYTES),
  );

const voorlopigAad = (context: { gemeenteId: string; doel: string; rijId: string }) =>
  aad({ soort: 'voorlopig', gemeente: context.gemeenteId, doel: context.doel, rij: context.rijId });

/** The gemeente's key for her panel members' names and addresses: derived, never stored. */
const panelLidSleutel = (meester: Buffer, gemeenteId: string) =>
  Buffer.from(
    hkdfSync('sha256', meester, Buffer.from(gemeenteId, 'utf8'), 'redzaam/v1/panel-lid', SLEUTEL_BYTES),
  );

/** The gemeente's key for the blind index of her panel members' addresses: another purpose, another key. */
const panelIndexSleutel = (meester: Buffer, gemeenteId: string) =>
  Buffer.from(
    hkdfSync(
      'sha256',
      meester,
      Buffer.from(gemeenteId, 'utf8'),
      'redzaam/v1/panel-lid-email-index',
      SLEUTEL_BYTES,
    ),
  );

const panelLidAad = (context: { gemeenteId: string; lidId: string; kolom: 'naam' | 'email' }) =>
  aad({
    soort: 'panel-lid',
    gemeente: context.gemeenteId,
    tabel: 'panel_lid',
    kolom: context.kolom,
    rij: context.lidId,
  });

// --- the process's key ring ------------------------------------------------------------------

let actief: Sleutelring | undefined;

/** Set once at start (server.ts, CLI commands, the test support), before any record is read. */
export function gebruikSleutelring(ring: Sleutelring): void {
  actief = ring;
}

/** Whether a key ring was loaded (a CLI that migrates loads one first when not). */
export function heeftSleutelring(): boolean {
  return actief !== undefined;
}

export function sleutelring(): Sleutelring {
  if (!actief) throw new SleutelFout('no master key loaded (gebruikSleutelring was not called)');
  return actief;
}

// --- loading --------------------------------------------------------------------------------

export type SleutelConfig = {
  production: boolean;
  /** REDZAAM_MASTER_KEY (base64) */
  masterKey: string | undefined;
  /** REDZAAM_MASTER_KEY_PREVIOUS: keys still accepted for unwrapping during a rotation */
  previousMasterKeys: string[];
  /** Where the key file is made when no master key is configured (not in production) */
  keyDir: string;
};

export const SLEUTELBESTAND = 'master.key';

/** The key settings of the validated configuration (src/platform/config.ts). */
export function sleutelConfigVan(config: {
  env: string;
  masterKey: string | undefined;
  previousMasterKeys: string[];
  keyDir: string;
}): SleutelConfig {
  return {
    production: config.env === 'production',
    masterKey: config.masterKey,
    previousMasterKeys: config.previousMasterKeys,
    keyDir: config.keyDir,
  };
}

/**
 * The master key from configuration; outside production without one, from the key file in
 * the key directory, made once (mode 0600) when it does not exist. A key file that others may
 * read, or that holds no key, stops the app with a message saying what to do.
 */
export async function laadSleutelring(config: SleutelConfig): Promise<Sleutelring> {
  const vorige = config.previousMasterKeys.map((k, i) =>
    meestersleutel(leesBase64Sleutel(k, `REDZAAM_MASTER_KEY_PREVIOUS (key ${i + 1})`)),
  );
  if (config.masterKey)
    return new Sleutelring(meestersleutel(leesBase64Sleutel(config.masterKey, 'REDZAAM_MASTER_KEY')), vorige);
  if (config.production)
    throw new SleutelFout(
      'REDZAAM_MASTER_KEY: required when NODE_ENV=production (base64 of 32 random bytes: `openssl rand -base64 32`); keep it apart from the database and its backups',
    );
  return new Sleutelring(meestersleutel(await sleutelbestand(config.keyDir)), vorige);
}

async function sleutelbestand(keyDir: string): Promise<Buffer> {
  const bestand = path.join(keyDir, SLEUTELBESTAND);
  await mkdir(keyDir, { recursive: true, mode: 0o700 });
  try {
    // wx: made only when it does not exist, so two starts never make two different keys.
    const handle = await open(bestand, 'wx', 0o600);
    try {
      await handle.writeFile(`${randomBytes(SLEUTEL_BYTES).toString('base64')}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await chmod(bestand, 0o600);
  } catch (fout) {
    if ((fout as NodeJS.ErrnoException).code !== 'EEXIST') throw fout;
  }
  const info = await stat(bestand);
  if ((info.mode & 0o077) !== 0)
    throw new SleutelFout(
      `${bestand}: readable by others (mode ${(info.mode & 0o777).toString(8)}); make it 0600 (\`chmod 600 ${bestand}\`) — it unlocks every record`,
    );
  return leesBase64Sleutel(
    await readFile(bestand, 'utf8'),
    `${bestand} (corrupt key file; restore it from its backup)`,
  );
}
