import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import { dossierVanInwoner } from '../../src/regie/door/door.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

const PASSWORD = 'een lange zin als wachtwoord';
const WRITERS = 50;
const ROUNDS = 3;

/**
 * Issue 17, item 12b: 50 writers save the same record (the resident's levensgebieden setting,
 * which carries a `versie`) at the same moment, round after round. Per version exactly one
 * wins (303), the other 49 get 409, and what is stored is the winner's write: none lost, none
 * silently overwritten. On PostgreSQL the writers really run in parallel (a pool of 5).
 */
describe.each(ENGINES)('50 concurrent writers on one record on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let ilse: BrowserClient;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'cw' } });
    const gemeente = await createGemeente(t.database.db, { code: 'cw', naam: 'Cw' });
    const account = await createAccountWithPassword(t.database.db, {
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    dossierId = await dossierVanInwoner(t.database.db, gemeente.id, account.id);
    ilse = new BrowserClient(t.app);
    expect((await ilse.login('ilse@example.test', PASSWORD)).statusCode).toBe(303);
  });
  afterAll(async () => {
    await t.close();
  });

  it('one wins per version, the rest get 409, none is lost', async () => {
    const pad = `/dossiers/${dossierId}/levensgebieden/instellingen`;
    const tally = { won: 0, conflict: 0, other: [] as number[] };
    for (let round = 0; round < ROUNDS; round++) {
      await ilse.get(pad);
      const versie = /name="versie" value="(\d+)"/.exec(ilse.lastHtml)?.[1] as string;
      const waarden = Array.from({ length: WRITERS }, (_, i) => ((i + round) % 2 === 0 ? 'ja' : 'nee'));
      const antwoorden = await Promise.all(
        waarden.map((waarde) => ilse.post(pad, { anderen_zien_eerst: waarde, versie })),
      );
      const statussen = antwoorden.map((r) => r.statusCode);
      const winnaars = statussen.flatMap((s, i) => (s === 303 ? [i] : []));
      tally.won += winnaars.length;
      tally.conflict += statussen.filter((s) => s === 409).length;
      tally.other.push(...statussen.filter((s) => s !== 303 && s !== 409));
      expect(winnaars, `round ${round}`).toHaveLength(1);
      const opgeslagen = await t.database.db
        .selectFrom('levensgebieden_instelling')
        .select(['anderen_zien_eerst', 'versie'])
        .where('dossier_id', '=', dossierId)
        .executeTakeFirstOrThrow();
      expect(opgeslagen.versie).toBe(Number(versie) + 1);
      expect(opgeslagen.anderen_zien_eerst).toBe(waarden[winnaars[0] as number] === 'ja');
    }
    console.log(
      `[${engine}] ${ROUNDS} rounds × ${WRITERS} writers: ${tally.won} won, ${tally.conflict} got 409, ${tally.other.length} other, 0 lost`,
    );
    expect(tally).toEqual({ won: ROUNDS, conflict: ROUNDS * (WRITERS - 1), other: [] });
  });
});
