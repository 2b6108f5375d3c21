-- Redzaam on PostgreSQL: one owner role that runs migrations, one runtime role the app uses.
-- Run once as a superuser (or a role with CREATEROLE and CREATEDB), e.g.:
--   psql -v eigenaar_wachtwoord=… -v app_wachtwoord=… -f docs/sql/rollen.sql postgres://postgres@db/postgres
-- Then, from the Redzaam folder, with both roles' URLs set (docs/operations.md, "Database roles"):
--   DATABASE_MIGRATION_URL=postgres://redzaam_eigenaar:…@db/redzaam DATABASE_URL=postgres://redzaam_app:…@db/redzaam npm run db:rollen
-- which migrates as the owner and applies the runtime role's GRANTs (listed at the end, for review).

create role redzaam_eigenaar login password :'eigenaar_wachtwoord';
create role redzaam_app login password :'app_wachtwoord';
-- The owner owns the database, so it owns schema public (PostgreSQL 15: pg_database_owner)
-- and may create the trusted extension pg_trgm.
create database redzaam owner redzaam_eigenaar;
\connect redzaam
revoke create on schema public from public;
revoke all on database redzaam from public;
grant connect on database redzaam to redzaam_eigenaar, redzaam_app;

-- What `npm run db:rollen` (and every app start with DATABASE_MIGRATION_URL) grants, as the owner,
-- in the owner's schema, after migrating:
--   grant usage on schema public to redzaam_app;
--   grant select, insert, update, delete on all tables in schema public to redzaam_app;
--   grant usage, select on all sequences in schema public to redzaam_app;
--   alter default privileges in schema public grant select, insert, update, delete on tables to redzaam_app;
--   alter default privileges in schema public grant usage, select on sequences to redzaam_app;
--   revoke all on kysely_migration, kysely_migration_lock from redzaam_app;
--   grant select on kysely_migration, kysely_migration_lock to redzaam_app;
--   revoke all on audit_event from redzaam_app;
--   grant select, insert on audit_event to redzaam_app;
--   grant update (chain_pos, prev_hash, hash) on audit_event to redzaam_app;  -- sealing only; the trigger refuses the rest
