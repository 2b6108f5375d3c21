import { type Kysely, sql } from 'kysely';

/**
 * Two roles on PostgreSQL (docs/operations.md, "Database roles"): the owner runs migrations and
 * owns every table; the runtime role the app connects with reads and writes rows but cannot
 * change the audit trail. It may only insert entries and fill in their chain fields when sealing
 * (the append-only trigger, owned by the owner, refuses every other update), and as it owns
 * nothing it cannot ALTER the table or DISABLE its triggers.
 */

// biome-ignore lint/suspicious/noExplicitAny: works on any schema
type AnyDb = Kysely<any>;

/** Tables only migrations write: the runtime role reads them (readiness checks the level). */
const MIGRATIE_TABELLEN = ['kysely_migration', 'kysely_migration_lock'];

/**
 * Applies the runtime role's privileges in the owner's current schema. Run as the owner, after
 * migrating; safe to run again (the app does so at every start with DATABASE_MIGRATION_URL).
 */
export async function pasRechtenToe(owner: AnyDb, runtimeRol: string): Promise<void> {
  const { rows } = await sql<{ schema: string; eigenaar: string }>`
    select current_schema() as schema, current_user as eigenaar`.execute(owner);
  const schema = rows[0]?.schema;
  if (!schema) throw new Error('no current schema');
  if (rows[0]?.eigenaar === runtimeRol) return; // one role for both: nothing to separate
  const s = sql.id(schema);
  const r = sql.id(runtimeRol);
  await owner.transaction().execute(async (trx) => {
    await sql`grant usage on schema ${s} to ${r}`.execute(trx);
    await sql`grant select, insert, update, delete on all tables in schema ${s} to ${r}`.execute(trx);
    await sql`grant usage, select on all sequences in schema ${s} to ${r}`.execute(trx);
    await sql`alter default privileges in schema ${s} grant select, insert, update, delete on tables to ${r}`.execute(
      trx,
    );
    await sql`alter default privileges in schema ${s} grant usage, select on sequences to ${r}`.execute(trx);
    for (const tabel of MIGRATIE_TABELLEN) {
      const t = sql.id(schema, tabel);
      await sql`revoke all on ${t} from ${r}`.execute(trx);
      await sql`grant select on ${t} to ${r}`.execute(trx);
    }
    const audit = sql.id(schema, 'audit_event');
    await sql`revoke all on ${audit} from ${r}`.execute(trx);
    await sql`grant select, insert on ${audit} to ${r}`.execute(trx);
    await sql`grant update (chain_pos, prev_hash, hash) on ${audit} to ${r}`.execute(trx);
  });
}

export type AuditRechten = {
  rol: string;
  /** Each way this role could change or switch off the audit trail; empty = protected. */
  problemen: string[];
};

/** What the connecting role can do to audit_event beyond inserting and sealing entries. */
export async function controleerAuditRechten(db: AnyDb): Promise<AuditRechten> {
  const { rows } = await sql<{
    rol: string;
    superuser: boolean;
    eigenaar: boolean;
    update: boolean;
    delete: boolean;
    truncate: boolean;
    trigger: boolean;
  }>`
    select current_user as rol,
      (select rolsuper from pg_roles where rolname = current_user) as superuser,
      pg_has_role(current_user, c.relowner, 'USAGE') as eigenaar,
      has_table_privilege(c.oid, 'UPDATE') as update,
      has_table_privilege(c.oid, 'DELETE') as delete,
      has_table_privilege(c.oid, 'TRUNCATE') as truncate,
      has_table_privilege(c.oid, 'TRIGGER') as trigger
    from pg_class c where c.oid = to_regclass('audit_event')`.execute(db);
  const r = rows[0];
  if (!r) return { rol: '?', problemen: ['audit_event not found'] };
  const problemen = [
    ...(r.superuser ? ['is a superuser'] : []),
    ...(r.eigenaar ? ['owns audit_event (can ALTER it and DISABLE its triggers)'] : []),
    ...(r.update ? ['has UPDATE on every column of audit_event'] : []),
    ...(r.delete ? ['has DELETE on audit_event'] : []),
    ...(r.truncate ? ['has TRUNCATE on audit_event'] : []),
    ...(r.trigger ? ['has TRIGGER on audit_event'] : []),
  ];
  return { rol: r.rol, problemen };
}

/** The role name in a postgres:// URL (the runtime role of DATABASE_URL). */
export function rolUitUrl(url: string): string | undefined {
  const user = decodeURIComponent(new URL(url).username);
  return user === '' ? undefined : user;
}
