import { describe, expect, it } from 'vitest';
import {
  normaliseer,
  pdfinfo,
  pdfMeta,
  pdfStructuur,
  pdftotext,
  pdfWoorden,
} from '../../../tests/support/poppler.js';
import { maakPdf } from './maak-pdf.js';
import type { PdfDocument } from './pdf-document.js';

const LANG_WOORD = 'arbeidsongeschiktheidsverzekeringsmaatschappijbijeenkomstvoorbereidingsdocumentatie';

const voorbeeld: PdfDocument = {
  taal: 'nl',
  titel: 'Een voorbeeld',
  formaat: 'A4',
  blokken: [
    { soort: 'kop', niveau: 1, tekst: 'Een voorbeeld' },
    { soort: 'alinea', tekst: 'Eerst dit, van Yara Doğan en Zoë Ørsted.' },
    { soort: 'kop', niveau: 2, tekst: 'Dan dit' },
    { soort: 'lijst', items: ['een', 'twee'] },
    { soort: 'kop', niveau: 3, tekst: 'En als laatste' },
    { soort: 'alinea', tekst: 'Klaar.' },
  ],
};

describe('maakPdf', () => {
  it('makes a tagged PDF 1.7 with its title shown and its language, in A4', async () => {
    const pdf = await maakPdf(voorbeeld);
    const info = await pdfinfo(pdf);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Een voorbeeld');
    expect(info['PDF version']).toBe('1.7');
    expect(info['Page size']).toBe('595.276 x 841.89 pts (A4)');
    // pdfinfo prints no language line: it is in the XMP metadata and the catalog's /Lang.
    expect(await pdfMeta(pdf)).toContain('<rdf:li>nl</rdf:li>');
    expect(pdf.toString('latin1')).toMatch(/\/Lang \(nl\)/);
    expect(pdf.toString('latin1')).toMatch(/\/DisplayDocTitle true/);
  });

  it('embeds its own font and nothing else (no standard-14 font a reader must substitute)', async () => {
    const pdf = await maakPdf({ ...voorbeeld, taal: 'en' });
    const fonts = pdf.toString('latin1').match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g) ?? [];
    expect(new Set(fonts.map((f) => f.replace(/.*\+/, '')))).toEqual(
      new Set(['NotoSans-Regular', 'NotoSans-Bold']),
    );
    expect(pdf.toString('latin1')).not.toMatch(/\/BaseFont \/(Helvetica|Times|Courier)/);
    expect(pdf.toString('latin1')).toMatch(/\/FontFile2 /);
    expect(await pdfMeta(pdf)).toContain('<rdf:li>en</rdf:li>');
  });

  it('has headings, paragraphs and lists as structure, in reading order, and pdftotext reads the same text', async () => {
    const pdf = await maakPdf(voorbeeld);
    const structuur = await pdfStructuur(pdf);
    const elementen = [...structuur.matchAll(/^\s*(\w+)(?: \(block\))?$/gm)].map((m) => m[1]);
    expect(elementen).toEqual(['Document', 'H1', 'P', 'H2', 'L', 'LI', 'LBody', 'LI', 'LBody', 'H3', 'P']);
    expect(normaliseer(await pdftotext(pdf))).toBe(
      'Een voorbeeld Eerst dit, van Yara Doğan en Zoë Ørsted. Dan dit een twee En als laatste Klaar.',
    );
  });

  it('breaks a word longer than a line instead of running off the page, on A4 and on the card', async () => {
    for (const formaat of ['A4', 'ID-1'] as const) {
      const pdf = await maakPdf({
        taal: 'nl',
        titel: 'Lang',
        formaat,
        blokken: [
          { soort: 'alinea', tekst: `Een ${LANG_WOORD.repeat(2)} woord.` },
          { soort: 'lijst', items: [LANG_WOORD] },
        ],
      });
      const woorden = await pdfWoorden(pdf);
      expect(woorden.length).toBeGreaterThan(3);
      // Inside the right margin (3 mm on the card, 20 mm on A4), not merely on the page.
      const marge = formaat === 'A4' ? 56.69 : 8.5;
      for (const w of woorden)
        expect(w.xMax, `${formaat}: ${w.woord}`).toBeLessThanOrEqual(w.pagina.breedte - marge + 0.5);
      // Broken, not lost: the letters are all there, in order.
      expect((await pdftotext(pdf)).replace(/\s+/g, '')).toBe(
        `Een${LANG_WOORD.repeat(2)}woord.${LANG_WOORD}`,
      );
    }
  });

  it('makes an ID-1 card of exactly 85.60 × 53.98 mm (242.65 × 153.01 pt, to 0.01 pt)', async () => {
    const pdf = await maakPdf({
      taal: 'nl',
      titel: 'Crisiskaart',
      formaat: 'ID-1',
      blokken: [
        { soort: 'kop', niveau: 1, tekst: 'Crisiskaart' },
        { soort: 'alinea', tekst: 'Bel Bram: 06 12345678.' },
      ],
    });
    const info = await pdfinfo(pdf);
    const [breedte, hoogte] = (/^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '') ?? [])
      .slice(1)
      .map(Number);
    // 85.60 mm = 242.646 pt and 53.98 mm = 153.014 pt; pdfinfo rounds to 3 decimals, we accept 0.01 pt (0.004 mm).
    expect(Math.abs((breedte ?? 0) - 242.65)).toBeLessThanOrEqual(0.01);
    expect(Math.abs((hoogte ?? 0) - 153.01)).toBeLessThanOrEqual(0.01);
    expect(info.Pages).toBe('1');
    expect(info.Tagged).toBe('yes');
    expect(normaliseer(await pdftotext(pdf))).toBe('Crisiskaart Bel Bram: 06 12345678.');
  });

  it('starts a new page where asked (a folded card) and draws a QR code as a figure with its alternative text', async () => {
    const pdf = await maakPdf({
      taal: 'nl',
      titel: 'Kaart',
      formaat: 'ID-1',
      blokken: [
        { soort: 'kop', niveau: 1, tekst: 'Voorkant' },
        { soort: 'pagina' },
        { soort: 'alinea', tekst: 'Binnenkant' },
        { soort: 'pagina' },
        { soort: 'alinea', tekst: 'Achterkant' },
        { soort: 'qr', inhoud: 'https://example.test/noodtoegang', alt: 'Code naar de noodtoegang', mm: 20 },
      ],
    });
    expect((await pdfinfo(pdf)).Pages).toBe('3');
    expect((await pdftotext(pdf)).split('\f').map(normaliseer).filter(Boolean)).toEqual([
      'Voorkant',
      'Binnenkant',
      'Achterkant',
    ]);
    const elementen = [...(await pdfStructuur(pdf)).matchAll(/^\s*(\w+)(?: \(block\))?$/gm)].map((m) => m[1]);
    expect(elementen).toEqual(['Document', 'H1', 'P', 'P', 'Figure']);
    expect(pdf.toString('latin1')).toMatch(
      /\/S \/Figure[\s\S]*?\/Alt \(Code naar de noodtoegang\)|\/Alt \(Code naar de noodtoegang\)[\s\S]*?\/S \/Figure/,
    );
  });
});
