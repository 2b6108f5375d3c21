import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import type { HsdsRows } from '../hsds.js';
import {
  filterMerken,
  filterQueryTekst,
  leesPostcode,
  lexiconWoorden,
  omhullende,
  type Postcode,
  type Rooster,
  vouw,
  weekVensters,
} from './rules.js';
import { samenstellingDelen } from './samenstellingen.js';
import {
  isKenmerk,
  isLevensgebied,
  KENMERK_TAXONOMIE,
  type Kenmerk,
  LEVENSGEBIED_TAXONOMIE,
} from './vocabulaire.js';
import { zoekindexGewijzigd } from './wijzigingen.js';

/**
 * All SQL of the sociale kaart search: keeping the search index (documents, lexicon, opening
 * windows) in step with the HSDS tables, searching it, a service's detail page and postcodes.
 * pg_trgm is always named with its schema, public (migrations/0004).
 */

/** Services refreshed per round: keeps every statement far below PostgreSQL's 65535 parameters. */
const BATCH = 500;

/**
 * A PostgreSQL array literal for a text[] parameter: `{"a","b"}`. One parameter however long
 * the list, and the same on both engines. Every element is quoted and escaped.
 */
export function tekstLijst(values: readonly string[]): string {
  return `{${values.map((value) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}

const lijst = (values: readonly string[]) => sql`${tekstLijst(values)}::text[]`;

// ---------------------------------------------------------------------------------------------
// Keeping the index in step

/**
 * The services whose search document an import's rows may change: the services themselves and
 * those of the organisations, locations, services-at-location, schedules and attributes in it.
 * A renamed taxonomy term reaches other services at their next refresh (or `herindexeer`).
 */
export async function geraakteServices(db: Db, gemeenteId: string, rows: HsdsRows): Promise<string[]> {
  const ids = new Set<string>();
  const add = (value: unknown) => {
    if (typeof value === 'string') ids.add(value);
  };
  for (const row of rows.service) add(row.id);
  for (const row of rows.service_at_location) add(row.service_id);
  for (const row of rows.schedule) add(row.service_id);
  const linked = new Set<string>();
  for (const table of ['organization', 'location', 'service_at_location'] as const)
    for (const row of rows[table]) if (typeof row.id === 'string') linked.add(row.id);
  for (const row of rows.attribute) if (typeof row.link_id === 'string') linked.add(row.link_id);
  for (const row of rows.address) if (typeof row.location_id === 'string') linked.add(row.location_id);
  for (const row of rows.schedule) {
    if (typeof row.location_id === 'string') linked.add(row.location_id);
    if (typeof row.service_at_location_id === 'string') linked.add(row.service_at_location_id);
  }
  if (linked.size > 0) {
    const { rows: found } = await sql<{ id: string }>`
      select id from service where gemeente_id = ${gemeenteId} and organization_id = any(${lijst([...linked])})
      union
      select service_id as id from service_at_location
      where gemeente_id = ${gemeenteId} and service_id is not null
        and (location_id = any(${lijst([...linked])}) or id = any(${lijst([...linked])}))`.execute(db);
    for (const row of found) add(row.id);
  }
  return [...ids];
}

/** Refreshes the search documents of every service of the gemeente (after a taxonomy rename). */
export async function herindexeerGemeente(db: Db, gemeenteId: string): Promise<number> {
  const { rows } = await sql<{ id: string }>`
    select id from service where gemeente_id = ${gemeenteId}
    union select service_id as id from sociale_kaart_zoekdocument where gemeente_id = ${gemeenteId}`.execute(
    db,
  );
  await verversZoekindex(
    db,
    gemeenteId,
    rows.map((row) => row.id),
  );
  return rows.length;
}

type ServiceRij = {
  id: string;
  name: string;
  alternate_name: string | null;
  description: string | null;
  eligibility_description: string | null;
  application_process: string | null;
  fees_description: string | null;
  status: string;
  organization_id: string | null;
};

type Document = {
  serviceId: string;
  actief: boolean;
  naam: string;
  teksten: { a: string; b: string; c: string; d: string };
  levensgebieden: string[];
  kenmerken: string[];
  punt: { lat: number; lon: number } | undefined;
  woorden: string[];
  vensters: { van: number; tot: number; geldig_van: string | null; geldig_tot: string | null }[];
  /** filter marks (rules.ts filterMerken), put into the document without positions */
  merken: string[];
};

/**
 * Rebuilds the search documents of these services from the HSDS tables, inside the caller's
 * transaction (the import calls it in its own). A service that no longer exists loses its
 * document; its words leave the lexicon when no other service has them.
 */
export async function verversZoekindex(
  db: Db,
  gemeenteId: string,
  serviceIds: readonly string[],
): Promise<void> {
  const unique = [...new Set(serviceIds)];
  zoekindexGewijzigd();
  for (let start = 0; start < unique.length; start += BATCH) {
    await verversBatch(db, gemeenteId, unique.slice(start, start + BATCH));
  }
}

async function verversBatch(db: Db, gemeenteId: string, ids: string[]): Promise<void> {
  const services = (
    await sql<ServiceRij>`
      select id, name, alternate_name, description, eligibility_description, application_process,
        fees_description, status, organization_id
      from service where gemeente_id = ${gemeenteId} and id = any(${lijst(ids)})`.execute(db)
  ).rows;
  const oud = (
    await sql<{ service_id: string; woorden: string[] }>`
      select service_id, woorden from sociale_kaart_zoekdocument
      where gemeente_id = ${gemeenteId} and service_id = any(${lijst(ids)})`.execute(db)
  ).rows;

  const orgIds = [...new Set(services.map((s) => s.organization_id).filter((id): id is string => !!id))];
  const organisaties = new Map(
    (
      await sql<{ id: string; name: string; alternate_name: string | null }>`
        select id, name, alternate_name from organization
        where gemeente_id = ${gemeenteId} and id = any(${lijst(orgIds)})`.execute(db)
    ).rows.map((row) => [row.id, row]),
  );
  const termen = (
    await sql<{
      link_id: string;
      name: string;
      code: string | null;
      taxonomy_id: string | null;
      uri: string | null;
    }>`
      select a.link_id, t.name, t.code, t.taxonomy_id, tx.uri
      from attribute a
      join taxonomy_term t on t.gemeente_id = a.gemeente_id and t.id = a.taxonomy_term_id
      left join taxonomy tx on tx.gemeente_id = t.gemeente_id and tx.id = t.taxonomy_id
      where a.gemeente_id = ${gemeenteId} and a.link_id = any(${lijst([...ids, ...orgIds])})`.execute(db)
  ).rows;
  const plekken = (
    await sql<{
      service_id: string;
      sal_id: string;
      location_id: string;
      name: string | null;
      latitude: number | null;
      longitude: number | null;
      address_1: string | null;
      city: string | null;
      postal_code: string | null;
    }>`
      select sal.service_id, sal.id as sal_id, l.id as location_id, l.name, l.latitude, l.longitude,
        ad.address_1, ad.city, ad.postal_code
      from service_at_location sal
      join location l on l.gemeente_id = sal.gemeente_id and l.id = sal.location_id
      left join address ad on ad.gemeente_id = l.gemeente_id and ad.location_id = l.id
      where sal.gemeente_id = ${gemeenteId} and sal.service_id = any(${lijst(ids)})
      order by sal.service_id, sal.id, ad.id`.execute(db)
  ).rows;
  const postcodes = new Set<string>();
  for (const plek of plekken) {
    const pc = plek.latitude === null && plek.postal_code ? leesPostcode(plek.postal_code) : undefined;
    if (pc) {
      postcodes.add(pc.pc4);
      if (pc.pc6) postcodes.add(pc.pc6);
    }
  }
  const centroiden = new Map(
    postcodes.size === 0
      ? []
      : (
          await sql<{ postcode: string; latitude: number; longitude: number }>`
            select postcode, latitude, longitude from postcode where postcode = any(${lijst([...postcodes])})`.execute(
            db,
          )
        ).rows.map((row) => [row.postcode, { lat: row.latitude, lon: row.longitude }]),
  );
  const salIds = plekken.map((p) => p.sal_id);
  const locIds = plekken.map((p) => p.location_id);
  const roosters = (
    await sql<
      Rooster & {
        service_id: string | null;
        service_at_location_id: string | null;
        location_id: string | null;
      }
    >`
      select service_id, service_at_location_id, location_id, freq, byday, opens_at, closes_at, "interval",
        valid_from, valid_to
      from schedule
      where gemeente_id = ${gemeenteId}
        and (service_id = any(${lijst(ids)}) or service_at_location_id = any(${lijst(salIds)})
          or location_id = any(${lijst(locIds)}))`.execute(db)
  ).rows;

  const documenten: Document[] = services.map((service) => {
    const organisatie = service.organization_id ? organisaties.get(service.organization_id) : undefined;
    const eigenTermen = termen.filter(
      (term) => term.link_id === service.id || (organisatie && term.link_id === organisatie.id),
    );
    const levensgebieden = new Set<string>();
    const kenmerken = new Set<string>();
    for (const term of eigenTermen) {
      const code = term.code ?? '';
      const van = (taxonomie: { id: string; uri: string }) =>
        term.taxonomy_id === taxonomie.id || term.uri === taxonomie.uri;
      if (van(LEVENSGEBIED_TAXONOMIE) && isLevensgebied(code)) levensgebieden.add(code);
      if (van(KENMERK_TAXONOMIE) && isKenmerk(code)) kenmerken.add(code);
    }
    const eigenPlekken = plekken.filter((p) => p.service_id === service.id);
    let punt: Document['punt'];
    for (const plek of eigenPlekken) {
      if (plek.latitude !== null && plek.longitude !== null)
        punt = { lat: plek.latitude, lon: plek.longitude };
      else if (plek.postal_code) {
        const pc = leesPostcode(plek.postal_code);
        punt = (pc?.pc6 && centroiden.get(pc.pc6)) || (pc && centroiden.get(pc.pc4)) || undefined;
      }
      if (punt) break;
    }
    const salVan = new Set(eigenPlekken.map((p) => p.sal_id));
    const locVan = new Set(eigenPlekken.map((p) => p.location_id));
    let eigenRoosters = roosters.filter(
      (r) =>
        r.service_id === service.id ||
        (r.service_at_location_id !== null && salVan.has(r.service_at_location_id)),
    );
    if (eigenRoosters.length === 0)
      eigenRoosters = roosters.filter((r) => r.location_id !== null && locVan.has(r.location_id));
    const teksten = {
      a: vouw([service.name, service.alternate_name].filter(Boolean).join(' ')),
      b: vouw(
        [organisatie?.name, organisatie?.alternate_name, ...eigenTermen.map((t) => t.name)]
          .filter(Boolean)
          .join(' '),
      ),
      c: vouw(
        [
          service.description,
          service.eligibility_description,
          service.application_process,
          service.fees_description,
        ]
          .filter(Boolean)
          .join(' '),
      ),
      d: vouw(
        [...new Set(eigenPlekken.flatMap((p) => [p.name, p.address_1, p.city]).filter(Boolean))].join(' '),
      ),
    };
    const woorden = [
      ...new Set(lexiconWoorden([teksten.a, teksten.b, teksten.c, teksten.d].join(' '))),
    ].sort();
    const vensters = eigenRoosters.flatMap((rooster) =>
      weekVensters(rooster).map((venster) => ({
        ...venster,
        geldig_van: rooster.valid_from?.slice(0, 10) ?? null,
        geldig_tot: rooster.valid_to?.slice(0, 10) ?? null,
      })),
    );
    return {
      serviceId: service.id,
      actief: service.status === 'active',
      naam: teksten.a,
      teksten,
      levensgebieden: [...levensgebieden].sort(),
      kenmerken: [...kenmerken].sort(),
      punt,
      woorden,
      vensters,
      merken: filterMerken({ kenmerken: [...kenmerken], levensgebieden: [...levensgebieden], vensters }),
    };
  });

  await sql`delete from sociale_kaart_openingstijd
    where gemeente_id = ${gemeenteId} and service_id = any(${lijst(ids)})`.execute(db);
  const bestaand = new Set(services.map((s) => s.id));
  const weg = ids.filter((id) => !bestaand.has(id));
  if (weg.length > 0)
    await sql`delete from sociale_kaart_zoekdocument
      where gemeente_id = ${gemeenteId} and service_id = any(${lijst(weg)})`.execute(db);

  // Compounds get their parts as extra words of the same weight: "Schuldhulpverlening" is also
  // schuld, hulp and verlening (samenstellingen.ts). Only in the documents: the lexicon keeps
  // the words as written, so a typo is corrected towards a whole word, not a part.
  const metDelen = (tekst: string) => {
    const delen = samenstellingDelen(tekst);
    return delen === '' ? tekst : `${tekst} ${delen}`;
  };
  if (documenten.length > 0) {
    const values = documenten.map(
      (d) => sql`(${gemeenteId}::uuid, ${d.serviceId}, ${d.actief}, ${d.naam},
        setweight(to_tsvector('dutch', ${metDelen(d.teksten.a)}), 'A')
          || setweight(to_tsvector('dutch', ${metDelen(d.teksten.b)}), 'B')
          || setweight(to_tsvector('dutch', ${metDelen(d.teksten.c)}), 'C')
          || setweight(to_tsvector('dutch', ${d.teksten.d}), 'D')
          || array_to_tsvector(${tekstLijst(d.merken)}::text[]),
        to_tsvector('dutch', ${metDelen(d.teksten.a)})
          || array_to_tsvector(${tekstLijst(d.merken.filter((merk) => merk.startsWith('o:')))}::text[]),
        ${tekstLijst(d.levensgebieden)}::text[], ${tekstLijst(d.kenmerken)}::text[],
        ${d.punt?.lat ?? null}::double precision, ${d.punt?.lon ?? null}::double precision,
        ${tekstLijst(d.woorden)}::text[])`,
    );
    await sql`insert into sociale_kaart_zoekdocument
        (gemeente_id, service_id, actief, naam, document, naam_document, levensgebieden, kenmerken,
          latitude, longitude, woorden)
      values ${sql.join(values)}
      on conflict (gemeente_id, service_id) do update set
        actief = excluded.actief, naam = excluded.naam, document = excluded.document,
        naam_document = excluded.naam_document,
        levensgebieden = excluded.levensgebieden, kenmerken = excluded.kenmerken,
        latitude = excluded.latitude, longitude = excluded.longitude, woorden = excluded.woorden`.execute(db);
    const vensters = documenten.flatMap((d) => d.vensters.map((v) => ({ ...v, service_id: d.serviceId })));
    for (let start = 0; start < vensters.length; start += 1000) {
      await db
        .insertInto('sociale_kaart_openingstijd')
        .values(vensters.slice(start, start + 1000).map((v) => ({ gemeente_id: gemeenteId, ...v })))
        .execute();
    }
  }

  // The lexicon counts in how many documents a word occurs: take out the old, put in the new.
  const delta = new Map<string, number>();
  for (const row of oud) for (const woord of row.woorden) delta.set(woord, (delta.get(woord) ?? 0) - 1);
  for (const d of documenten) for (const woord of d.woorden) delta.set(woord, (delta.get(woord) ?? 0) + 1);
  const changed = [...delta.entries()].filter(([, n]) => n !== 0);
  for (let start = 0; start < changed.length; start += 2000) {
    const part = changed.slice(start, start + 2000);
    await sql`insert into sociale_kaart_woord (gemeente_id, woord, aantal)
      select ${gemeenteId}::uuid, w.woord, w.aantal
      from unnest(${lijst(part.map(([w]) => w))}, ${`{${part.map(([, n]) => n).join(',')}}`}::int[]) as w(woord, aantal)
      on conflict (gemeente_id, woord) do update set aantal = sociale_kaart_woord.aantal + excluded.aantal`.execute(
      db,
    );
  }
  if (changed.length > 0)
    await sql`delete from sociale_kaart_woord
      where gemeente_id = ${gemeenteId} and aantal <= 0 and woord = any(${lijst(changed.map(([w]) => w))})`.execute(
      db,
    );
}

// ---------------------------------------------------------------------------------------------
// Searching

/**
 * For each query word, the lexicon's closest words by trigram similarity (at least
 * pg_trgm.similarity_threshold, 0.3 by default), best first; a word spelled right comes first.
 */
export async function spellingAlternatieven(
  db: Db,
  gemeenteId: string,
  woorden: readonly string[],
): Promise<Map<string, string[]>> {
  const result = new Map<string, string[]>(woorden.map((w) => [w, []]));
  if (woorden.length === 0) return result;
  // Most words are spelled right: one cheap look-up by key first, trigrams only for the rest.
  const { rows: exact } = await sql<{ woord: string }>`
    select woord from sociale_kaart_woord
    where gemeente_id = ${gemeenteId} and woord = any(${lijst(woorden)}) and aantal > 0`.execute(db);
  for (const row of exact) result.get(row.woord)?.push(row.woord);
  const onbekend = woorden.filter((w) => !exact.some((row) => row.woord === w));
  if (onbekend.length === 0) return result;
  const { rows } = await sql<{ vraag: string; woord: string }>`
    select v.woord as vraag, l.woord
    from unnest(${lijst(onbekend)}) as v(woord)
    cross join lateral (
      select w.woord from sociale_kaart_woord w
      where w.gemeente_id = ${gemeenteId} and w.aantal > 0 and w.woord operator(public.%) v.woord
      order by public.similarity(w.woord, v.woord) desc, w.aantal desc, w.woord
      limit 3
    ) l`.execute(db);
  for (const row of rows) result.get(row.vraag)?.push(row.woord);
  return result;
}

export type ZoekOpdracht = {
  /** The folded query text, for trigram similarity with names; '' = no text */
  tekst: string;
  /** to_tsquery('dutch', …) text; '' = no text */
  tsQuery: string;
  /** to_tsquery text of words that only add to the ranking, not required ("hulp"); '' = none */
  rangQuery?: string;
  levensgebied: string | undefined;
  kenmerken: Kenmerk[];
  punt: { lat: number; lon: number } | undefined;
  afstandKm: number | undefined;
  nuOpen: { minuut: number; datum: string } | undefined;
  sorteer: 'relevantie' | 'afstand';
  limit: number;
  offset: number;
};

export type Treffer = {
  id: string;
  naam: string;
  beschrijving: string | null;
  organisatie: string | null;
  afstandKm: number | null;
  score: number;
};

/** Candidates ranked for one text search at most (see zoekDiensten). */
export const MAX_KANDIDATEN = 600;
/** Counted at most; beyond it the page says "more than 1,000". */
export const MAX_TELLEN = 1000;

/**
 * One page of search results and the number found (at most MAX_TELLEN, with `meer` when there
 * are more). Only active services of this gemeente.
 */
export async function zoekDiensten(
  db: Db,
  gemeenteId: string,
  opdracht: ZoekOpdracht,
): Promise<{ totaal: number; meer: boolean; treffers: Treffer[] }> {
  const { punt } = opdracht;
  const q = sql`to_tsquery('dutch', ${opdracht.tsQuery})`;
  const afstand = punt
    ? sql`6371 * 2 * asin(least(1, sqrt(power(sin(radians(d.latitude - ${punt.lat}) / 2), 2)
        + cos(radians(${punt.lat}::double precision)) * cos(radians(d.latitude))
          * power(sin(radians(d.longitude - ${punt.lon}) / 2), 2))))`
    : sql`null::double precision`;
  // Levensgebied, kenmerken and the hour of "nu open" are marks in the document (filterMerken):
  // with a word they join its tsquery, so one GIN look-up finds the word and its filters
  // together instead of intersecting a broad word with filters that hold a third of all services.
  const filterTekst = filterQueryTekst({
    kenmerken: opdracht.kenmerken,
    levensgebied: opdracht.levensgebied,
    openOp: opdracht.nuOpen?.minuut,
  });
  const fq = sql`${filterTekst}::tsquery`;
  // The hour marks are in the name's document too, for the name-first candidates (below).
  const uurTekst = filterQueryTekst({
    kenmerken: [],
    levensgebied: undefined,
    openOp: opdracht.nuOpen?.minuut,
  });
  const naamVraag = uurTekst === '' ? q : sql`(${q} && ${sql`${uurTekst}::tsquery`})`;
  // Everything but the text condition, which the name-first candidates replace (below).
  const conditions = [sql`d.gemeente_id = ${gemeenteId}`, sql`d.actief`];
  const tekst = opdracht.tsQuery !== '';
  if (filterTekst !== '' && !tekst) conditions.push(sql`d.document @@ ${fq}`);
  const binnen = (km: number) => {
    if (!punt) return [];
    const box = omhullende(punt, km);
    return [
      sql`d.latitude between ${box.minLat} and ${box.maxLat}`,
      sql`d.longitude between ${box.minLon} and ${box.maxLon}`,
      sql`${afstand} <= ${km}`,
    ];
  };
  const overig: ReturnType<typeof sql>[] = [];
  // The same filters on the arrays (no index): for a few rows found otherwise, the names.
  const opRij: ReturnType<typeof sql>[] = [];
  if (opdracht.levensgebied) opRij.push(sql`d.levensgebieden @> ${lijst([opdracht.levensgebied])}`);
  if (opdracht.kenmerken.length > 0) opRij.push(sql`d.kenmerken @> ${lijst(opdracht.kenmerken)}`);
  if (opdracht.nuOpen) {
    const { minuut, datum } = opdracht.nuOpen;
    overig.push(sql`exists (
      select 1 from sociale_kaart_openingstijd o
      where o.gemeente_id = d.gemeente_id and o.service_id = d.service_id
        and o.van <= ${minuut} and o.tot > ${minuut}
        and (o.geldig_van is null or o.geldig_van <= ${datum})
        and (o.geldig_tot is null or o.geldig_tot >= ${datum}))`);
  }
  const opAfstand = opdracht.sorteer === 'afstand' && punt !== undefined;
  // Ranked by the words only: the filter marks are not part of the relevance.
  const rang = opdracht.rangQuery
    ? sql` + 0.5 * ts_rank(d.document, to_tsquery('dutch', ${opdracht.rangQuery}))`
    : sql``;
  const score = tekst
    ? sql`ts_rank(d.document, ${q})${rang} + 0.5 * public.word_similarity(${opdracht.tekst}, d.naam)`
    : sql`0::real`;
  const zoekvraag = filterTekst !== '' ? sql`(${q} && ${fq})` : q;
  // Typos are corrected through the lexicon before this (spellingAlternatieven); name
  // similarity only ranks. (A query of nothing but stop words, "voor", finds nothing.)
  const metTekst = (filters: ReturnType<typeof sql>) =>
    tekst ? sql`${filters} and d.document @@ ${zoekvraag}` : filters;
  const kolommen = sql`d.service_id as id, ${afstand} as afstand, (${score})::double precision as score, d.naam`;
  const order = opAfstand
    ? sql`afstand asc nulls last, score desc, naam, id`
    : tekst
      ? sql`score desc, afstand asc nulls last, naam, id`
      : sql`naam, id`;
  const filtersBinnen = (km: number | undefined) =>
    sql.join([...conditions, ...(km === undefined ? [] : binnen(km)), ...overig], sql` and `);
  const where = metTekst(filtersBinnen(opdracht.afstandKm));
  type Rij = { id: string; afstand: number | null; score: number };
  const tel = async () =>
    Number(
      (
        await sql<{ n: number }>`
          select count(*) as n from (
            select 1 from sociale_kaart_zoekdocument d where ${where} limit ${MAX_TELLEN + 1}
          ) gevonden`.execute(db)
      ).rows[0]?.n ?? 0,
    );
  let rijen: Rij[] = [];
  let gevonden: number | undefined;
  if (tekst && !opAfstand) {
    // Ranking reads every candidate's document: with many matches ("buurt" in a big gemeente)
    // the best are chosen among the services whose name matches (a name holding every word
    // means the document does too) and the first others found, at most MAX_KANDIDATEN, so a
    // broad word costs little more than a precise one. The found services are looked up once
    // (the GIN scan of a broad word is the costly part) for the candidates and the count.
    const filters = filtersBinnen(opdracht.afstandKm);
    const { rows } = await sql<Rij & { n: number }>`
      with gevonden as materialized (
        select d.service_id from sociale_kaart_zoekdocument d where ${where} limit ${MAX_TELLEN + 1}
      )
      select id, afstand, score, (select count(*) from gevonden) as n from (
        (select ${kolommen} from sociale_kaart_zoekdocument d
          where ${sql.join([filters, ...opRij], sql` and `)} and d.naam_document @@ ${naamVraag}
          limit ${MAX_KANDIDATEN / 2})
        union
        (select ${kolommen} from sociale_kaart_zoekdocument d
          where d.gemeente_id = ${gemeenteId}
            and d.service_id in (select service_id from gevonden limit ${MAX_KANDIDATEN}))
      ) kandidaat
      order by ${order}
      limit ${opdracht.limit} offset ${opdracht.offset}`.execute(db);
    rijen = rows;
    if (rows[0]) gevonden = Number(rows[0].n);
  } else {
    const pagina = async (km: number | undefined) =>
      (
        await sql<Rij>`
          select ${kolommen} from sociale_kaart_zoekdocument d where ${metTekst(filtersBinnen(km))}
          order by ${order}
          limit ${opdracht.limit} offset ${opdracht.offset}`.execute(db)
      ).rows;
    if (opAfstand) {
      // Nearest first: services within a small circle come before all others, so the page is
      // looked for in growing circles (1, 2.5, 6.25 … km) up to the asked radius, and only a
      // sparse neighbourhood pays for computing the distance of every service in a large box.
      const max = opdracht.afstandKm;
      for (let km = 1; ; km *= 2.5) {
        if (max === undefined && km > 250) {
          rijen = await pagina(undefined);
          break;
        }
        const straal = max === undefined ? km : Math.min(km, max);
        rijen = await pagina(straal);
        if (rijen.length >= opdracht.limit || straal === max) break;
      }
    } else rijen = await pagina(opdracht.afstandKm);
  }
  gevonden ??= await tel();
  const ids = rijen.map((row) => row.id);
  const { rows: details } = await sql<{
    id: string;
    naam: string;
    beschrijving: string | null;
    organisatie: string | null;
  }>`
    select s.id, s.name as naam, s.description as beschrijving, o.name as organisatie
    from service s
    left join organization o on o.gemeente_id = s.gemeente_id and o.id = s.organization_id
    where s.gemeente_id = ${gemeenteId} and s.id = any(${lijst(ids)})`.execute(db);
  const byId = new Map(details.map((row) => [row.id, row]));
  return {
    totaal: Math.min(gevonden, MAX_TELLEN),
    meer: gevonden > MAX_TELLEN,
    treffers: rijen.flatMap((row) => {
      const detail = byId.get(row.id);
      if (!detail) return [];
      return [
        {
          id: row.id,
          naam: detail.naam,
          beschrijving: detail.beschrijving,
          organisatie: detail.organisatie,
          afstandKm: row.afstand === null ? null : Number(row.afstand),
          score: Number(row.score),
        },
      ];
    }),
  };
}

// ---------------------------------------------------------------------------------------------
// Postcodes

/** The centroid of a postcode: the PC6 when known, else its PC4. */
export async function zoekPostcode(
  db: Db,
  postcode: Postcode,
): Promise<{ lat: number; lon: number } | undefined> {
  const codes = postcode.pc6 ? [postcode.pc6, postcode.pc4] : [postcode.pc4];
  const row = await db
    .selectFrom('postcode')
    .select(['latitude', 'longitude'])
    .where('postcode', 'in', codes)
    .orderBy(sql`length(postcode)`, 'desc')
    .executeTakeFirst();
  return row ? { lat: row.latitude, lon: row.longitude } : undefined;
}

/** A full postcode that is in the table ("0101 AA"), for the search hint's example; none when the table is empty. */
export async function voorbeeldPostcode(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('postcode')
    .select('postcode')
    .where(sql<boolean>`length(postcode) = 6`)
    .orderBy('postcode')
    .limit(1)
    .executeTakeFirst();
  return row ? `${row.postcode.slice(0, 4)} ${row.postcode.slice(4)}` : undefined;
}

export type PostcodeRij = { postcode: string; latitude: number; longitude: number };

/** Adds or replaces postcode centroids, in one transaction. */
export async function slaPostcodesOp(db: Db, rijen: readonly PostcodeRij[], bron: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rijen.length; start += 2000) {
      await trx
        .insertInto('postcode')
        .values(rijen.slice(start, start + 2000).map((rij) => ({ ...rij, bron })))
        .onConflict((oc) =>
          oc.column('postcode').doUpdateSet((eb) => ({
            latitude: eb.ref('excluded.latitude'),
            longitude: eb.ref('excluded.longitude'),
            bron: eb.ref('excluded.bron'),
          })),
        )
        .execute();
    }
  });
}

// ---------------------------------------------------------------------------------------------
// A service's detail page

export type DienstDetail = {
  id: string;
  naam: string;
  beschrijving: string | null;
  voorWie: string | null;
  aanmelden: string | null;
  kosten: string | null;
  wachttijd: string | null;
  website: string | null;
  email: string | null;
  gecontroleerd: string | null;
  minimumLeeftijd: number | null;
  maximumLeeftijd: number | null;
  organisatie: { naam: string; website: string | null; email: string | null } | undefined;
  levensgebieden: string[];
  kenmerken: Kenmerk[];
  plekken: {
    naam: string | null;
    adres: string | null;
    postcode: string | null;
    plaats: string | null;
    vervoer: string | null;
  }[];
  telefoons: { nummer: string; uitleg: string | null }[];
  contacten: { naam: string | null; functie: string | null; email: string | null }[];
  roosters: (Rooster & { description: string | null })[];
  kostenOpties: { optie: string | null; bedrag: number | null; uitleg: string | null }[];
};

/** Everything the detail page shows of an active service of this gemeente; undefined otherwise. */
export async function dienstDetail(
  db: Db,
  gemeenteId: string,
  id: string,
): Promise<DienstDetail | undefined> {
  const service = await db
    .selectFrom('service')
    .selectAll()
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .where('status', '=', 'active')
    .executeTakeFirst();
  if (!service) return undefined;
  const organisatie = service.organization_id
    ? await db
        .selectFrom('organization')
        .select(['id', 'name', 'website', 'email'])
        .where('gemeente_id', '=', gemeenteId)
        .where('id', '=', service.organization_id)
        .executeTakeFirst()
    : undefined;
  const document = await db
    .selectFrom('sociale_kaart_zoekdocument')
    .select(['levensgebieden', 'kenmerken'])
    .where('gemeente_id', '=', gemeenteId)
    .where('service_id', '=', id)
    .executeTakeFirst();
  const { rows: plekken } = await sql<{
    sal_id: string;
    location_id: string;
    naam: string | null;
    vervoer: string | null;
    adres: string | null;
    postcode: string | null;
    plaats: string | null;
  }>`
    select sal.id as sal_id, l.id as location_id, l.name as naam, l.transportation as vervoer,
      ad.address_1 as adres, ad.postal_code as postcode, ad.city as plaats
    from service_at_location sal
    join location l on l.gemeente_id = sal.gemeente_id and l.id = sal.location_id
    left join address ad on ad.gemeente_id = l.gemeente_id and ad.location_id = l.id
      and ad.address_type <> 'postal'
    where sal.gemeente_id = ${gemeenteId} and sal.service_id = ${id}
    order by sal.id, ad.id`.execute(db);
  const salIds = plekken.map((p) => p.sal_id);
  const locIds = plekken.map((p) => p.location_id);
  const { rows: telefoons } = await sql<{ nummer: string; uitleg: string | null }>`
    select number as nummer, description as uitleg from phone
    where gemeente_id = ${gemeenteId}
      and (service_id = ${id} or service_at_location_id = any(${lijst(salIds)})
        or location_id = any(${lijst(locIds)}) or (organization_id = ${organisatie?.id ?? null} and service_id is null))
    order by (service_id is null), id`.execute(db);
  const { rows: contacten } = await sql<{
    naam: string | null;
    functie: string | null;
    email: string | null;
  }>`
    select name as naam, title as functie, email from contact
    where gemeente_id = ${gemeenteId} and (service_id = ${id} or service_at_location_id = any(${lijst(salIds)}))
    order by id`.execute(db);
  let { rows: roosters } = await sql<Rooster & { description: string | null; sal: string | null }>`
    select freq, byday, opens_at, closes_at, "interval", valid_from, valid_to, description,
      service_at_location_id as sal
    from schedule
    where gemeente_id = ${gemeenteId} and (service_id = ${id} or service_at_location_id = any(${lijst(salIds)}))
    order by id`.execute(db);
  if (roosters.length === 0) {
    roosters = (
      await sql<Rooster & { description: string | null; sal: string | null }>`
        select freq, byday, opens_at, closes_at, "interval", valid_from, valid_to, description, null as sal
        from schedule where gemeente_id = ${gemeenteId} and location_id = any(${lijst(locIds)})
        order by id`.execute(db)
    ).rows;
  }
  const kostenOpties = await db
    .selectFrom('cost_option')
    .select(['option as optie', 'amount as bedrag', 'amount_description as uitleg'])
    .where('gemeente_id', '=', gemeenteId)
    .where('service_id', '=', id)
    .orderBy('id')
    .execute();
  const seen = new Set<string>();
  return {
    id: service.id,
    naam: service.name,
    beschrijving: service.description,
    voorWie: service.eligibility_description,
    aanmelden: service.application_process,
    kosten: service.fees_description,
    wachttijd: service.wait_time,
    website: service.url ?? organisatie?.website ?? null,
    email: service.email ?? organisatie?.email ?? null,
    gecontroleerd: service.assured_date,
    minimumLeeftijd: service.minimum_age,
    maximumLeeftijd: service.maximum_age,
    organisatie: organisatie
      ? { naam: organisatie.name, website: organisatie.website, email: organisatie.email }
      : undefined,
    levensgebieden: (document?.levensgebieden ?? []).filter(isLevensgebied),
    kenmerken: (document?.kenmerken ?? []).filter(isKenmerk),
    plekken: plekken
      .filter((p) => {
        if (seen.has(p.location_id)) return false;
        seen.add(p.location_id);
        return true;
      })
      .map(({ naam, adres, postcode, plaats, vervoer }) => ({ naam, adres, postcode, plaats, vervoer })),
    telefoons,
    contacten,
    roosters: roosters.map(({ sal: _sal, ...rooster }) => rooster),
    kostenOpties,
  };
}

export type PlekRij = { id: string; naam: string; adres: string; lat: number; lon: number };

/**
 * Locations of the sociale kaart (with a name and coordinates) inside a box: candidates for a
 * meeting place of a Samen group (`ontmoetplekken.ts` computes the exact distance).
 */
export async function plekkenIn(
  db: Db,
  gemeenteId: string,
  box: { minLat: number; maxLat: number; minLon: number; maxLon: number },
): Promise<PlekRij[]> {
  const rijen = await db
    .selectFrom('location as l')
    .leftJoin('address as a', (j) =>
      j.onRef('a.gemeente_id', '=', 'l.gemeente_id').onRef('a.location_id', '=', 'l.id'),
    )
    .select(['l.id', 'l.name', 'l.latitude', 'l.longitude', 'a.address_1', 'a.city'])
    .where('l.gemeente_id', '=', gemeenteId)
    .where('l.name', 'is not', null)
    .where('l.latitude', '>=', box.minLat)
    .where('l.latitude', '<=', box.maxLat)
    .where('l.longitude', '>=', box.minLon)
    .where('l.longitude', '<=', box.maxLon)
    .orderBy('l.id')
    .limit(2000)
    .execute();
  const gezien = new Set<string>();
  const plekken: PlekRij[] = [];
  for (const r of rijen) {
    if (gezien.has(r.id) || r.latitude === null || r.longitude === null) continue;
    gezien.add(r.id);
    plekken.push({
      id: r.id,
      naam: r.name ?? '',
      adres: [r.address_1, r.city].filter((x) => x).join(', '),
      lat: Number(r.latitude),
      lon: Number(r.longitude),
    });
  }
  return plekken;
}

/** One location by id (name and address), for a coordinator's choice of meeting place. */
export async function plekOpId(db: Db, gemeenteId: string, id: string): Promise<PlekRij | undefined> {
  const r = await db
    .selectFrom('location as l')
    .leftJoin('address as a', (j) =>
      j.onRef('a.gemeente_id', '=', 'l.gemeente_id').onRef('a.location_id', '=', 'l.id'),
    )
    .select(['l.id', 'l.name', 'l.latitude', 'l.longitude', 'a.address_1', 'a.city'])
    .where('l.gemeente_id', '=', gemeenteId)
    .where('l.id', '=', id)
    .where('l.name', 'is not', null)
    .executeTakeFirst();
  if (!r || r.latitude === null || r.longitude === null) return undefined;
  return {
    id: r.id,
    naam: r.name ?? '',
    adres: [r.address_1, r.city].filter((x) => x).join(', '),
    lat: Number(r.latitude),
    lon: Number(r.longitude),
  };
}
