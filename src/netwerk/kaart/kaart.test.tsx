import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { translator } from '../../platform/i18n/i18n.js';
import { ACHT, veelMensen } from './fixtures.js';
import { Ecomap, NetwerkLijst, NetwerkVergelijking, vergelijkKaarten } from './index.js';
import { en, nl } from './messages.js';
import { personenArb } from './test-arbitraries.js';
import type { KaartPersoon } from './types.js';

const t = translator('nl');

/** The part of the HTML from the first match of `open` to the first `close` after it. */
function deel(html: string, open: RegExp, close: string): string {
  const start = html.search(open);
  if (start < 0) return '';
  return html.slice(start, html.indexOf(close, start) + close.length);
}

/** HTML text as it reads: tags out, entities back, whitespace collapsed. */
function tekst(html: string): string {
  return html
    .replace(/<title>.*?<\/title>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ');
}

/** The words of one person's label as drawn (lines joined, ellipsis dropped). */
function labelInSvg(svg: string, id: string): string {
  const groep = deel(svg, new RegExp(`<g class="redzaam-ecomap__persoon" data-id="${id}"`), '</g>');
  return tekst(deel(groep, /<text/, '</text>')).trim();
}

describe('messages', () => {
  it('have the same keys in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
  });
});

describe('Ecomap', () => {
  it('draws everyone in the SVG and names them in the list too', () => {
    const figuur = renderToString(
      <Ecomap id="kaart" titel="Het netwerk van Ilse" ik="Ilse" personen={ACHT} t={t} />,
    );
    const lijst = renderToString(<NetwerkLijst personen={ACHT} t={t} ik="Ilse" />);
    const svg = deel(figuur, /<svg class="redzaam-ecomap__svg /, '</svg>');
    expect(svg).toContain('role="img"');
    for (const p of ACHT) {
      const getekend = labelInSvg(svg, p.id);
      expect(getekend.length).toBeGreaterThan(0);
      // shortened or wrapped, the drawn words are the start of the label; the whole label is in the title
      const zonderEllips = getekend.replace(/…$/, '').replace(/\s+/g, '');
      expect(p.label.replace(/\s+/g, '').startsWith(zonderEllips)).toBe(true);
      if (getekend.endsWith('…')) expect(svg).toContain(`<title>${p.label}</title>`);
      expect(tekst(lijst)).toContain(p.label);
    }
    expect(tekst(lijst)).toContain('Hier vraagt Ilse liever niet om hulp');
  });

  it('wires title, key and summary for assistive technology', () => {
    const html = renderToString(<Ecomap id="k 1" titel="Netwerk" ik="Ilse" personen={ACHT} t={t} />);
    expect(html).toContain('<figure class="redzaam-ecomap" id="ecomap-k-1"');
    expect(html).toContain('aria-labelledby="ecomap-k-1-titel"');
    expect(html).toMatch(
      /<svg[^>]*aria-labelledby="ecomap-k-1-svg-titel"[^>]*aria-describedby="ecomap-k-1-samenvatting"/,
    );
    expect(html).toContain('<title id="ecomap-k-1-svg-titel">Netwerk</title>');
    const samenvatting = tekst(deel(html, /<p[^>]*id="ecomap-k-1-samenvatting"/, '</p>'));
    expect(samenvatting).toContain(
      'Ilse heeft 8 personen op de kaart: 3 heel dichtbij, 3 dichtbij en 2 verder weg.',
    );
    expect(samenvatting).toContain(
      'De meeste steun is er met: Buurtteam Lindewaard (maatschappelijk werker).',
    );
    expect(samenvatting).toContain('Is al zwaar belast: Moeder.');
  });

  it('lists exactly the flags and balances that are on the map in the key', () => {
    fc.assert(
      fc.property(personenArb(12), (personen) => {
        const html = renderToString(<Ecomap id="k" titel="N" ik="Ilse" personen={personen} t={t} />);
        const legenda = deel(html, /<div class="redzaam-ecomap__legenda"/, '</ul>');
        const vlaggen = [...legenda.matchAll(/<li data-vlag="([^"]+)"/g)].map((m) => m[1]);
        const verwacht = [
          'ver-weg',
          'eigen-problemen',
          'zwaar-belast',
          'liever-niet-vragen',
          'kost-energie',
        ].filter((v) => personen.some((p) => p.vlaggen.includes(v as KaartPersoon['vlaggen'][number])));
        expect(vlaggen).toEqual(verwacht);
        const balansen = new Set([...legenda.matchAll(/<li data-balans="([^"]+)"/g)].map((m) => m[1]));
        expect(balansen).toEqual(new Set(personen.map((p) => p.balans)));
        // every flag mark in the picture has its words in the key
        for (const [, v] of html.matchAll(/<path class="redzaam-ecomap__vlag[^"]*" data-vlag="([^"]+)"/g))
          expect(vlaggen).toContain(v);
      }),
      { numRuns: 40 },
    );
  });

  it('stays well-formed for nobody and for 60 people (who are all in the list)', () => {
    const leeg = renderToString(<Ecomap id="leeg" titel="N" ik="" personen={[]} t={t} />);
    expect(tekst(leeg)).toContain('Er staat nog niemand op de kaart van .');
    const zestig = veelMensen(60);
    const html = renderToString(<Ecomap id="veel" titel="N" ik="Ilse" personen={zestig} t={t} />);
    expect(html).not.toMatch(/NaN|undefined|Infinity/);
    const lijst = renderToString(<NetwerkLijst personen={zestig} t={t} />);
    expect(lijst.match(/<li class="redzaam-ecomap-lijst__persoon"/g)?.length).toBe(60);
  });

  it('draws support as line thickness (0 thin and dashed) and balance as arrow heads', () => {
    const html = renderToString(<Ecomap id="k" titel="N" ik="Ilse" personen={ACHT} t={t} />);
    const lijn = (id: string) =>
      deel(html, new RegExp(`<g class="redzaam-ecomap__verbinding" data-id="${id}"`), '</g>');
    expect(lijn('p-tante')).toMatch(/stroke-width="1" stroke-dasharray="4 3"/);
    expect(lijn('p-buurtteam')).toMatch(/stroke-width="7"/);
    expect(lijn('p-tante').match(/redzaam-ecomap__pijl/g)).toBeNull();
    expect(lijn('p-broer').match(/redzaam-ecomap__pijl/g)?.length).toBe(1);
    expect(lijn('p-vriendin').match(/redzaam-ecomap__pijl/g)?.length).toBe(2);
  });

  it('speaks English with the English catalog', () => {
    const html = renderToString(<Ecomap id="k" titel="N" ik="Ilse" personen={ACHT} t={translator('en')} />);
    expect(tekst(html)).toContain('The map of Ilse has 8 people: 3 very close, 3 close and 2 further away.');
    expect(tekst(html)).toContain('Very close');
  });
});

describe('vergelijkKaarten', () => {
  it('names everyone of then and now exactly once, with the right change', () => {
    fc.assert(
      fc.property(personenArb(15), personenArb(15), fc.boolean(), (a, b, deelGedeeld) => {
        // share some ids between the two versions so moves and support changes happen
        const toen = a;
        const nu = deelGedeeld
          ? [...b, ...a.slice(0, 5).map((p, i) => ({ ...p, steun: p.steun + (i % 3) - 1 }))]
          : b;
        const uniekNu = nu.filter((p, i) => nu.findIndex((q) => q.id === p.id) === i);
        const uniekToen = toen.filter((p, i) => toen.findIndex((q) => q.id === p.id) === i);
        const uit = vergelijkKaarten(toen, nu);
        const ids = uit.map((v) => v.persoon.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(ids)).toEqual(new Set([...uniekNu, ...uniekToen].map((p) => p.id)));
        for (const v of uit) {
          const was = uniekToen.find((p) => p.id === v.persoon.id);
          const is = uniekNu.find((p) => p.id === v.persoon.id);
          const s = (p: KaartPersoon) => (Number.isFinite(p.steun) ? Math.max(0, p.steun) : 0);
          const verwacht = !is
            ? 'weg'
            : !was
              ? 'nieuw'
              : was.cirkel !== is.cirkel
                ? 'verplaatst'
                : s(is) > s(was)
                  ? 'meer-steun'
                  : s(is) < s(was)
                    ? 'minder-steun'
                    : 'zelfde';
          expect(v.verandering).toBe(verwacht);
          expect(v.vorigeCirkel).toBe(verwacht === 'verplaatst' ? was?.cirkel : undefined);
          expect(v.persoon).toBe(is ?? was);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('NetwerkVergelijking', () => {
  it('shows both maps and names who came, who left and who moved', () => {
    const toen = ACHT.slice(0, 6);
    const nu: KaartPersoon[] = [
      ...ACHT.slice(1, 6).map((p) => (p.id === 'p-buur' ? { ...p, cirkel: 'heel-dichtbij' as const } : p)),
      ...ACHT.slice(6),
    ];
    nu[0] = { ...(nu[0] as KaartPersoon), steun: 1 };
    const html = renderToString(
      <NetwerkVergelijking
        id="v"
        ik="Ilse"
        toen={toen}
        nu={nu}
        toenDatum={new Date('2026-03-03T10:00:00Z')}
        t={t}
      />,
    );
    expect(html.match(/<figure class="redzaam-ecomap"/g)?.length).toBe(2);
    const woorden = tekst(html);
    expect(woorden).toContain('Het netwerk van Ilse op 3 maart 2026');
    expect(woorden).toContain('Wat is er veranderd sinds 3 maart 2026?');
    expect(woorden).toContain('Nieuw op de kaart: Oud-collega Mark en Maatje van de taalcafé.');
    expect(woorden).toContain('Niet meer op de kaart: Ruben.');
    expect(woorden).toContain('Buurvrouw Els staat nu heel dichtbij (eerst dichtbij).');
    expect(woorden).toContain('Minder steun dan toen: Moeder.');
    const niets = renderToString(
      <NetwerkVergelijking id="v" ik="Ilse" toen={ACHT} nu={ACHT} toenDatum={new Date('x')} t={t} />,
    );
    expect(tekst(niets)).toContain('Er is niets veranderd.');
  });
});
