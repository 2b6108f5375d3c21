import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { enqueueJob } from '../platform/jobs/jobs.js';
import type { JobName, JobPayload, NewJob } from '../platform/jobs/types.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { ontsleutelVeld, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import { type Termijnen, WETTELIJKE_TERMIJNEN } from './rules.js';

/**
 * The only SQL of the keukentafelgesprek. Everything about a record takes a `Toegang`; the
 * preparation is encrypted on write and decrypted on read here. The levensgebieden catalog,
 * her own assessment and her network map are read as tables, without importing those
 * capabilities, and only for a viewer who may see those sections.
 */

const enc = (toegang: Toegang, kolom: string, id: string, tekst: string) =>
  versleutelVeld(toegang, { tabel: 'gesprek', kolom, rijId: id }, tekst);
const dec = (toegang: Toegang, kolom: string, id: string, tekst: string) =>
  ontsleutelVeld(toegang, { tabel: 'gesprek', kolom, rijId: id }, tekst);

/** May this viewer see another section of the same record (the owner always)? */
const ziet = (toegang: Toegang, sectie: string) =>
  toegang.grondslag === 'eigenaar' ||
  toegang.grondslag === 'systeem' ||
  toegang.niveaus[sectie] !== undefined;

// --- the gemeente's deadlines (gemeente data, no door) -----------------------------------------

export async function termijnen(
  db: Db | Toegang,
  gemeenteId: string,
): Promise<Termijnen & { version: number }> {
  const rij = await ontsluit(db)
    .selectFrom('gesprek_instelling')
    .select(['plan_dagen', 'onderzoek_dagen', 'herinner_dagen', 'version'])
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  return rij
    ? {
        planDagen: rij.plan_dagen,
        onderzoekDagen: rij.onderzoek_dagen,
        herinnerDagen: rij.herinner_dagen,
        version: rij.version,
      }
    : { ...WETTELIJKE_TERMIJNEN, version: 0 };
}

/** Changes the deadlines when they are still at the version the beheerder saw (0: never set). */
export async function zetTermijnen(
  db: Db,
  input: { gemeenteId: string; termijnen: Termijnen; gezien: number; nu: Date },
): Promise<boolean> {
  const waarden = {
    plan_dagen: input.termijnen.planDagen,
    onderzoek_dagen: input.termijnen.onderzoekDagen,
    herinner_dagen: input.termijnen.herinnerDagen,
    updated_at: input.nu,
  };
  if (input.gezien === 0) {
    const rijen = await db
      .insertInto('gesprek_instelling')
      .values({ gemeente_id: input.gemeenteId, ...waarden })
      .onConflict((oc) => oc.column('gemeente_id').doNothing())
      .returning('gemeente_id')
      .execute();
    return rijen.length === 1;
  }
  const rijen = await db
    .updateTable('gesprek_instelling')
    .set((eb) => ({ ...waarden, version: eb('version', '+', 1) }))
    .where('gemeente_id', '=', input.gemeenteId)
    .where('version', '=', input.gezien)
    .returning('gemeente_id')
    .execute();
  return rijen.length === 1;
}

// --- the gemeente's levensgebieden, her assessment and her network (read only) ------------------

export type Gebied = { code: string; naam: string | null };

export async function gebieden(toegang: Toegang): Promise<Gebied[]> {
  const gemeenteId = toegang.gemeenteId;
  const rijen = await ontsluit(toegang)
    .selectFrom('levensgebied as l')
    .select(['l.code', 'l.naam'])
    .where('l.gemeente_id', '=', gemeenteId)
    .where('l.verborgen', '=', false)
    .where('l.catalogus_versie', '=', (eb) =>
      eb
        .selectFrom('levensgebied_catalogus as c')
        .select((s) => s.fn.max('c.versie').as('v'))
        .where('c.gemeente_id', '=', gemeenteId),
    )
    .orderBy('l.volgorde')
    .execute();
  return rijen.length > 0 ? rijen : STANDAARD_LEVENSGEBIEDEN.map((code) => ({ code, naam: null }));
}

/**
 * The domains of her newest finished own assessment that ask for attention (a score of 3 or
 * lower, or marked as important), for prefilling the preparation. Empty for a viewer without
 * a level on levensgebieden.
 */
export async function aandachtsgebieden(toegang: Toegang): Promise<string[]> {
  if (!ziet(toegang, 'levensgebieden')) return [];
  const db = ontsluit(toegang);
  const laatste = await db
    .selectFrom('beoordeling')
    .select('id')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('perspectief', '=', 'eigen')
    .where('status', '=', 'afgerond')
    .orderBy('afgerond_at', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!laatste) return [];
  const rijen = await db
    .selectFrom('beoordeling_antwoord')
    .select(['code', 'score', 'belang'])
    .where('beoordeling_id', '=', laatste.id)
    .execute();
  return rijen
    .filter((r) => (r.score !== null && r.score <= 3) || r.belang === 'erg' || r.belang === 'beetje')
    .map((r) => r.code);
}

export type NetwerkSamenvatting = { personen: number; perRelatie: Record<string, number> } | null;

