import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/i18n.js';
import { HistorieGrafiek, RadarGrafiek } from './index.js';
import { historieInvoerArb, radarInvoerArb } from './test-arbitraries.js';
import type { As, Reeks } from './types.js';

const t = translator('nl');
const schaal = {
  min: 1,
  max: 5,
  stappen: [1, 2, 3, 4, 5].map((waarde) => ({ waarde, label: `stap ${waarde}` })),
};
const assen: As[] = [
  { code: 'financien', label: 'Financiën' },
  { code: 'wonen', label: 'Wonen' },
  { code: 'werk-en-dagbesteding', label: 'Werk en dagbesteding' },
  { code: 'zelfzorg', label: 'Zelfzorg' },
];
const reeksen: Reeks[] = [
  { naam: 'Ik', soort: 'ik', waarden: { financien: 2, wonen: null, 'werk-en-dagbesteding': 4, zelfzorg: 5 } },
  {
    naam: 'Begeleider',
    soort: 'ander',
    waarden: { financien: 4, wonen: 3, 'werk-en-dagbesteding': 4, zelfzorg: 5 },
  },
];

const count = (html: string, re: RegExp) => html.match(re)?.length ?? 0;
/** The part of the HTML inside the first element that opens with `open` (no nesting of the same tag). */
function deel(html: string, open: RegExp, close: string): string {
  const start = html.search(open);
  if (start < 0) return '';
  return html.slice(start, html.indexOf(close, start) + close.length);
}
/** The numbers in d, x, y, dy and viewBox attributes. */
function attribuutGetallen(html: string): string[] {
  return [...html.matchAll(/\s(?:d|x|y|viewBox)="([^"]*)"/g)].map((m) => m[1] as string);
}

/** The table without the column names repeated per cell for narrow screens. */
const zonderLabels = (html: string) => html.replace(/ data-label="[^"]*"/g, '');

describe('RadarGrafiek renders', () => {
  const html = renderToString(
    <RadarGrafiek id="nu" titel="Hoe gaat het nu?" assen={assen} reeksen={reeksen} schaal={schaal} t={t} />,
  );

  it('an SVG image with a title and a description pointing to the visible summary', () => {
    const svgOpen = /<svg[^>]*>/.exec(html)?.[0] ?? '';
    expect(svgOpen).toContain('role="img"');
    expect(svgOpen).toContain('aria-labelledby="grafiek-nu-svg-titel"');
    expect(svgOpen).toContain('aria-describedby="grafiek-nu-samenvatting"');
    expect(html).toContain('<title id="grafiek-nu-svg-titel">Hoe gaat het nu?</title>');
    const samenvatting = deel(
      html,
      /<div class="redzaam-grafiek__samenvatting" id="grafiek-nu-samenvatting"/,
      '</div>',
    );
    expect(samenvatting).toContain('Je hebt 3 van de 4 levensgebieden ingevuld.');
    expect(samenvatting).toContain('Begeleider denkt dat het beter gaat dan jij bij: Financiën.');
    expect(html).toMatch(/^<figure[^>]*><figcaption[^>]*>Hoe gaat het nu\?<\/figcaption>/);
  });

  it('one label per axis in the SVG and one table row per axis, with the skipped answer in words', () => {
    const svg = deel(html, /<svg/, '</svg>');
    const labels = deel(svg, /<g class="redzaam-grafiek__labels"/, '</g>');
    expect(count(labels, /<text /g)).toBe(assen.length);
    expect(labels).toContain('dagbesteding');
    const tabel = zonderLabels(deel(html, /<table/, '</table>'));
    // On a narrow screen each cell shows its column's name (data-label, issue 18): every cell has one.
    expect(count(deel(html, /<table/, '</table>'), /<td [^>]*data-label="[^"]+"/g)).toBe(
      count(tabel, /<td[ >]/g),
    );
    expect(tabel).toMatch(/<caption[^>]*>Alle antwoorden in een tabel: Hoe gaat het nu\?<\/caption>/);
    expect(count(tabel, /<th scope="col">/g)).toBe(1 + reeksen.length);
    expect(count(tabel, /<th scope="row"[^>]*>/g)).toBe(assen.length);
    expect(tabel).toContain(
      '<th scope="row">Wonen</th><td class="redzaam-grafiek__cel--overgeslagen">overgeslagen of weet ik niet</td><td>3 – stap 3</td>',
    );
  });

  it('series apart by line pattern and marker shape, not colour alone; the key says so in words', () => {
    expect(html).toContain('redzaam-grafiek__reeks--ik redzaam-grafiek__reeks--0');
    expect(html).toContain('redzaam-grafiek__reeks--ander redzaam-grafiek__reeks--1');
    expect(html).toContain('stroke-dasharray="7 4"');
    expect(html).toContain('Ik: een doorgetrokken lijn met rondjes');
    expect(html).toContain('Begeleider: een lijn van streepjes met vierkantjes');
    expect(html).toContain('Een open teken in het midden betekent: overgeslagen of weet ik niet.');
    // No inline styles: the Content Security Policy allows style sheets from 'self' only.
    expect(html).not.toContain('style=');
  });

  it('escapes what people typed and keeps ids safe', () => {
    const vies = renderToString(
      <RadarGrafiek
        id={'a"b <c>'}
        titel="<script>alert(1)</script>"
        assen={[{ code: 'x', label: '<b>x</b>' }]}
        reeksen={[{ naam: '<i>', soort: 'ik', waarden: { x: 3 } }]}
        schaal={schaal}
        t={t}
      />,
    );
    expect(vies).not.toContain('<script>');
    expect(vies).not.toContain('<b>x');
    expect(vies).toContain('id="grafiek-a-b--c-"');
  });

  it('a message instead of an empty chart', () => {
    const leeg = renderToString(
      <RadarGrafiek id="leeg" titel="Leeg" assen={[]} reeksen={[]} schaal={schaal} t={t} />,
    );
    expect(leeg).not.toContain('<svg');
    expect(leeg).not.toContain('<table');
    expect(leeg).toContain('Er is nog niets om te laten zien.');
  });

  it('for any input: a label and a table row per axis, and no NaN in any coordinate', () => {
    fc.assert(
      fc.property(radarInvoerArb, ({ assen, reeksen, schaal }) => {
        const uit = renderToString(
          <RadarGrafiek id="p" titel="P" assen={assen} reeksen={reeksen} schaal={schaal} t={t} />,
        );
        for (const waarde of attribuutGetallen(uit)) expect(waarde).not.toMatch(/NaN|Infinity|undefined/);
        if (assen.length === 0 || reeksen.length === 0) return;
        const labels = deel(uit, /<g class="redzaam-grafiek__labels"/, '</g>');
        expect(count(labels, /<text /g)).toBe(assen.length);
        expect(count(uit, /<th scope="row"[^>]*>/g)).toBe(assen.length);
        expect(count(uit, /<td/g)).toBe(assen.length * reeksen.length);
      }),
      { numRuns: 100 },
    );
  });
});

