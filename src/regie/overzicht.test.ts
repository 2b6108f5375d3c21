import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import {
  htmlTekst,
  normaliseer,
  pdfinfo,
  pdfMeta,
  pdfStructuur,
  pdftotext,
} from '../../tests/support/poppler.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed.js';
import { translator } from '../platform/i18n/i18n.js';

/** The text of the page's part that the PDF is made from, as a reader sees it (tags gone, entities decoded). */
function tekstVanPagina(html: string): string {
  const deel = /<div class="redzaam-document"[^>]*data-pdf-document[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  expect(deel, 'the page has the document part').toBeDefined();
  return htmlTekst(deel ?? '');
}

/**
 * The overview of "Mijn gegevens" (the demo resident Ilse, who shares with her brother and her
 * buurtteam): the page and the PDF come from one description, so `pdftotext` reads exactly the
 * page's text; the PDF is tagged, with title and language, in Dutch and in English.
 */
describe.each(ENGINES)('overview of Mijn gegevens as page and PDF on %s', (engine) => {
  let t: TestApp;
  let inwoner: BrowserClient;
  let dossierId: string;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'demo' } });
    await seedDemo(t.database.db);
    inwoner = new BrowserClient(t.app);
    await inwoner.login('inwoner@lindewaard.example', DEMO_PASSWORD);
    const mijn = await inwoner.get('/mijn-gegevens');
    dossierId = /\/dossiers\/([0-9a-f-]{36})/.exec(mijn.headers.location as string)?.[1] as string;
    expect(dossierId).toBeDefined();
  }, 600_000);
  afterAll(() => t?.close());

  const overzicht = () => `/dossiers/${dossierId}/gegevens/overzicht`;
  const pdfUrl = () => `/dossiers/${dossierId}/gegevens.pdf`;

  it('is reached from "Je gegevens", beside the JSON download', async () => {
    const page = await inwoner.get(`/dossiers/${dossierId}/gegevens`);
    expect(page.body).toContain(`href="${overzicht()}"`);
    expect(page.body).toContain(`href="${pdfUrl()}"`);
  });

  it.each(['nl', 'en'] as const)(
    'the PDF reads exactly as the page (%s), tagged, with its title and language',
    async (taal) => {
      if (taal === 'en') {
        await inwoner.get(overzicht());
        expect((await inwoner.post('/taal', { taal: 'en', terug: overzicht() })).statusCode).toBe(303);
      }
      const page = await inwoner.get(overzicht());
      expect(page.statusCode).toBe(200);
      const tekst = tekstVanPagina(page.body);
      const download = await inwoner.get(pdfUrl());
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe('attachment; filename="redzaam-overzicht.pdf"');
      const pdf = download.rawPayload;

      expect(normaliseer(await pdftotext(pdf))).toBe(tekst);
      // What the page shows: her name, the people she shares with, the newest log lines.
      expect(tekst).toContain('Ilse');
      expect(tekst).toMatch(/Bram/);
      expect(tekst).toContain(taal === 'nl' ? 'Wat er laatst gebeurde' : 'What happened lately');

      const info = await pdfinfo(pdf);
      const titel = taal === 'nl' ? 'Overzicht van je gegevens' : 'Overview of your record';
      expect(info.Tagged).toBe('yes');
      expect(info.Title).toBe(titel);
      expect(info['Page size']).toBe('595.276 x 841.89 pts (A4)');
      expect(await pdfMeta(pdf)).toContain(`<rdf:li>${taal}</rdf:li>`);
      expect(pdf.toString('latin1')).toContain(`/Lang (${taal})`);
      expect(page.body).toContain(`<html lang="${taal}"`);
      expect(page.body).toContain(`<title>${titel} – `);
      const structuur = await pdfStructuur(pdf);
      expect(structuur).toMatch(/^\s*H1 \(block\)\n\s*"(.*)"$/m);
      expect(/^\s*H1 \(block\)\n\s*"(.*)"$/m.exec(structuur)?.[1]).toBe(titel);
      expect((structuur.match(/^\s*H2 \(block\)/gm) ?? []).length).toBeGreaterThanOrEqual(4);
    },
  );

  it('logs the download as an export of hers, and the page as a read of her log', async () => {
    const db = t.database.db;
    const voor = await db.selectFrom('audit_event').select('seq').orderBy('seq', 'desc').executeTakeFirst();
    await inwoner.get(overzicht());
    await inwoner.get(pdfUrl());
    const nieuw = await db
      .selectFrom('audit_event')
      .select(['actie', 'item_id', 'uitkomst', 'grondslag'])
      .where('seq', '>', voor?.seq ?? 0)
      .orderBy('seq')
      .execute();
    expect(nieuw).toEqual([
      { actie: 'read', item_id: 'overzicht', uitkomst: 'allowed', grondslag: 'eigenaar' },
      { actie: 'export', item_id: 'overzicht', uitkomst: 'allowed', grondslag: 'eigenaar' },
    ]);
  });

  describe('everything Redzaam knows about her, to read', () => {
    const alles = () => `/dossiers/${dossierId}/gegevens/alles`;
    const allesPdf = () => `/dossiers/${dossierId}/gegevens/alles.pdf`;
    const secties = () => t.app.secties?.alle() ?? [];

    it('is reached from "Je gegevens", beside the JSON download', async () => {
      await inwoner.post('/taal', { taal: 'nl', terug: '/' });
      const page = await inwoner.get(`/dossiers/${dossierId}/gegevens`);
      expect(page.body).toContain(`href="${alles()}"`);
      expect(page.body).toContain(`href="${allesPdf()}"`);
      expect(page.body).toContain('Lees alles wat Redzaam van je weet');
    });

    it('has every registered section as a heading of its own, with what it holds, and reads as its PDF', async () => {
      expect(secties().length).toBeGreaterThanOrEqual(7);
      const page = await inwoner.get(alles());
      expect(page.statusCode).toBe(200);
      const tekst = tekstVanPagina(page.body);
      const download = await inwoner.get(allesPdf());
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe('attachment; filename="redzaam-alles.pdf"');
      expect(normaliseer(await pdftotext(download.rawPayload))).toBe(tekst);
      const structuur = await pdfStructuur(download.rawPayload);
      const koppen = [...structuur.matchAll(/^\s*H2 \(block\)\n\s*"(.*)"$/gm)].map((m) => m[1]);
      const nl = translator('nl');
      for (const sectie of secties()) {
        expect(koppen, `section ${sectie.code} has its heading`).toContain(nl(sectie.label));
        expect(tekst).toContain(nl(sectie.uitleg));
      }
      // What the demo's sections hold, in words: her crisiskaart, her network, her plan.
      expect(tekst).toContain('Rustig praten, één persoon tegelijk. Een kop thee.');
      expect(tekst).toContain('Bram');
      // The technical parts stay out: no ids, no raw ISO moments.
      expect(tekst).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
      expect(tekst).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
      // The whole log, not the overview's newest ten lines.
      expect(tekst).toContain('Je logboek');
      expect((await pdfinfo(download.rawPayload)).Title).toBe('Alles wat Redzaam van je weet');
    });

    it('logs the page as a read of her whole record and the PDF as an export', async () => {
      const db = t.database.db;
      const voor = await db.selectFrom('audit_event').select('seq').orderBy('seq', 'desc').executeTakeFirst();
      await inwoner.get(alles());
      await inwoner.get(allesPdf());
      const nieuw = await db
        .selectFrom('audit_event')
        .select(['actie', 'item_id', 'uitkomst', 'grondslag'])
        .where('seq', '>', voor?.seq ?? 0)
        .orderBy('seq')
        .execute();
      expect(nieuw).toEqual([
        { actie: 'read', item_id: 'alles-leesbaar', uitkomst: 'allowed', grondslag: 'eigenaar' },
        { actie: 'export', item_id: 'alles-leesbaar', uitkomst: 'allowed', grondslag: 'eigenaar' },
      ]);
    });
  });
});