/** How many people are on her network map, per kind of relation (no names); null without a level on netwerk. */
export async function netwerkSamenvatting(toegang: Toegang): Promise<NetwerkSamenvatting> {
  if (!ziet(toegang, 'netwerk')) return null;
  const rijen = await ontsluit(toegang)
    .selectFrom('netwerk_persoon')
    .select(['relatie'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
  const perRelatie: Record<string, number> = {};
  for (const r of rijen) perRelatie[r.relatie] = (perRelatie[r.relatie] ?? 0) + 1;
  return { personen: rijen.length, perRelatie };
}

// --- gesprekken ---------------------------------------------------------------------------------

export type Voorbereiding = {
  gebieden: string[];
  /** Per domain: what goes well, what she wants */
  perGebied: Record<string, { goed: string; wil: string }>;
  /** Whom she would rather not ask, and why (her words) */
  nietVragen: string;
  /** What she could do for someone else */
  geven: string;
  /** The question cards she picked (codes in messages.ts) */
  vragen: string[];
};

export const LEGE_VOORBEREIDING: Voorbereiding = {
  gebieden: [],
  perGebied: {},
  nietVragen: '',
  geven: '',
  vragen: [],
};

export type Gesprek = {
  id: string;
  gemeldOp: string;
  planUiterlijk: string;
  onderzoekUiterlijk: string;
  gemeldDoor: string | null;
  voorbereiding: Voorbereiding | null;
  planIngediendOp: string | null;
  versie: number;
  createdAt: Date;
};

const KOLOMMEN = [
  'id',
  'gemeld_op',
  'plan_uiterlijk',
  'onderzoek_uiterlijk',
  'gemeld_door',
  'voorbereiding',
  'plan_ingediend_op',
  'versie',
  'created_at',
] as const;

type Rij = {
  id: string;
  gemeld_op: string;
  plan_uiterlijk: string;
  onderzoek_uiterlijk: string;
  gemeld_door: string | null;
  voorbereiding: string;
  plan_ingediend_op: string | null;
  versie: number;
  created_at: Date;
};

async function naarGesprek(toegang: Toegang, r: Rij): Promise<Gesprek> {
  const tekst = r.voorbereiding === '' ? '' : await dec(toegang, 'voorbereiding', r.id, r.voorbereiding);
  return {
    id: r.id,
    gemeldOp: r.gemeld_op,
    planUiterlijk: r.plan_uiterlijk,
    onderzoekUiterlijk: r.onderzoek_uiterlijk,
    gemeldDoor: r.gemeld_door,
    voorbereiding:
      tekst === '' ? null : { ...LEGE_VOORBEREIDING, ...(JSON.parse(tekst) as Partial<Voorbereiding>) },
    planIngediendOp: r.plan_ingediend_op,
    versie: r.versie,
    createdAt: r.created_at,
  };
}

/** Her gesprekken, newest melding first. */
export async function gesprekken(toegang: Toegang): Promise<Gesprek[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('gesprek')
    .select([...KOLOMMEN])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .orderBy('gemeld_op', 'desc')
    .orderBy('created_at', 'desc')
    .execute();
  return Promise.all(rijen.map((r) => naarGesprek(toegang, r)));
}

export async function gesprek(
  toegang: Toegang,
  id: string,
  voorUpdate = false,
): Promise<Gesprek | undefined> {
  let query = ontsluit(toegang)
    .selectFrom('gesprek')
    .select([...KOLOMMEN])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', id);
  if (voorUpdate) query = query.forUpdate();
  const rij = await query.executeTakeFirst();
  return rij ? naarGesprek(toegang, rij) : undefined;
}

export async function voegGesprekToe(
  toegang: Toegang,
  input: {
    gemeldOp: string;
    planUiterlijk: string;
    onderzoekUiterlijk: string;
    gemeldDoor: string;
    nu: Date;
  },
): Promise<string> {
  const id = randomUUID();
  await ontsluit(toegang)
    .insertInto('gesprek')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      gemeld_op: input.gemeldOp,
      plan_uiterlijk: input.planUiterlijk,
      onderzoek_uiterlijk: input.onderzoekUiterlijk,
      gemeld_door: input.gemeldDoor,
      created_at: input.nu,
      updated_at: input.nu,
    })
    .execute();
  return id;
}

/** Stores the preparation when `versie` is still the stored one. */
export async function bewaarVoorbereiding(
  toegang: Toegang,
  input: { id: string; versie: number; voorbereiding: Voorbereiding; nu: Date },
): Promise<boolean> {
  const tekst = await enc(toegang, 'voorbereiding', input.id, JSON.stringify(input.voorbereiding));
  const rijen = await ontsluit(toegang)
    .updateTable('gesprek')
    .set({ voorbereiding: tekst, versie: input.versie + 1, updated_at: input.nu })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('versie', '=', input.versie)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

/** Records that she handed in her persoonlijk plan on `op` (once). */
export async function dienPlanIn(
  toegang: Toegang,
  input: { id: string; op: string; nu: Date },
): Promise<boolean> {
  const rijen = await ontsluit(toegang)
    .updateTable('gesprek')
    .set((eb) => ({ plan_ingediend_op: input.op, versie: eb('versie', '+', 1), updated_at: input.nu }))
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('plan_ingediend_op', 'is', null)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

/** Erasure: every gesprek of the record. */
export async function wisGesprekken(toegang: Toegang): Promise<void> {
  await ontsluit(toegang).deleteFrom('gesprek').where('dossier_id', '=', toegang.dossierId).execute();
}

/** Queues a job in the door's transaction: it exists exactly when the change that asked for it commits. */
export async function zetJobInRij<N extends JobName>(
  toegang: Toegang,
  nu: Date,
  job: NewJob<N> & { payload: JobPayload },
): Promise<void> {
  await enqueueJob(ontsluit(toegang), nu, job);
}
