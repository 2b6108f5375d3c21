import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from '../demo/factories.js';
import { seedDemo } from '../demo/seed.js';
import { migrateToLatest, openDatabase } from '../platform/db/database.js';
import { sealAudit, verifyAuditChains } from './audit/audit.js';

const PASSWORD = 'een lange zin als wachtwoord';
const run = promisify(execFile);

/** Seals until nothing is left; the app's own sealer may hold the seal lock for a moment. */
async function sealEverything(db: Parameters<typeof sealAudit>[0]) {
  for (let attempt = 0; attempt < 50; attempt++) {
    await sealAudit(db);
    const report = await verifyAuditChains(db);
    if (report.unsealed === 0) return report;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return verifyAuditChains(db);
}

describe.each(ENGINES)('eigen regie on %s', (engine) => {
  let t: TestApp;
  let ilse: BrowserClient;
  let dossierId: string;

  const audit = async () => t.database.db.selectFrom('audit_event').selectAll().orderBy('seq').execute();
  const count = async (table: 'toegang' | 'uitnodiging' | 'noodtoegang') =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.database.db))
      .rows[0]?.n;
  const tokenIn = (mail: string) => /uitnodiging\/([A-Za-z0-9_-]{43})/.exec(mailText(mail))?.[1] as string;
  const lastMailTo = async (to: string) =>
    (await t.readOutbox()).filter((m) => m.includes(`To: ${to}`)).at(-1) as string;

  async function invite(
    email: string,
    fields: Record<string, string> = { 'niveau.plan': 'lezen' },
    rol = 'naaste',
  ) {
    await ilse.get(`/dossiers/${dossierId}/toegang`);
    return ilse.post(`/dossiers/${dossierId}/toegang/uitnodigen`, { email, rol, ...fields });
  }

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lindewaard' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'lindewaard', naam: 'Lindewaard' });
    const team = await createOrganisatie(db, gemeente.id, 'Buurtteam Oost');
    await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Bram',
      email: 'bram@example.test',
      rol: 'naaste',
      password: PASSWORD,
    });
    await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Yara',
      email: 'yara@example.test',
      rol: 'professional',
      password: PASSWORD,
      organisatieId: team.id,
    });
    await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Kees',
      email: 'kees@example.test',
      rol: 'beheerder',
      password: PASSWORD,
    });
    ilse = new BrowserClient(t.app);
    await ilse.login('ilse@example.test', PASSWORD);
    const redirect = await ilse.get('/wie-kan-wat-zien');
    dossierId = /\/dossiers\/([0-9a-f-]{36})\/toegang/.exec(
      redirect.headers.location as string,
    )?.[1] as string;
    expect(dossierId).toBeDefined();
  });
  afterAll(async () => t.close());

  it('invites by e-mail; only the invited address can accept, once; access follows the chosen levels', async () => {
    const sent = await invite('bram@example.test', {
      'niveau.plan': 'lezen',
      'niveau.crisiskaart': 'bewerken',
      doel: 'Mijn broer',
    });
    expect(sent.headers.location).toBe(`/dossiers/${dossierId}/toegang?melding=verstuurd`);
    const mail = await lastMailTo('bram@example.test');
    expect(mailText(mail)).toContain('Ilse nodigt je uit');
    const token = tokenIn(mail);

    const yara = new BrowserClient(t.app);
    await yara.login('yara@example.test', PASSWORD);
    await yara.get(`/uitnodiging/${token}`);
    const wrong = await yara.post(`/uitnodiging/${token}`, {});
    expect(wrong.statusCode).toBe(403);
    expect(wrong.body).toContain('Deze uitnodiging is voor een ander e-mailadres.');
    expect((await audit()).at(-1)).toMatchObject({
      uitkomst: 'denied',
      grondslag: 'geweigerd:ander-adres',
      dossier_id: dossierId,
    });

    const bram = new BrowserClient(t.app);
    await bram.login('bram@example.test', PASSWORD);
    const page = await bram.get(`/uitnodiging/${token}`);
    expect(page.body).toContain('je mag dan:'.replace('je', 'Je'));
    // The invited person reads about Ilse's record, not "Mijn plan" (issue 16, item 9).
    expect(page.body).toContain('Plan van Ilse lezen');
    expect(page.body).not.toContain('Mijn plan');
    expect((await bram.post(`/uitnodiging/${token}`, {})).headers.location).toBe(
      '/mijn-overzicht?uitnodiging=geaccepteerd',
    );
    expect((await bram.get(`/uitnodiging/${token}`)).statusCode).toBe(410);

    expect((await bram.get(`/dossiers/${dossierId}/plan`)).statusCode).toBe(200);
    expect((await bram.get(`/dossiers/${dossierId}/crisiskaart`)).statusCode).toBe(200);
    expect((await bram.get(`/dossiers/${dossierId}/secties/documenten`)).statusCode).toBe(403);
    const last = (await audit()).slice(-3);
    expect(last.map((e) => [e.sectie, e.uitkomst, e.actie])).toEqual([
      ['plan', 'allowed', 'read'],
      ['crisiskaart', 'allowed', 'read'],
      ['documenten', 'denied', 'read'],
    ]);
    expect(last[0]).toMatchObject({
      actor_rol: 'naaste',
      grondslag: 'toegang',
      noodtoegang: false,
      origin: 'web',
    });
    expect(last[0]?.toegang_id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses an invitation link after seven days and after it was withdrawn', async () => {
    await invite('laat@example.test');
    const late = tokenIn(await lastMailTo('laat@example.test'));
    await invite('ingetrokken@example.test');
    const withdrawn = tokenIn(await lastMailTo('ingetrokken@example.test'));
    const open = await t.database.db
      .selectFrom('uitnodiging')
      .select('id')
      .where('email', '=', 'ingetrokken@example.test')
      .executeTakeFirstOrThrow();
    await ilse.get(`/dossiers/${dossierId}/toegang`);
    expect(
      (await ilse.post(`/dossiers/${dossierId}/uitnodigingen/${open.id}/intrekken`, {})).statusCode,
    ).toBe(303);
    expect((await new BrowserClient(t.app).get(`/uitnodiging/${withdrawn}`)).statusCode).toBe(410);

    t.clock.advance(7 * 24 * 60 * 60_000 + 60_000);
    const page = await new BrowserClient(t.app).get(`/uitnodiging/${late}`);
    expect(page.statusCode).toBe(410);
    expect(page.body).toContain('Deze uitnodiging werkt niet meer');
    // Ilse's session did not survive the week; log in again for the tests that follow.
    await ilse.login('ilse@example.test', PASSWORD);
  });

  it('makes a new naaste account from an invitation to an unknown address', async () => {
    await invite('zus@example.test', { 'niveau.documenten': 'reageren' });
    const token = tokenIn(await lastMailTo('zus@example.test'));
    const zus = new BrowserClient(t.app);
    const page = await zus.get(`/uitnodiging/${token}`);
    expect(page.body).toContain('Je hebt nog geen account.');
    const bad = await zus.post(`/uitnodiging/${token}/account`, {
      naam: '',
      wachtwoord: 'kort',
      herhaal: 'kort',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="veld-naam-fout">Vul dit veld in.');
    const done = await zus.post(`/uitnodiging/${token}/account`, {
      naam: 'Zus',
      wachtwoord: PASSWORD,
      herhaal: PASSWORD,
    });
    expect(done.headers.location).toBe('/mijn-overzicht?uitnodiging=geaccepteerd');
    const overview = await zus.get('/mijn-overzicht');
    expect(overview.body).toContain(`href="/dossiers/${dossierId}"`);
    expect((await zus.get(`/dossiers/${dossierId}/secties/documenten`)).statusCode).toBe(200);
  });

  it('refuses self-invitation, unknown sections, past dates and re-sharing, writing nothing but the audit entry', async () => {
    const before = { uitnodiging: await count('uitnodiging'), toegang: await count('toegang') };
    const auditBefore = (await audit()).length;
    const self = await invite('ilse@example.test');
    expect(self.statusCode).toBe(400);
    expect(self.body).toContain('id="veld-email-fout">Je kunt jezelf niet uitnodigen.');
    const unknown = await invite('iemand@example.test', { 'niveau.bankrekening': 'lezen' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('Dit onderdeel bestaat niet.');
    const none = await invite('iemand@example.test', { 'niveau.plan': 'geen' });
    expect(none.body).toContain('Kies bij minstens één onderdeel wat deze persoon mag.');
    const past = await invite('iemand@example.test', { 'niveau.plan': 'lezen', eindigt_op: '2001-01-01' });
    expect(past.body).toContain('Kies een datum in de toekomst.');
    const bogusLevel = await invite('iemand@example.test', { 'niveau.plan': 'eigenaar' });
    expect(bogusLevel.statusCode).toBe(400);

    const bram = new BrowserClient(t.app);
    await bram.login('bram@example.test', PASSWORD);
    await bram.get('/mijn-overzicht');
    const reshare = await bram.post(`/dossiers/${dossierId}/toegang/uitnodigen`, {
      email: 'vriend@example.test',
      rol: 'naaste',
      'niveau.plan': 'lezen',
    });
    expect(reshare.statusCode).toBe(403);

    expect({ uitnodiging: await count('uitnodiging'), toegang: await count('toegang') }).toEqual(before);
    const entries = (await audit()).slice(auditBefore);
    expect(entries.map((e) => e.grondslag)).toEqual([
      'geweigerd:zichzelf',
      'geweigerd:onbekende-sectie',
      'geweigerd:alleen-eigenaar',
    ]);
    expect(entries.every((e) => e.uitkomst === 'denied')).toBe(true);
  });

  it('keeps why an invitation was refused when its address is opened again: the reasons, not her input', async () => {
    const adres = `/dossiers/${dossierId}/toegang/uitnodigen`;
    const geweigerd = await invite('iemand-anders@example.test', {
      'niveau.plan': 'geen',
      eindigt_op: '2001-01-01',
    });
    expect(geweigerd.statusCode).toBe(400);
    // Only field names and catalog keys travel, nothing she typed.
    const cookie = ilse.cookies.get('uitnodiging-fout') ?? '';
    expect(decodeURIComponent(cookie)).toBe(
      'eindigt_op:veld.fout.datum-verleden,niveaus:veld.fout.geen-sectie',
    );
    const opnieuw = await ilse.get(adres);
    expect(opnieuw.statusCode).toBe(200);
    expect(opnieuw.body).toContain('Kies een datum in de toekomst.');
    expect(opnieuw.body).toContain('Kies bij minstens één onderdeel wat deze persoon mag.');
    expect(opnieuw.body).not.toContain('iemand-anders@example.test');
    // Opened once more: still there (until it is sent or half an hour has passed).
    expect((await ilse.get(adres)).body).toContain('Kies een datum in de toekomst.');
    // In English when she reads English.
    await ilse.post('/taal', { taal: 'en', terug: '/' });
    expect((await ilse.get(adres)).body).toContain('Choose for at least one part what this person may do.');
    await ilse.post('/taal', { taal: 'nl', terug: '/' });
    // A cookie with anything but known fields and error keys shows nothing: the plain form.
    for (const vals of ['email:<b>hallo</b>', 'wachtwoord:veld.fout.email', 'email:toegang.titel']) {
      ilse.cookies.set('uitnodiging-fout', encodeURIComponent(vals));
      const r = await ilse.get(adres);
      expect(r.statusCode, vals).toBe(303);
      expect(r.headers.location).toBe(`/dossiers/${dossierId}/toegang#uitnodigen`);
    }
    // Sent after all: the reasons are gone and the address leads to the form again.
    ilse.cookies.set('uitnodiging-fout', encodeURIComponent('email:veld.fout.email'));
    const verstuurd = await invite('iemand-anders@example.test');
    expect(verstuurd.statusCode).toBe(303);
    expect(ilse.cookies.has('uitnodiging-fout')).toBe(false);
    expect((await ilse.get(adres)).statusCode).toBe(303);
  });

  it('revokes on the very next request, and a forged grant id is refused and logged', async () => {
    const bram = new BrowserClient(t.app);
    await bram.login('bram@example.test', PASSWORD);
    expect((await bram.get(`/dossiers/${dossierId}/plan`)).statusCode).toBe(200);
    const grant = await t.database.db
      .selectFrom('toegang')
      .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
      .select('toegang.id')
      .where('account.email', '=', 'bram@example.test')
      .where('ingetrokken_op', 'is', null)
      .executeTakeFirstOrThrow();

    const forged = await (async () => {
      await ilse.get(`/dossiers/${dossierId}/toegang`);
      return ilse.post(`/dossiers/${dossierId}/toegang/00000000-0000-4000-8000-000000000000/intrekken`, {});
    })();
    expect(forged.statusCode).toBe(404);
    expect((await audit()).at(-1)).toMatchObject({
      uitkomst: 'denied',
      grondslag: 'geweigerd:onbekende-toegang',
    });

    await ilse.get(`/dossiers/${dossierId}/toegang`);
    expect((await ilse.post(`/dossiers/${dossierId}/toegang/${grant.id}/intrekken`, {})).statusCode).toBe(
      303,
    );
    const after = await bram.get(`/dossiers/${dossierId}/plan`);
    expect(after.statusCode).toBe(403);
    expect((await audit()).at(-1)).toMatchObject({
      uitkomst: 'denied',
      grondslag: 'geweigerd:ingetrokken',
      toegang_id: grant.id,
    });
    const overview = await bram.get('/mijn-overzicht');
    expect(overview.body).not.toContain(`/dossiers/${dossierId}`);
  });

  it('names whom she stopped, undoes it for a short time only (409 later), and the log says so by name', async () => {
    const bram = new BrowserClient(t.app);
    await bram.login('bram@example.test', PASSWORD);
    const grant = await t.database.db
      .selectFrom('toegang')
      .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
      .select(['toegang.id', 'toegang.ingetrokken_op'])
      .where('account.email', '=', 'bram@example.test')
      .orderBy('toegang.created_at', 'desc')
      .executeTakeFirstOrThrow();
    // Stopped by the test above, a moment ago: the page names Bram and offers to undo it.
    expect(grant.ingetrokken_op).not.toBeNull();
    const pagina = await ilse.get(`/dossiers/${dossierId}/toegang?melding=ingetrokken`);
    expect(pagina.body).toContain('Je hebt de toegang van Bram gestopt.');
    expect(pagina.body).toContain(`action="/dossiers/${dossierId}/toegang/${grant.id}/herstel"`);
    const terug = await ilse.post(`/dossiers/${dossierId}/toegang/${grant.id}/herstel`, {});
    expect(terug.statusCode).toBe(303);
    expect(terug.headers.location).toBe(`/dossiers/${dossierId}/toegang?melding=hersteld`);
    expect((await bram.get(`/dossiers/${dossierId}/plan`)).statusCode).toBe(200);

    // Stopped again, and longer ago than undo allows: 409, the page says why, Bram stays out.
    await ilse.get(`/dossiers/${dossierId}/toegang`);
    expect((await ilse.post(`/dossiers/${dossierId}/toegang/${grant.id}/intrekken`, {})).statusCode).toBe(
      303,
    );
    await sql`update toegang set ingetrokken_op = ingetrokken_op - interval '11 minutes' where id = ${grant.id}`.execute(
      t.database.db,
    );
    const pagina2 = await ilse.get(`/dossiers/${dossierId}/toegang`);
    expect(pagina2.body).not.toContain('/herstel"');
    const telaat = await ilse.post(`/dossiers/${dossierId}/toegang/${grant.id}/herstel`, {});
    expect(telaat.statusCode).toBe(409);
    expect(telaat.body).toContain('Ongedaan maken kan niet meer.');
    expect((await bram.get(`/dossiers/${dossierId}/plan`)).statusCode).toBe(403);

    const logboek = await ilse.get(`/dossiers/${dossierId}/logboek`);
    expect(logboek.body).toContain('Jij stopte de toegang van Bram op');
    expect(logboek.body).toContain('Jij maakte het stoppen van de toegang van Bram ongedaan');
    expect(logboek.body).not.toContain('Jij nam je uitnodiging aan');
    expect(logboek.body).toContain('Bram (naaste) nam je uitnodiging aan');
  });

  it('answers 409 when two people change the same grant, and overwrites nothing', async () => {
    await invite('bram@example.test', { 'niveau.plan': 'lezen' });
    const bram = new BrowserClient(t.app);
    await bram.login('bram@example.test', PASSWORD);
    await bram.get(`/uitnodiging/${tokenIn(await lastMailTo('bram@example.test'))}`);
    await bram.post(`/uitnodiging/${tokenIn(await lastMailTo('bram@example.test'))}`, {});
    const grant = await t.database.db
      .selectFrom('toegang')
      .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
      .select(['toegang.id', 'toegang.version'])
      .where('account.email', '=', 'bram@example.test')
      .where('ingetrokken_op', 'is', null)
      .executeTakeFirstOrThrow();
    const tab2 = new BrowserClient(t.app);
    await tab2.login('ilse@example.test', PASSWORD);
    await tab2.get(`/dossiers/${dossierId}/toegang`);
    await ilse.get(`/dossiers/${dossierId}/toegang`);
    const first = await ilse.post(`/dossiers/${dossierId}/toegang/${grant.id}`, {
      version: String(grant.version),
      'niveau.plan': 'bewerken',
    });
    expect(first.statusCode).toBe(303);
    const second = await tab2.post(`/dossiers/${dossierId}/toegang/${grant.id}`, {
      version: String(grant.version),
      'niveau.plan': 'geen',
      'niveau.netwerk': 'lezen',
    });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('Iemand anders was je voor');
    const levels = await t.database.db
      .selectFrom('toegang_sectie')
      .select(['sectie', 'niveau'])
      .where('toegang_id', '=', grant.id)
      .execute();
    expect(levels).toEqual([{ sectie: 'plan', niveau: 'bewerken' }]);
  });

  it('opens a crisiskaart in an emergency for one hour, tells the resident and her contacts, and stands out in the log', async () => {
    const yara = new BrowserClient(t.app);
    await yara.login('yara@example.test', PASSWORD);
    await yara.get('/noodtoegang');
    const short = await yara.post('/noodtoegang', { email: 'ilse@example.test', reden: 'kort' });
    expect(short.body).toContain('Gebruik minstens 10 tekens.');
    const unknown = await yara.post('/noodtoegang', {
      email: 'niemand@example.test',
      reden: 'Zij reageert niet meer',
    });
    expect(unknown.statusCode).toBe(404);
    expect((await audit()).at(-1)).toMatchObject({
      actie: 'emergency',
      uitkomst: 'denied',
      dossier_id: null,
    });
    expect((await yara.get(`/dossiers/${dossierId}/crisiskaart`)).statusCode).toBe(403);

    const opened = await yara.post('/noodtoegang', {
      email: 'ilse@example.test',
      reden: 'Zij reageert niet meer en is in paniek',
    });
    expect(opened.headers.location).toBe(`/dossiers/${dossierId}/secties/crisiskaart`);
    // The generic address sends her on to the crisiskaart's own page (src/crisiskaart).
    expect((await yara.get(opened.headers.location as string)).headers.location).toBe(
      `/dossiers/${dossierId}/crisiskaart`,
    );
    const card = await yara.get(`/dossiers/${dossierId}/crisiskaart`);
    expect(card.statusCode).toBe(200);
    expect(card.body).toContain('Je ziet alleen wat op het kaartje staat, tot');
    expect((await yara.get(`/dossiers/${dossierId}/plan`)).statusCode).toBe(403);
    const entries = (await audit()).filter((e) => e.noodtoegang);
    expect(entries.map((e) => [e.actie, e.grondslag])).toEqual([
      ['emergency', 'noodtoegang'],
      ['emergency', 'noodtoegang'],
    ]);
    const mail = mailText(await lastMailTo('ilse@example.test'));
    expect(mail).toContain('Subject: Een crisiskaart is geopend in een noodgeval');
    expect(mail).toContain('Yara van Buurtteam Oost heeft je crisiskaart geopend');
    // The reason stays in the app; it is not sent around by e-mail.
    expect(mail).not.toContain('paniek');

    const log = await ilse.get(`/dossiers/${dossierId}/logboek`);
    expect(log.body).toMatch(
      /<strong class="redzaam-badge">Noodgeval<\/strong> Yara \(professional, Buurtteam Oost\) opende je crisiskaart in een noodgeval op/,
    );

    // An hour later the emergency access is over (the session itself is kept alive in between).
    for (const minutes of [29, 29, 5]) {
      t.clock.advance(minutes * 60_000);
      await ilse.get('/mijn-overzicht');
      if (minutes !== 5) expect((await yara.get(`/dossiers/${dossierId}/crisiskaart`)).statusCode).toBe(200);
    }
    expect((await yara.get(`/dossiers/${dossierId}/crisiskaart`)).statusCode).toBe(403);
    expect((await audit()).at(-1)).toMatchObject({
      uitkomst: 'denied',
      sectie: 'crisiskaart',
      noodtoegang: false,
    });
  });

  it('limits emergency look-ups to ten an hour per professional, so addresses cannot be probed', async () => {
    const db = t.database.db;
    const gemeente = await db.selectFrom('gemeente').select('id').executeTakeFirstOrThrow();
    const team = await db.selectFrom('organisatie').select('id').executeTakeFirstOrThrow();
    await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Zoeker',
      email: 'zoeker@example.test',
      rol: 'professional',
      password: PASSWORD,
      organisatieId: team.id,
    });
    const zoeker = new BrowserClient(t.app);
    await zoeker.login('zoeker@example.test', PASSWORD);
    await zoeker.get('/noodtoegang');
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (
          await zoeker.post('/noodtoegang', {
            email: `probeer${i}@example.test`,
            reden: 'Ik probeer adressen uit',
          })
        ).statusCode,
      );
    }
    expect(statuses).toEqual([...Array(10).fill(404), 429]);
    expect(zoeker.lastHtml).toContain('Je hebt het afgelopen uur te vaak noodtoegang gevraagd.');
    expect((await audit()).at(-1)).toMatchObject({
      uitkomst: 'denied',
      grondslag: 'geweigerd:te-vaak',
      actie: 'emergency',
    });
  });

  it('shows the trail as sentences, filtered by person and section, and logs reading it', async () => {
    const bramId = (
      await t.database.db
        .selectFrom('account')
        .select('id')
        .where('email', '=', 'bram@example.test')
        .executeTakeFirstOrThrow()
    ).id;
    const all = await ilse.get(`/dossiers/${dossierId}/logboek`);
    expect(all.body).toMatch(/Bram \(naaste\) bekeek je plan op \d+ \w+ \d{4} om \d{2}:\d{2}\./);
    expect(all.body).toContain('Bram (naaste) probeerde je documenten te openen op');
    // The person filter offers everyone in her trail (a loose index scan since migration 0033).
    expect(all.body).toMatch(new RegExp(`<option[^>]*value="${bramId}"[^>]*>Bram</option>`));
    const onlyBram = await ilse.get(`/dossiers/${dossierId}/logboek?persoon=${bramId}&sectie=plan`);
    const sentences = [
      ...onlyBram.body.matchAll(/<li[^>]*>(?:<strong[^>]*>[^<]*<\/strong>)? ?([^<]+)<\/li>/g),
    ].map((m) => m[1] as string);
    expect(sentences.length).toBeGreaterThan(0);
    for (const sentence of sentences) expect(sentence).toMatch(/^Bram .*je plan/);
    const last = (await audit()).at(-1);
    expect(last).toMatchObject({
      item_id: 'logboek',
      actie: 'read',
      grondslag: 'eigenaar',
      actor_rol: 'inwoner',
    });
  });

  it('lets a beheerder enter a representative the resident sees but cannot revoke', async () => {
    const kees = new BrowserClient(t.app);
    await kees.login('kees@example.test', PASSWORD);
    await kees.get('/beheer/vertegenwoordiging');
    const bad = await kees.post('/beheer/vertegenwoordiging', {
      inwoner: 'niemand@example.test',
      vertegenwoordiger: 'yara@example.test',
      grondslag: 'bewindvoering',
      kenmerk: 'C/16/123',
      eindigt_op: '2030-01-01',
      'niveau.plan': 'lezen',
    });
    expect(bad.body).toContain('id="veld-inwoner-fout">We vinden geen inwoner met dit e-mailadres.');
    const ok = await kees.post('/beheer/vertegenwoordiging', {
      inwoner: 'ilse@example.test',
      vertegenwoordiger: 'yara@example.test',
      grondslag: 'bewindvoering',
      kenmerk: 'C/16/123',
      eindigt_op: '2030-01-01',
      'niveau.documenten': 'bewerken',
    });
    expect(ok.headers.location).toBe('/beheer/vertegenwoordiging?opgeslagen');
    // The beheerder wrote a grant but still cannot read the record.
    expect((await kees.get(`/dossiers/${dossierId}`)).statusCode).toBe(403);
    const page = await ilse.get(`/dossiers/${dossierId}/toegang`);
    expect(page.body).toContain(
      'Yara is je bewindvoerder. Dat heeft de rechter besloten (kenmerk C/16/123).',
    );
    const grant = await t.database.db
      .selectFrom('toegang')
      .select('id')
      .where('soort', '=', 'vertegenwoordiger')
      .executeTakeFirstOrThrow();
    expect((await ilse.post(`/dossiers/${dossierId}/toegang/${grant.id}/intrekken`, {})).statusCode).toBe(
      403,
    );
    // Refused inside the door's work: the work is undone, the attempt stays in the trail.
    expect((await audit()).at(-1)).toMatchObject({
      dossier_id: dossierId,
      actie: 'delete',
      item_id: `toegang:${grant.id}`,
      uitkomst: 'denied',
      grondslag: 'geweigerd:vertegenwoordiger',
    });
    expect(
      await t.database.db
        .selectFrom('toegang')
        .select('ingetrokken_op')
        .where('id', '=', grant.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ ingetrokken_op: null });
    // Entering the representation went through the system path, with its reason as the ground.
    expect((await audit()).find((e) => e.item_id === `vertegenwoordiging:${grant.id}`)).toMatchObject({
      uitkomst: 'allowed',
      grondslag: 'wettelijke-vertegenwoordiging:bewindvoering',
    });
    const yara = new BrowserClient(t.app);
    await yara.login('yara@example.test', PASSWORD);
    expect((await yara.get(`/dossiers/${dossierId}/secties/documenten`)).statusCode).toBe(200);
  });

  it('keeps a court-appointed representation when that person accepts an older ordinary invitation', async () => {
    const db = t.database.db;
    const gemeente = await db.selectFrom('gemeente').select('id').executeTakeFirstOrThrow();
    await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: 'Mentor',
      email: 'mentor@example.test',
      rol: 'naaste',
      password: PASSWORD,
    });
    await invite('mentor@example.test', { 'niveau.plan': 'lezen' });
    const token = tokenIn(await lastMailTo('mentor@example.test'));
    const kees = new BrowserClient(t.app);
    await kees.login('kees@example.test', PASSWORD);
    await kees.get('/beheer/vertegenwoordiging');
    const saved = await kees.post('/beheer/vertegenwoordiging', {
      inwoner: 'ilse@example.test',
      vertegenwoordiger: 'mentor@example.test',
      grondslag: 'mentorschap',
      kenmerk: 'C/16/456',
      eindigt_op: '2030-01-01',
      'niveau.plan': 'bewerken',
    });
    expect(saved.headers.location).toBe('/beheer/vertegenwoordiging?opgeslagen');
    // The resident was told about the representation by mail.
    expect(mailText(await lastMailTo('ilse@example.test'))).toContain('Mentor je mentor is');

    const mentor = new BrowserClient(t.app);
    await mentor.login('mentor@example.test', PASSWORD);
    await mentor.get(`/uitnodiging/${token}`);
    const refused = await mentor.post(`/uitnodiging/${token}`, {});
    expect(refused.statusCode).toBe(403);
    expect(refused.body).toContain('Je bent al de wettelijke vertegenwoordiger van deze persoon.');
    const grants = await db
      .selectFrom('toegang')
      .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
      .select(['toegang.soort', 'toegang.ingetrokken_op'])
      .where('account.email', '=', 'mentor@example.test')
      .execute();
    expect(grants.filter((g) => !g.ingetrokken_op).map((g) => g.soort)).toEqual(['vertegenwoordiger']);
    expect((await audit()).at(-1)).toMatchObject({
      uitkomst: 'denied',
      grondslag: 'geweigerd:vertegenwoordiger',
    });
  });

  it('answers malformed ids with 4xx, never 500, and stores no garbage in the audit', async () => {
    const dashes = '-'.repeat(36);
    await ilse.get(`/dossiers/${dossierId}/toegang`);
    const responses = [
      await ilse.get(`/dossiers/${dossierId}/logboek?persoon=${dashes}`),
      await ilse.post(`/dossiers/${dashes}/toegang/x/intrekken`, {}),
      await ilse.post('/dossiers/nope/toegang/uitnodigen', {
        email: 'a@example.test',
        rol: 'naaste',
        'niveau.foo': 'lezen',
      }),
      await ilse.post('/dossiers/nope/toegang/xyz', { version: '1', 'niveau.foo': 'lezen' }),
      await ilse.get('/dossiers/nope/plan'),
    ];
    expect(responses.map((r) => r.statusCode)).toEqual([200, 403, 403, 400, 403]);
  });

  it('lets the resident invite someone again after their access ended', async () => {
    const zus = await t.database.db
      .selectFrom('toegang')
      .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
      .select('toegang.id')
      .where('account.email', '=', 'zus@example.test')
      .where('toegang.ingetrokken_op', 'is', null)
      .executeTakeFirstOrThrow();
    expect((await invite('zus@example.test')).body).toContain('Deze persoon heeft al toegang.');
    await ilse.get(`/dossiers/${dossierId}/toegang`);
    await ilse.post(`/dossiers/${dossierId}/toegang/${zus.id}/intrekken`, {});
    expect((await invite('zus@example.test')).headers.location).toBe(
      `/dossiers/${dossierId}/toegang?melding=verstuurd`,
    );
  });

  it('accepts two invitations of one person at the same moment without an error: one live grant remains', async () => {
    await createAccountWithPassword(t.database.db, {
      gemeenteId: (
        await t.database.db
          .selectFrom('gemeente')
          .select('id')
          .where('code', '=', 'lindewaard')
          .executeTakeFirstOrThrow()
      ).id,
      naam: 'Noor',
      email: 'noor@example.test',
      rol: 'naaste',
      password: PASSWORD,
    });
    await invite('noor@example.test', { 'niveau.plan': 'lezen' });
    await invite('noor@example.test', { 'niveau.plan': 'bewerken' });
    const tokens = (await t.readOutbox())
      .filter((m) => m.includes('To: noor@example.test'))
      .map((m) => tokenIn(m));
    expect(tokens).toHaveLength(2);
    const noor = new BrowserClient(t.app);
    await noor.login('noor@example.test', PASSWORD);
    await noor.get(`/uitnodiging/${tokens[0]}`);
    const answers = await Promise.all(tokens.map((token) => noor.post(`/uitnodiging/${token}`, {})));
    expect(answers.map((a) => a.statusCode)).toEqual([303, 303]);
    const grants = await t.database.db
      .selectFrom('toegang')
      .innerJoin('account', 'account.id', 'toegang.grantee_account_id')
      .select(['toegang.ingetrokken_op'])
      .where('account.email', '=', 'noor@example.test')
      .execute();
    expect(grants).toHaveLength(2);
    expect(grants.filter((g) => g.ingetrokken_op === null)).toHaveLength(1);
  });

  it('downloads everything as JSON (logged as an export) and erases it all with the password', async () => {
    const download = await ilse.get(`/dossiers/${dossierId}/gegevens.json`);
    expect(download.headers['content-disposition']).toContain('attachment');
    const data = download.json();
    expect(data).toMatchObject({
      formaat: 'redzaam-export',
      account: { naam: 'Ilse', email: 'ilse@example.test' },
      dossier: { id: dossierId },
    });
    expect(data.toegang.length).toBeGreaterThanOrEqual(3);
    expect(data.logboek.length).toBeGreaterThan(5);
    expect(data.noodtoegang).toEqual([
      expect.objectContaining({
        wie: 'Yara',
        organisatie: 'Buurtteam Oost',
        reden: 'Zij reageert niet meer en is in paniek',
      }),
    ]);
    expect(Object.keys(data.secties)).toEqual([
      'plan',
      'levensgebieden',
      'netwerk',
      'crisiskaart',
      'gesprekken',
      'waakvlam',
      'documenten',
      // The monitor's section: her choice to let her assessments count (src/monitor).
      'meetellen',
      // Samen: what she offers and asks, her proposals and her picture (src/samen).
      'samen',
    ]);
    expect((await audit()).at(-1)).toMatchObject({ actie: 'export', uitkomst: 'allowed' });

    await ilse.get(`/dossiers/${dossierId}/gegevens`);
    const wrong = await ilse.post(`/dossiers/${dossierId}/gegevens/wissen`, {
      wachtwoord: 'fout',
      zeker: 'ja',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain('Dit wachtwoord klopt niet.');
    const unsure = await ilse.post(`/dossiers/${dossierId}/gegevens/wissen`, { wachtwoord: PASSWORD });
    expect(unsure.body).toContain('Vink dit aan');
    expect(
      await t.database.db.selectFrom('dossier').select('id').where('id', '=', dossierId).executeTakeFirst(),
    ).toBeDefined();

    const auditBefore = (await audit()).length;
    const erased = await ilse.post(`/dossiers/${dossierId}/gegevens/wissen`, {
      wachtwoord: PASSWORD,
      zeker: 'ja',
    });
    expect(erased.headers.location).toBe('/?gewist');
    const db = t.database.db;
    expect(
      await db.selectFrom('dossier').select('id').where('id', '=', dossierId).executeTakeFirst(),
    ).toBeUndefined();
    expect(
      await db.selectFrom('account').select('id').where('email', '=', 'ilse@example.test').executeTakeFirst(),
    ).toBeUndefined();
    expect(await db.selectFrom('toegang').select('id').where('dossier_id', '=', dossierId).execute()).toEqual(
      [],
    );
    // The trail stays, pseudonymous: ids only, the chain intact, the erasure itself logged.
    const trail = await db
      .selectFrom('audit_event')
      .selectAll()
      .where('dossier_id', '=', dossierId)
      .execute();
    expect(trail.length).toBeGreaterThan(auditBefore / 2);
    expect((await audit()).at(-1)).toMatchObject({ actie: 'delete', item_id: 'alles', uitkomst: 'allowed' });
    expect(JSON.stringify(trail)).not.toMatch(/Ilse|ilse@example/);
    expect(await sealEverything(db)).toMatchObject({ broken: null, unsealed: 0 });
    expect((await new BrowserClient(t.app).login('ilse@example.test', PASSWORD)).statusCode).toBe(401);
  });

  it('cannot change or delete audit entries, and audit:verify names the first tampered entry', async () => {
    const db = t.database.db;
    await sealEverything(db);
    await expect(sql`update audit_event set actie = 'read'`.execute(db)).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_event set hash = null, prev_hash = null, chain_pos = null`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`delete from audit_event`.execute(db)).rejects.toThrow(/append-only/);
    await expect(
      sql`insert into audit_event (gemeente_id, occurred_at, actie, uitkomst, grondslag, origin, chain_pos, prev_hash, hash) select id, now(), 'read', 'allowed', 'vals', 'web', 999, 'a', 'b' from gemeente limit 1`.execute(
        db,
      ),
    ).rejects.toThrow(/written unsealed/);
    // An unsealed entry cannot be changed either: sealing may fill in the chain fields, nothing else.
    await sql`insert into audit_event (gemeente_id, occurred_at, actie, uitkomst, grondslag, origin) select id, now(), 'read', 'allowed', 'test', 'web' from gemeente limit 1`.execute(
      db,
    );
    await expect(
      sql`update audit_event set uitkomst = 'denied' where hash is null`.execute(db),
    ).rejects.toThrow(/append-only/);
    await expect(
      sql`update audit_event set uitkomst = 'denied', hash = 'x', prev_hash = 'y', chain_pos = 999999 where hash is null`.execute(
        db,
      ),
    ).rejects.toThrow(/append-only/);
    expect(await sealEverything(db)).toMatchObject({ broken: null, unsealed: 0 });
    // Someone with the power to switch the trigger off can change a row, but not unnoticed.
    const victim = (await audit())[3];
    await sql`alter table audit_event disable trigger audit_event_no_update`.execute(db);
    await sql`update audit_event set actie = case when actie = 'read' then 'update' else 'read' end where seq = ${victim?.seq}`.execute(
      db,
    );
    await sql`alter table audit_event enable trigger audit_event_no_update`.execute(db);
    const report = await verifyAuditChains(db);
    expect(report.broken).toMatchObject({ seq: Number(victim?.seq), id: victim?.id });
  });
});

describe('npm run audit:verify on the embedded database', () => {
  it('reports an intact chain with exit 0, and the tampered entry with exit 1', async () => {
    const dataDir = await mkdtemp(path.join(tmpdir(), 'redzaam-audit-'));
    try {
      const database = await openDatabase({ engine: 'pglite', dataDir: path.join(dataDir, 'pglite') });
      await migrateToLatest(database.db);
      await seedDemo(database.db);
      await database.close();
      const cli = ['--import', 'tsx', 'src/regie/audit/verify-cli.ts'];
      const { DATABASE_URL: _unused, ...rest } = process.env;
      const env = { ...rest, DATA_DIR: dataDir };
      const ok = await run(process.execPath, cli, { env });
      expect(ok.stdout).toMatch(/Audit trail intact: \d+ entries checked\./);

      const again = await openDatabase({ engine: 'pglite', dataDir: path.join(dataDir, 'pglite') });
      const second = await again.db
        .selectFrom('audit_event')
        .select(['seq', 'id'])
        .orderBy('seq')
        .offset(1)
        .limit(1)
        .executeTakeFirstOrThrow();
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(again.db);
      await sql`delete from audit_event where seq = ${second.seq}`.execute(again.db);
      await again.close();
      const broken = await run(process.execPath, cli, { env }).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/Audit trail BROKEN at entry seq \d+ .*removed entry/);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 600_000);
});
