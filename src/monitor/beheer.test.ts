import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente } from '../demo/factories.js';

const PASSWORD = 'een lange zin als wachtwoord';
const PAD = '/beheer/monitor';

/**
 * The gemeente's monitor rules (/beheer/monitor): for the beheerder only; saved rules read back
 * on the page and reach the resident's opt-in and the panel's area question; bad input per field
 * and a stale form write nothing.
 */
describe.each(ENGINES)('monitor rules on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  const host = { host: 'mr.test' };
  let gemeenteId = '';

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const rij = () =>
    t.database.db
      .selectFrom('monitor_instelling')
      .select(['minimum', 'marge', 'gebied_niveau', 'gebieden', 'versie'])
      .where('gemeente_id', '=', gemeenteId)
      .executeTakeFirst();
  const versieOp = (html: string) => /name="versie" value="(\d+)"/.exec(html)?.[1] ?? '';
  const goed = { minimum: '12', marge: '8', gebiedNiveau: 'wijk', gebieden: 'Centrum\r\nOost\r\n' };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'mr' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'mr', naam: 'Mr', hostnames: ['mr.test'] });
    gemeenteId = gemeente.id;
    for (const [naam, rol] of [
      ['ilse', 'inwoner'],
      ['ana', 'analist'],
      ['beheerder', 'beheerder'],
    ] as const)
      await createAccountWithPassword(db, {
        gemeenteId,
        naam,
        email: `${naam}@example.test`,
        rol,
        password: PASSWORD,
      });
  }, 600_000);
  afterAll(async () => t?.close());

  it('is for the beheerder only', async () => {
    const anoniem = new BrowserClient(t.app, host);
    const r = await anoniem.get(PAD);
    expect(r.statusCode).toBe(401);
    expect(r.body).toContain('name="wachtwoord"');
    for (const email of ['ilse@example.test', 'ana@example.test']) {
      const c = await client(email);
      expect((await c.get(PAD)).statusCode).toBe(403);
      expect((await c.post(PAD, { versie: '0', ...goed })).statusCode).toBe(403);
    }
    expect(await rij()).toBeUndefined();
    const beheerder = await client('beheerder@example.test');
    expect((await beheerder.get(PAD)).statusCode).toBe(200);
    // In the beheer menu, with the defaults and no areas.
    expect(beheerder.lastHtml).toContain(`href="${PAD}"`);
    expect(beheerder.lastHtml).toContain('Monitor: regels van de gemeente');
    expect(beheerder.lastHtml).toMatch(/name="minimum"[^>]*value="10"/);
    expect(beheerder.lastHtml).toMatch(/name="marge"[^>]*value="10"/);
    expect(versieOp(beheerder.lastHtml)).toBe('0');
    expect(beheerder.lastHtml).toContain('kun je niet weghalen of een andere naam geven');
  });

  it('refuses bad input per field next to the field and writes nothing', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get(PAD);
    const versie = versieOp(beheerder.lastHtml);
    const fouten: [Record<string, string>, string, string][] = [
      [{ minimum: '4' }, 'minimum', 'Vul een heel getal in van 5 tot en met 1000.'],
      [{ minimum: '12.5' }, 'minimum', 'Vul een heel getal in van 5 tot en met 1000.'],
      [{ minimum: '' }, 'minimum', 'Vul een heel getal in van 5 tot en met 1000.'],
      [{ marge: '0' }, 'marge', 'Vul een heel getal in van 1 tot en met 1000.'],
      [{ marge: 'tien' }, 'marge', 'Vul een heel getal in van 1 tot en met 1000.'],
      [{ gebiedNiveau: 'provincie' }, 'gebiedNiveau', 'Kies een soort gebieden.'],
      [
        { gebieden: 'Centrum\nOost\n  centrum  ' },
        'gebieden',
        'Het gebied &quot;centrum&quot; staat twee keer',
      ],
      [{ gebieden: 'Centrum\nweet-niet' }, 'gebieden', 'De naam &quot;weet-niet&quot; kan niet.'],
      [{ gebieden: 'Liever-niet' }, 'gebieden', 'De naam &quot;Liever-niet&quot; kan niet.'],
      [{ gebieden: 'x'.repeat(81) }, 'gebieden', 'is te lang. Gebruik hoogstens 80 tekens.'],
      [{ gebiedNiveau: 'gemeente' }, 'gebieden', 'Bij &quot;De hele gemeente&quot; horen geen gebieden.'],
    ];
    for (const [wijziging, veld, melding] of fouten) {
      const r = await beheerder.post(PAD, { versie, ...goed, ...wijziging });
      expect(r.statusCode, JSON.stringify(wijziging)).toBe(400);
      // The message next to the field (its error element) and in the summary, linking to it.
      expect(r.body).toContain(`id="veld-${veld}-fout"`);
      expect(r.body).toContain(`href="#veld-${veld}"`);
      expect(r.body).toContain(melding);
      // The input stays.
      const eerste = (wijziging.gebieden ?? goed.gebieden).split('\n')[0]?.trim();
      expect(r.body).toContain(`name="gebieden" rows="8"`);
      expect(r.body).toContain(`>${eerste}`);
      if (wijziging.minimum)
        expect(r.body).toMatch(new RegExp(`name="minimum"[^>]*value="${wijziging.minimum}"`));
    }
    // In English when she chose English, the same way next to the field.
    expect((await beheerder.post('/taal', { taal: 'en', terug: PAD })).statusCode).toBe(303);
    const en = await beheerder.post(PAD, { versie, ...goed, gebieden: 'Oost\noost' });
    expect(en.statusCode).toBe(400);
    expect(en.body).toContain('The area &quot;oost&quot; is in the list twice. Remove one.');
    expect(en.body).toContain('<html lang="en"');
    expect(en.body).toContain('>Monitor: the gemeente');
    await beheerder.post('/taal', { taal: 'nl', terug: PAD });
    const veel = Array.from({ length: 201 }, (_, i) => `Wijk ${i}`).join('\n');
    const r = await beheerder.post(PAD, { versie, ...goed, gebieden: veel });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Dit zijn te veel gebieden. Vul er hoogstens 200 in.');
    expect(await rij()).toBeUndefined();
  });

  it('saves and reads back, and the resident and the panel see the areas', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get(PAD);
    let r = await beheerder.post(PAD, {
      versie: versieOp(beheerder.lastHtml),
      ...goed,
      gebieden: '  Centrum \n\n Oost\t Binnen\n',
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${PAD}?melding=opgeslagen`);
    expect(await rij()).toEqual({
      minimum: 12,
      marge: 8,
      gebied_niveau: 'wijk',
      gebieden: ['Centrum', 'Oost Binnen'],
      versie: 1,
    });
    await beheerder.get(`${PAD}?melding=opgeslagen`);
    expect(beheerder.lastHtml).toContain('De regels zijn opgeslagen.');
    expect(beheerder.lastHtml).toMatch(/name="minimum"[^>]*value="12"/);
    expect(beheerder.lastHtml).toMatch(/name="marge"[^>]*value="8"/);
    expect(beheerder.lastHtml).toMatch(/<option value="wijk" selected/);
    expect(beheerder.lastHtml).toContain('>Centrum\nOost Binnen</textarea>');
    expect(versieOp(beheerder.lastHtml)).toBe('1');

    // Stadsdelen, then the whole gemeente without areas.
    r = await beheerder.post(PAD, {
      versie: '1',
      ...goed,
      gebiedNiveau: 'stadsdeel',
      gebieden: 'Noord\nZuid',
    });
    expect(r.statusCode).toBe(303);
    expect(await rij()).toMatchObject({ gebied_niveau: 'stadsdeel', gebieden: ['Noord', 'Zuid'], versie: 2 });

    // The panel's new peiling now offers the area question (decision 057).
    const analist = await client('ana@example.test');
    await analist.get('/panel/peilingen');
    expect(analist.lastHtml).toContain('In welke wijk woon je?');
    expect(analist.lastHtml).not.toContain('De gemeente heeft nog geen wijken ingesteld');
  });

  it('refuses a stale form with 409, keeps the input and writes nothing', async () => {
    const voor = await rij();
    const beheerder = await client('beheerder@example.test');
    const r = await beheerder.post(PAD, { versie: '1', ...goed, minimum: '20', gebieden: 'Mijn wijk' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Iemand anders heeft de regels net veranderd.');
    expect(r.body).toMatch(/name="minimum"[^>]*value="20"/);
    expect(r.body).toContain('>Mijn wijk</textarea>');
    // The page now carries today's version: saving again overwrites knowingly.
    expect(versieOp(r.body)).toBe(String(voor?.versie));
    expect(await rij()).toEqual(voor);
    // A first save when another one was first (version 0 while a row exists) is stale too.
    expect((await beheerder.post(PAD, { versie: '0', ...goed })).statusCode).toBe(409);
    expect(await rij()).toEqual(voor);
  });

  it('links the panel to the page where there are no areas (beheerder only)', async () => {
    const beheerder = await client('beheerder@example.test');
    await beheerder.get(PAD);
    const versie = versieOp(beheerder.lastHtml);
    expect(
      (await beheerder.post(PAD, { versie, ...goed, gebiedNiveau: 'gemeente', gebieden: '' })).statusCode,
    ).toBe(303);
    expect(await rij()).toMatchObject({ gebied_niveau: 'gemeente', gebieden: [] });
    await beheerder.get('/panel/peilingen');
    expect(beheerder.lastHtml).toContain('De gemeente heeft nog geen wijken ingesteld');
    expect(beheerder.lastHtml).toContain(`href="${PAD}">Wijken instellen</a>`);
    const analist = await client('ana@example.test');
    await analist.get('/panel/peilingen');
    expect(analist.lastHtml).toContain('De beheerder van de gemeente kan wijken instellen.');
    expect(analist.lastHtml).not.toContain(`href="${PAD}"`);
  });

  it('never takes away an area someone chose: 400 next to the field, nothing written; an unused one goes', async () => {
    const db = t.database.db;
    const beheerder = await client('beheerder@example.test');
    await beheerder.get(PAD);
    let versie = versieOp(beheerder.lastHtml);
    expect((await beheerder.post(PAD, { versie, ...goed, gebieden: 'Noord\nZuid\nWest' })).statusCode).toBe(
      303,
    );
    // Ilse counts herself in, living in Zuid.
    const dossier = await db
      .selectFrom('dossier')
      .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
      .select('dossier.id')
      .where('account.email', '=', 'ilse@example.test')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('monitor_deelname')
      .values({
        dossier_id: dossier.id,
        gemeente_id: gemeenteId,
        geboortejaren: '1960',
        gebied: 'Zuid',
        geslacht: 'vrouw',
      })
      .execute();
    await beheerder.get(PAD);
    versie = versieOp(beheerder.lastHtml);
    const voor = await rij();
    for (const gebieden of ['Noord\nWest', 'Noord\nZuid-Oost\nWest', '']) {
      const r = await beheerder.post(PAD, { versie, ...goed, gebieden });
      expect(r.statusCode).toBe(400);
      expect(r.body).toContain('Het gebied &quot;Zuid&quot; kan niet weg: mensen hebben het al gekozen.');
      expect(r.body).toContain('id="veld-gebieden-fout"');
      expect(await rij()).toEqual(voor);
    }
    // West nobody chose: it goes, and Zuid stays.
    const r = await beheerder.post(PAD, { versie, ...goed, gebieden: 'Noord\nZuid' });
    expect(r.statusCode).toBe(303);
    expect(await rij()).toMatchObject({ gebieden: ['Noord', 'Zuid'] });
  });
});
