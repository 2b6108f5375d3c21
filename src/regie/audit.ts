import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../platform/db/database.js';
import type { AuditActie } from '../platform/db/schema.js';

/**
 * The audit trail in the spirit of NEN 7513: who (account, role, organisation, on whose
 * behalf), whose record, which section and item, what action, when, on which grant or legal
 * basis, whether emergency access was used, the outcome and the origin. Never the contents.
 *
 * Entries form one hash chain per gemeente: each entry's hash covers its fields and the hash
 * before it, so changing, removing or inserting an entry breaks the chain from that point.
 */
export type AuditInput = {
  gemeenteId: string;
  occurredAt: Date;
  actorAccountId: string | null;
  actorRol: string | null;
  actorOrganisatieId: string | null;
  namensAccountId: string | null;
  dossierId: string | null;
  sectie: string | null;
  itemId: string | null;
  actie: AuditActie;
  uitkomst: 'allowed' | 'denied';
  grondslag: string;
  toegangId: string | null;
  noodtoegang: boolean;
  origin: string;
};

export const GENESIS_HASH = '0'.repeat(64);

/** The exact bytes an entry's hash covers, in a fixed order. */
export function canonical(entry: AuditInput): string {
  return JSON.stringify([
    entry.gemeenteId,
    entry.occurredAt.toISOString(),
    entry.actorAccountId,
    entry.actorRol,
    entry.actorOrganisatieId,
    entry.namensAccountId,
    entry.dossierId,
    entry.sectie,
    entry.itemId,
    entry.actie,
    entry.uitkomst,
    entry.grondslag,
    entry.toegangId,
    entry.noodtoegang,
    entry.origin,
  ]);
}

export function chainHash(prevHash: string, entry: AuditInput): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonical(entry)).digest('hex');
}

/**
 * Appends one entry, in the caller's transaction: the entry commits with the access it
 * describes, or neither does. A transaction-scoped advisory lock per gemeente keeps the chain
 * in order when several instances write at once.
 */
export async function appendAudit(trx: Db, entry: AuditInput): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`redzaam-audit:${entry.gemeenteId}`}))`.execute(trx);
  const last = await trx
    .selectFrom('audit_event')
    .select('hash')
    .where('gemeente_id', '=', entry.gemeenteId)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  await trx
    .insertInto('audit_event')
    .values({
      gemeente_id: entry.gemeenteId,
      occurred_at: entry.occurredAt,
      actor_account_id: entry.actorAccountId,
      actor_rol: entry.actorRol,
      actor_organisatie_id: entry.actorOrganisatieId,
      namens_account_id: entry.namensAccountId,
      dossier_id: entry.dossierId,
      sectie: entry.sectie,
      item_id: entry.itemId,
      actie: entry.actie,
      uitkomst: entry.uitkomst,
      grondslag: entry.grondslag,
      toegang_id: entry.toegangId,
      noodtoegang: entry.noodtoegang,
      origin: entry.origin,
      prev_hash: prevHash,
      hash: chainHash(prevHash, entry),
    })
    .execute();
}

export type ChainReport = {
  checked: number;
  broken: { gemeenteId: string; seq: number; id: string; reason: string } | null;
};

/** Walks every chain from its start and names the first entry that does not fit. */
export async function verifyAuditChains(db: Db): Promise<ChainReport> {
  const gemeenten = await db.selectFrom('audit_event').select('gemeente_id').distinct().execute();
  let checked = 0;
  for (const { gemeente_id } of gemeenten) {
    let prevHash = GENESIS_HASH;
    let afterSeq = 0;
    for (;;) {
      const rows = await db
        .selectFrom('audit_event')
        .selectAll()
        .where('gemeente_id', '=', gemeente_id)
        .where('seq', '>', afterSeq)
        .orderBy('seq')
        .limit(1000)
        .execute();
      if (rows.length === 0) break;
      for (const row of rows) {
        checked++;
        const entry: AuditInput = {
          gemeenteId: row.gemeente_id,
          occurredAt: row.occurred_at,
          actorAccountId: row.actor_account_id,
          actorRol: row.actor_rol,
          actorOrganisatieId: row.actor_organisatie_id,
          namensAccountId: row.namens_account_id,
          dossierId: row.dossier_id,
          sectie: row.sectie,
          itemId: row.item_id,
          actie: row.actie,
          uitkomst: row.uitkomst,
          grondslag: row.grondslag,
          toegangId: row.toegang_id,
          noodtoegang: row.noodtoegang,
          origin: row.origin,
        };
        const broken = (reason: string) => ({
          checked,
          broken: { gemeenteId: gemeente_id, seq: Number(row.seq), id: row.id, reason },
        });
        if (row.prev_hash !== prevHash)
          return broken('prev_hash does not match the entry before (removed or inserted entry)');
        if (row.hash !== chainHash(prevHash, entry))
          return broken('hash does not match the contents (changed entry)');
        prevHash = row.hash;
        afterSeq = Number(row.seq);
      }
    }
  }
  return { checked, broken: null };
}
