import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { enqueueJob } from '../platform/jobs/jobs.js';
import type { JobName, JobPayload, NewJob } from '../platform/jobs/types.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { ontsleutelVeld, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import {
  type Aantekeningen,
  type BeraadInhoud,
  type Besluit,
  LEGE_AANTEKENINGEN,
  LEGE_BERAAD,
  type Termijnen,
  type VerslagInhoud,
  WETTELIJKE_TERMIJNEN,
} from './rules.js';

/**
 * The only SQL of the keukentafelgesprek. Everything about a record takes a `Toegang`; the
 * preparation is encrypted on write and decrypted on read here. The levensgebieden catalog,
 * her own assessment and her network map are read as tables, without importing those
 * capabilities, and only for a viewer who may see those sections.
 */

const enc = (toegang: Toegang, kolom: string, id: string, tekst: string, tabel = 'gesprek') =>
  versleutelVeld(toegang, { tabel, kolom, rijId: id }, tekst);
const dec = (toegang: Toegang, kolom: string, id: string, tekst: string, tabel = 'gesprek') =>
  tekst === '' ? Promise.resolve('') : ontsleutelVeld(toegang, { tabel, kolom, rijId: id }, tekst);

/** May this viewer see another section of the same record (the owner always)? */
export const ziet = (toegang: Toegang, sectie: string) =>
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
  /** The professional's notes of the talk (null: none yet) */
  aantekeningen: Aantekeningen | null;
  aantekeningenVersie: number;
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
  'aantekeningen',
  'aantekeningen_versie',
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
  aantekeningen: string;
  aantekeningen_versie: number;
  created_at: Date;
};

