import { type Kysely, sql } from 'kysely';

/**
 * Sociale kaart: the Human Services Data Specification (HSDS 3.0) tables, one per HSDS object
 * we keep, with the HSDS field names as columns. HSDS ids are strings chosen by the publisher,
 * so they are text and unique per gemeente only: two gemeenten may import the same dataset.
 * Links between HSDS objects are plain columns without foreign keys: HSDS data may point to
 * objects published elsewhere, and import order must not matter. Plain SQL for PostgreSQL and PGlite.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table organization (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "name" text not null,
    "alternate_name" text,
    "description" text not null,
    "email" text,
    "website" text,
    "tax_status" text,
    "tax_id" text,
    "year_incorporated" double precision,
    "legal_status" text,
    "logo" text,
    "uri" text,
    "parent_organization_id" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table service (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "organization_id" text,
    "program_id" text,
    "name" text not null,
    "alternate_name" text,
    "description" text,
    "url" text,
    "email" text,
    "status" text not null,
    "interpretation_services" text,
    "application_process" text,
    "fees_description" text,
    "wait_time" text,
    "fees" text,
    "accreditations" text,
    "eligibility_description" text,
    "minimum_age" double precision,
    "maximum_age" double precision,
    "assured_date" text,
    "assurer_email" text,
    "licenses" text,
    "alert" text,
    "last_modified" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table location (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "location_type" text not null,
    "url" text,
    "organization_id" text,
    "name" text,
    "alternate_name" text,
    "description" text,
    "transportation" text,
    "latitude" double precision,
    "longitude" double precision,
    "external_identifier" text,
    "external_identifier_type" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table service_at_location (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "service_id" text,
    "location_id" text,
    "description" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table address (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "location_id" text,
    "attention" text,
    "address_1" text not null,
    "address_2" text,
    "city" text not null,
    "region" text,
    "state_province" text not null,
    "postal_code" text not null,
    "country" text not null,
    "address_type" text not null,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table phone (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "location_id" text,
    "service_id" text,
    "organization_id" text,
    "contact_id" text,
    "service_at_location_id" text,
    "number" text not null,
    "extension" double precision,
    "type" text,
    "description" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table schedule (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "service_id" text,
    "location_id" text,
    "service_at_location_id" text,
    "valid_from" text,
    "valid_to" text,
    "dtstart" text,
    "timezone" double precision,
    "until" text,
    "count" double precision,
    "wkst" text,
    "freq" text,
    "interval" double precision,
    "byday" text,
    "byweekno" text,
    "bymonthday" text,
    "byyearday" text,
    "description" text,
    "opens_at" text,
    "closes_at" text,
    "schedule_link" text,
    "attending_type" text,
    "notes" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table contact (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "organization_id" text,
    "service_id" text,
    "service_at_location_id" text,
    "location_id" text,
    "name" text,
    "title" text,
    "department" text,
    "email" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table taxonomy (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "name" text not null,
    "description" text not null,
    "uri" text,
    "version" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table taxonomy_term (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "code" text,
    "name" text not null,
    "description" text not null,
    "parent_id" text,
    "taxonomy" text,
    "language" text,
    "taxonomy_id" text,
    "term_uri" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table attribute (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "link_id" text,
    "taxonomy_term_id" text,
    "link_type" text,
    "link_entity" text,
    "value" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table cost_option (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "service_id" text,
    "valid_from" text,
    "valid_to" text,
    "option" text,
    "currency" text,
    "amount" double precision,
    "amount_description" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table language (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "service_id" text,
    "location_id" text,
    "phone_id" text,
    "name" text,
    "code" text,
    "note" text,
    primary key (gemeente_id, id)
  )`.execute(db);
  await sql`create table accessibility (
    gemeente_id uuid not null references gemeente(id),
    "id" text not null,
    "location_id" text,
    "description" text,
    "details" text,
    "url" text,
    primary key (gemeente_id, id)
  )`.execute(db);

  // Looking up children of a service, location or organisation on export.
  await sql`create index service_organization_idx on service (gemeente_id, organization_id)`.execute(db);
  await sql`create index location_organization_idx on location (gemeente_id, organization_id)`.execute(db);
  await sql`create index service_at_location_service_idx on service_at_location (gemeente_id, service_id)`.execute(
    db,
  );
  await sql`create index attribute_link_idx on attribute (gemeente_id, link_entity, link_id)`.execute(db);
}
