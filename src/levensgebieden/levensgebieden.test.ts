import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { ontsleutelOpgeslagen } from '../../tests/support/versleuteling.js';
import {
  createAccountWithPassword,
  createGemeente,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import { translator } from '../platform/i18n/i18n.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The levensgebieden against a real database: filling in and coming back, bad input and stale
 * forms (nothing written), who may give a view, the resident's "eerst hun eigen blik", the
 * mirror's topics, the beheerder's versioned catalog, and the section's export and erasure.
 */
describe.each(ENGINES)('levensgebieden on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let gemeenteId: string;
  const host = { host: 'lg.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const count = async (table: 'beoordeling' | 'beoordeling_antwoord' | 'levensgebied_catalogus') =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.database.db))
      .rows[0]?.n ?? 0;
  const basis = () => `/dossiers/${dossierId}/levensgebieden`;
  /** A resident of her own, for a test that needs a record nobody else touches; returns her record's id. */
  const maakInwoner = async (email: string) => {
    const account = await createAccountWithPassword(t.database.db, {
      gemeenteId,
      naam: email.split('@')[0] as string,
      email,
      rol: 'inwoner',
      password: PASSWORD,
    });
    return dossierVanInwoner(t.database.db, gemeenteId, account.id);
  };
  /** The versie the form on the last page carries. */
  const versieOp = (c: BrowserClient) => /name="versie" value="(\d+)"/.exec(c.lastHtml)?.[1] ?? '';

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'lg' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'lg', naam: 'Lg', hostnames: ['lg.test'] });
    const elders = await createGemeente(db, { code: 'elders', naam: 'Elders', hostnames: ['elders.test'] });
    gemeenteId = gemeente.id;
    const team = await createOrganisatie(db, gemeente.id, 'Buurtteam');
    const maak = (email: string, rol: 'inwoner' | 'naaste' | 'professional' | 'beheerder', g = gemeente.id) =>
      createAccountWithPassword(db, {
        gemeenteId: g,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: team.id } : {}),
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    await maak('beheerder@example.test', 'beheerder');
    await maak('beheerder@elders.test', 'beheerder', elders.id);
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    const grants: [string, 'naaste' | 'professional', Niveau | null][] = [
      ['bram@example.test', 'naaste', 'reageren'],
      ['lezer@example.test', 'naaste', 'lezen'],
      ['yara@example.test', 'professional', 'reageren'],
      ['zonder@example.test', 'professional', null],
    ];
    for (const [email, rol, niveau] of grants) {
      const account = await maak(email, rol);
      if (niveau)
        await createToegang(db, {
          gemeenteId: gemeente.id,
          dossierId,
          granteeAccountId: account.id,
          createdBy: ilse.id,
          eindigtOp: null,
          niveaus: { levensgebieden: niveau },
        });
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('lets the resident fill in three domains, leave, come back and find her answers; every question skippable', async () => {
    const ilse = await client('ilse@example.test');
    const eerste = await ilse.get(basis());
    expect(eerste.statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('Vul in hoe het nu gaat');
    await ilse.get(`${basis()}/invullen/financien`);
    expect(versieOp(ilse)).toBe('0');
    let r = await ilse.post(`${basis()}/invullen/financien`, {
      versie: '0',
      score: '2',
      wie_helpt: 'netwerk',
      doel: 'Mijn rekeningen op tijd betalen',
      belang: 'erg',
      goed_gaat: 'Ik open mijn post elke week',
      trots: '',
      actie: 'volgende',
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${basis()}/invullen/werk-en-dagbesteding`);
    await ilse.get(r.headers.location as string);
    // Everything skipped: still saved as an (empty) answer, and the flow goes on.
    r = await ilse.post(`${basis()}/invullen/werk-en-dagbesteding`, {
      versie: versieOp(ilse),
      actie: 'volgende',
    });
    expect(r.statusCode).toBe(303);
    await ilse.get(r.headers.location as string);
    r = await ilse.post(`${basis()}/invullen/sociale-contacten`, {
      versie: versieOp(ilse),
      score: 'weet-niet',
      trots: 'Mijn buurvrouw en ik helpen elkaar',
      actie: 'later',
    });
    expect(r.headers.location).toBe(`${basis()}/invullen?melding=later`);

    // Log out, log in again: the draft is there, with the answers.
    const terug = await client('ilse@example.test');
    await terug.get(`${basis()}/invullen`);
    expect(terug.lastHtml).toContain('Je hebt 2 van de 9 delen ingevuld.');
    await terug.get(`${basis()}/invullen/financien`);
    expect(terug.lastHtml).toMatch(/value="2"[^>]*checked/);
    expect(terug.lastHtml).toContain('Mijn rekeningen op tijd betalen');
    expect(terug.lastHtml).toMatch(/value="netwerk"[^>]*checked/);
    await terug.get(`${basis()}/invullen/sociale-contacten`);
    expect(terug.lastHtml).toMatch(/value="weet-niet"[^>]*checked/);
  });

  it('refuses a score out of range with a message next to the field, and writes nothing', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/invullen/wonen`);
    const versie = versieOp(ilse);
    const before = { b: await count('beoordeling'), a: await count('beoordeling_antwoord') };
    for (const score of ['6', '0', '-1', '2.5', 'veel']) {
      const r = await ilse.post(`${basis()}/invullen/wonen`, {
        versie,
        score,
        doel: 'Een eigen plek',
        actie: 'volgende',
      });
      expect(r.statusCode, score).toBe(400);
      expect(r.body).toContain('id="veld-score-fout"');
      expect(r.body).toContain('Kies een van de antwoorden');
      // What she typed stays on the form.
      expect(r.body).toContain('Een eigen plek');
    }
    expect({ b: await count('beoordeling'), a: await count('beoordeling_antwoord') }).toEqual(before);
    await ilse.get(`${basis()}/invullen/wonen`);
    expect(versieOp(ilse)).toBe(versie);
  });

  it('refuses a domain that is not in the catalog version (unknown, another gemeente, hidden in a newer version)', async () => {
    // Another gemeente adds its own domain.
    const elders = new BrowserClient(t.app, { host: 'elders.test' });
    await elders.login('beheerder@elders.test', PASSWORD);
    await elders.get('/beheer/levensgebieden');
    const versie = /name="catalogus_versie" value="(\d+)"/.exec(elders.lastHtml)?.[1] as string;
    expect(
      (
        await elders.post('/beheer/levensgebieden', {
          catalogus_versie: versie,
          naam: 'Geloof',
          icoon: 'ster',
        })
      ).statusCode,
    ).toBe(303);

    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/invullen`);
    const v = versieOp(ilse);
    const before = await count('beoordeling_antwoord');
    for (const code of ['geloof', 'bestaat-niet']) {
      const r = await ilse.post(`${basis()}/invullen/${code}`, { versie: v, score: '3' });
      expect(r.statusCode, code).toBe(400);
      expect(r.body).toContain('Dit deel hoort niet bij deze vragenlijst');
    }
    expect((await ilse.get(`${basis()}/invullen/geloof`)).statusCode).toBe(404);
    expect(await count('beoordeling_antwoord')).toBe(before);
  });

  it('answers 409 to a form saved after someone else changed the same draft, keeps the input, overwrites nothing', async () => {
    const tab1 = await client('ilse@example.test');
    const tab2 = await client('ilse@example.test');
    await tab1.get(`${basis()}/invullen/huishouden`);
    await tab2.get(`${basis()}/invullen/huishouden`);
    const oud = versieOp(tab1);
    expect(
      (
        await tab1.post(`${basis()}/invullen/huishouden`, {
          versie: oud,
          score: '4',
          doel: 'eerst',
          actie: 'later',
        })
      ).statusCode,
    ).toBe(303);
    const r = await tab2.post(`${basis()}/invullen/huishouden`, {
      versie: oud,
      score: '1',
      doel: 'tweede',
      actie: 'later',
    });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Iemand anders heeft dit net veranderd');
    expect(r.body).toContain('tweede');
    expect(r.body).toMatch(/value="1"[^>]*checked/);
    const opgeslagen = await t.database.db
      .selectFrom('beoordeling_antwoord')
      .innerJoin('beoordeling', 'beoordeling.id', 'beoordeling_antwoord.beoordeling_id')
      .select(['score', 'doel', 'beoordeling_id', 'dossier_id'])
      .where('code', '=', 'huishouden')
      .executeTakeFirstOrThrow();
    expect(opgeslagen.score).toBe(4);
    // Stored encrypted (docs/decisions/020); decrypted it is the first tab's text.
    expect(opgeslagen.doel).toMatch(/^v1\./);
    const veld = {
      tabel: 'beoordeling_antwoord',
      kolom: 'doel',
      rijId: `${opgeslagen.beoordeling_id}:huishouden`,
    };
    expect(await ontsleutelOpgeslagen(t.database.db, opgeslagen.dossier_id, veld, opgeslagen.doel)).toBe(
      'eerst',
    );
    // Completing with a stale version is refused the same way.
    await tab1.get(`${basis()}/invullen`);
    const r2 = await tab1.post(`${basis()}/afronden`, { versie: oud });
    expect(r2.statusCode).toBe(409);
  });

  it("keeps the resident's answers from a naaste until they gave their own view, unless she chose otherwise", async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/invullen`);
    expect((await ilse.post(`${basis()}/afronden`, { versie: versieOp(ilse) })).headers.location).toBe(
      `${basis()}?melding=afgerond`,
    );
    const bram = await client('bram@example.test');
    await bram.get(basis());
    expect(bram.lastHtml).toContain('wil dat je eerst zelf invult');
    expect(bram.lastHtml).not.toContain('Ik open mijn post elke week');
    await bram.get(`${basis()}/invullen/financien`);
    expect(bram.lastHtml).not.toContain('Mijn rekeningen op tijd betalen');
    expect(bram.lastHtml).toContain('Hoe gaat het nu volgens jou met ilse?');

    // She lets others see first: Bram now sees her answers while filling in.
    await ilse.get(`${basis()}/instellingen`);
    expect(
      (await ilse.post(`${basis()}/instellingen`, { anderen_zien_eerst: 'ja', versie: versieOp(ilse) }))
        .statusCode,
    ).toBe(303);
    await bram.get(`${basis()}/invullen/financien`);
    expect(bram.lastHtml).toContain('Mijn rekeningen op tijd betalen');
    // And back: hidden again, until he gives his view.
    await ilse.get(`${basis()}/instellingen`);
    await ilse.post(`${basis()}/instellingen`, { anderen_zien_eerst: 'nee', versie: versieOp(ilse) });
    await bram.get(`${basis()}/invullen/financien`);
    expect(bram.lastHtml).not.toContain('Mijn rekeningen op tijd betalen');
    // An empty view does not count: completing it is refused, her answers stay hidden.
    await bram.post(`${basis()}/invullen/financien`, { versie: versieOp(bram), actie: 'later' });
    await bram.get(`${basis()}/invullen`);
    expect(bram.lastHtml).not.toContain(`action="${basis()}/afronden"`);
    const leeg = await bram.post(`${basis()}/afronden`, { versie: versieOp(bram) });
    expect(leeg.statusCode).toBe(400);
    expect(leeg.body).toContain('Beantwoord eerst minstens');
    await bram.get(basis());
    expect(bram.lastHtml).not.toContain('Ik open mijn post elke week');
    await bram.get(`${basis()}/invullen/financien`);
    const r = await bram.post(`${basis()}/invullen/financien`, {
      versie: versieOp(bram),
      score: '5',
      actie: 'later',
    });
    expect(r.statusCode).toBe(303);
    await bram.get(`${basis()}/invullen`);
    await bram.post(`${basis()}/afronden`, { versie: versieOp(bram) });
    await bram.get(basis());
    expect(bram.lastHtml).toContain('Ik open mijn post elke week');
    // Ilse's mirror: Bram sees it as 5, she as 2 → a topic, phrased neutrally; no total anywhere.
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('anderen denken dat het beter gaat dan jij (bram)');
    expect(/gemiddeld|totaal: \d|score van \d/i.test(ilse.lastHtml)).toBe(false);
    // Her answers are unchanged by his view.
    const eigen = await t.database.db
      .selectFrom('beoordeling_antwoord as a')
      .innerJoin('beoordeling as b', 'b.id', 'a.beoordeling_id')
      .select('a.score')
      .where('b.perspectief', '=', 'eigen')
      .where('a.code', '=', 'financien')
      .executeTakeFirstOrThrow();
    expect(eigen.score).toBe(2);
  });

  it('refuses a view from someone without a grant or with only lezen (403), and logs the denial', async () => {
    for (const email of ['lezer@example.test', 'zonder@example.test']) {
      const c = await client(email);
      await c.get('/mijn-overzicht');
      const before = await count('beoordeling');
      const r = await c.post(`${basis()}/invullen/financien`, { versie: '0', score: '3' });
      expect(r.statusCode, email).toBe(403);
      expect((await c.get(`${basis()}/invullen`)).statusCode).toBe(403);
      expect(await count('beoordeling')).toBe(before);
      const denied = await t.database.db
        .selectFrom('audit_event')
        .innerJoin('account', 'account.id', 'audit_event.actor_account_id')
        .select(['audit_event.actie', 'audit_event.sectie'])
        .where('account.email', '=', email)
        .where('audit_event.uitkomst', '=', 'denied')
        .execute();
      expect(denied).toContainEqual({ actie: 'update', sectie: 'levensgebieden' });
    }
    // Reading is what lezen allows: the overview, with her answers (no view to give, nothing to bias).
    const lezer = await client('lezer@example.test');
    expect((await lezer.get(basis())).statusCode).toBe(200);
    expect(lezer.lastHtml).toContain('Ik open mijn post elke week');
  });

  it('versions the catalog: every beheerder change is a new version; old assessments keep theirs', async () => {
    const beheerder = await client('beheerder@example.test');
    const versies = await count('levensgebied_catalogus');
    await beheerder.get('/beheer/levensgebieden');
    const v = /name="catalogus_versie" value="(\d+)"/.exec(beheerder.lastHtml)?.[1] as string;
    let r = await beheerder.post('/beheer/levensgebieden/vervoer', {
      catalogus_versie: v,
      naam: 'Onderweg',
      uitleg: '',
      icoon: 'fiets',
      verborgen: 'ja',
    });
    expect(r.statusCode).toBe(303);
    // A stale form: 409, nothing written.
    r = await beheerder.post('/beheer/levensgebieden/wonen', {
      catalogus_versie: v,
      naam: 'Thuis',
      icoon: 'huis',
    });
    expect(r.statusCode).toBe(409);
    expect(await count('levensgebied_catalogus')).toBe(versies + 1);
    await beheerder.get('/beheer/levensgebieden');
    const v2 = /name="catalogus_versie" value="(\d+)"/.exec(beheerder.lastHtml)?.[1] as string;
    r = await beheerder.post('/beheer/levensgebieden/wonen/verplaats', {
      catalogus_versie: v2,
      richting: 'omhoog',
    });
    expect(r.statusCode).toBe(303);
    r = await beheerder.post('/beheer/levensgebieden', {
      catalogus_versie: v2,
      naam: 'Te laat',
      icoon: 'ster',
    });
    expect(r.statusCode).toBe(409);
    expect(
      (
        await beheerder.post('/beheer/levensgebieden', {
          catalogus_versie: String(Number(v2) + 1),
          naam: '',
          icoon: 'ster',
        })
      ).statusCode,
    ).toBe(400);
    expect(await count('levensgebied_catalogus')).toBe(versies + 2);

    // A new draft uses the newest version: "vervoer" is hidden there, so it cannot be answered.
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/invullen`);
    expect(ilse.lastHtml).not.toContain('Onderweg');
    const r2 = await ilse.post(`${basis()}/invullen/vervoer`, { versie: '0', score: '3' });
    expect(r2.statusCode).toBe(400);
    // Her completed assessment still has its own (first) version, and its history page works.
    const oud = await t.database.db
      .selectFrom('beoordeling')
      .select('catalogus_versie')
      .where('perspectief', '=', 'eigen')
      .where('status', '=', 'afgerond')
      .executeTakeFirstOrThrow();
    expect(oud.catalogus_versie).toBe(Number(v));
    expect((await ilse.get(`${basis()}/historie/financien`)).statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('Ik open mijn post elke week');
    // Only a beheerder changes the catalog.
    expect(
      (await ilse.post('/beheer/levensgebieden', { catalogus_versie: '9', naam: 'x', icoon: 'ster' }))
        .statusCode,
    ).toBe(403);
  });

  it('answers any form body with 303, 400 or 409, never a server error (fuzz)', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/invullen`);
    const veld = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '',
        '0',
        '1',
        '5',
        '6',
        '-1',
        'weet-niet',
        'netwerk',
        'erg',
        '\u0000',
        'x'.repeat(1200),
      ),
    );
    const body = fc.dictionary(
      fc.constantFrom(
        'versie',
        'score',
        'wie_helpt',
        'doel',
        'belang',
        'goed_gaat',
        'trots',
        'actie',
        '__proto__',
      ),
      veld,
    );
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(body, fc.constantFrom('financien', 'wonen', 'onbekend'), async (form, code) => {
        tried++;
        const r = await ilse.post(`${basis()}/invullen/${code}`, form);
        expect([303, 400, 409]).toContain(r.statusCode);
        const s = await ilse.post(`${basis()}/instellingen`, form);
        expect([303, 400, 409]).toContain(s.statusCode);
      }),
      { numRuns: 40 },
    );
    expect(tried).toBe(40);
    // A NUL character (which PostgreSQL text cannot hold) is refused by the input layer
    // (src/platform/http/invoer.ts) with a 400 before the route runs, not a server error.
    await ilse.get(`${basis()}/invullen/wonen`);
    const nul = await ilse.post(`${basis()}/invullen/wonen`, {
      versie: versieOp(ilse),
      doel: 'a\u0000b',
      actie: 'later',
    });
    expect(nul.statusCode).toBe(400);
  });

  it('exports the catalog version used and every assessment with answers; erasure removes them', async () => {
    const ilse = await client('ilse@example.test');
    const r = await ilse.get(`/dossiers/${dossierId}/gegevens.json`);
    expect(r.statusCode).toBe(200);
    const data = JSON.parse(r.body) as {
      secties: {
        levensgebieden: {
          catalogi: { versie: number }[];
          beoordelingen: { antwoorden: unknown[]; perspectief: string }[];
        };
      };
    };
    const lg = data.secties.levensgebieden;
    expect(lg.catalogi.map((c) => c.versie)).toContain(1);
    expect(lg.beoordelingen.some((b) => b.perspectief === 'eigen' && b.antwoorden.length >= 3)).toBe(true);
    expect(lg.beoordelingen.some((b) => b.perspectief === 'ander')).toBe(true);
    expect(r.body).toContain('Mijn rekeningen op tijd betalen');

    await ilse.get(`/dossiers/${dossierId}/gegevens`);
    const wis = await ilse.post(`/dossiers/${dossierId}/gegevens/wissen`, {
      wachtwoord: PASSWORD,
      zeker: 'ja',
    });
    expect(wis.statusCode).toBe(303);
    expect(await count('beoordeling')).toBe(0);
    expect(await count('beoordeling_antwoord')).toBe(0);
    const instelling = await t.database.db
      .selectFrom('levensgebieden_instelling')
      .select('dossier_id')
      .where('gemeente_id', '=', gemeenteId)
      .execute();
    expect(instelling).toEqual([]);
  });

  it('starts a new round from her last answers ("klopt nog" in one tap); the overview keeps per part her latest answer with its date', async () => {
    const noor = await maakInwoner('noor@example.test');
    const c = await client('noor@example.test');
    const eigen = `/dossiers/${noor}/levensgebieden`;
    // Round 1: three parts, one with what goes well.
    await c.get(`${eigen}/invullen/financien`);
    await c.post(`${eigen}/invullen/financien`, { versie: versieOp(c), score: '2', actie: 'volgende' });
    await c.get(`${eigen}/invullen/wonen`);
    await c.post(`${eigen}/invullen/wonen`, {
      versie: versieOp(c),
      score: '4',
      goed_gaat: 'Mijn huis is fijn',
      actie: 'volgende',
    });
    await c.get(`${eigen}/invullen/huishouden`);
    await c.post(`${eigen}/invullen/huishouden`, { versie: versieOp(c), score: '3', actie: 'overzicht' });
    await c.get(`${eigen}/invullen`);
    expect((await c.post(`${eigen}/afronden`, { versie: versieOp(c) })).statusCode).toBe(303);
    await sql`update beoordeling set afgerond_at = '2026-01-15T12:00:00Z' where dossier_id = ${noor}`.execute(
      t.database.db,
    );

    // Round 2 starts from her answers: the list says what she said last time, the form is filled in.
    await c.get(`${eigen}/invullen`);
    expect(c.lastHtml).toContain('Vorige keer (15 januari 2026)');
    expect(c.lastHtml.match(/name="klopt_nog"/g)?.length).toBe(3);
    await c.get(`${eigen}/invullen/wonen`);
    expect(c.lastHtml).toMatch(/value="4"[^>]*checked/);
    expect(c.lastHtml).toContain('Mijn huis is fijn');
    expect(c.lastHtml).toContain('Hieronder staan je antwoorden van 15 januari 2026');
    // She changes one part, and says of another in one tap that it still holds.
    await c.get(`${eigen}/invullen/financien`);
    let r = await c.post(`${eigen}/invullen/financien`, {
      versie: versieOp(c),
      score: '3',
      actie: 'overzicht',
    });
    expect(r.statusCode).toBe(303);
    await c.get(`${eigen}/invullen`);
    r = await c.post(`${eigen}/invullen/huishouden`, {
      versie: versieOp(c),
      klopt_nog: 'ja',
      actie: 'overzicht',
    });
    expect(r.headers.location).toBe(`${eigen}/invullen`);
    await c.get(`${eigen}/invullen`);
    expect(c.lastHtml).toContain('Nu: ');
    expect(c.lastHtml.match(/name="klopt_nog"/g)?.length).toBe(1);
    expect((await c.post(`${eigen}/afronden`, { versie: versieOp(c) })).statusCode).toBe(303);

    // The newest round holds two parts; the overview still shows all three, each with its own date.
    const rondes = await sql<{ n: number }>`
      select count(*)::int as n from beoordeling_antwoord a join beoordeling b on b.id = a.beoordeling_id
      where b.dossier_id = ${noor} and b.afgerond_at > '2026-02-01'`.execute(t.database.db);
    expect(rondes.rows[0]?.n).toBe(2);
    await c.get(eigen);
    const rij = (naam: string) =>
      new RegExp(`${naam}</th>\\s*<td[^>]*>([^<]*)</td>`).exec(c.lastHtml)?.[1] ?? '';
    expect(rij('Wonen')).toContain('ingevuld op 15 januari 2026');
    expect(rij('Wonen')).not.toContain('Nog niet ingevuld');
    expect(rij('Huishouden')).toMatch(/ingevuld op (?!15 januari 2026)/);
    expect(rij(translator('nl')('levensgebied.financien'))).toMatch(/ingevuld op (?!15 januari 2026)/);
    expect(c.lastHtml).toContain('Wat goed gaat');
    expect(c.lastHtml).toContain('Mijn huis is fijn');
  });

  it('says what was not saved when a form is refused (400, 409), and warns before leaving a changed form', async () => {
    const noor = await maakInwoner('nina@example.test');
    const c = await client('nina@example.test');
    const eigen = `/dossiers/${noor}/levensgebieden`;
    await c.get(`${eigen}/invullen/wonen`);
    // The warning script carries the page's nonce.
    const nonce = /<script nonce="([^"]+)">/.exec(c.lastHtml)?.[1];
    expect(nonce).toBeTruthy();
    expect(c.lastHtml).toContain('beforeunload');
    let r = await c.post(`${eigen}/invullen/wonen`, { versie: versieOp(c), score: '9', actie: 'volgende' });
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain('Je antwoorden over Wonen zijn niet bewaard.');
    r = await c.post(`${eigen}/invullen/wonen`, { versie: '7', score: '3', actie: 'volgende' });
    expect(r.statusCode).toBe(409);
    expect(r.body).toContain('Je antwoorden over Wonen zijn niet bewaard.');
  });
});