async function naarGesprek(toegang: Toegang, r: Rij): Promise<Gesprek> {
  const tekst = await dec(toegang, 'voorbereiding', r.id, r.voorbereiding);
  const notities = await dec(toegang, 'aantekeningen', r.id, r.aantekeningen);
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
    aantekeningen:
      notities === '' ? null : { ...LEGE_AANTEKENINGEN, ...(JSON.parse(notities) as Partial<Aantekeningen>) },
    aantekeningenVersie: r.aantekeningen_versie,
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

/** Stores the notes of the talk when `versie` is still the stored one. */
export async function bewaarAantekeningen(
  toegang: Toegang,
  input: { id: string; versie: number; aantekeningen: Aantekeningen; nu: Date },
): Promise<boolean> {
  const tekst = await enc(toegang, 'aantekeningen', input.id, JSON.stringify(input.aantekeningen));
  const rijen = await ontsluit(toegang)
    .updateTable('gesprek')
    .set({ aantekeningen: tekst, aantekeningen_versie: input.versie + 1, updated_at: input.nu })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('aantekeningen_versie', '=', input.versie)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

// --- the report, every version kept ----------------------------------------------------------------

export type VerslagVersie = {
  id: string;
  gesprekId: string;
  nummer: number;
  inhoud: VerslagInhoud;
  reactie: string;
  auteurId: string | null;
  auteurNaam: string | null;
  auteurRol: 'inwoner' | 'naaste' | 'professional';
  besluit: Besluit | null;
  beslotenAt: Date | null;
  doelenVoorgesteldAt: Date | null;
  createdAt: Date;
};

const VERSLAG = 'gesprek_verslag';

/** Every version of the reports of her record (or of one gesprek), oldest first. */
export async function verslagVersies(toegang: Toegang, gesprekId?: string): Promise<VerslagVersie[]> {
  let query = ontsluit(toegang)
    .selectFrom('gesprek_verslag as v')
    .leftJoin('account as a', 'a.id', 'v.auteur_account_id')
    .select([
      'v.id',
      'v.gesprek_id',
      'v.nummer',
      'v.inhoud',
      'v.reactie',
      'v.auteur_account_id',
      'a.naam as auteur_naam',
      'v.auteur_rol',
      'v.besluit',
      'v.besloten_at',
      'v.doelen_voorgesteld_at',
      'v.created_at',
    ])
    .where('v.gemeente_id', '=', toegang.gemeenteId)
    .where('v.dossier_id', '=', toegang.dossierId);
  if (gesprekId) query = query.where('v.gesprek_id', '=', gesprekId);
  const rijen = await query.orderBy('v.gesprek_id').orderBy('v.nummer').execute();
  return Promise.all(
    rijen.map(async (r) => ({
      id: r.id,
      gesprekId: r.gesprek_id,
      nummer: r.nummer,
      inhoud: JSON.parse(await dec(toegang, 'inhoud', r.id, r.inhoud, VERSLAG)) as VerslagInhoud,
      reactie: await dec(toegang, 'reactie', r.id, r.reactie, VERSLAG),
      auteurId: r.auteur_account_id,
      auteurNaam: r.auteur_naam ?? null,
      auteurRol: r.auteur_rol,
      besluit: r.besluit,
      beslotenAt: r.besloten_at,
      doelenVoorgesteldAt: r.doelen_voorgesteld_at,
      createdAt: r.created_at,
    })),
  );
}

/** Adds version `nummer`; false when that number exists already (someone was first). */
export async function voegVersieToe(
  toegang: Toegang,
  input: {
    gesprekId: string;
    nummer: number;
    inhoud: VerslagInhoud;
    auteurId: string;
    auteurRol: 'inwoner' | 'naaste' | 'professional';
    nu: Date;
  },
): Promise<string | undefined> {
  const id = randomUUID();
  const rijen = await ontsluit(toegang)
    .insertInto('gesprek_verslag')
    .values({
      id,
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      gesprek_id: input.gesprekId,
      nummer: input.nummer,
      inhoud: await enc(toegang, 'inhoud', id, JSON.stringify(input.inhoud), VERSLAG),
      auteur_account_id: input.auteurId,
      auteur_rol: input.auteurRol,
      created_at: input.nu,
    })
    .onConflict((oc) => oc.columns(['gesprek_id', 'nummer']).doNothing())
    .returning('id')
    .execute();
  return rijen.length === 1 ? id : undefined;
}

/** Her decision on one version, which makes it the final one; false when one was final already. */
export async function legBesluitVast(
  toegang: Toegang,
  input: { id: string; besluit: Besluit; reactie: string; nu: Date },
): Promise<boolean> {
  const db = ontsluit(toegang);
  const rij = await db
    .selectFrom('gesprek_verslag')
    .select('gesprek_id')
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .executeTakeFirst();
  if (!rij) return false;
  const al = await db
    .selectFrom('gesprek_verslag')
    .select('id')
    .where('gesprek_id', '=', rij.gesprek_id)
    .where('besluit', 'is not', null)
    .executeTakeFirst();
  if (al) return false;
  const rijen = await db
    .updateTable('gesprek_verslag')
    .set({
      besluit: input.besluit,
      besloten_at: input.nu,
      reactie: input.reactie === '' ? '' : await enc(toegang, 'reactie', input.id, input.reactie, VERSLAG),
    })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('besluit', 'is', null)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

/** Marks the goals of a final version as proposed in her plan (once: false when done already). */
export async function markeerDoelenVoorgesteld(toegang: Toegang, id: string, nu: Date): Promise<boolean> {
  const rijen = await ontsluit(toegang)
    .updateTable('gesprek_verslag')
    .set({ doelen_voorgesteld_at: nu })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', id)
    .where('doelen_voorgesteld_at', 'is', null)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

/** Erasure: every gesprek of the record, with its netwerkberaad and report. */
export async function wisGesprekken(toegang: Toegang): Promise<void> {
  const db = ontsluit(toegang);
  await db.deleteFrom('gesprek_beraad_genodigde').where('dossier_id', '=', toegang.dossierId).execute();
  await db.deleteFrom('gesprek_beraad').where('dossier_id', '=', toegang.dossierId).execute();
  await db.deleteFrom('gesprek_verslag').where('dossier_id', '=', toegang.dossierId).execute();
  await db.deleteFrom('gesprek').where('dossier_id', '=', toegang.dossierId).execute();
}

/** Queues a job in the door's transaction: it exists exactly when the change that asked for it commits. */
export async function zetJobInRij<N extends JobName>(
  toegang: Toegang,
  nu: Date,
  job: NewJob<N> & { payload: JobPayload },
): Promise<void> {
  await enqueueJob(ontsluit(toegang), nu, job);
}

// --- the netwerkberaad ------------------------------------------------------------------------------

const BERAAD = 'gesprek_beraad';
const GENODIGDE = 'gesprek_beraad_genodigde';

/** Someone on her network map, as the invitation form needs them (the map's own table, read only). */
export type MapPersoon = { id: string; naam: string; email: string | null; lieverNiet: boolean };

/** The people on her map, in the map's order; an e-mail address only when they have an account. */
export async function mapPersonen(toegang: Toegang): Promise<MapPersoon[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('netwerk_persoon as p')
    .leftJoin('account as a', (join) =>
      join.onRef('a.id', '=', 'p.account_id').on('a.disabled_at', 'is', null),
    )
    .select(['p.id', 'p.naam', 'p.liever_niet', 'a.email'])
    .where('p.gemeente_id', '=', toegang.gemeenteId)
    .where('p.dossier_id', '=', toegang.dossierId)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  return Promise.all(
    rijen.map(async (r) => ({
      id: r.id,
      naam: await dec(toegang, 'naam', r.id, r.naam, 'netwerk_persoon'),
      email: r.email ?? null,
      lieverNiet: r.liever_niet,
    })),
  );
}

export type Genodigde = {
  id: string;
  persoonId: string;
  naam: string;
  toestemmingAt: Date;
  /** A link was mailed */
  uitgenodigd: boolean;
  antwoord: 'komt' | 'komt-niet' | null;
  /** What they offer; '' while hidden (the network's private time) */
  aanbod: string;
  beantwoordAt: Date | null;
};

export type Beraad = {
  id: string;
  gesprekId: string;
  datum: string;
  /** The agenda and information always; the agreements '' / [] while hidden */
  inhoud: BeraadInhoud;
  eigenTijdSinds: Date | null;
  besluit: Besluit | null;
  beslotenAt: Date | null;
  reactie: string;
  doelenVoorgesteldAt: Date | null;
  versie: number;
  genodigden: Genodigde[];
  createdAt: Date;
};

/**
 * The netwerkberaden of her record (or of one gesprek). With `netwerkTekst` false (a professional
 * during the network's private time) what the network wrote is not even decrypted.
 */
export async function beraden(
  toegang: Toegang,
  input: { gesprekId?: string; netwerkTekst: boolean; voorUpdate?: boolean },
): Promise<Beraad[]> {
  const db = ontsluit(toegang);
  let query = db
    .selectFrom('gesprek_beraad')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId);
  if (input.gesprekId) query = query.where('gesprek_id', '=', input.gesprekId);
  if (input.voorUpdate) query = query.forUpdate();
  const rijen = await query.orderBy('created_at').execute();
  if (rijen.length === 0) return [];
  const namen = new Map((await mapPersonen(toegang)).map((p) => [p.id, p.naam]));
  const genodigden = await db
    .selectFrom('gesprek_beraad_genodigde')
    .selectAll()
    .where('dossier_id', '=', toegang.dossierId)
    .where(
      'beraad_id',
      'in',
      rijen.map((r) => r.id),
    )
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return Promise.all(
    rijen.map(async (r) => {
      const inhoud = {
        ...LEGE_BERAAD,
        ...(JSON.parse(await dec(toegang, 'inhoud', r.id, r.inhoud, BERAAD)) as Partial<BeraadInhoud>),
      };
      return {
        id: r.id,
        gesprekId: r.gesprek_id,
        datum: r.datum,
        inhoud: input.netwerkTekst ? inhoud : { ...inhoud, afspraken: [] },
        eigenTijdSinds: r.eigen_tijd_sinds,
        besluit: r.besluit,
        beslotenAt: r.besloten_at,
        reactie: await dec(toegang, 'reactie', r.id, r.reactie, BERAAD),
        doelenVoorgesteldAt: r.doelen_voorgesteld_at,
        versie: r.versie,
        createdAt: r.created_at,
        genodigden: await Promise.all(
          genodigden
            .filter((g) => g.beraad_id === r.id)
            .map(async (g) => ({
              id: g.id,
              persoonId: g.persoon_id,
              naam: namen.get(g.persoon_id) ?? '',
              toestemmingAt: g.toestemming_at,
              uitgenodigd: g.token_hash !== null,
              antwoord: g.antwoord,
              aanbod: input.netwerkTekst ? await dec(toegang, 'aanbod', g.id, g.aanbod, GENODIGDE) : '',
              beantwoordAt: g.beantwoord_at,
            })),
        ),
      };
    }),
  );
}

/**
 * Stores the netwerkberaad of a gesprek: a new one (`versie` 0), or a change when `versie` is
 * still the stored one and she has not decided yet. Returns its id, or undefined (someone was first).
 */
export async function bewaarBeraad(
  toegang: Toegang,
  input: { gesprekId: string; versie: number; datum: string; inhoud: BeraadInhoud; nu: Date },
): Promise<string | undefined> {
  const db = ontsluit(toegang);
  if (input.versie === 0) {
    const id = randomUUID();
    const rijen = await db
      .insertInto('gesprek_beraad')
      .values({
        id,
        gemeente_id: toegang.gemeenteId,
        dossier_id: toegang.dossierId,
        gesprek_id: input.gesprekId,
        datum: input.datum,
        inhoud: await enc(toegang, 'inhoud', id, JSON.stringify(input.inhoud), BERAAD),
        created_at: input.nu,
        updated_at: input.nu,
      })
      .onConflict((oc) => oc.column('gesprek_id').doNothing())
      .returning('id')
      .execute();
    return rijen.length === 1 ? id : undefined;
  }
  const rij = await db
    .selectFrom('gesprek_beraad')
    .select('id')
    .where('dossier_id', '=', toegang.dossierId)
    .where('gesprek_id', '=', input.gesprekId)
    .executeTakeFirst();
  if (!rij) return undefined;
  const rijen = await db
    .updateTable('gesprek_beraad')
    .set({
      datum: input.datum,
      inhoud: await enc(toegang, 'inhoud', rij.id, JSON.stringify(input.inhoud), BERAAD),
      versie: input.versie + 1,
      updated_at: input.nu,
    })
    .where('id', '=', rij.id)
    .where('versie', '=', input.versie)
    .where('besluit', 'is', null)
    .returning('id')
    .execute();
  return rijen.length === 1 ? rij.id : undefined;
}

/** Adds one invited person (her consent now) with the hash of their link. */
export async function nodigUit(
  toegang: Toegang,
  input: { beraadId: string; persoonId: string; tokenHash: string | null; nu: Date },
): Promise<void> {
  await ontsluit(toegang)
    .insertInto('gesprek_beraad_genodigde')
    .values({
      id: randomUUID(),
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      beraad_id: input.beraadId,
      persoon_id: input.persoonId,
      toestemming_at: input.nu,
      token_hash: input.tokenHash,
      created_at: input.nu,
    })
    .onConflict((oc) => oc.columns(['beraad_id', 'persoon_id']).doNothing())
    .execute();
}

/** Her consent withdrawn: the person is no longer invited, their link stops working, their answer is gone. */
export async function trekUitnodigingIn(
  toegang: Toegang,
  beraadId: string,
  persoonId: string,
): Promise<void> {
  await ontsluit(toegang)
    .deleteFrom('gesprek_beraad_genodigde')
    .where('dossier_id', '=', toegang.dossierId)
    .where('beraad_id', '=', beraadId)
    .where('persoon_id', '=', persoonId)
    .execute();
}

/** Starts or ends the network's private time (false when it was in that state already, or decided). */
export async function zetEigenTijd(
  toegang: Toegang,
  input: { id: string; aan: boolean; nu: Date },
): Promise<boolean> {
  const rijen = await ontsluit(toegang)
    .updateTable('gesprek_beraad')
    .set({ eigen_tijd_sinds: input.aan ? input.nu : null, updated_at: input.nu })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('besluit', 'is', null)
    .where('eigen_tijd_sinds', input.aan ? 'is' : 'is not', null)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

/** Her decision on the version she saw; it ends any private time. False when outdated or decided. */
export async function legBeraadBesluitVast(
  toegang: Toegang,
  input: { id: string; versie: number; besluit: Besluit; reactie: string; nu: Date },
): Promise<boolean> {
  const rijen = await ontsluit(toegang)
    .updateTable('gesprek_beraad')
    .set({
      besluit: input.besluit,
      besloten_at: input.nu,
      eigen_tijd_sinds: null,
      reactie: input.reactie === '' ? '' : await enc(toegang, 'reactie', input.id, input.reactie, BERAAD),
      updated_at: input.nu,
    })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .where('versie', '=', input.versie)
    .where('besluit', 'is', null)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

/** Marks the agreements of a netwerkberaad as proposed in her plan (once). */
export async function markeerBeraadVoorgesteld(toegang: Toegang, id: string, nu: Date): Promise<boolean> {
  const rijen = await ontsluit(toegang)
    .updateTable('gesprek_beraad')
    .set({ doelen_voorgesteld_at: nu })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', id)
    .where('doelen_voorgesteld_at', 'is', null)
    .returning('id')
    .execute();
  return rijen.length === 1;
}

/** The invitation behind a link's hash, before the record is opened (gemeente data only). */
export async function genodigdeVanLink(db: Db, gemeenteId: string, tokenHash: string) {
  return db
    .selectFrom('gesprek_beraad_genodigde')
    .select(['id', 'dossier_id', 'beraad_id'])
    .where('gemeente_id', '=', gemeenteId)
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Their answer: coming or not, and what they offer (encrypted). */
export async function beantwoordUitnodiging(
  toegang: Toegang,
  input: { id: string; antwoord: 'komt' | 'komt-niet'; aanbod: string; nu: Date },
): Promise<void> {
  await ontsluit(toegang)
    .updateTable('gesprek_beraad_genodigde')
    .set({
      antwoord: input.antwoord,
      aanbod: input.aanbod === '' ? '' : await enc(toegang, 'aanbod', input.id, input.aanbod, GENODIGDE),
      beantwoord_at: input.nu,
    })
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.id)
    .execute();
}

/** The resident's own account (her network's agreements come to her plan from her; the follow-up mail). */
export async function inwoner(toegang: Toegang): Promise<{ accountId: string; email: string } | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('dossier')
    .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
    .select(['account.id', 'account.email'])
    .where('dossier.id', '=', toegang.dossierId)
    .where('account.disabled_at', 'is', null)
    .executeTakeFirst();
  return rij ? { accountId: rij.id, email: rij.email } : undefined;
}
