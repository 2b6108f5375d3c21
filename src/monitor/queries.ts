import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { type AggregaatToegang, ontsluit, type Toegang } from '../regie/door/toegang.js';
import type { GebiedNiveau, Geslacht } from './schema.js';

/**
 * The only SQL of the monitor. The gemeente's rules are gemeente-level data (a plain `Db`); a
 * resident's "meetellen" is part of her record (a `Toegang` from the door); the figures are
 * sums over many records (an `AggregaatToegang` from the door's named system path) and come
 * out of the database already summed: no id, no row per person ever reaches the app.
 */

export type MonitorInstelling = {
  minimum: number;
  marge: number;
  gebiedNiveau: GebiedNiveau;
  gebieden: string[];
  versie: number;
};

export const STANDAARD_INSTELLING: MonitorInstelling = {
  minimum: 10,
  marge: 10,
  gebiedNiveau: 'wijk',
  gebieden: [],
  versie: 0,
};

export async function instelling(
  dbOfToegang: Db | Toegang | AggregaatToegang,
  gemeenteId: string,
): Promise<MonitorInstelling> {
  const rij = await ontsluit(dbOfToegang)
    .selectFrom('monitor_instelling')
    .selectAll()
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  if (!rij) return STANDAARD_INSTELLING;
  return {
    minimum: rij.minimum,
    marge: rij.marge,
    gebiedNiveau: rij.gebied_niveau,
    gebieden: rij.gebieden,
    versie: rij.versie,
  };
}

