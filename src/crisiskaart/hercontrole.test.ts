import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp, testClock } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createCrisiskaart,
  createGemeente,
  createNetwerkPersoon,
} from '../demo/factories.js';
import { persoon } from '../netwerk/demo.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { demoInhoud } from './demo.js';
import { maandenLater } from './rules.js';

const PASSWORD = 'een lange zin als wachtwoord';
const ONDERWERP = 'Subject: Klopt het kaartje nog?';
const DAG = 24 * 3_600_000;

/**
 * The daily re-check job (`crisiskaart.hercontrole`) through the app's own job runner on a
 * moving clock: a card not checked for 18 months asks the resident and the people she chose to
 * warn (with an account) to check it again, once per period; "Alles klopt nog" renews the date
 * and the next question comes 18 months after that. A younger card asks nobody.
 */
describe.each(ENGINES)('the crisiskaart re-check job on %s', (engine) => {
  let t: TestApp;
  const clock = testClock();
  let dossierId: string;
  let gemaakt: Date;
  const host = { host: 'hc.test' };
  const herinneringen = async () => (await t.readOutbox()).map(mailText).filter((m) => m.includes(ONDERWERP));
  const aan = (mails: string[], email: string) => mails.filter((m) => m.includes(`To: ${email}`));
  const kaartRij = () =>
    t.database.db
      .selectFrom('crisiskaart')
      .select(['gemaakt_op', 'gecontroleerd_op', 'herinnerd_op', 'versie'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
  /** Moves the app's clock to `doel` (never back) and lets the job runner do what is due. */
  const naar = async (doel: Date) => {
    const verschil = doel.getTime() - clock.now().getTime();
    if (verschil > 0) clock.advance(verschil);
    await t.app.jobs.runDue();
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { clock, env: { DEFAULT_GEMEENTE: 'hc' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'hc', naam: 'Hc', hostnames: ['hc.test'] });
    const maak = (naam: string, email: string, rol: 'inwoner' | 'naaste') =>
      createAccountWithPassword(db, { gemeenteId: gemeente.id, naam, email, rol, password: PASSWORD });
    const ilse = await maak('Ilse', 'ilse@example.test', 'inwoner');
    const noor = await maak('Noor', 'noor@example.test', 'inwoner');
    const bram = await maak('Bram', 'bram@example.test', 'naaste');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    const noorDossier = await dossierVanInwoner(db, gemeente.id, noor.id);
    gemaakt = clock.now();
    const basis = { gemeenteId: gemeente.id, dossierId };
    const bramId = await createNetwerkPersoon(db, {
      ...basis,
      persoon: persoon({ naam: 'Bram', relatie: 'broer-zus', cirkel: 'heel-dichtbij', accountId: bram.id }),
      op: gemaakt,
    });
    // On her map without an account: nobody to mail.
    const henkId = await createNetwerkPersoon(db, {
      ...basis,
      persoon: persoon({ naam: 'Buurman Henk', relatie: 'buur', cirkel: 'dichtbij' }),
      op: gemaakt,
    });
    await createCrisiskaart(db, {
      ...basis,
      naam: 'Mijn rustkaart',
      inhoud: demoInhoud([bramId, henkId]),
      op: gemaakt,
    });
    // Noor made hers a year later: not due when Ilse's is.
    await createCrisiskaart(db, {
      gemeenteId: gemeente.id,
      dossierId: noorDossier,
      naam: '',
      inhoud: demoInhoud([]),
      op: maandenLater(gemaakt, 12),
    });
  }, 600_000);

  afterAll(async () => t?.close());

  it('asks nobody before the card is 18 months old', async () => {
    await naar(new Date(maandenLater(gemaakt, 18).getTime() - 2 * DAG));
    expect(await herinneringen()).toHaveLength(0);
    expect((await kaartRij()).herinnerd_op).toBeNull();
  });

  it('after 18 months asks her and the person she chose, once, with only a link', async () => {
    await naar(new Date(maandenLater(gemaakt, 18).getTime() + DAG));
    const mails = await herinneringen();
    expect(aan(mails, 'ilse@example.test')).toHaveLength(1);
    expect(aan(mails, 'bram@example.test')).toHaveLength(1);
    expect(aan(mails, 'noor@example.test')).toHaveLength(0);
    expect(mails).toHaveLength(2);
    for (const m of mails) {
      expect(m).toContain(`https://hc.test/dossiers/${dossierId}/crisiskaart`);
      // Nothing of the card itself in a mail.
      for (const woord of ['telefoon', 'thee', 'rustkaart', 'Henk']) expect(m).not.toContain(woord);
    }
    expect((await kaartRij()).herinnerd_op).not.toBeNull();
    // The job in the trail, through its own system path.
    const trail = await t.database.db
      .selectFrom('audit_event')
      .select(['grondslag', 'origin'])
      .where('dossier_id', '=', dossierId)
      .where('grondslag', '=', 'crisiskaart-hercontrole')
      .execute();
    expect(trail).toEqual([{ grondslag: 'crisiskaart-hercontrole', origin: 'job' }]);
    // Days later the job runs again: nobody is asked twice in one period.
    await naar(new Date(clock.now().getTime() + 3 * DAG));
    expect(await herinneringen()).toHaveLength(2);
  });

  it('"Alles klopt nog" renews the date checked (not the date made); the next question comes 18 months later', async () => {
    const ilse = new BrowserClient(t.app, host);
    expect((await ilse.login('ilse@example.test', PASSWORD)).statusCode).toBe(303);
    const pagina = await ilse.get(`/dossiers/${dossierId}/crisiskaart`);
    expect(pagina.body).toContain('Klopt je kaartje nog?');
    const voor = await kaartRij();
    const r = await ilse.post(`/dossiers/${dossierId}/crisiskaart/gecontroleerd`, {
      versie: String(voor.versie),
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`/dossiers/${dossierId}/crisiskaart?melding=gecontroleerd`);
    const na = await kaartRij();
    const gecontroleerd = clock.now();
    expect(Math.abs(na.gecontroleerd_op.getTime() - gecontroleerd.getTime())).toBeLessThan(DAG);
    expect(na.gemaakt_op.getTime()).toBe(voor.gemaakt_op.getTime());
    expect((await ilse.get(`/dossiers/${dossierId}/crisiskaart`)).body).not.toContain(
      'Klopt je kaartje nog?',
    );
    // The same form again is stale: 409, nothing changed.
    expect(
      (await ilse.post(`/dossiers/${dossierId}/crisiskaart/gecontroleerd`, { versie: String(voor.versie) }))
        .statusCode,
    ).toBe(409);
    expect((await kaartRij()).versie).toBe(na.versie);
    // A month on: nothing new for her.
    await naar(maandenLater(gecontroleerd, 1));
    expect(aan(await herinneringen(), 'ilse@example.test')).toHaveLength(1);
    await naar(new Date(maandenLater(na.gecontroleerd_op, 18).getTime() + DAG));
    const mails = await herinneringen();
    expect(aan(mails, 'ilse@example.test')).toHaveLength(2);
    expect(aan(mails, 'bram@example.test')).toHaveLength(2);
  });
});
