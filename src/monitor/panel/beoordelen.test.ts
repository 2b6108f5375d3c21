import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { ENGINES } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente } from '../../demo/factories.js';
import { translator } from '../../platform/i18n/i18n.js';
import { systeemAggregaat } from '../../regie/door/door.js';
import { panelPdf } from './pages/beheer-pages.js';
import { indienen, nieuweCode, type PanelRapportData, rapportVan } from './panel.js';
import * as q from './queries.js';

const PASSWORD = 'een lange zin als wachtwoord';
const ANTWOORD = 'Mijn buurman Henk de Vries helpt me. Bel 06-12345678 als het slecht gaat.';

/**
 * The review of open answers against a real database: one answer at a time with its highlight,
 * a cleaned text that still holds a marked part or is empty refused next to the field (nothing
 * written), two reviewers of the same answer (the second gets a 409 with both versions; nothing
 * lost), the stored text encrypted, every step audited on the door's system path without a
 * record, and the report's quotes only from at least the minimum of approved answers.
 */
describe.each(ENGINES)('review of open answers on %s', { timeout: 600_000 }, (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let peilingId: string;
  const host = { host: 'pb.test' };
  const client = async (email: string, h = host) => {
    const c = new BrowserClient(t.app, h);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const rij = (id: string) =>
    t.database.db
      .selectFrom('peiling_open_antwoord')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const lees = (id: string) =>
    systeemAggregaat(
      t.database.db,
      { reden: 'panel-beoordeling', gemeenteId, now: new Date(), actor: null },
      (toegang) => q.openAntwoord(toegang, peilingId, id),
    );
  const wachtend = () =>
    systeemAggregaat(
      t.database.db,
      { reden: 'panel-beoordeling', gemeenteId, now: new Date(), actor: null },
      (toegang) => q.teBeoordelen(toegang, peilingId),
    );
  /** The id in the form's address on the review screen. */
  const antwoordIdIn = (html: string) =>
    /action="\/panel\/peilingen\/[0-9a-f-]+\/beoordelen\/([0-9a-f-]{36})"/.exec(html)?.[1] as string;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'pb' } });
    const db = t.database.db;
    gemeenteId = (await createGemeente(db, { code: 'pb', naam: 'Pb', hostnames: ['pb.test'] })).id;
    const ander = (await createGemeente(db, { code: 'pc', naam: 'Pc', hostnames: ['pc.test'] })).id;
    for (const [email, rol, g] of [
      ['ana@example.test', 'analist', gemeenteId],
      ['bea@example.test', 'beheerder', gemeenteId],
      ['otto@example.test', 'analist', ander],
    ] as const)
      await createAccountWithPassword(db, {
        gemeenteId: g,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
      });
    peilingId = await q.maakPeiling(db, gemeenteId, {
      titel: 'Voorjaar',
      vragen: ['netwerk', 'toelichting'],
      sluitOp: '2099-12-31',
    });
    // Twelve members answered; the first with a name and a phone number in the open answer.
    for (let i = 0; i < 12; i++) {
      const { code, hash } = nieuweCode();
      await q.maakUitnodiging(db, {
        tokenHash: hash,
        peilingId,
        lidId: null,
        verlooptOp: new Date('2099-12-31T23:59:59Z'),
      });
      expect(
        await indienen(db, {
          gemeenteId,
          code,
          geholpen: false,
          nu: new Date(),
          antwoorden: {
            netwerk: { waarden: ['genoeg-en-vraagt'], weetNiet: false },
            toelichting: { tekst: i === 0 ? ANTWOORD : `Antwoord nummer ${i + 1}: het gaat redelijk.` },
          },
        }),
      ).toBe(true);
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('shows one answer with its highlight and a suggestion without the marked parts; refuses a text that keeps one', async () => {
    const ana = await client('ana@example.test');
    // Put the answer with the name first: open it by its own id.
    const eerste = (await wachtend()).find((a) => a.tekst === ANTWOORD);
    expect(eerste).toBeDefined();
    const id = eerste?.id as string;
    const url = `/panel/peilingen/${peilingId}/beoordelen/${id}`;
    expect((await ana.get(`/panel/peilingen/${peilingId}/beoordelen`)).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('Er wachten nog 12 antwoorden.');
    expect(antwoordIdIn(ana.lastHtml)).toMatch(/^[0-9a-f-]{36}$/);
    // The suggestion for the answer with the name, rebuilt by "Opnieuw voorstellen" (no JavaScript).
    const voorstel = await ana.post(url, { versie: '1', actie: 'voorstel', deel: '0', tekst: '' });
    expect(voorstel.statusCode).toBe(200);
    expect(ana.lastHtml).toContain('<mark>Henk de Vries</mark>');
    expect(ana.lastHtml).toContain('<mark>06-12345678</mark>');
    // Only the name ticked: the phone number stays in the suggestion.
    expect(ana.lastHtml).toContain('Mijn buurman [naam] helpt me. Bel 06-12345678 als het slecht gaat.');
    // Approving a text that still holds the marked name: a message next to the field, nothing written.
    const fout = await ana.post(url, {
      versie: '1',
      actie: 'goedkeuren',
      deel: '0',
      tekst: 'Henk de Vries helpt.',
    });
    expect(fout.statusCode).toBe(400);
    expect(ana.lastHtml).toContain('Hier staat nog iets in dat weg moet: &quot;Henk de Vries&quot;.');
    const leeg = await ana.post(url, { versie: '1', actie: 'goedkeuren', tekst: '   ' });
    expect(leeg.statusCode).toBe(400);
    expect(ana.lastHtml).toContain('Het antwoord is leeg.');
    const na = await rij(id);
    expect(na.beoordeeld).toBe(false);
    expect(na.versie).toBe(1);
    expect((await lees(id))?.tekst).toBe(ANTWOORD);
  });

  it('gives the second of two reviewers a 409 with both versions, and loses nothing', async () => {
    const ana = await client('ana@example.test');
    const bea = await client('bea@example.test');
    const id = (await wachtend()).find((a) => a.tekst === ANTWOORD)?.id as string;
    const url = `/panel/peilingen/${peilingId}/beoordelen/${id}`;
    const schoon = 'Mijn buurman [naam] helpt me. Bel [telefoon] als het slecht gaat.';
    // Both opened version 1; Ana approves first.
    const eerst = await ana.post(url, { versie: '1', actie: 'goedkeuren', tekst: schoon });
    expect(eerst.statusCode).toBe(303);
    expect(eerst.headers.location).toBe(`/panel/peilingen/${peilingId}/beoordelen?melding=goedgekeurd`);
    expect((await bea.get(`/panel/peilingen/${peilingId}/beoordelen`)).statusCode).toBe(200);
    const tweede = await bea.post(url, { versie: '1', actie: 'goedkeuren', tekst: 'Mijn buurman helpt me.' });
    expect(tweede.statusCode).toBe(409);
    expect(bea.lastHtml).toContain('Iemand anders heeft dit antwoord net nagekeken.');
    expect(bea.lastHtml).toContain(schoon);
    expect(bea.lastHtml).toContain('Mijn buurman helpt me.');
    expect(bea.lastHtml).toContain('name="versie" value="2"');
    let na = await rij(id);
    expect([na.versie, na.beoordeeld, na.weggelaten]).toEqual([2, true, false]);
    expect((await lees(id))?.tekst).toBe(schoon);
    // Stored encrypted: the row holds none of the words.
    expect(na.tekst.startsWith('v1.')).toBe(true);
    expect(na.tekst).not.toContain('buurman');
    // She chooses hers, on the version she has now seen.
    const mijn = await bea.post(url, { versie: '2', actie: 'goedkeuren', tekst: 'Mijn buurman helpt me.' });
    expect(mijn.statusCode).toBe(303);
    na = await rij(id);
    expect([na.versie, na.beoordeeld, na.weggelaten]).toEqual([3, true, false]);
    expect((await lees(id))?.tekst).toBe('Mijn buurman helpt me.');
    // Thrown away by Ana on the old version: a 409 again; on the new one it goes, text and all.
    expect((await ana.post(url, { versie: '2', actie: 'weggooien' })).statusCode).toBe(409);
    expect(ana.lastHtml).toContain('Mijn buurman helpt me.');
    expect((await ana.post(url, { versie: '3', actie: 'weggooien' })).statusCode).toBe(303);
    na = await rij(id);
    expect([na.versie, na.beoordeeld, na.weggelaten]).toEqual([4, true, true]);
    expect((await lees(id))?.tekst).toBe('');
    // Audited on the door's system path, without a record: reads and changes.
    const { rows } = await sql<{ actie: string; n: number }>`
      select actie, count(*)::int as n from audit_event
      where grondslag = 'aggregaat:panel-beoordeling' and dossier_id is null and gemeente_id = ${gemeenteId}
      group by actie order by actie`.execute(t.database.db);
    const per = Object.fromEntries(rows.map((r) => [r.actie, Number(r.n)]));
    // Three stored reviews (the two 409s were refused and rolled back).
    expect(per.update).toBe(3);
    expect(per.read).toBeGreaterThan(5);
  });

  it('answers unknown ids, other gemeenten and bad forms without writing anything', async () => {
    const ana = await client('ana@example.test');
    const id = (await wachtend())[0]?.id as string;
    expect((await ana.get(`/panel/peilingen/${peilingId}/beoordelen`)).statusCode).toBe(200);
    expect(
      (await ana.post(`/panel/peilingen/${peilingId}/beoordelen/${id}`, { versie: 'x', actie: 'goedkeuren' }))
        .statusCode,
    ).toBe(400);
    expect(
      (await ana.post(`/panel/peilingen/${peilingId}/beoordelen/${id}`, { versie: '1', actie: 'wissen' }))
        .statusCode,
    ).toBe(400);
    expect(
      (
        await ana.post(`/panel/peilingen/${peilingId}/beoordelen/00000000-0000-4000-8000-000000000000`, {
          versie: '1',
          actie: 'weggooien',
        })
      ).statusCode,
    ).toBe(404);
    const otto = await client('otto@example.test', { host: 'pc.test' });
    expect((await otto.get(`/panel/peilingen/${peilingId}/beoordelen`)).statusCode).toBe(404);
    expect((await otto.get('/panel/peilingen')).statusCode).toBe(200);
    expect(
      (await otto.post(`/panel/peilingen/${peilingId}/beoordelen/${id}`, { versie: '1', actie: 'weggooien' }))
        .statusCode,
    ).toBe(404);
    expect((await rij(id)).beoordeeld).toBe(false);
  });

  it('counts only approved answers, and quotes them only from the minimum on', async () => {
    const ana = await client('ana@example.test');
    const goedkeuren = async (n: number) => {
      for (const a of (await wachtend()).slice(0, n)) {
        expect((await ana.get(`/panel/peilingen/${peilingId}/beoordelen`)).statusCode).toBe(200);
        const r = await ana.post(`/panel/peilingen/${peilingId}/beoordelen/${a.id}`, {
          versie: String(a.versie),
          actie: 'goedkeuren',
          tekst: a.tekst,
        });
        expect(r.statusCode).toBe(303);
      }
    };
    // Nine approved (and one thrown away above): under the minimum of 10, no count and no quote.
    await goedkeuren(9);
    expect((await ana.get(`/panel/peilingen/${peilingId}`)).statusCode).toBe(200);
    expect(ana.lastHtml).not.toContain('Antwoord nummer');
    expect(ana.lastHtml).not.toContain('open antwoorden zijn nagekeken');
    const csvVoor = await ana.get(`/panel/peilingen/${peilingId}/rapport.csv`);
    expect(csvVoor.statusCode).toBe(200);
    expect(csvVoor.body).not.toContain('Antwoord nummer');
    const pdfVoor = panelPdf(
      (await rapportVan(t.database.db, gemeenteId, peilingId)) as PanelRapportData,
      translator('nl'),
      'nl',
    );
    expect(JSON.stringify(pdfVoor.blokken)).not.toContain('Antwoord nummer');
    await goedkeuren(1);
    // From the minimum on: the quotes in the CSV and the PDF too, as on the page.
    const csv = await ana.get(`/panel/peilingen/${peilingId}/rapport.csv`);
    expect(csv.body.match(/Antwoord nummer \d+: het gaat redelijk\./g)?.length).toBe(10);
    expect(csv.body).not.toContain('buurman');
    const pdf = panelPdf(
      (await rapportVan(t.database.db, gemeenteId, peilingId)) as PanelRapportData,
      translator('nl'),
      'nl',
    );
    expect(JSON.stringify(pdf.blokken).match(/Antwoord nummer \d+: het gaat redelijk\./g)?.length).toBe(10);
    expect(JSON.stringify(pdf.blokken)).not.toContain('buurman');
    expect((await ana.get(`/panel/peilingen/${peilingId}/rapport.pdf`)).statusCode).toBe(200);
    expect((await ana.get(`/panel/peilingen/${peilingId}`)).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('10 open antwoorden zijn nagekeken');
    expect(ana.lastHtml).toContain('Wat mensen schreven (nagekeken):');
    expect(ana.lastHtml.match(/Antwoord nummer \d+: het gaat redelijk\./g)?.length).toBe(10);
    // The thrown-away answer is in no quote.
    expect(ana.lastHtml).not.toContain('buurman');
    expect((await ana.get(`/panel/peilingen/${peilingId}/beoordelen`)).statusCode).toBe(200);
    expect(ana.lastHtml).toContain('Er wacht nog 1 antwoord.');
  });
});