/** Stores the gemeente's rules; false when the version was not the stored one (409). */
export async function bewaarInstelling(
  db: Db,
  gemeenteId: string,
  nieuw: Omit<MonitorInstelling, 'versie'>,
  versie: number,
  nu: Date,
): Promise<boolean> {
  const waarden = {
    minimum: nieuw.minimum,
    marge: nieuw.marge,
    gebied_niveau: nieuw.gebiedNiveau,
    gebieden: nieuw.gebieden,
    updated_at: nu,
  };
  if (versie === 0) {
    const r = await db
      .insertInto('monitor_instelling')
      .values({ gemeente_id: gemeenteId, ...waarden })
      .onConflict((oc) => oc.column('gemeente_id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable('monitor_instelling')
    .set({ ...waarden, versie: versie + 1 })
    .where('gemeente_id', '=', gemeenteId)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

// --- her choice (her record) ---------------------------------------------------------------------

export type Deelname = {
  geboortejaren: string;
  gebied: string | null;
  geslacht: Geslacht;
  versie: number;
  sinds: Date;
};

export async function deelname(toegang: Toegang): Promise<Deelname | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('monitor_deelname')
    .selectAll()
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  if (!rij) return undefined;
  return {
    geboortejaren: rij.geboortejaren,
    gebied: rij.gebied,
    geslacht: rij.geslacht,
    versie: rij.versie,
    sinds: rij.created_at,
  };
}

/** Starts or changes her choice; false when the version was not the stored one (409). */
export async function bewaarDeelname(
  toegang: Toegang,
  invoer: { geboortejaren: string; gebied: string | null; geslacht: Geslacht },
  versie: number,
  nu: Date,
): Promise<boolean> {
  const db = ontsluit(toegang);
  if (versie === 0) {
    const r = await db
      .insertInto('monitor_deelname')
      .values({ dossier_id: toegang.dossierId, gemeente_id: toegang.gemeenteId, ...invoer, updated_at: nu })
      .onConflict((oc) => oc.column('dossier_id').doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
  }
  const r = await db
    .updateTable('monitor_deelname')
    .set({ ...invoer, versie: versie + 1, updated_at: nu })
    .where('dossier_id', '=', toegang.dossierId)
    .where('versie', '=', versie)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** She stops (or her record is erased): later figures no longer count her. */
export async function stopDeelname(toegang: Toegang): Promise<void> {
  await ontsluit(toegang)
    .deleteFrom('monitor_deelname')
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}

// --- the figures (sums only) ---------------------------------------------------------------------

/** A count of the cube: one life domain, one answer, one group. */
export type Telling = {
  code: string;
  waarde: string;
  geboortejaren: string;
  gebied: string;
  geslacht: string;
  aantal: number;
};

/**
 * Which of `namen` someone's answers already use: a resident's opt-in (`monitor_deelname.gebied`)
 * or a panel answer to the area question. Only the names come back, never a count or a person.
 */
export async function gebruikteGebieden(
  toegang: AggregaatToegang,
  namen: readonly string[],
): Promise<string[]> {
  if (namen.length === 0) return [];
  const g = toegang.gemeenteId;
  const { rows } = await sql<{ naam: string }>`
    select naam from unnest(${sql.val([...namen])}::text[]) as t(naam)
    where exists (select 1 from monitor_deelname d where d.gemeente_id = ${g} and d.gebied = t.naam)
       or exists (select 1 from peiling_antwoord a
                  where a.gemeente_id = ${g} and a.vraag = 'wijk' and t.naam = any(a.waarden))`.execute(
    ontsluit(toegang),
  );
  return rows.map((r) => r.naam);
}

/**
 * Per life domain how the participants' own latest completed assessments answer (redt zich:
 * 3–5, niet: 1–2, weet niet), summed per birth-year band, area and gender. Only records that
 * take part now count: stopping removes her from every later report.
 */
export async function tellingenRedzaamheid(toegang: AggregaatToegang): Promise<Telling[]> {
  const g = toegang.gemeenteId;
  const { rows } = await sql<Telling>`
    with laatste as (
      select distinct on (b.dossier_id) b.id, b.dossier_id
      from beoordeling b
      join monitor_deelname d on d.dossier_id = b.dossier_id and d.gemeente_id = ${g}
      where b.gemeente_id = ${g} and b.perspectief = 'eigen' and b.status = 'afgerond'
      order by b.dossier_id, b.afgerond_at desc
    )
    select a.code,
      case when a.weet_niet then 'weet-niet' when a.score >= 3 then 'redt-zich' else 'niet' end as waarde,
      d.geboortejaren, coalesce(d.gebied, '') as gebied, d.geslacht, count(*)::int as aantal
    from laatste l
    join beoordeling_antwoord a on a.beoordeling_id = l.id
    join monitor_deelname d on d.dossier_id = l.dossier_id
    where a.weet_niet or a.score is not null
    group by 1, 2, 3, 4, 5`.execute(ontsluit(toegang));
  return rows.map((r) => ({ ...r, aantal: Number(r.aantal) }));
}

/**
 * Over- and underestimation per life domain: where someone else's latest completed view (a
 * naaste or professional) scores her higher than her own latest view, she is overestimated.
 */
export async function tellingenSchatting(toegang: AggregaatToegang): Promise<Telling[]> {
  const g = toegang.gemeenteId;
  const { rows } = await sql<Telling>`
    with eigen as (
      select distinct on (b.dossier_id) b.id, b.dossier_id
      from beoordeling b
      join monitor_deelname d on d.dossier_id = b.dossier_id and d.gemeente_id = ${g}
      where b.gemeente_id = ${g} and b.perspectief = 'eigen' and b.status = 'afgerond'
      order by b.dossier_id, b.afgerond_at desc
    ), ander as (
      select distinct on (b.dossier_id) b.id, b.dossier_id
      from beoordeling b
      join monitor_deelname d on d.dossier_id = b.dossier_id and d.gemeente_id = ${g}
      where b.gemeente_id = ${g} and b.perspectief = 'ander' and b.status = 'afgerond'
      order by b.dossier_id, b.afgerond_at desc
    )
    select ae.code,
      case when aa.score > ae.score then 'overschat' when aa.score < ae.score then 'onderschat'
        else 'gelijk' end as waarde,
      d.geboortejaren, coalesce(d.gebied, '') as gebied, d.geslacht, count(*)::int as aantal
    from eigen e
    join ander o on o.dossier_id = e.dossier_id
    join beoordeling_antwoord ae on ae.beoordeling_id = e.id
    join beoordeling_antwoord aa on aa.beoordeling_id = o.id and aa.code = ae.code
    join monitor_deelname d on d.dossier_id = e.dossier_id
    where ae.score is not null and aa.score is not null
    group by 1, 2, 3, 4, 5`.execute(ontsluit(toegang));
  return rows.map((r) => ({ ...r, aantal: Number(r.aantal) }));
}

/** The gemeente's visible life domains, in its order (defaults when it has no catalog). */
export async function levensgebieden(
  toegang: AggregaatToegang,
): Promise<{ code: string; naam: string | null }[]> {
  const db = ontsluit(toegang);
  const laatste = await db
    .selectFrom('levensgebied_catalogus')
    .select((eb) => eb.fn.max('versie').as('versie'))
    .where('gemeente_id', '=', toegang.gemeenteId)
    .executeTakeFirst();
  if (!laatste?.versie) return STANDAARD_LEVENSGEBIEDEN.map((code) => ({ code, naam: null }));
  return db
    .selectFrom('levensgebied')
    .select(['code', 'naam'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('catalogus_versie', '=', Number(laatste.versie))
    .where('verborgen', '=', false)
    .orderBy('volgorde')
    .execute();
}
