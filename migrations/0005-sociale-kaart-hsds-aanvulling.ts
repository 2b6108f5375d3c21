import { type Kysely, sql } from 'kysely';

/**
 * Sociale kaart, completed: the HSDS 3.0 objects 0003 did not keep yet (funding, service_area,
 * required_document, program, organization_identifier, metadata, meta_table_description), so
 * that every one of HSDS's 21 tables is stored. Same rules as 0003: keyed by (gemeente_id, HSDS
 * id), HSDS field names as columns, a field the JSON schema requires is not null, and no foreign
 * keys between HSDS objects.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table funding (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "organization_id" text,
    "service_id" text,
    "source" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table service_area (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "service_id" text,
    "name" text,
    "description" text,
    "extent" text,
    "extent_type" text,
    "uri" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table required_document (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "service_id" text,
    "document" text,
    "uri" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table program (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "organization_id" text,
    "name" text not null,
    "alternate_name" text,
    "description" text not null,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table organization_identifier (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "organization_id" text,
    "identifier_scheme" text,
    "identifier_type" text not null,
    "identifier" text not null,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table metadata (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "resource_id" text,
    "resource_type" text,
    "last_action_date" text not null,
    "last_action_type" text not null,
    "field_name" text not null,
    "previous_value" text not null,
    "replacement_value" text not null,
    "updated_by" text not null,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table meta_table_description (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "name" text,
    "language" text,
    "character_set" text,
    primary key (gemeente_id, id)
  )`.execute(db);

  // Looking up an object's metadata on export, as attribute_link_idx does for attributes.
  await sql`create index metadata_resource_idx on metadata (gemeente_id, resource_id)`.execute(db);
}
