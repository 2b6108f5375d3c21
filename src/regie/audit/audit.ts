import { createHash } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import type { AuditActie, AuditUitkomst } from '../schema.js';
import * as q from './queries.js';

/**
 * The audit trail in the spirit of NEN 7513: who (account, role, organisation, on whose
 * behalf), whose record, which section and item, what action, when, on which grant or legal
 * basis, whether emergency access was used, the outcome and the origin. Never the contents.
 *
 * Entries form one hash chain per gemeente: each entry's hash covers its position, its fields
 * and the hash before it, so changing, removing or inserting a sealed entry breaks the chain
 * from that point. Entries are sealed into the chain by `sealAudit` within about a second.
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
  uitkomst: AuditUitkomst;
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

/** The hash of the entry at `position` in its chain: covers the position, the entry and the hash before it. */
export function sealHash(prevHash: string, position: number, entry: AuditInput): string {
  return createHash('sha256')
    .update(prevHash)
    .update(`\n${position}\n`)
    .update(canonical(entry))
    .digest('hex');
}

/**
 * Appends one entry in the caller's transaction: the entry commits with the access it
 * describes, or neither does. No lock is taken here, so concurrent accesses do not queue on
 * the chain; the sealer chains the entry moments later.
 */
export async function appendAudit(trx: Db, entry: AuditInput): Promise<void> {
  await q.insertAuditEvent(trx, entry);
}

/**
 * The one way to build an entry: who acted (a logged-in person, or no one for the system),
 * and what happened. Everything not given is the common case (own name, no emergency, web).
 */
export function auditRegel(
  actor: AuditActor | null,
  fields: Pick<AuditInput, 'gemeenteId' | 'occurredAt' | 'dossierId' | 'actie' | 'uitkomst' | 'grondslag'> &
    Partial<
      Pick<AuditInput, 'sectie' | 'itemId' | 'toegangId' | 'noodtoegang' | 'origin' | 'namensAccountId'>
    >,
): AuditInput {
  return {
    gemeenteId: fields.gemeenteId,
    occurredAt: fields.occurredAt,
    actorAccountId: actor?.accountId ?? null,
    actorRol: actor?.rol ?? null,
    actorOrganisatieId: actor?.organisatieId ?? null,
    namensAccountId: fields.namensAccountId ?? null,
    dossierId: fields.dossierId,
    sectie: leesbaar(fields.sectie),
    itemId: leesbaar(fields.itemId),
    actie: fields.actie,
    uitkomst: fields.uitkomst,
    grondslag: fields.grondslag,
    toegangId: fields.toegangId ?? null,
    noodtoegang: fields.noodtoegang ?? false,
    origin: fields.origin ?? 'web',
  };
}

/**
 * Section names and item ids can come from a URL ("onbekend:<what was asked>"): control
 * characters are written as escapes (PostgreSQL refuses a NUL byte in text, and the denial
 * would then not be logged at all) and the text is cut at 100 characters.
 */
function leesbaar(tekst: string | null | undefined): string | null {
  if (tekst === null || tekst === undefined) return null;
  return tekst
    .replace(/\p{Cc}/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .slice(0, 100);
}

/** Who an entry names as actor: the fields of a logged-in person that the trail keeps. */
export type AuditActor = { accountId: string; rol: string; organisatieId: string | null };

function entryOf(row: q.AuditRow): AuditInput {
  return {
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
}

/** Entries per sealing batch (one transaction). */
const SEAL_BATCH = 1000;
/**
 * Batches one round may seal back to back while each comes back full: one batch a second
 * would cap the trail at 1,000 audited accesses per second across all instances (issue 20's
 * cost-growth bench), so a round keeps going through a backlog, up to this many batches.
 */
const SEAL_BATCHES_PER_ROUND = 20;

/**
 * Chains committed, unsealed entries: per gemeente, each gets the next position and a hash over
 * the previous one. Only one sealer works at a time across all instances (advisory lock); the
 * others skip the round. Returns how many entries were sealed.
 */
export async function sealAudit(db: Db, limit = SEAL_BATCH): Promise<number> {
  return db.transaction().execute(async (trx) => {
    if (!(await q.trySealLock(trx))) return 0;
    const batch = await q.unsealedBatch(trx, limit);
    const heads = new Map<string, { position: number; hash: string }>();
    const seals: Parameters<typeof q.setSeals>[1] = [];
    for (const row of batch) {
      let head = heads.get(row.gemeente_id);
      if (!head) {
        const last = await q.chainHead(trx, row.gemeente_id);
        head = { position: Number(last?.chain_pos ?? 0), hash: last?.hash ?? GENESIS_HASH };
      }
      const position = head.position + 1;
      const hash = sealHash(head.hash, position, entryOf(row));
      seals.push({ seq: row.seq, position, prevHash: head.hash, hash });
      heads.set(row.gemeente_id, { position, hash });
    }
    await q.setSeals(trx, seals);
    return batch.length;
  });
}

/**
 * Seals every second on this instance until stopped; the last round runs at stop. A round
 * seals batch after batch while they come back full (a backlog), at most SEAL_BATCHES_PER_ROUND.
 */
export function startAuditSealer(
  db: Db,
  onError: (error: unknown) => void,
  everyMs = 1000,
): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const sealRound = async () => {
    for (let batch = 0; batch < SEAL_BATCHES_PER_ROUND; batch++) {
      if ((await sealAudit(db, SEAL_BATCH)) < SEAL_BATCH) return;
    }
  };
  const round = () => {
    running = running.then(sealRound).catch(onError);
  };
  const timer = setInterval(round, everyMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    round();
    await running;
  };
}

/**
 * How far the sealer is behind (for /metrics): entries not yet in the hash chain, and the
 * age in seconds of the oldest of them (0 when there are none).
 */
export async function sealerAchterstand(
  db: Db,
  now: Date,
): Promise<{ onverzegeld: number; seconden: number }> {
  const { n, oldest } = await q.unsealedBacklog(db);
  return { onverzegeld: n, seconden: oldest ? Math.max(0, (now.getTime() - oldest.getTime()) / 1000) : 0 };
}

export type ChainReport = {
  checked: number;
  /** Entries written but not yet sealed (normally only those of the last second or so) */
  unsealed: number;
  broken: { gemeenteId: string; seq: number; id: string; reason: string } | null;
};

/** Walks every chain from its start and names the first entry that does not fit. */
export async function verifyAuditChains(db: Db): Promise<ChainReport> {
  const gemeenten = await q.gemeentenMetAudit(db);
  const unsealed = { n: await q.countUnsealed(db) };
  let checked = 0;
  for (const { gemeente_id } of gemeenten) {
    let prevHash = GENESIS_HASH;
    let expected = 1;
    for (;;) {
      const rows = await q.chainPage(db, gemeente_id, expected, 1000);
      if (rows.length === 0) break;
      for (const row of rows) {
        checked++;
        const broken = (reason: string) => ({
          checked,
          unsealed: unsealed.n,
          broken: { gemeenteId: gemeente_id, seq: Number(row.seq), id: row.id, reason },
        });
        if (Number(row.chain_pos) !== expected)
          return broken(`chain position ${expected} is missing (removed entry)`);
        if (row.prev_hash !== prevHash)
          return broken('prev_hash does not match the entry before (removed or inserted entry)');
        if (row.hash !== sealHash(prevHash, expected, entryOf(row)))
          return broken('hash does not match the contents (changed entry)');
        prevHash = row.hash;
        expected++;
      }
    }
  }
  return { checked, unsealed: unsealed.n, broken: null };
}
