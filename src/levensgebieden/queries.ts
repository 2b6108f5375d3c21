import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { vasteStatement } from '../platform/db/vast.js';
import { ontsleutelVeld, versleutelKlareTekst, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import { type Catalogus, type Gebied, standaardGebieden } from './catalogus.js';
import type { Antwoord, Belang, WieHelpt } from './rules.js';

/**
 * The only SQL of the levensgebieden. The catalog is the gemeente's (no personal data) and
 * takes a Db; everything about a record takes a `Toegang`, which only the door hands out.
 */

// --- catalog ----------------------------------------------------------------------------------

async function leesVersie(db: Db, gemeenteId: string, versie: number): Promise<Gebied[]> {
  return db
    .selectFrom('levensgebied')
    .select(['code', 'naam', 'uitleg', 'icoon', 'volgorde', 'verborgen'])
    .where('gemeente_id', '=', gemeenteId)
    .where('catalogus_versie', '=', versie)
    .orderBy('volgorde')
    .execute();
}

/**
 * The gemeente's newest catalog; the first time, version 1 is made from the defaults.
 * Gemeente-level data: a plain `Db`, or the door's `Toegang` to read it in the same transaction.
 */
export async function huidigeCatalogus(dbOfToegang: Db | Toegang, gemeenteId: string): Promise<Catalogus> {
  const db = ontsluit(dbOfToegang);
  // Every page of the capability reads this: the newest version with its domains in one statement.
  const rijen = await nieuwsteCatalogusSql.alle(db, { gemeenteId });
  const eerste = rijen[0];
  if (eerste)
    return { versie: eerste.catalogus_versie, gebieden: rijen.map(({ catalogus_versie, ...g }) => g) };
  const laatste = await db
    .selectFrom('levensgebied_catalogus')
    .select((eb) => eb.fn.max('versie').as('versie'))
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  if (laatste?.versie) {
    const versie = Number(laatste.versie);
    return { versie, gebieden: await leesVersie(db, gemeenteId, versie) };
  }
  // Two first visits at once: the second insert does nothing and both read the same version 1.
  const maakEerste = async (trx: Db) => {
    const nieuw = await trx
      .insertInto('levensgebied_catalogus')
      .values({ gemeente_id: gemeenteId, versie: 1, created_by_account_id: null })
      .onConflict((oc) => oc.doNothing())
      .returning('versie')
      .executeTakeFirst();
    if (nieuw) await schrijfGebieden(trx, gemeenteId, 1, standaardGebieden());
  };
  // Inside the door's transaction already, or a transaction of its own: the version and its domains together.
  if (db.isTransaction) await maakEerste(db);
  else await db.transaction().execute(maakEerste);
  return { versie: 1, gebieden: await leesVersie(db, gemeenteId, 1) };
}

const nieuwsteCatalogusSql = vasteStatement((db, p: { gemeenteId: string }) =>
  db
    .selectFrom('levensgebied')
    .select(['catalogus_versie', 'code', 'naam', 'uitleg', 'icoon', 'volgorde', 'verborgen'])
    .where('gemeente_id', '=', p.gemeenteId)
    .where('catalogus_versie', '=', (eb) =>
      eb
        .selectFrom('levensgebied_catalogus as c')
        .select((s) => s.fn.max('c.versie').as('v'))
        .where('c.gemeente_id', '=', p.gemeenteId),
    )
    .orderBy('volgorde'),
);

/**
 * The names a beheerder gave the levensgebieden of the gemeente's newest catalog (code → name);
 * a domain with its default name is left out. Read only: a public page never makes a catalog.
 */
export async function eigenGebiedNamen(db: Db, gemeenteId: string): Promise<Map<string, string>> {
  const rijen = await db
    .selectFrom('levensgebied as l')
    .select(['l.code', 'l.naam'])
    .where('l.gemeente_id', '=', gemeenteId)
    .where('l.naam', 'is not', null)
    .where('l.catalogus_versie', '=', (eb) =>
      eb
        .selectFrom('levensgebied_catalogus as c')
        .select((s) => s.fn.max('c.versie').as('v'))
        .where('c.gemeente_id', '=', gemeenteId),
    )
    .execute();
  return new Map(rijen.flatMap((r) => (r.naam ? [[r.code, r.naam] as const] : [])));
}

export async function catalogusVersie(
  dbOfToegang: Db | Toegang,
  gemeenteId: string,
  versie: number,
): Promise<Catalogus> {
  return { versie, gebieden: await leesVersie(ontsluit(dbOfToegang), gemeenteId, versie) };
}

async function schrijfGebieden(db: Db, gemeenteId: string, versie: number, gebieden: Gebied[]) {
  if (gebieden.length === 0) return;
  await db
    .insertInto('levensgebied')
    .values(
      gebieden.map((g, index) => ({
        gemeente_id: gemeenteId,
        catalogus_versie: versie,
        code: g.code,
        naam: g.naam,
        uitleg: g.uitleg,
        icoon: g.icoon,
        volgorde: index + 1,
        verborgen: g.verborgen,
      })),
    )
    .execute();
}

/**
 * Writes the next catalog version. `vanVersie` is the version the beheerder's form showed:
 * when someone else made a newer one meanwhile, nothing is written and the answer is false.
 */
export async function nieuweCatalogusVersie(
  db: Db,
  input: { gemeenteId: string; vanVersie: number; gebieden: Gebied[]; accountId: string; nu: Date },
): Promise<boolean> {
  return db.transaction().execute(async (trx: Db) => {
    const nieuw = await trx
      .insertInto('levensgebied_catalogus')
      .values({
        gemeente_id: input.gemeenteId,
        versie: input.vanVersie + 1,
        created_by_account_id: input.accountId,
        created_at: input.nu,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('versie')
      .executeTakeFirst();
    if (!nieuw) return false;
    await schrijfGebieden(trx, input.gemeenteId, nieuw.versie, input.gebieden);
    return true;
  });
}

// --- the resident's setting --------------------------------------------------------------------

export type Instelling = { anderenZienEerst: boolean; versie: number };

/** Without a row the default holds: others give their own view first (versie 0: never saved). */
export async function instellingVan(toegang: Toegang): Promise<Instelling> {
  const rij = await ontsluit(toegang)
    .selectFrom('levensgebieden_instelling')
    .select(['anderen_zien_eerst', 'versie'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  return rij
    ? { anderenZienEerst: rij.anderen_zien_eerst, versie: rij.versie }
    : { anderenZienEerst: false, versie: 0 };
}

/** Saves the setting when `versie` is still the stored one; false when someone changed it meanwhile. */
export async function bewaarInstelling(
  toegang: Toegang,
  input: { anderenZienEerst: boolean; versie: number; nu: Date },
): Promise<boolean> {
  if (input.versie === 0) {
    const nieuw = await ontsluit(toegang)
      .insertInto('levensgebieden_instelling')
      .values({
        gemeente_id: toegang.gemeenteId,
        dossier_id: toegang.dossierId,
        anderen_zien_eerst: input.anderenZienEerst,
        updated_at: input.nu,
      })
      .onConflict((oc) => oc.doNothing())
      .returning('versie')
      .executeTakeFirst();
    return nieuw !== undefined;
  }
  const result = await ontsluit(toegang)
    .updateTable('levensgebieden_instelling')
    .set({ anderen_zien_eerst: input.anderenZienEerst, versie: input.versie + 1, updated_at: input.nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// --- assessments ---------------------------------------------------------------------------------

export type Beoordeling = {
  id: string;
  auteurId: string;
  auteurNaam: string;
  perspectief: 'eigen' | 'ander';
  status: 'concept' | 'afgerond';
  catalogusVersie: number;
  versie: number;
  createdAt: Date;
  updatedAt: Date;
  afgerondAt: Date | null;
  antwoorden: Record<string, Antwoord>;
};

type BeoordelingRij = {
  id: string;
  auteur_account_id: string;
  auteur_naam: string;
  perspectief: 'eigen' | 'ander';
  status: 'concept' | 'afgerond';
  catalogus_versie: number;
  versie: number;
  created_at: Date;
  updated_at: Date;
  afgerond_at: Date | null;
};

function beoordelingen(toegang: Toegang) {
  return beoordelingenVan(ontsluit(toegang), toegang.gemeenteId, toegang.dossierId);
}

/** The rounds of a record with their author's name (the ids may be a fixed statement's placeholders). */
function beoordelingenVan(db: Db, gemeenteId: string, dossierId: string) {
  return db
    .selectFrom('beoordeling as b')
    .innerJoin('account as a', (join) =>
      join.onRef('a.id', '=', 'b.auteur_account_id').onRef('a.gemeente_id', '=', 'b.gemeente_id'),
    )
    .select([
      'b.id',
      'b.auteur_account_id',
      'a.naam as auteur_naam',
      'b.perspectief',
      'b.status',
      'b.catalogus_versie',
      'b.versie',
      'b.created_at',
      'b.updated_at',
      'b.afgerond_at',
    ])
    .where('b.gemeente_id', '=', gemeenteId)
    .where('b.dossier_id', '=', dossierId);
}

/** The free-text answers, encrypted under the record's data key (docs/decisions/020). */
const TEKSTVELDEN = ['doel', 'goed_gaat', 'trots'] as const;
type Tekstveld = (typeof TEKSTVELDEN)[number];
const antwoordVeld = (beoordelingId: string, code: string, kolom: Tekstveld) => ({
  tabel: 'beoordeling_antwoord',
  kolom,
  rijId: `${beoordelingId}:${code}`,
});

async function versleutelAntwoord(
  toegang: Toegang,
  beoordelingId: string,
  code: string,
  tekst: Record<Tekstveld, string>,
): Promise<Record<Tekstveld, string>> {
  return {
    doel: await versleutelVeld(toegang, antwoordVeld(beoordelingId, code, 'doel'), tekst.doel),
    goed_gaat: await versleutelVeld(toegang, antwoordVeld(beoordelingId, code, 'goed_gaat'), tekst.goed_gaat),
    trots: await versleutelVeld(toegang, antwoordVeld(beoordelingId, code, 'trots'), tekst.trots),
  };
}

async function metAntwoorden(toegang: Toegang, rijen: BeoordelingRij[]): Promise<Beoordeling[]> {
  if (rijen.length === 0) return [];
  const antwoorden = await ontsluit(toegang)
    .selectFrom('beoordeling_antwoord')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where(
      'beoordeling_id',
      'in',
      rijen.map((r) => r.id),
    )
    .execute();
  return metGelezenAntwoorden(toegang, rijen, antwoorden);
}

async function metGelezenAntwoorden(
  toegang: Toegang,
  rijen: BeoordelingRij[],
  antwoorden: AntwoordRij[],
): Promise<Beoordeling[]> {
  const leesbaar = await Promise.all(
    antwoorden.map(async (a) => ({
      ...a,
      doel: await ontsleutelVeld(toegang, antwoordVeld(a.beoordeling_id, a.code, 'doel'), a.doel),
      goed_gaat: await ontsleutelVeld(
        toegang,
        antwoordVeld(a.beoordeling_id, a.code, 'goed_gaat'),
        a.goed_gaat,
      ),
      trots: await ontsleutelVeld(toegang, antwoordVeld(a.beoordeling_id, a.code, 'trots'), a.trots),
    })),
  );
  return rijen.map((rij) => ({
    id: rij.id,
    auteurId: rij.auteur_account_id,
    auteurNaam: rij.auteur_naam,
    perspectief: rij.perspectief,
    status: rij.status,
    catalogusVersie: rij.catalogus_versie,
    versie: rij.versie,
    createdAt: rij.created_at,
    updatedAt: rij.updated_at,
    afgerondAt: rij.afgerond_at,
    antwoorden: Object.fromEntries(
      leesbaar
        .filter((a) => a.beoordeling_id === rij.id)
        .map((a) => [
          a.code,
          {
            code: a.code,
            score: a.score,
            weetNiet: a.weet_niet,
            wieHelpt: a.wie_helpt as WieHelpt[],
            doel: a.doel,
            belang: a.belang as Belang | null,
            goedGaat: a.goed_gaat,
            trots: a.trots,
          },
        ]),
    ),
  }));
}

/** The draft this person is working on in this record, if any. */
export async function conceptVan(toegang: Toegang, auteurId: string): Promise<Beoordeling | undefined> {
  const rijen = await beoordelingen(toegang)
    .where('b.auteur_account_id', '=', auteurId)
    .where('b.status', '=', 'concept')
    .execute();
  return (await metAntwoorden(toegang, rijen))[0];
}

/**
 * What her overview card needs, in one statement: when she last completed her own assessment
 * and whether she has one under way. No answers are read, so nothing is decrypted.
 */
export async function kaartGegevens(
  toegang: Toegang,
  auteurId: string,
): Promise<{ laatsteAfronding: Date | undefined; heeftConcept: boolean }> {
  const rij = await kaartGegevensSql.eerste(ontsluit(toegang), {
    gemeenteId: toegang.gemeenteId,
    dossierId: toegang.dossierId,
    auteurId,
  });
  return { laatsteAfronding: rij?.laatste ?? undefined, heeftConcept: rij?.concept === true };
}

const kaartGegevensSql = vasteStatement(
  (db, p: { gemeenteId: string; dossierId: string; auteurId: string }) =>
    db
      .selectFrom('beoordeling')
      .select([
        sql<Date | null>`max(afgerond_at) filter (where status = 'afgerond' and perspectief = 'eigen')`.as(
          'laatste',
        ),
        sql<boolean | null>`bool_or(status = 'concept' and auteur_account_id = ${p.auteurId})`.as('concept'),
      ])
      .where('gemeente_id', '=', p.gemeenteId)
      .where('dossier_id', '=', p.dossierId),
);

/** Every completed assessment of the record, oldest first; `auteurId` narrows to one person's. */
export async function afgerondeBeoordelingen(
  toegang: Toegang,
  filter: { auteurId?: string; perspectief?: 'eigen' | 'ander' } = {},
): Promise<Beoordeling[]> {
  let query = beoordelingen(toegang).where('b.status', '=', 'afgerond');
  if (filter.auteurId) query = query.where('b.auteur_account_id', '=', filter.auteurId);
  if (filter.perspectief) query = query.where('b.perspectief', '=', filter.perspectief);
  const rijen = await query.orderBy('b.afgerond_at').orderBy('b.id').execute();
  return metAntwoorden(toegang, rijen);
}

/** The rounds the overview reads, as stored: nothing decrypted until the use case keeps them. */
export type OverzichtRondes = {
  /** Her own completed rounds, oldest first */
  eigen: OngeopendeRonde[];
  /** Others' completed views: everyone's (`alleAnderen`) or the viewer's own */
  anderen: OngeopendeRonde[];
  /** The viewer's draft, if any */
  concept: OngeopendeRonde | undefined;
};
type AntwoordRij = {
  beoordeling_id: string;
  code: string;
  score: number | null;
  weet_niet: boolean;
  wie_helpt: string[];
  doel: string;
  belang: string | null;
  goed_gaat: string;
  trots: string;
};
export type OngeopendeRonde = { rij: BeoordelingRij; antwoorden: AntwoordRij[] };

/**
 * Everything the overview shows of the rounds, in one statement (issue 20: it used to take six):
 * her completed rounds, the completed views of others (all, or only the viewer's own), and the
 * viewer's draft, each with its answers. The caller decrypts only what it shows (`open`).
 */
export async function overzichtRondes(
  toegang: Toegang,
  input: { viewerId: string; alleAnderen: boolean },
): Promise<OverzichtRondes> {
  const rijen = await overzichtRondesSql.alle(ontsluit(toegang), {
    gemeenteId: toegang.gemeenteId,
    dossierId: toegang.dossierId,
    viewerId: input.viewerId,
    alleAnderen: input.alleAnderen,
  });
  const rondes = new Map<string, OngeopendeRonde>();
  for (const r of rijen) {
    let ronde = rondes.get(r.id);
    if (!ronde) {
      ronde = {
        rij: {
          id: r.id,
          auteur_account_id: r.auteur_account_id,
          auteur_naam: r.auteur_naam,
          perspectief: r.perspectief,
          status: r.status,
          catalogus_versie: r.catalogus_versie,
          versie: r.versie,
          created_at: r.created_at,
          updated_at: r.updated_at,
          afgerond_at: r.afgerond_at,
        },
        antwoorden: [],
      };
      rondes.set(r.id, ronde);
    }
    if (r.a_code !== null) {
      ronde.antwoorden.push({
        beoordeling_id: r.id,
        code: r.a_code,
        score: r.a_score,
        weet_niet: r.a_weet_niet ?? false,
        wie_helpt: r.a_wie_helpt ?? [],
        doel: r.a_doel ?? '',
        belang: r.a_belang,
        goed_gaat: r.a_goed_gaat ?? '',
        trots: r.a_trots ?? '',
      });
    }
  }
  const alle = [...rondes.values()];
  return {
    eigen: alle.filter((x) => x.rij.status === 'afgerond' && x.rij.perspectief === 'eigen'),
    anderen: alle.filter((x) => x.rij.status === 'afgerond' && x.rij.perspectief === 'ander'),
    concept: alle.find((x) => x.rij.status === 'concept'),
  };
}

/** Decrypts rounds read by `overzichtRondes`, in their order. */
export async function open(toegang: Toegang, rondes: OngeopendeRonde[]): Promise<Beoordeling[]> {
  return metGelezenAntwoorden(
    toegang,
    rondes.map((r) => r.rij),
    rondes.flatMap((r) => r.antwoorden),
  );
}

const overzichtRondesSql = vasteStatement(
  (db, p: { gemeenteId: string; dossierId: string; viewerId: string; alleAnderen: boolean }) =>
    beoordelingenVan(db, p.gemeenteId, p.dossierId)
      .leftJoin('beoordeling_antwoord as ba', (join) =>
        join.onRef('ba.beoordeling_id', '=', 'b.id').onRef('ba.gemeente_id', '=', 'b.gemeente_id'),
      )
      .select([
        'ba.code as a_code',
        'ba.score as a_score',
        'ba.weet_niet as a_weet_niet',
        'ba.wie_helpt as a_wie_helpt',
        'ba.doel as a_doel',
        'ba.belang as a_belang',
        'ba.goed_gaat as a_goed_gaat',
        'ba.trots as a_trots',
      ])
      .where((eb) =>
        eb.or([
          eb.and([
            eb('b.status', '=', 'afgerond'),
            eb.or([
              eb('b.perspectief', '=', 'eigen'),
              eb('b.auteur_account_id', '=', p.viewerId),
              eb(sql<boolean>`${p.alleAnderen}::boolean`, '=', true),
            ]),
          ]),
          eb.and([eb('b.status', '=', 'concept'), eb('b.auteur_account_id', '=', p.viewerId)]),
        ]),
      )
      .orderBy('b.afgerond_at')
      .orderBy('b.id')
      .orderBy('ba.code'),
);

/** The record's setting and its resident's name: what every overview needs besides the rounds. */
export async function overzichtStand(
  toegang: Toegang,
): Promise<{ inwonerNaam: string; instelling: Instelling }> {
  const rij = await overzichtStandSql.eerste(ontsluit(toegang), {
    gemeenteId: toegang.gemeenteId,
    dossierId: toegang.dossierId,
  });
  if (!rij) throw new Error('record not found after the door');
  return {
    inwonerNaam: rij.naam,
    instelling:
      rij.versie === null
        ? { anderenZienEerst: false, versie: 0 }
        : { anderenZienEerst: rij.anderen_zien_eerst === true, versie: rij.versie },
  };
}

const overzichtStandSql = vasteStatement((db, p: { gemeenteId: string; dossierId: string }) =>
  db
    .selectFrom('dossier as d')
    .innerJoin('account as a', 'a.id', 'd.inwoner_account_id')
    .leftJoin('levensgebieden_instelling as i', (join) =>
      join.onRef('i.gemeente_id', '=', 'd.gemeente_id').onRef('i.dossier_id', '=', 'd.id'),
    )
    .select(['a.naam', 'i.anderen_zien_eerst', 'i.versie'])
    .where('d.id', '=', p.dossierId)
    .where('d.gemeente_id', '=', p.gemeenteId),
);

export async function maakConcept(
  toegang: Toegang,
  input: { auteurId: string; perspectief: 'eigen' | 'ander'; catalogusVersie: number; nu: Date },
): Promise<{ id: string; versie: number } | undefined> {
  return ontsluit(toegang)
    .insertInto('beoordeling')
    .values({
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      catalogus_versie: input.catalogusVersie,
      auteur_account_id: input.auteurId,
      perspectief: input.perspectief,
      status: 'concept',
      created_at: input.nu,
      updated_at: input.nu,
    })
    .onConflict((oc) =>
      oc.columns(['dossier_id', 'auteur_account_id']).where('status', '=', 'concept').doNothing(),
    )
    .returning(['id', 'versie'])
    .executeTakeFirst();
}

/**
 * Raises the draft's version when it is still `versie`: the caller's form was current. Returns
 * false (and changes nothing) when someone else saved the same draft in the meantime.
 */
export async function verhoogVersie(
  toegang: Toegang,
  input: { beoordelingId: string; versie: number; nu: Date; afronden?: boolean },
): Promise<boolean> {
  const result = await ontsluit(toegang)
    .updateTable('beoordeling')
    .set({
      versie: input.versie + 1,
      updated_at: input.nu,
      ...(input.afronden ? { status: 'afgerond' as const, afgerond_at: input.nu } : {}),
    })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('id', '=', input.beoordelingId)
    .where('status', '=', 'concept')
    .where('versie', '=', input.versie)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function bewaarAntwoord(
  toegang: Toegang,
  input: { beoordelingId: string; catalogusVersie: number; antwoord: Antwoord; nu: Date },
): Promise<void> {
  const a = input.antwoord;
  const waarden = {
    score: a.score,
    weet_niet: a.weetNiet,
    wie_helpt: [...a.wieHelpt],
    belang: a.belang,
    ...(await versleutelAntwoord(toegang, input.beoordelingId, a.code, {
      doel: a.doel,
      goed_gaat: a.goedGaat,
      trots: a.trots,
    })),
    updated_at: input.nu,
  };
  await ontsluit(toegang)
    .insertInto('beoordeling_antwoord')
    .values({
      gemeente_id: toegang.gemeenteId,
      beoordeling_id: input.beoordelingId,
      catalogus_versie: input.catalogusVersie,
      code: a.code,
      ...waarden,
    })
    .onConflict((oc) => oc.columns(['beoordeling_id', 'code']).doUpdateSet(waarden))
    .execute();
}

/** Erasure: every assessment of the record, drafts and other people's views included. */
export async function wisBeoordelingen(toegang: Toegang): Promise<void> {
  await ontsluit(toegang)
    .deleteFrom('beoordeling')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
  await ontsluit(toegang)
    .deleteFrom('levensgebieden_instelling')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}

/** Every assessment of the record (drafts too), for the resident's download. */
export async function alleBeoordelingen(toegang: Toegang): Promise<Beoordeling[]> {
  const rijen = await beoordelingen(toegang).orderBy('b.created_at').orderBy('b.id').execute();
  return metAntwoorden(toegang, rijen);
}

/** A completed assessment written at once, with its answers (demo and test data, via the system path). */
export type AfgerondeBeoordeling = {
  auteurId: string;
  perspectief: 'eigen' | 'ander';
  afgerondAt: Date;
  antwoorden: Record<
    string,
    | number
    | 'weet-niet'
    | {
        score: number | 'weet-niet' | null;
        wieHelpt?: WieHelpt[];
        doel?: string;
        belang?: Belang;
        goedGaat?: string;
        trots?: string;
      }
  >;
};

export async function voegAfgerondeBeoordelingToe(
  toegang: Toegang,
  input: AfgerondeBeoordeling,
): Promise<string> {
  const db = ontsluit(toegang);
  const catalogus = await huidigeCatalogus(toegang, toegang.gemeenteId);
  const beoordeling = await db
    .insertInto('beoordeling')
    .values({
      gemeente_id: toegang.gemeenteId,
      dossier_id: toegang.dossierId,
      catalogus_versie: catalogus.versie,
      auteur_account_id: input.auteurId,
      perspectief: input.perspectief,
      status: 'afgerond',
      created_at: input.afgerondAt,
      updated_at: input.afgerondAt,
      afgerond_at: input.afgerondAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [code, waarde] of Object.entries(input.antwoorden)) {
    const a = typeof waarde === 'object' ? waarde : { score: waarde };
    await db
      .insertInto('beoordeling_antwoord')
      .values({
        gemeente_id: toegang.gemeenteId,
        beoordeling_id: beoordeling.id,
        catalogus_versie: catalogus.versie,
        code,
        score: typeof a.score === 'number' ? a.score : null,
        weet_niet: a.score === 'weet-niet',
        wie_helpt: a.wieHelpt ?? [],
        belang: a.belang ?? null,
        ...(await versleutelAntwoord(toegang, beoordeling.id, code, {
          doel: a.doel ?? '',
          goed_gaat: a.goedGaat ?? '',
          trots: a.trots ?? '',
        })),
        updated_at: input.afgerondAt,
      })
      .execute();
  }
  return beoordeling.id;
}

// --- answers stored before field encryption (the step at start, regie/versleuteling.ts) ------

/** Records with free-text answers still in plain text (ids only: nothing is read). */
export async function dossiersMetKlareTekst(db: Db): Promise<{ dossierId: string; gemeenteId: string }[]> {
  const rijen = await db
    .selectFrom('beoordeling_antwoord as a')
    .innerJoin('beoordeling as b', (join) =>
      join.onRef('b.id', '=', 'a.beoordeling_id').onRef('b.gemeente_id', '=', 'a.gemeente_id'),
    )
    .select(['b.dossier_id', 'b.gemeente_id'])
    .distinct()
    .where((eb) =>
      eb.or(
        TEKSTVELDEN.map((kolom) =>
          eb.and([eb(`a.${kolom}`, '<>', ''), eb(`a.${kolom}`, 'not like', 'v1.%')]),
        ),
      ),
    )
    .execute();
  return rijen.map((r) => ({ dossierId: r.dossier_id, gemeenteId: r.gemeente_id }));
}

/** Encrypts this record's plain-text answers in place; a row changed meanwhile is left for the next run. */
export async function versleutelKlareAntwoorden(toegang: Toegang): Promise<number> {
  const db = ontsluit(toegang);
  const rijen = await db
    .selectFrom('beoordeling_antwoord as a')
    .innerJoin('beoordeling as b', (join) =>
      join.onRef('b.id', '=', 'a.beoordeling_id').onRef('b.gemeente_id', '=', 'a.gemeente_id'),
    )
    .select(['a.beoordeling_id', 'a.code', 'a.doel', 'a.goed_gaat', 'a.trots'])
    .where('b.gemeente_id', '=', toegang.gemeenteId)
    .where('b.dossier_id', '=', toegang.dossierId)
    .execute();
  let aantal = 0;
  for (const rij of rijen)
    for (const kolom of TEKSTVELDEN) {
      const nieuw = await versleutelKlareTekst(
        toegang,
        antwoordVeld(rij.beoordeling_id, rij.code, kolom),
        rij[kolom],
      );
      if (nieuw === undefined) continue;
      await db
        .updateTable('beoordeling_antwoord')
        .set({ [kolom]: nieuw })
        .where('gemeente_id', '=', toegang.gemeenteId)
        .where('beoordeling_id', '=', rij.beoordeling_id)
        .where('code', '=', rij.code)
        .where(kolom, '=', rij[kolom])
        .execute();
      aantal++;
    }
  return aantal;
}
