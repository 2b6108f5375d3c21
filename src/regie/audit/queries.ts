import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.js';
import { vasteStatement } from '../../platform/db/vast.js';
import type { AuditInput } from './audit.js';

/** SQL of the audit trail: appending, sealing into the chain, and walking the chain. */

export async function insertAuditEvent(trx: Db, entry: AuditInput): Promise<void> {
  await insertAuditSql.alle(trx, entry);
}

// Every audited read appends one: a fixed statement, prepared once per connection (issue 20).
const insertAuditSql = vasteStatement((db, p: AuditInput) =>
  db.insertInto('audit_event').values({
    gemeente_id: p.gemeenteId,
    occurred_at: p.occurredAt,
    actor_account_id: p.actorAccountId,
    actor_rol: p.actorRol,
    actor_organisatie_id: p.actorOrganisatieId,
    namens_account_id: p.namensAccountId,
    dossier_id: p.dossierId,
    sectie: p.sectie,
    item_id: p.itemId,
    actie: p.actie,
    uitkomst: p.uitkomst,
    grondslag: p.grondslag,
    toegang_id: p.toegangId,
    noodtoegang: p.noodtoegang,
    origin: p.origin,
  }),
);

export function unsealedBatch(db: Db, limit: number) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('hash', 'is', null)
    .orderBy('seq')
    .limit(limit)
    .execute();
}

export type AuditRow = Awaited<ReturnType<typeof unsealedBatch>>[number];

/** One sealer at a time across all instances: the others skip the round. */
export async function trySealLock(trx: Db): Promise<boolean> {
  const { rows } = await sql<{
    ok: boolean;
  }>`select pg_try_advisory_xact_lock(hashtext('redzaam-audit-seal')) as ok`.execute(trx);
  return rows[0]?.ok ?? false;
}

export async function chainHead(trx: Db, gemeenteId: string) {
  return trx
    .selectFrom('audit_event')
    .select(['chain_pos', 'hash'])
    .where('gemeente_id', '=', gemeenteId)
    .where('hash', 'is not', null)
    .orderBy('chain_pos', 'desc')
    .limit(1)
    .executeTakeFirst();
}

/**
 * Seals a whole batch in one statement (one round trip instead of one per entry: the sealer's
 * speed bounds how many audited accesses per second the trail can take, issue 20).
 */
export async function setSeals(
  trx: Db,
  seals: { seq: AuditRow['seq']; position: number; prevHash: string; hash: string }[],
): Promise<void> {
  if (seals.length === 0) return;
  await sql`update audit_event set chain_pos = v.chain_pos, prev_hash = v.prev_hash, hash = v.hash
    from unnest(${seals.map((s) => String(s.seq))}::bigint[], ${seals.map((s) => String(s.position))}::bigint[],
                ${seals.map((s) => s.prevHash)}::text[], ${seals.map((s) => s.hash)}::text[])
         as v(seq, chain_pos, prev_hash, hash)
    where audit_event.seq = v.seq`.execute(trx);
}

export async function gemeentenMetAudit(db: Db) {
  return db.selectFrom('audit_event').select('gemeente_id').distinct().execute();
}

export async function countUnsealed(db: Db): Promise<number> {
  const row = await db
    .selectFrom('audit_event')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('hash', 'is', null)
    .executeTakeFirstOrThrow();
  return row.n;
}

/** Entries the sealer has not reached yet: how many, and when the oldest happened (metrics). */
export async function unsealedBacklog(db: Db): Promise<{ n: number; oldest: Date | null }> {
  const row = await db
    .selectFrom('audit_event')
    .select([sql<number>`count(*)::int`.as('n'), sql<Date | null>`min(occurred_at)`.as('oldest')])
    .where('hash', 'is', null)
    .executeTakeFirstOrThrow();
  return { n: row.n, oldest: row.oldest === null ? null : new Date(row.oldest) };
}

/** Sealed entries of one chain from a position on, in chain order. */
export async function chainPage(db: Db, gemeenteId: string, from: number, limit: number) {
  return db
    .selectFrom('audit_event')
    .selectAll()
    .where('gemeente_id', '=', gemeenteId)
    .where('chain_pos', '>=', from)
    .orderBy('chain_pos')
    .limit(limit)
    .execute();
}
