import { type Kysely, sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import {
  COLUMNS,
  emptyRows,
  type HsdsObject,
  type HsdsRow,
  type HsdsRows,
  type HsdsTable,
  NESTING,
  nest,
} from '../hsds.js';
import { STANDAARD_CONTROLE_MAANDEN } from './rules.js';

/** All SQL of the sociale kaart upkeep pages. Every query is scoped to one gemeente. */

// The HSDS tables are walked by name (as ../queries.ts does); Kysely cannot type a table held in a variable.
// biome-ignore lint/suspicious/noExplicitAny: see above
type AnyDb = Kysely<any>;

export type DienstRij = {
  id: string;
  name: string;
  status: string;
  assured_date: string | null;
  last_modified: string | null;
  organisatie: string | null;
  open_meldingen: number;
};

/** The gemeente's services for the list, by name; with `verouderdVoor`, only active ones checked before that day (or never). */
export async function listDiensten(
  db: Db,
  gemeenteId: string,
  filter: { verouderdVoor?: string } = {},
): Promise<DienstRij[]> {
  let query = db
    .selectFrom('service')
    .leftJoin('organization', (join) =>
      join
        .onRef('organization.id', '=', 'service.organization_id')
        .onRef('organization.gemeente_id', '=', 'service.gemeente_id'),
    )
    .select([
      'service.id',
      'service.name',
      'service.status',
      'service.assured_date',
      'service.last_modified',
      'organization.name as organisatie',
      (eb) =>
        eb
          .selectFrom('sociale_kaart_melding')
          .select(sql<number>`count(*)::int`.as('n'))
          .whereRef('sociale_kaart_melding.gemeente_id', '=', 'service.gemeente_id')
          .whereRef('sociale_kaart_melding.service_id', '=', 'service.id')
          .where('sociale_kaart_melding.afgehandeld_op', 'is', null)
          .as('open_meldingen'),
    ])
    .where('service.gemeente_id', '=', gemeenteId);
  if (filter.verouderdVoor) {
    const grens = filter.verouderdVoor;
    query = query
      .where('service.status', '=', 'active')
      .where((eb) => eb.or([eb('service.assured_date', 'is', null), eb('service.assured_date', '<', grens)]));
  }
  const rows = await query.orderBy('service.name').orderBy('service.id').execute();
  return rows.map((row) => ({ ...row, open_meldingen: Number(row.open_meldingen ?? 0) }));
}

/** HSDS organizations of the gemeente, for the "which organisation" choice. */
export async function listOrganizations(db: Db, gemeenteId: string): Promise<{ id: string; name: string }[]> {
  return db
    .selectFrom('organization')
    .select(['id', 'name'])
    .where('gemeente_id', '=', gemeenteId)
    .orderBy('name')
    .orderBy('id')
    .execute();
}

/** One organization as an HSDS object of its own fields only (its children are not touched on save). */
export async function findOrganization(
  db: Db,
  gemeenteId: string,
  id: string,
): Promise<HsdsObject | undefined> {
  const row = await (db as AnyDb)
    .selectFrom('organization')
    .select([...COLUMNS.organization])
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  return Object.fromEntries(Object.entries(row as HsdsRow).filter(([, value]) => value !== null));
}

/**
 * Locks a service row for the rest of the transaction (PostgreSQL; PGlite has one connection)
 * and returns its version, HSDS last_modified. undefined when the gemeente has no such service.
 */
export async function lockService(
  db: Db,
  gemeenteId: string,
  id: string,
): Promise<{ last_modified: string | null } | undefined> {
  return db
    .selectFrom('service')
    .select('last_modified')
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .forUpdate()
    .executeTakeFirst();
}

/**
 * One service as a nested HSDS object, as export would give it: the rows are read by following
 * HSDS's nesting (hsds.ts) from the service down, so the object holds every field and child
 * there is and saving it back loses nothing.
 */
export async function loadDienst(
  db: Db,
  gemeenteId: string,
  serviceId: string,
): Promise<HsdsObject | undefined> {
  const rows = emptyRows();
  const service = await selectRows(db, gemeenteId, 'service', 'id', [serviceId]);
  if (service.length === 0) return undefined;
  add(rows, 'service', service);
  await follow(db, gemeenteId, rows, 'service', service, ['service']);
  return nest('service', service[0] as HsdsRow, rows);
}

async function follow(
  db: Db,
  gemeenteId: string,
  rows: HsdsRows,
  table: HsdsTable,
  parents: HsdsRow[],
  path: HsdsTable[],
): Promise<void> {
  for (const nesting of NESTING[table]) {
    if (path.includes(nesting.table) || parents.length === 0) continue;
    const found = nesting.parentKey
      ? await selectRows(
          db,
          gemeenteId,
          nesting.table,
          'id',
          parents.map((row) => row[nesting.parentKey as string]),
        )
      : await selectRows(
          db,
          gemeenteId,
          nesting.table,
          (nesting.childKey ?? nesting.linkKey) as string,
          parents.map((row) => row.id),
        );
    const fresh = add(rows, nesting.table, found);
    await follow(db, gemeenteId, rows, nesting.table, fresh, [...path, nesting.table]);
  }
}

function add(rows: HsdsRows, table: HsdsTable, found: HsdsRow[]): HsdsRow[] {
  const fresh = found.filter((row) => !rows[table].some((other) => other.id === row.id));
  rows[table].push(...fresh);
  return found;
}

async function selectRows(
  db: Db,
  gemeenteId: string,
  table: HsdsTable,
  column: string,
  values: unknown[],
): Promise<HsdsRow[]> {
  const keys = [...new Set(values.filter((value): value is string => typeof value === 'string'))];
  if (keys.length === 0) return [];
  return (await (db as AnyDb)
    .selectFrom(table)
    .select([...COLUMNS[table]])
    .where('gemeente_id', '=', gemeenteId)
    .where(column, 'in', keys)
    .orderBy('id')
    .execute()) as HsdsRow[];
}

/**
 * Removes rows the form dropped (a phone, opening hours, an address link, a levensgebied);
 * import only adds and updates. Only rows that belong to this service are touched.
 */
export async function deleteChildren(
  db: Db,
  gemeenteId: string,
  serviceId: string,
  ids: { phones: string[]; schedules: string[]; serviceAtLocations: string[]; attributes: string[] },
): Promise<void> {
  if (ids.phones.length > 0)
    await db
      .deleteFrom('phone')
      .where('gemeente_id', '=', gemeenteId)
      .where('service_id', '=', serviceId)
      .where('id', 'in', ids.phones)
      .execute();
  if (ids.schedules.length > 0)
    await db
      .deleteFrom('schedule')
      .where('gemeente_id', '=', gemeenteId)
      .where('service_id', '=', serviceId)
      .where('id', 'in', ids.schedules)
      .execute();
  if (ids.serviceAtLocations.length > 0)
    await db
      .deleteFrom('service_at_location')
      .where('gemeente_id', '=', gemeenteId)
      .where('service_id', '=', serviceId)
      .where('id', 'in', ids.serviceAtLocations)
      .execute();
  if (ids.attributes.length > 0)
    await db
      .deleteFrom('attribute')
      .where('gemeente_id', '=', gemeenteId)
      .where('link_id', '=', serviceId)
      .where('id', 'in', ids.attributes)
      .execute();
}

// ---------------------------------------------------------------------------------------------
// Settings

export async function controleMaanden(db: Db, gemeenteId: string): Promise<number> {
  const row = await db
    .selectFrom('sociale_kaart_instelling')
    .select('controle_maanden')
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  return row?.controle_maanden ?? STANDAARD_CONTROLE_MAANDEN;
}

export async function setControleMaanden(
  db: Db,
  gemeenteId: string,
  maanden: number,
  now: Date,
): Promise<void> {
  await db
    .insertInto('sociale_kaart_instelling')
    .values({ gemeente_id: gemeenteId, controle_maanden: maanden, updated_at: now })
    .onConflict((oc) => oc.column('gemeente_id').doUpdateSet({ controle_maanden: maanden, updated_at: now }))
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Confirmation links and notes

export async function insertControleLink(
  db: Db,
  link: {
    id: string;
    gemeenteId: string;
    serviceId: string;
    email: string;
    expiresAt: Date;
    accountId: string;
  },
  now: Date,
): Promise<void> {
  // Only the newest link of a service works: an older one, perhaps sent to an old address, stops.
  await db
    .updateTable('sociale_kaart_controle_link')
    .set({ used_at: now })
    .where('gemeente_id', '=', link.gemeenteId)
    .where('service_id', '=', link.serviceId)
    .where('used_at', 'is', null)
    .execute();
  await db
    .insertInto('sociale_kaart_controle_link')
    .values({
      id: link.id,
      gemeente_id: link.gemeenteId,
      service_id: link.serviceId,
      email: link.email,
      expires_at: link.expiresAt,
      created_by_account_id: link.accountId,
    })
    .execute();
}

/** A link that is neither used nor expired, of this gemeente. */
export async function findUsableControleLink(db: Db, gemeenteId: string, id: string, now: Date) {
  return db
    .selectFrom('sociale_kaart_controle_link')
    .select(['id', 'service_id', 'email', 'expires_at'])
    .where('id', '=', id)
    .where('gemeente_id', '=', gemeenteId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/** Uses a link up; false when another request used it first or it expired meanwhile. */
export async function claimControleLink(db: Db, gemeenteId: string, id: string, now: Date): Promise<boolean> {
  const result = await db
    .updateTable('sociale_kaart_controle_link')
    .set({ used_at: now })
    .where('id', '=', id)
    .where('gemeente_id', '=', gemeenteId)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function insertMelding(
  db: Db,
  melding: { gemeenteId: string; serviceId: string; tekst: string; email: string },
  now: Date,
): Promise<void> {
  await db
    .insertInto('sociale_kaart_melding')
    .values({
      gemeente_id: melding.gemeenteId,
      service_id: melding.serviceId,
      tekst: melding.tekst,
      email: melding.email,
      created_at: now,
    })
    .execute();
}

export type Melding = { id: string; service_id: string; tekst: string; email: string; created_at: Date };

/** Notes not yet handled, newest first; for one service or all of the gemeente's. */
export async function openMeldingen(db: Db, gemeenteId: string, serviceId?: string): Promise<Melding[]> {
  let query = db
    .selectFrom('sociale_kaart_melding')
    .select(['id', 'service_id', 'tekst', 'email', 'created_at'])
    .where('gemeente_id', '=', gemeenteId)
    .where('afgehandeld_op', 'is', null);
  if (serviceId) query = query.where('service_id', '=', serviceId);
  return query.orderBy('created_at', 'desc').orderBy('id').execute();
}

export async function meldingAfhandelen(
  db: Db,
  gemeenteId: string,
  serviceId: string,
  id: string,
  now: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('sociale_kaart_melding')
    .set({ afgehandeld_op: now })
    .where('gemeente_id', '=', gemeenteId)
    .where('service_id', '=', serviceId)
    .where('id', '=', id)
    .where('afgehandeld_op', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Stored taxonomy terms and their taxonomies, by id (to link a service to a term without renaming it). */
export async function findTerms(
  db: Db,
  gemeenteId: string,
  ids: string[],
): Promise<{ terms: HsdsRow[]; taxonomies: HsdsRow[] }> {
  const terms = await selectRows(db, gemeenteId, 'taxonomy_term', 'id', ids);
  const taxonomies = await selectRows(
    db,
    gemeenteId,
    'taxonomy',
    'id',
    terms.map((term) => term.taxonomy_id),
  );
  return { terms, taxonomies };
}

/** Service ids by exact name (for the demo data). */
export async function idsVanNamen(db: Db, gemeenteId: string, namen: string[]): Promise<Map<string, string>> {
  if (namen.length === 0) return new Map();
  const rows = await db
    .selectFrom('service')
    .select(['id', 'name'])
    .where('gemeente_id', '=', gemeenteId)
    .where('name', 'in', namen)
    .orderBy('id')
    .execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}
