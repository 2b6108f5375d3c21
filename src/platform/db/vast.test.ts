import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { naamVanVasteStatement, vasteStatement } from './vast.js';

const gemeenteMetCode = vasteStatement((db, p: { code: string; tot: Date }) =>
  db
    .selectFrom('gemeente')
    .select(['code', 'naam', sql<number>`${42}`.as('vast_getal')])
    .where('code', '=', p.code)
    .where('created_at', '<', p.tot)
    .orderBy('code'),
);

describe.each(ENGINES)('fixed statements on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    await database.db
      .insertInto('gemeente')
      .values([
        { code: 'vast-a', naam: 'Vast A', hostnames: [], thema: {} },
        { code: 'vast-b', naam: 'Vast B', hostnames: [], thema: {} },
      ])
      .execute();
  });
  afterAll(async () => database.dispose());

  it('answers as the Kysely query would, each time with its own parameters, constants kept', async () => {
    const db = database.db;
    const tot = new Date(Date.now() + 60_000);
    for (const code of ['vast-a', 'vast-b', 'vast-a']) {
      const verwacht = await db
        .selectFrom('gemeente')
        .select(['code', 'naam', sql<number>`${42}`.as('vast_getal')])
        .where('code', '=', code)
        .where('created_at', '<', tot)
        .execute();
      expect(await gemeenteMetCode.alle(db, { code, tot })).toEqual(verwacht);
    }
    expect(await gemeenteMetCode.eerste(db, { code: 'vast-a', tot: new Date(0) })).toBeUndefined();
    // Inside a transaction too (the door runs them there).
    await db.transaction().execute(async (trx) => {
      expect((await gemeenteMetCode.eerste(trx, { code: 'vast-b', tot }))?.naam).toBe('Vast B');
    });
  });

  it('is prepared under a name derived from its text, and refuses a list or a missing parameter', async () => {
    const tekst = gemeenteMetCode.sql(database.db);
    expect(tekst).toContain('$1');
    expect(naamVanVasteStatement(tekst)).toMatch(/^vast_[0-9a-f]{24}$/);
    expect(naamVanVasteStatement('select 1')).toBeUndefined();
    await expect(
      gemeenteMetCode.alle(database.db, { code: ['vast-a'] as unknown as string, tot: new Date() }),
    ).rejects.toThrow(/list/);
    await expect(gemeenteMetCode.alle(database.db, { code: 'vast-a' } as never)).rejects.toThrow(/missing/);
  });
});
