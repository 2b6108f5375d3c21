import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { sleutelring } from '../../platform/crypto/sleutelring.js';
import {
  type DataSleutel,
  isVersleuteld,
  OntsleutelFout,
  ontsleutel,
  versleutel,
} from '../../platform/crypto/veld.js';
import type { Db } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/errors.js';
import * as q from './queries.js';
import { ontsluit, type Toegang } from './toegang.js';

/**
 * A record's data key, unlocked only from a `Toegang` (docs/decisions/020): the key store is
 * read in the door's transaction, the key unwrapped under the master key once per `Toegang`
 * and kept with it. Queries files encrypt on write and decrypt on read with `versleutelVeld`
 * and `ontsleutelVeld`, so use cases and pages keep seeing plain strings; nothing else calls
 * them (architecture test). A record without a key gets one on first use — unless the erasure
 * log names it: then its data was erased, and the answer is 410 ("deze gegevens zijn gewist").
 */

const sleutels = new WeakMap<Toegang, Promise<DataSleutel>>();
/** Wrapped keys the door read with the record (one statement, no extra round trip). */
const voorgelezen = new WeakMap<Toegang, q.VerpakteSleutel>();

/**
 * Bench-only switch (`npm run bench`, REDZAAM_BENCH_ZONDER_ONTSLEUTELEN=ja): the same code path
 * with decryption off — no key read, no unwrap, no decryption; pages show the stored ciphertext —
 * to measure what decryption costs. Writes still encrypt, so no plain text is ever stored.
 */
let uitVoorBench = false;
export function ontsleutelenUitVoorBench(): void {
  if (process.env.REDZAAM_BENCH_ZONDER_ONTSLEUTELEN !== 'ja') throw new Error('bench only');
  uitVoorBench = true;
}

/** Whether the door should read the wrapped key with the record (not when the bench measures without). */
export function leesSleutelMee(): boolean {
  return !uitVoorBench;
}

/** The door hands over the wrapped key it read with the record; it is unwrapped only when used. */
export function kenVerpakteSleutel(toegang: Toegang, sleutel: q.VerpakteSleutel | undefined): void {
  if (sleutel) voorgelezen.set(toegang, sleutel);
}

function sleutelVan(toegang: Toegang): Promise<DataSleutel> {
  let sleutel = sleutels.get(toegang);
  if (!sleutel) {
    sleutel = laad(toegang);
    sleutels.set(toegang, sleutel);
    sleutel.catch(() => sleutels.delete(toegang));
  }
  return sleutel;
}

async function laad(toegang: Toegang): Promise<DataSleutel> {
  const db = ontsluit(toegang);
  const ring = sleutelring();
  const { gemeenteId, dossierId } = toegang;
  const opgeslagen = voorgelezen.get(toegang) ?? (await q.leesSleutel(db, gemeenteId, dossierId));
  if (opgeslagen) return ring.pakUit(opgeslagen.verpakt, opgeslagen.meester_id, gemeenteId, dossierId);
  if (await q.isGewist(db, dossierId)) throw new HttpError('GONE', 'gewist');
  const nieuw = ring.nieuweSleutel(gemeenteId, dossierId);
  if (
    await q.bewaarSleutel(db, { gemeenteId, dossierId, verpakt: nieuw.verpakt, meesterId: nieuw.meesterId })
  )
    return nieuw.sleutel;
  // Another request made the key at the same moment: use that one.
  const ander = await q.leesSleutel(db, gemeenteId, dossierId);
  if (!ander) throw new Error('data key vanished while it was made');
  return ring.pakUit(ander.verpakt, ander.meester_id, gemeenteId, dossierId);
}

/** Where a value lives in the record; with the record's gemeente and id it is the associated data. */
export type Veld = { tabel: string; kolom: string; rijId: string };

const context = (toegang: Toegang, veld: Veld) => ({
  gemeenteId: toegang.gemeenteId,
  dossierId: toegang.dossierId,
  ...veld,
});

export async function versleutelVeld(toegang: Toegang, veld: Veld, tekst: string): Promise<string> {
  if (tekst === '') return tekst;
  return versleutel(await sleutelVan(toegang), tekst, context(toegang, veld));
}

/**
 * Decrypts a stored value. A value that is not encrypted (and not empty) is refused like a
 * changed one: the step at start encrypts every old row, so plain text here was put there.
 */
export async function ontsleutelVeld(toegang: Toegang, veld: Veld, opgeslagen: string): Promise<string> {
  if (opgeslagen === '' || uitVoorBench) return opgeslagen;
  if (!isVersleuteld(opgeslagen)) throw new OntsleutelFout(`${veld.tabel}.${veld.kolom} holds plain text`);
  return ontsleutel(await sleutelVan(toegang), opgeslagen, context(toegang, veld));
}

/** For the step that encrypts rows stored before field encryption: plain text in, ciphertext out. */
export async function versleutelKlareTekst(toegang: Toegang, veld: Veld, opgeslagen: string) {
  if (opgeslagen === '' || isVersleuteld(opgeslagen)) return undefined;
  return versleutelVeld(toegang, veld, opgeslagen);
}

