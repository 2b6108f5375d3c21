import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../../src/demo/factories.js';
import { dossierVanInwoner } from '../../src/regie/door/door.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';

/**
 * The defects a white-box security review found (issue 16, items 1–9), each pinned by a test
 * that failed before its fix. Wider coverage lives in the access matrix.
 */
const PASSWORD = 'een lange zin als wachtwoord';

describe.each(ENGINES)('security review fixes on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let teamId: string;
  const client = (headers: Record<string, string> = {}) =>
    new BrowserClient(t.app, { host: 'review.test', ...headers });
  const account = async (naam: string, rol: 'inwoner' | 'naaste' | 'professional' | 'beheerder' | 'analist') =>
    createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam,
      email: `${naam.toLowerCase().replaceAll(' ', '.')}@example.test`,
      rol,
      password: PASSWORD,
      ...(rol === 'professional' ? { organisatieId: teamId } : {}),
    });

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { TRUST_PROXY: 'true' } });
    const gemeente = await createGemeente(t.database.db, {
      code: 'review',
      naam: 'Lindewaard',
      hostnames: ['review.test'],
    });
    gemeenteId = gemeente.id;
    teamId = (await createOrganisatie(t.database.db, gemeenteId, 'Buurtteam Oost')).id;
  });
  afterAll(async () => t.close());

  describe('1. the password check of erasure', () => {
    it('passes the door first: not your record is 403 whatever the password', async () => {
      const ilse = await account('Ilse Een', 'inwoner');
      await account('Bram Een', 'naaste');
      const dossierId = await dossierVanInwoner(t.database.db, gemeenteId, ilse.id);
      const bram = client({ 'x-forwarded-for': '198.51.100.1' });
      await bram.login('bram.een@example.test', PASSWORD);
      await bram.get('/mijn-overzicht');
      const wrong = await bram.post(`/dossiers/${dossierId}/gegevens/wissen`, {
        wachtwoord: 'niet het wachtwoord',
        zeker: 'ja',
      });
      const right = await bram.post(`/dossiers/${dossierId}/gegevens/wissen`, {
        wachtwoord: PASSWORD,
        zeker: 'ja',
      });
      expect([wrong.statusCode, right.statusCode]).toEqual([403, 403]);
    });

    it('counts wrong passwords in the login throttle (account + address) and logs each one', async () => {
      const ilse = await account('Ilse Twee', 'inwoner');
      const dossierId = await dossierVanInwoner(t.database.db, gemeenteId, ilse.id);
      const browser = client({ 'x-forwarded-for': '198.51.100.2' });
      await browser.login('ilse.twee@example.test', PASSWORD);
      await browser.get(`/dossiers/${dossierId}/gegevens`);
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++)
        statuses.push(
          (
            await browser.post(`/dossiers/${dossierId}/gegevens/wissen`, {
              wachtwoord: `fout-${i}-wachtwoord`,
              zeker: 'ja',
            })
          ).statusCode,
        );
      expect(statuses).toEqual([400, 400, 400, 400, 400, 429, 429]);
      // The same throttle as login: from this address the account is locked for now …
      expect((await client({ 'x-forwarded-for': '198.51.100.2' }).login('ilse.twee@example.test', PASSWORD)).statusCode).toBe(429);
      // … and even the right password waits.
      expect(
        (await browser.post(`/dossiers/${dossierId}/gegevens/wissen`, { wachtwoord: PASSWORD, zeker: 'ja' }))
          .statusCode,
      ).toBe(429);
      const entries = await t.database.db
        .selectFrom('audit_event')
        .select(['actie', 'uitkomst', 'grondslag'])
        .where('dossier_id', '=', dossierId)
        .where('actie', '=', 'delete')
        .execute();
      expect(entries).toHaveLength(8);
      expect(entries.every((e) => e.uitkomst === 'denied')).toBe(true);
      expect(entries.filter((e) => e.grondslag === 'geweigerd:wachtwoord-onjuist')).toHaveLength(5);
      expect(await t.database.db.selectFrom('dossier').select('id').where('id', '=', dossierId).execute()).toHaveLength(1);
    });
  });
});
