import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { ontsleutelOpgeslagen } from '../../../tests/support/versleuteling.js';
import {
  createAccountWithPassword,
  createGemeente,
  createOrganisatie,
  createToegang,
} from '../../demo/factories.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { isMessageKey } from '../../platform/i18n/i18n.js';
import { dossierVanInwoner, viaDeDeur } from '../../regie/door/door.js';
import { exporteerVragenlijsten, wisVragenlijsten } from './index.js';
import { alleTekstSleutels, PG_DIMENSIES, REGIE_ITEMS } from './items.js';
import { zetInstelling } from './queries.js';

const PASSWORD = 'een lange zin als wachtwoord';

describe('the questionnaire texts', () => {
  it('has every text in the catalog (nl, and en by the type checker)', () => {
    const missing = alleTekstSleutels().filter((key) => !isMessageKey(key));
    expect(alleTekstSleutels().length).toBeGreaterThan(REGIE_ITEMS.length * 3);
    expect(missing).toEqual([]);
  });
});

describe.each(ENGINES)('vragenlijsten on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let dossierId: string;
  let ilseId: string;
  const clients: Record<string, BrowserClient> = {};

  const regie = () => `/dossiers/${dossierId}/levensgebieden/eigen-regie`;
  const pg = () => `/dossiers/${dossierId}/levensgebieden/positieve-gezondheid`;
  const count = async (table: 'vragenlijst_ronde' | 'vragenlijst_antwoord') =>
    (await sql<{ n: number }>`select count(*)::int as n from ${sql.table(table)}`.execute(t.database.db))
      .rows[0]?.n;
  const snapshot = async () => ({
    rondes: await count('vragenlijst_ronde'),
    antwoorden: await count('vragenlijst_antwoord'),
    inhoud: (
      await sql<{
        s: string;
      }>`select coalesce(string_agg(item_code || ':' || coalesce(score::text, '-') || ':' || toelichting, ',' order by item_code), '') as s from vragenlijst_antwoord`.execute(
        t.database.db,
      )
    ).rows[0]?.s,
  });
  /** The `version` hidden field of the last form the client saw. */
  const versionIn = (client: BrowserClient) =>
    /name="version" value="(\d+)"/.exec(client.lastHtml)?.[1] ?? '';

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'vragen' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'vragen', naam: 'Vragendorp' });
    gemeenteId = gemeente.id;
    const team = await createOrganisatie(db, gemeenteId, 'Buurtteam');
    const account = async (naam: string, rol: 'inwoner' | 'naaste' | 'professional' | 'beheerder') =>
      createAccountWithPassword(db, {
        gemeenteId,
        naam,
        email: `${naam}@example.test`,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: team.id } : {}),
      });
    const ilse = await account('ilse', 'inwoner');
    ilseId = ilse.id;
    const yara = await account('yara', 'professional');
    const piet = await account('piet', 'professional');
    const bram = await account('bram', 'naaste');
    await account('kees', 'beheerder');
    dossierId = await dossierVanInwoner(db, gemeenteId, ilse.id);
    const grant = (granteeAccountId: string, niveau: 'lezen' | 'reageren') =>
      createToegang(db, {
        gemeenteId,
        dossierId,
        granteeAccountId,
        createdBy: ilse.id,
        eindigtOp: null,
        niveaus: { levensgebieden: niveau },
      });
    await grant(yara.id, 'reageren');
    await grant(piet.id, 'lezen');
    await grant(bram.id, 'reageren');
    for (const naam of ['ilse', 'yara', 'piet', 'bram', 'kees']) {
      clients[naam] = new BrowserClient(t.app);
      expect((await clients[naam].login(`${naam}@example.test`, PASSWORD)).statusCode).toBe(303);
    }
  }, 600_000);
  afterAll(async () => t?.close());

  it('keeps a draft between visits, then keeps the submitted answers as a round in the history', async () => {
    const ilse = clients.ilse as BrowserClient;
    const form = await ilse.get(`${regie()}/invullen`);
    expect(form.statusCode).toBe(200);
    expect(versionIn(ilse)).toBe('0');
    const saved = await ilse.post(`${regie()}/invullen`, {
      version: '0',
      knop: 'opslaan',
      'antwoord.eigenaarschap': '4',
      'toelichting.eigenaarschap': 'Ik kies zelf mijn dagbesteding.',
      'antwoord.kracht': 'weet-niet',
    });
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe(`${regie()}/invullen?opgeslagen`);

    // Coming back: the draft is there, at its new version.
    const again = await ilse.get(`${regie()}/invullen`);
    expect(again.body).toContain('Ik kies zelf mijn dagbesteding.');
    expect(again.body).toMatch(/id="veld-antwoord-eigenaarschap-4"[^>]*checked/);
    expect(again.body).toMatch(/id="veld-antwoord-kracht-weet-niet"[^>]*checked/);
    expect(versionIn(ilse)).toBe('1');

    const done = await ilse.post(`${regie()}/invullen`, {
      version: '1',
      knop: 'indienen',
      'antwoord.eigenaarschap': '4',
      'antwoord.vertrouwen': '2',
      'antwoord.samenwerking': '4',
      'toelichting.eigenaarschap': 'Ik kies zelf mijn dagbesteding.',
      toelichting: 'Fijn dat ik dit kan zeggen.',
    });
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`${regie()}?ingediend`);
    const rondes = await t.database.db
      .selectFrom('vragenlijst_ronde')
      .selectAll()
      .where('dossier_id', '=', dossierId)
      .execute();
    expect(rondes).toHaveLength(1);
    expect(rondes[0]).toMatchObject({ status: 'ingediend', invuller_rol: 'inwoner', version: 2 });

    // The next visit starts a new round; the submitted one is in the history.
    await ilse.get(`${regie()}/invullen`);
    expect(versionIn(ilse)).toBe('0');
    const overzicht = await ilse.get(regie());
    expect(overzicht.statusCode).toBe(200);
    expect(overzicht.body).toContain(`${regie()}/rondes/${rondes[0]?.id}`);
    const ronde = await ilse.get(`${regie()}/rondes/${rondes[0]?.id}`);
    expect(ronde.statusCode).toBe(200);
    expect(ronde.body).toContain('Fijn dat ik dit kan zeggen.');
    expect(ronde.body).toContain('4 van 5: Meestal wel');
  });

  it('refuses a score out of range or an unknown item with a message next to the field, writing nothing', async () => {
    const ilse = clients.ilse as BrowserClient;
    await ilse.get(`${regie()}/invullen`);
    const before = await snapshot();
    for (const waarde of ['6', '0', '-1', '3.5', 'veel', '05']) {
      const response = await ilse.post(`${regie()}/invullen`, {
        version: '0',
        knop: 'opslaan',
        'antwoord.kracht': waarde,
        'toelichting.kracht': 'Dit blijft staan.',
      });
      expect(response.statusCode, waarde).toBe(400);
      expect(response.body).toContain('id="veld-antwoord-kracht-fout"');
      expect(response.body).toContain('Kies een antwoord van 1 tot 5.');
      // What was typed is shown again.
      expect(response.body).toContain('Dit blijft staan.');
    }
    const unknown = await ilse.post(`${regie()}/invullen`, {
      version: '0',
      knop: 'opslaan',
      'antwoord.geluk': '3',
      'antwoord.kracht': '3',
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.body).toContain('id="veld-formulier-fout"');
    expect(unknown.body).toContain('Er is een vraag verstuurd die niet in deze lijst staat.');
    const leeg = await ilse.post(`${regie()}/invullen`, { version: '0', knop: 'indienen' });
    expect(leeg.statusCode).toBe(400);
    const teLang = await ilse.post(`${regie()}/invullen`, {
      version: '0',
      'toelichting.kracht': 'x'.repeat(1001),
    });
    expect(teLang.statusCode).toBe(400);
    expect(teLang.body).toContain('id="veld-toelichting-kracht-fout"');
    // Positieve gezondheid has its own scale: 0–10, no "weet ik niet".
    await zetInstelling(t.database.db, { gemeenteId, positieveGezondheid: true, gezien: 0, now: new Date() });
    for (const waarde of ['11', 'weet-niet']) {
      const response = await ilse.post(`${pg()}/invullen`, { version: '0', 'antwoord.zingeving': waarde });
      expect(response.statusCode, waarde).toBe(400);
      expect(response.body).toContain('id="veld-antwoord-zingeving-fout"');
      expect(response.body).toContain('Kies een antwoord van 0 tot 10.');
    }
    expect(await snapshot()).toEqual(before);
  });

  it('answers 409 on a stale version, keeps what was typed and overwrites nothing', async () => {
    const ilse = clients.ilse as BrowserClient;
    await ilse.get(`${regie()}/invullen`);
    const first = await ilse.post(`${regie()}/invullen`, {
      version: '0',
      'antwoord.motivatie': '5',
      'toelichting.motivatie': 'Eerste venster',
    });
    expect(first.statusCode).toBe(303);
    const before = await snapshot();
    // A refused stale form keeps the version it was made from, so it still meets its 409 later.
    expect(
      (await ilse.post(`${regie()}/invullen`, { version: '0', 'antwoord.motivatie': '9' })).statusCode,
    ).toBe(400);
    expect(versionIn(ilse)).toBe('0');
    // A second window still holds the form of version 0.
    const stale = await ilse.post(`${regie()}/invullen`, {
      version: '0',
      'antwoord.motivatie': '1',
      'toelichting.motivatie': 'Tweede venster',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('Tweede venster');
    expect(stale.body).toContain('Er is niets overschreven.');
    // The form now carries the draft's current version: saving again is a conscious overwrite.
    expect(versionIn(ilse)).toBe('1');
    expect(await snapshot()).toEqual(before);
    const draft = await t.database.db
      .selectFrom('vragenlijst_antwoord')
      .innerJoin('vragenlijst_ronde', 'vragenlijst_ronde.id', 'vragenlijst_antwoord.ronde_id')
      .select(['score', 'vragenlijst_antwoord.toelichting', 'ronde_id', 'dossier_id'])
      .where('status', '=', 'concept')
      .where('item_code', '=', 'motivatie')
      .executeTakeFirstOrThrow();
    expect(draft.score).toBe(5);
    // Stored encrypted (docs/decisions/020); decrypted it is the first window's text.
    expect(draft.toelichting).toMatch(/^v1\./);
    const veld = {
      tabel: 'vragenlijst_antwoord',
      kolom: 'toelichting',
      rijId: `${draft.ronde_id}:motivatie`,
    };
    expect(await ontsleutelOpgeslagen(t.database.db, draft.dossier_id, veld, draft.toelichting)).toBe(
      'Eerste venster',
    );
    // Submitting a version that is newer than any draft is stale too.
    expect(
      (await ilse.post(`${regie()}/invullen`, { version: '7', 'antwoord.motivatie': '2' })).statusCode,
    ).toBe(409);
  });

  it('lets only the resident and a professional with "reageren" fill in; others get 403 from the door', async () => {
    const before = await snapshot();
    const denied = async () =>
      (
        await sql<{
          n: number;
        }>`select count(*)::int as n from audit_event where uitkomst = 'denied'`.execute(t.database.db)
      ).rows[0]?.n ?? 0;
    for (const naam of ['piet', 'bram', 'kees']) {
      const client = clients[naam] as BrowserClient;
      await client.get('/mijn-overzicht');
      const deniedBefore = await denied();
      const response = await client.post(`${regie()}/invullen`, { version: '0', 'antwoord.kracht': '3' });
      expect(response.statusCode, naam).toBe(403);
      expect(await denied(), `${naam}: a denied entry in the audit trail`).toBe(deniedBefore + 1);
      expect((await client.get(`${regie()}/invullen`)).statusCode, naam).toBe(403);
    }
    // A professional may never fill in positieve gezondheid: that is the resident's own.
    const yara = clients.yara as BrowserClient;
    await yara.get('/mijn-overzicht');
    expect((await yara.post(`${pg()}/invullen`, { version: '0', 'antwoord.meedoen': '3' })).statusCode).toBe(
      403,
    );
    expect(await snapshot()).toEqual(before);
    // Reading is enough to see the side-by-side page, but not to be offered the form.
    const lezen = await (clients.piet as BrowserClient).get(regie());
    expect(lezen.statusCode).toBe(200);
    expect(lezen.body).not.toContain(`${regie()}/invullen`);
  });

  it('shows the resident and the professional side by side, with 2+ step differences as topics', async () => {
    const yara = clients.yara as BrowserClient;
    // Before giving her own view, the professional does not see the resident's answers (the
    // core's rule; the resident did not choose "others see mine first"); a reader does.
    const eerst = await yara.get(regie());
    expect(eerst.statusCode).toBe(200);
    expect(eerst.body).not.toContain('Ik kies zelf mijn dagbesteding.');
    expect(eerst.body).toContain('Je ziet die antwoorden als je zelf je kijk hebt gegeven.');
    const ilseRonde = /eigen-regie\/rondes\/([0-9a-f-]{36})/.exec(eerst.body);
    expect(ilseRonde, "the resident's round is not even listed").toBeNull();
    expect((await (clients.piet as BrowserClient).get(regie())).body).toContain(
      'Ik kies zelf mijn dagbesteding.',
    );
    const ilseRondeId = (
      await t.database.db
        .selectFrom('vragenlijst_ronde')
        .select('id')
        .where('invuller_rol', '=', 'inwoner')
        .where('status', '=', 'ingediend')
        .executeTakeFirstOrThrow()
    ).id;
    expect((await yara.get(`${regie()}/rondes/${ilseRondeId}`)).statusCode).toBe(404);
    expect((await (clients.piet as BrowserClient).get(`${regie()}/rondes/${ilseRondeId}`)).statusCode).toBe(
      200,
    );
    const form = await yara.get(`${regie()}/invullen`);
    expect(form.statusCode).toBe(200);
    // The professional reads the statements from their own side.
    expect(form.body).toContain('De inwoner en ik vertrouwen elkaar.');
    const done = await yara.post(`${regie()}/invullen`, {
      version: versionIn(yara),
      knop: 'indienen',
      'antwoord.eigenaarschap': '2',
      'antwoord.vertrouwen': '4',
      'antwoord.samenwerking': '5',
      'toelichting.vertrouwen': 'We spreken elkaar elke week.',
    });
    expect(done.statusCode).toBe(303);
    for (const naam of ['ilse', 'yara', 'piet']) {
      const page = await (clients[naam] as BrowserClient).get(regie());
      expect(page.statusCode, naam).toBe(200);
      const body = page.body;
      expect(body).toContain('yara (');
      expect(body).toContain('Ik kies zelf mijn dagbesteding.');
      expect(body).toContain('We spreken elkaar elke week.');
      // eigenaarschap 4 vs 2 and vertrouwen 2 vs 4: topics; samenwerking 4 vs 5: not.
      expect(body).toContain('Over &quot;Zelf beslissen&quot;: yara denkt dat het minder goed gaat dan');
      expect(body).toContain('Over &quot;Vertrouwen&quot;: yara denkt dat het beter gaat dan');
      expect(body).not.toContain('Over &quot;Samenwerken&quot;');
      // Never one overall score.
      expect(body).not.toMatch(/totaal|gemiddeld/i);
    }
    // Once she has given her view, the resident's earlier round opens for her too.
    expect((await yara.get(`${regie()}/rondes/${ilseRondeId}`)).statusCode).toBe(200);
  });

  it('keeps positieve gezondheid behind the gemeente switch, which only the beheerder turns', async () => {
    const ilse = clients.ilse as BrowserClient;
    const kees = clients.kees as BrowserClient;
    const beheer = '/beheer/levensgebieden/positieve-gezondheid';
    const page = await kees.get(beheer);
    expect(page.statusCode).toBe(200);
    expect(versionIn(kees)).toBe('1');
    expect((await kees.post(beheer, { positieve_gezondheid: 'uit', version: '1' })).statusCode).toBe(303);
    for (const path of [pg(), `${pg()}/invullen`, `${pg()}/rondes/00000000-0000-4000-8000-000000000000`])
      expect((await ilse.get(path)).statusCode, path).toBe(404);
    await ilse.get(regie());
    expect((await ilse.post(`${pg()}/invullen`, { version: '0', 'antwoord.meedoen': '7' })).statusCode).toBe(
      404,
    );
    expect((await ilse.get(regie())).body).not.toContain(pg());
    // The levensgebieden overview links to eigen regie, and to positieve gezondheid only when on.
    const overzicht = `/dossiers/${dossierId}/levensgebieden`;
    expect((await ilse.get(overzicht)).body).toContain(`href="${regie()}"`);
    expect((await ilse.get(overzicht)).body).not.toContain(pg());
    // Stale version: 409; a professional: 403.
    expect((await kees.post(beheer, { positieve_gezondheid: 'aan', version: '1' })).statusCode).toBe(409);
    const yara = clients.yara as BrowserClient;
    await yara.get('/mijn-overzicht');
    expect((await yara.post(beheer, { positieve_gezondheid: 'aan', version: '2' })).statusCode).toBe(403);
    await kees.get(beheer);
    expect((await kees.post(beheer, { positieve_gezondheid: 'aan', version: '2' })).statusCode).toBe(303);

    expect((await ilse.get(overzicht)).body).toContain(`href="${pg()}"`);
    await ilse.get(`${pg()}/invullen`);
    const done = await ilse.post(`${pg()}/invullen`, {
      version: '0',
      knop: 'indienen',
      'antwoord.lichaamsfuncties': '0',
      'antwoord.meedoen': '10',
      'praten.meedoen': 'ja',
      'toelichting.meedoen': 'Ik wil graag weer naar het koor.',
    });
    expect(done.statusCode).toBe(303);
    const seen = await (clients.piet as BrowserClient).get(pg());
    expect(seen.statusCode).toBe(200);
    expect(seen.body).toContain('Ik wil graag weer naar het koor.');
    expect(seen.body).toContain('0 van 10');
    expect(seen.body).toContain('Hier wil ilse over praten');
    // A skipped dimension is shown as skipped, not as zero.
    expect(seen.body).toContain('Niet ingevuld');
    const answers = await t.database.db
      .selectFrom('vragenlijst_antwoord')
      .select(['item_code', 'score', 'praten'])
      .where('item_code', 'in', [...PG_DIMENSIES])
      .orderBy('item_code')
      .execute();
    expect(answers).toEqual([
      { item_code: 'lichaamsfuncties', score: 0, praten: false },
      { item_code: 'meedoen', score: 10, praten: true },
    ]);
  });

  it('exports both questionnaires for the resident and erases them', async () => {
    const viewer: Viewer = {
      accountId: ilseId,
      sessionId: '',
      gemeenteId,
      naam: 'ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      organisatieId: null,
      organisatieNaam: null,
      bevoegdheden: [],
    };
    const deur = <T>(actie: 'export' | 'delete', werk: Parameters<typeof viaDeDeur<T>>[4]) =>
      viaDeDeur(
        t.database.db,
        viewer,
        { dossierId, sectie: 'levensgebieden', nodig: 'lezen', actie, alleenEigenaar: true },
        { now: new Date() },
        werk,
      );
    const data = await deur('export', exporteerVragenlijsten);
    expect(data['eigen-regie'].filter((r) => r.status === 'ingediend')).toHaveLength(2);
    expect(data['positieve-gezondheid']).toHaveLength(1);
    expect(data['positieve-gezondheid'][0]?.antwoorden).toContainEqual({
      item: 'meedoen',
      score: 10,
      weetIkNiet: false,
      hierWilIkOverPraten: true,
      toelichting: 'Ik wil graag weer naar het koor.',
    });
    await deur('delete', wisVragenlijsten);
    expect(await count('vragenlijst_ronde')).toBe(0);
    expect(await count('vragenlijst_antwoord')).toBe(0);
  });
  it('never answers 5xx to any form body (fuzz): 303, 400, 403 or 409 only', async () => {
    const ilse = clients.ilse as BrowserClient;
    const kees = clients.kees as BrowserClient;
    const naam = fc.oneof(
      fc.constantFrom('version', 'knop', 'toelichting', '_csrf'),
      fc
        .constantFrom(...REGIE_ITEMS, ...PG_DIMENSIES, 'geluk', '__proto__', '')
        .chain((code) => fc.constantFrom(`antwoord.${code}`, `toelichting.${code}`, `praten.${code}`)),
      fc.string({ maxLength: 20 }),
    );
    const waarde = fc.oneof(
      fc.constantFrom('0', '1', '5', '10', '11', '-1', 'weet-niet', 'ja', 'opslaan', 'indienen', ''),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          `${regie()}/invullen`,
          `${pg()}/invullen`,
          '/beheer/levensgebieden/positieve-gezondheid',
        ),
        fc.array(fc.tuple(naam, waarde), { maxLength: 12 }),
        async (url, velden) => {
          const client = url.startsWith('/beheer') ? kees : ilse;
          await client.get(url);
          const body = new URLSearchParams([['_csrf', client.csrfToken() ?? ''], ...velden]).toString();
          const response = await t.app.inject({
            method: 'POST',
            url,
            payload: body,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              cookie: client.cookieHeader(),
              accept: 'text/html',
            },
          });
          tried++;
          expect([303, 400, 403, 409], `${url} ${body}`).toContain(response.statusCode);
        },
      ),
      { numRuns: 60 },
    );
    expect(tried).toBeGreaterThanOrEqual(60);
  });
});
