import { type Kysely, sql } from 'kysely';

/**
 * Sociale kaart search (docs/decisions/013): a search document per service, a lexicon of its
 * words for typo correction, weekly opening windows for "nu open", and postcode centroids for
 * distance. pg_trgm lives in schema public and is always named with it (public.similarity,
 * OPERATOR(public.%), public.gin_trgm_ops), so it works whatever the search_path is (each test
 * file has its own schema). The database user must be allowed to create the extension
 * (pg_trgm is trusted from PostgreSQL 13 on), or a DBA creates it first (docs/operations.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Several schemas of one database may migrate at once (tests): the loser of that race
  // gets a unique violation, caught here, and finds the extension in place.
  await sql`do $$
    begin
      create extension if not exists pg_trgm with schema public;
    exception when unique_violation or duplicate_object then null;
    end $$`.execute(db);
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm'`.execute(db);
  if (rows[0]?.schema !== 'public') {
    throw new Error(
      `pg_trgm is installed in schema "${rows[0]?.schema ?? '?'}"; Redzaam needs it in "public" (docs/operations.md)`,
    );
  }

  // GIN indexes without the pending list (fastupdate = off): with it, words inserted since the
  // last vacuum sit in an unsorted list that every search reads through (9 ms instead of 0.2 ms
  // per name search at 100,000 services, measured). Writes are a little slower, searches steady.
  await sql`create table sociale_kaart_zoekdocument (
    gemeente_id uuid not null references gemeente(id),
    service_id text not null,
    -- HSDS status = active; the others are never found
    actief boolean not null,
    -- folded name (lower case, no accents) for trigram matching
    naam text not null,
    document tsvector not null,
    -- the name alone, so name matches can be found first among many
    naam_document tsvector not null,
    levensgebieden text[] not null,
    kenmerken text[] not null,
    latitude double precision,
    longitude double precision,
    -- the folded words this service put into the lexicon, to take them out again
    woorden text[] not null,
    primary key (gemeente_id, service_id)
  )`.execute(db);
  await sql`create index sociale_kaart_zoekdocument_document_idx
    on sociale_kaart_zoekdocument using gin (document) with (fastupdate = off)`.execute(db);
  await sql`create index sociale_kaart_zoekdocument_naam_document_idx
    on sociale_kaart_zoekdocument using gin (naam_document) with (fastupdate = off)`.execute(db);
  await sql`create index sociale_kaart_zoekdocument_naam_idx
    on sociale_kaart_zoekdocument using gin (naam public.gin_trgm_ops) with (fastupdate = off)`.execute(db);
  // Kenmerken, levensgebieden and opening hours are filtered through marks in `document`
  // (queries.ts, filterMerken; decision 013): one GIN look-up for a word and its filters.
  // Listing without a query (A to Z) stops after one page instead of sorting everything.
  await sql`create index sociale_kaart_zoekdocument_alfabet_idx
    on sociale_kaart_zoekdocument (gemeente_id, naam, service_id) where actief`.execute(db);
  await sql`create index sociale_kaart_zoekdocument_plek_idx
    on sociale_kaart_zoekdocument (gemeente_id, latitude, longitude) where latitude is not null`.execute(db);

  await sql`create table sociale_kaart_woord (
    gemeente_id uuid not null references gemeente(id),
    woord text not null,
    -- in how many services' documents the word occurs; 0 = gone
    aantal integer not null,
    primary key (gemeente_id, woord)
  )`.execute(db);
  await sql`create index sociale_kaart_woord_trgm_idx
    on sociale_kaart_woord using gin (woord public.gin_trgm_ops) with (fastupdate = off)`.execute(db);

  await sql`create table sociale_kaart_openingstijd (
    gemeente_id uuid not null references gemeente(id),
    service_id text not null,
    -- minutes since Monday 00:00 Amsterdam time, end exclusive
    van integer not null,
    tot integer not null,
    geldig_van text,
    geldig_tot text
  )`.execute(db);
  await sql`create index sociale_kaart_openingstijd_service_idx
    on sociale_kaart_openingstijd (gemeente_id, service_id)`.execute(db);

  // Refreshing a search document reads a service's attributes, schedules and addresses by
  // the ids they link to; 0003 has no index for those look-ups.
  await sql`create index sociale_kaart_zoeken_attribute_idx on attribute (gemeente_id, link_id)`.execute(db);
  await sql`create index sociale_kaart_zoeken_schedule_service_idx on schedule (gemeente_id, service_id)`.execute(
    db,
  );
  await sql`create index sociale_kaart_zoeken_schedule_sal_idx
    on schedule (gemeente_id, service_at_location_id)`.execute(db);
  await sql`create index sociale_kaart_zoeken_schedule_location_idx on schedule (gemeente_id, location_id)`.execute(
    db,
  );
  await sql`create index sociale_kaart_zoeken_address_idx on address (gemeente_id, location_id)`.execute(db);

  // National, not per gemeente: PC4 ("1234") and PC6 ("1234AB") centroids in WGS84.
  await sql`create table postcode (
    postcode text primary key,
    latitude double precision not null,
    longitude double precision not null,
    bron text not null
  )`.execute(db);
}