describe('HistorieGrafiek renders', () => {
  const html = renderToString(
    <HistorieGrafiek
      id="financien"
      titel="Financiën door de tijd"
      schaal={schaal}
      t={t}
      reeksen={[
        {
          naam: 'Ik',
          soort: 'ik',
          metingen: [
            { datum: new Date('2026-01-10T12:00:00Z'), waarde: 1 },
            { datum: new Date('2026-05-10T12:00:00Z'), waarde: null },
            { datum: new Date('2026-11-10T12:00:00Z'), waarde: 3, naam: 'keukentafelgesprek' },
          ],
        },
        {
          naam: 'Begeleider',
          soort: 'ander',
          metingen: [{ datum: new Date('2026-11-10T12:00:00Z'), waarde: 4 }],
        },
      ]}
    />,
  );

  it('an SVG image with title, summary and a table row per date', () => {
    const svgOpen = /<svg[^>]*>/.exec(html)?.[0] ?? '';
    expect(svgOpen).toContain('role="img"');
    expect(svgOpen).toContain('aria-describedby="grafiek-financien-samenvatting"');
    expect(html).toContain('<title id="grafiek-financien-svg-titel">Financiën door de tijd</title>');
    expect(html).toContain('id="grafiek-financien-samenvatting"');
    const tabel = zonderLabels(deel(html, /<table/, '</table>'));
    expect(count(tabel, /<th scope="row"[^>]*>/g)).toBe(3);
    expect(tabel).toContain(
      '<th scope="row" class="redzaam-grafiek__datum">10-05-2026</th><td class="redzaam-grafiek__cel--overgeslagen">overgeslagen of weet ik niet</td><td>geen antwoord</td>',
    );
    expect(tabel).toContain('<td>3 – stap 3 (keukentafelgesprek)</td><td>4 – stap 4</td>');
    expect(html).toContain('>?</text>');
    expect(count(deel(html, /<g class="redzaam-grafiek__labels"/, '</g>'), /<text /g)).toBeGreaterThanOrEqual(
      2,
    );
  });

  it('one measurement still renders a point', () => {
    const een = renderToString(
      <HistorieGrafiek
        id="een"
        titel="Een"
        schaal={schaal}
        t={t}
        reeksen={[
          { naam: 'Ik', soort: 'ik', metingen: [{ datum: new Date('2026-11-10T12:00:00Z'), waarde: 2 }] },
        ]}
      />,
    );
    expect(count(een, /class="redzaam-grafiek__punt"/g)).toBe(1 + 1); // the point and the key's sample
    expect(count(een, /<th scope="row"[^>]*>/g)).toBe(1);
  });

  it('for any input: no NaN in any coordinate, a table row per date', () => {
    fc.assert(
      fc.property(historieInvoerArb, ({ reeksen, schaal }) => {
        const uit = renderToString(
          <HistorieGrafiek id="p" titel="P" reeksen={reeksen} schaal={schaal} t={t} />,
        );
        for (const waarde of attribuutGetallen(uit)) expect(waarde).not.toMatch(/NaN|Infinity|undefined/);
        const datums = new Set(
          reeksen.flatMap((r) =>
            r.metingen.map((m) => m.datum.getTime()).filter((tijd) => Number.isFinite(tijd)),
          ),
        );
        expect(count(uit, /<th scope="row"[^>]*>/g)).toBe(datums.size);
      }),
      { numRuns: 100 },
    );
  });
});
