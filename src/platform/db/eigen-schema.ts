import {
  type DatabaseIntrospector,
  type DatabaseMetadata,
  type DatabaseMetadataOptions,
  type Kysely,
  PostgresDialect,
  type SchemaMetadata,
  sql,
  type TableMetadata,
} from 'kysely';

const MIGRATIETABELLEN = new Set(['kysely_migration', 'kysely_migration_lock']);

type KolomRij = {
  tabel: string;
  schema: string;
  is_view: boolean;
  kolom: string;
  type: string;
  type_schema: string;
  not_null: boolean;
  has_default: boolean;
  auto_increment: boolean;
  toelichting: string | null;
};

/**
 * Kysely's own PostgreSQL introspector reads the tables of *every* schema in the database and
 * looks each schema up again by name (has_schema_privilege, pg_get_serial_sequence). When
 * another application, or another test, drops its schema between those two steps, PostgreSQL
 * answers "schema … does not exist" and our migration fails although our schema is fine (it
 * failed CI once: src/platform/db/vast.test.ts, stop 24). The migrator only asks whether its two
 * tables exist in our schema, so this introspector looks at current_schema() alone, joined by
 * oid, never by name. It is cheaper too on a database shared with other schemas.
 */
export class EigenSchemaIntrospector implements DatabaseIntrospector {
  // biome-ignore lint/suspicious/noExplicitAny: introspection works on any schema
  constructor(private readonly db: Kysely<any>) {}

  async getSchemas(): Promise<SchemaMetadata[]> {
    const { rows } = await sql<SchemaMetadata>`
      select nspname as name from pg_catalog.pg_namespace order by nspname`.execute(this.db);
    return rows;
  }

  async getTables(
    options: DatabaseMetadataOptions = { withInternalKyselyTables: false },
  ): Promise<TableMetadata[]> {
    const { rows } = await sql<KolomRij>`
      select c.relname as tabel, ns.nspname as schema, c.relkind = 'v' as is_view,
             a.attname as kolom, t.typname as type, tns.nspname as type_schema,
             a.attnotnull as not_null, a.atthasdef as has_default,
             (a.attidentity <> '' or coalesce(pg_get_expr(d.adbin, d.adrelid), '') like 'nextval(%') as auto_increment,
             col_description(c.oid, a.attnum) as toelichting
      from pg_catalog.pg_class c
      join pg_catalog.pg_namespace ns on ns.oid = c.relnamespace
      join pg_catalog.pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
      join pg_catalog.pg_type t on t.oid = a.atttypid
      join pg_catalog.pg_namespace tns on tns.oid = t.typnamespace
      left join pg_catalog.pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
      where ns.nspname = current_schema() and c.relkind in ('r', 'v', 'p')
      order by c.relname, a.attnum`.execute(this.db);
    const tabellen = new Map<string, TableMetadata & { columns: TableMetadata['columns'][number][] }>();
    for (const rij of rows) {
      if (!options.withInternalKyselyTables && MIGRATIETABELLEN.has(rij.tabel)) continue;
      let tabel = tabellen.get(rij.tabel);
      if (!tabel) {
        tabel = { name: rij.tabel, schema: rij.schema, isView: rij.is_view, columns: [] };
        tabellen.set(rij.tabel, tabel);
      }
      tabel.columns.push({
        name: rij.kolom,
        dataType: rij.type,
        dataTypeSchema: rij.type_schema,
        isNullable: !rij.not_null,
        hasDefaultValue: rij.has_default,
        isAutoIncrementing: rij.auto_increment,
        ...(rij.toelichting ? { comment: rij.toelichting } : {}),
      });
    }
    return [...tabellen.values()];
  }

  async getMetadata(options?: DatabaseMetadataOptions): Promise<DatabaseMetadata> {
    return { tables: await this.getTables(options) };
  }
}

/** Kysely's PostgreSQL dialect with the introspector above. */
export class EigenSchemaPostgresDialect extends PostgresDialect {
  // biome-ignore lint/suspicious/noExplicitAny: introspection works on any schema
  override createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new EigenSchemaIntrospector(db);
  }
}