/** Erasure: the record's key is destroyed and the erasure logged, in the door's transaction. */
export async function vernietigSleutel(toegang: Toegang, nu: Date): Promise<void> {
  sleutels.delete(toegang);
  voorgelezen.delete(toegang);
  await q.vernietigSleutel(ontsluit(toegang), toegang.gemeenteId, toegang.dossierId, nu);
  await schrijfWislog([{ gemeente_id: toegang.gemeenteId, dossier_id: toegang.dossierId, gewist_op: nu }]);
}

// --- the erasure log outside the database ------------------------------------------------------

type Wissing = { gemeente_id: string; dossier_id: string; gewist_op: Date };

let wislogBestand: string | undefined;

/**
 * The erasure log is kept twice: the table `sleutel_wissing` (key store, shared by instances)
 * and an append-only file in the key directory (`wissingen.log`), outside the database and
 * every backup of it. Either one brings the other back after a restore.
 */
export function gebruikWislog(keyDir: string | undefined): void {
  wislogBestand = keyDir ? path.join(keyDir, 'wissingen.log') : undefined;
}

async function schrijfWislog(wissingen: Wissing[]): Promise<void> {
  if (!wislogBestand || wissingen.length === 0) return;
  await mkdir(path.dirname(wislogBestand), { recursive: true, mode: 0o700 });
  const regels = wissingen.map((w) =>
    JSON.stringify({ gemeente: w.gemeente_id, dossier: w.dossier_id, op: w.gewist_op.toISOString() }),
  );
  // Written before the erasure commits: a line for an erasure that then failed only finishes
  // what the resident asked for, while a lost line could bring a key back.
  await appendFile(wislogBestand, `${regels.join('\n')}\n`, { mode: 0o600, flush: true });
}

async function leesWislog(): Promise<Wissing[]> {
  if (!wislogBestand) return [];
  const tekst = await readFile(wislogBestand, 'utf8').catch((fout: NodeJS.ErrnoException) => {
    if (fout.code === 'ENOENT') return '';
    throw fout;
  });
  return tekst
    .split('\n')
    .filter((regel) => regel.trim() !== '')
    .map((regel, index) => {
      try {
        const r = JSON.parse(regel) as { gemeente: string; dossier: string; op: string };
        return { gemeente_id: r.gemeente, dossier_id: r.dossier, gewist_op: new Date(r.op) };
      } catch {
        throw new Error(`${wislogBestand}: line ${index + 1} is not an erasure log line`);
      }
    });
}

/**
 * After a restore (and at every start): the union of both erasure logs is applied — every
 * named record's key destroyed, each log completed from the other. Returns how many keys were
 * destroyed now (0 when nothing had come back).
 */
export async function pasWislogToe(db: Db): Promise<{ sleutelsVernietigd: number; wissingen: number }> {
  const uitBestand = await leesWislog();
  return db.transaction().execute(async (trx) => {
    const uitTabel = await q.alleWissingen(trx);
    const bekend = new Set(uitTabel.map((w) => w.dossier_id));
    const inBestand = new Set(uitBestand.map((w) => w.dossier_id));
    const alle = [...uitTabel, ...uitBestand.filter((w) => !bekend.has(w.dossier_id))];
    const sleutelsVernietigd = await q.pasWissingenToe(trx, alle);
    await schrijfWislog(uitTabel.filter((w) => !inBestand.has(w.dossier_id)));
    return { sleutelsVernietigd, wissingen: alle.length };
  });
}

/** Erased records found again in the data (a restored data backup), for regie to delete. */
export function gewisteDossiersInData(db: Db) {
  return q.gewisteDossiersInData(db);
}

// --- rotation -------------------------------------------------------------------------------

/**
 * Re-wraps every data key under the current master key, in batches, without touching the
 * data. Safe to run again or on several instances (rows are locked with skip locked).
 */
export async function roteer(db: Db, nu: () => Date = () => new Date()): Promise<number> {
  const ring = sleutelring();
  let totaal = 0;
  for (;;) {
    const aantal = await db.transaction().execute(async (trx) => {
      const rijen = await q.sleutelsNietOnder(trx, ring.huidige.id, 200);
      for (const rij of rijen) {
        const verpakt = ring.herverpak(rij.verpakt, rij.meester_id, rij.gemeente_id, rij.dossier_id);
        await q.herverpakSleutel(trx, {
          dossierId: rij.dossier_id,
          oudMeesterId: rij.meester_id,
          verpakt,
          meesterId: ring.huidige.id,
          nu: nu(),
        });
      }
      return rijen.length;
    });
    totaal += aantal;
    if (aantal === 0) return totaal;
  }
}

export async function sleuteltelling(db: Db) {
  return q.telSleutels(db);
}

// --- regie's own encrypted fields ------------------------------------------------------------

/** The free text of regie's tables: "waarom" of a grant and an invitation, the emergency reason. */
export const REGIE_VELDEN = {
  toegangDoel: (id: string): Veld => ({ tabel: 'toegang', kolom: 'doel', rijId: id }),
  uitnodigingDoel: (id: string): Veld => ({ tabel: 'uitnodiging', kolom: 'doel', rijId: id }),
  noodtoegangReden: (id: string): Veld => ({ tabel: 'noodtoegang', kolom: 'reden', rijId: id }),
};
