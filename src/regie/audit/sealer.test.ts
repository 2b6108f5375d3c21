import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { createGemeente } from '../../demo/factories.js';
import { appendAudit, auditRegel, startAuditSealer, verifyAuditChains } from './audit.js';
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
    await database.db.transaction().execute(async (trx) => {
      for (let i = 0; i < 2500; i++) {
        await appendAudit(
          trx,
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
    });
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
  });
});
