import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { createGemeente } from '../../demo/factories.js';
import { type AuditInput, auditRegel, startAuditSealer, verifyAuditChains } from './audit.js';
import { countUnsealed } from './queries.js';

describe.each(ENGINES)('the audit sealer on %s', (engine) => {
  let database: TestDatabase;
  let gemeenteId: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    gemeenteId = (await createGemeente(database.db, { code: 'zegelwaard', naam: 'Zegelwaard' })).id;
  });
  afterAll(() => database.dispose());

  it('works through a backlog of more than one batch in a single round, and the chain holds', async () => {
    // 2,500 entries: more than two batches of 1,000. One batch per round would leave 1,500.
    const entries: AuditInput[] = [];
    for (let i = 0; i < 2500; i++) {
      entries.push(
        auditRegel(null, {
          gemeenteId,
          occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
          dossierId: null,
          actie: 'read',
          uitkomst: 'allowed',
          grondslag: 'systeem',
        }),
      );
    }
    // One statement: 2,500 single inserts take long on a busy machine.
    await database.db
      .insertInto('audit_event')
      .values(
        entries.map((e) => ({
          gemeente_id: e.gemeenteId,
          occurred_at: e.occurredAt,
          actor_account_id: null,
          actor_rol: null,
          actor_organisatie_id: null,
          namens_account_id: null,
          dossier_id: null,
          sectie: null,
          item_id: null,
          actie: e.actie,
          uitkomst: e.uitkomst,
          grondslag: e.grondslag,
          toegang_id: null,
          noodtoegang: false,
          origin: e.origin,
        })),
      )
      .execute();
    expect(await countUnsealed(database.db)).toBe(2500);
    // The timer never fires here: stopping runs exactly one last round.
    const fouten: unknown[] = [];
    const stop = startAuditSealer(database.db, (error) => fouten.push(error), 1_000_000_000);
    await stop();
    expect(fouten).toEqual([]);
    expect(await countUnsealed(database.db)).toBe(0);
    const report = await verifyAuditChains(database.db);
    expect(report.broken).toBeNull();
    expect(report.checked).toBe(2500);
    // No timing is asserted; the generous limit is for a busy machine.
  }, 600_000);
});
