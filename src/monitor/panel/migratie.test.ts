import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations } from '../../../migrations/index.js';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { sleutelring } from '../../platform/crypto/sleutelring.js';
import { migrateToLatest } from '../../platform/db/database.js';
import { systeemAggregaat } from '../../regie/door/door.js';
import * as q from './queries.js';

/** Every migration before `naam`: the database as it was before it. */
const tot = (naam: string) =>
  Object.fromEntries(Object.entries(migrations).filter(([n]) => n < naam)) as typeof migrations;

/**
 * Migrations 0052 and 0053 on a database that already has a panel: who was invited is found from
 * the open codes, and the members' names and addresses are encrypted in place, one member per
 * address kept, and everything that reads them still works.
 */
describe.each(ENGINES)('panel migrations 0052 and 0053 on %s', (engine) => {
  let database: TestDatabase | undefined;
  afterEach(async () => {
    await database?.dispose();
    database = undefined;
  });

  it('fills who was invited from the open codes and encrypts the members in place', async () => {
    database = await openTestDatabase(engine, { migrate: false });
    const db = database.db;
    await migrateToLatest(db, tot('0052'));
    const { rows: g } = await sql<{
      id: string;
    }>`insert into gemeente (code, naam) values ('mg', 'Mg') returning id`.execute(db);
    const gemeenteId = g[0]?.id as string;
    const { rows: leden } = await sql<{ id: string; email: string }>`
      insert into panel_lid (gemeente_id, naam, email, afmeld_hash, created_at) values
        (${gemeenteId}, 'Noor de Wit', 'noor@example.test', 'h1', now() - interval '2 days'),
        (${gemeenteId}, 'Sem', 'sem@example.test', 'h2', now() - interval '1 day'),
        (${gemeenteId}, 'Noor (nog eens)', 'NOOR@example.test', 'h3', now())
      returning id, email`.execute(db);
    const id = (email: string) => leden.find((l) => l.email === email)?.id as string;
    const { rows: p } = await sql<{ id: string }>`
      insert into peiling (gemeente_id, titel, vragen, sluit_op)
      values (${gemeenteId}, 'Oud', array['netwerk'], '2099-12-31') returning id`.execute(db);
    const peilingId = p[0]?.id as string;
    // Noor still has to answer; Sem answered (his code names no member any more).
    await sql`insert into peiling_uitnodiging (token_hash, gemeente_id, peiling_id, lid_id, verloopt_op, gebruikt)
      values ('t1', ${gemeenteId}, ${peilingId}, ${id('noor@example.test')}, '2099-12-31', false),
             ('t2', ${gemeenteId}, ${peilingId}, null, '2099-12-31', true)`.execute(db);

    expect(await migrateToLatest(db)).toEqual(Object.keys(migrations).filter((n) => n >= '0052'));

    const uitgenodigd = await db.selectFrom('peiling_uitgenodigd').selectAll().execute();
    expect(uitgenodigd).toEqual([
      { gemeente_id: gemeenteId, peiling_id: peilingId, lid_id: id('noor@example.test') },
    ]);

    const rijen = await db.selectFrom('panel_lid').selectAll().orderBy('created_at').execute();
    // The same address in other capitals: one member, the oldest.
    expect(rijen.map((r) => r.id)).toEqual([id('noor@example.test'), id('sem@example.test')]);
    for (const r of rijen) {
      // Nothing but the version and base64url parts, so no "@" and no plain name (a short name
      // can turn up by chance inside random base64, so looking for it would be flaky).
      expect(r.naam).toMatch(/^v1(\.[A-Za-z0-9_-]+){3}$/);
      expect(r.email).toMatch(/^v1(\.[A-Za-z0-9_-]+){3}$/);
      expect(r.meester_id).toBe(sleutelring().huidige.id);
    }
    const lijst = await systeemAggregaat(
      db,
      { reden: 'panel-leden', gemeenteId, now: new Date(), actor: null },
      (toegang) => q.ledenLijst(toegang),
    );
    expect(lijst.map((l) => [l.naam, l.email])).toEqual([
      ['Noor de Wit', 'noor@example.test'],
      ['Sem', 'sem@example.test'],
    ]);
    expect(await q.lidVanAfmeldcode(db, gemeenteId, 'h1')).toEqual({
      id: id('noor@example.test'),
      naam: 'Noor de Wit',
    });
    // Her address is still hers alone; a new one joins.
    expect(await q.meldAan(db, { gemeenteId, naam: 'N', email: 'Noor@Example.test', afmeldHash: 'h4' })).toBe(
      false,
    );
    expect(
      await q.meldAan(db, { gemeenteId, naam: 'Lotte', email: 'lotte@example.test', afmeldHash: 'h5' }),
    ).toBe(true);
    // Inviting again reaches Sem (who answered before 0052: his code named nobody) and Lotte, not Noor.
    expect((await q.nietUitgenodigd(db, gemeenteId, peilingId)).map((l) => l.email).sort()).toEqual([
      'lotte@example.test',
      'sem@example.test',
    ]);
    // A ciphertext moved to another member does not decrypt.
    const [a, b] = rijen as [(typeof rijen)[0], (typeof rijen)[0]];
    await db.updateTable('panel_lid').set({ naam: a.naam }).where('id', '=', b.id).execute();
    await expect(
      systeemAggregaat(db, { reden: 'panel-leden', gemeenteId, now: new Date(), actor: null }, (toegang) =>
        q.ledenLijst(toegang),
      ),
    ).rejects.toThrow('does not decrypt');
  });
});
