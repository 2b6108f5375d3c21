import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breekLabel, schoneLabel, tekstBreedte } from './labels.js';
import {
  benodigdeBanen,
  cirkelIndex,
  geometrie,
  hash,
  type Indeling,
  indeling,
  kiesSlots,
  MARKER,
  omvat,
  overlapt,
  type Vak,
} from './layout.js';
import { personenArb, persoonArb, volleCirkelArb } from './test-arbitraries.js';
import type { KaartPersoon } from './types.js';

// fast-check favours short arrays: mix in crowded maps of 25–40 on purpose.
const mensenArb = fc.oneof(personenArb(40), personenArb(40, 25), volleCirkelArb(40));

const markerVak = (p: { x: number; y: number }): Vak => ({
  x: p.x - MARKER,
  y: p.y - MARKER,
  breedte: 2 * MARKER,
  hoogte: 2 * MARKER,
});

function alleVakken(uit: Indeling) {
  return uit.geplaatst.map((g) => ({ id: g.persoon.id, vak: g.vak, mark: markerVak(g.punt) }));
}

describe('labels', () => {
  it('break into at most the lines allowed, each within the width, losing nothing unless shortened', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 80 }),
        fc.integer({ min: 1, max: 3 }),
        (label, max) => {
          const { regels, afgekort } = breekLabel(label, 76, max);
          expect(regels.length).toBeGreaterThanOrEqual(1);
          expect(regels.length).toBeLessThanOrEqual(max);
          for (const regel of regels) expect(tekstBreedte(regel)).toBeLessThanOrEqual(76);
          if (!afgekort) expect(regels.join('').replace(/ /g, '')).toBe(schoneLabel(label).replace(/ /g, ''));
          else expect(regels.at(-1)?.endsWith('…')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('wrap at spaces where they can', () => {
    expect(breekLabel('Buurvrouw Els', 84, 2)).toEqual({ regels: ['Buurvrouw', 'Els'], afgekort: false });
    expect(breekLabel('  ', 76, 2).regels).toEqual(['–']);
    expect(breekLabel('Oud-collega Mark', 84, 3).regels).toEqual(['Oud-', 'collega', 'Mark']);
  });
});

describe('geometry', () => {
  it('is the same object for the same track counts, and clamps odd counts', () => {
    expect(geometrie([1, 1, 1])).toBe(geometrie([1, 1, 1]));
    expect(geometrie([0, Number.NaN, 99])).toBe(geometrie([1, 1, 4]));
  });

  it('reserves slots that overlap nothing, in the band of their circle, inside the viewBox', () => {
    for (const banen of [
      [1, 1, 1],
      [2, 1, 1],
      [1, 3, 2],
      [4, 4, 4],
    ]) {
      const geo = geometrie(banen);
      const slots = geo.cirkels.flatMap((c) => c.slots);
      const fouten: string[] = [];
      slots.forEach((a, i) => {
        for (const v of [a.vak, a.zone]) {
          if (overlapt(v, geo.midden)) fouten.push(`${i} midden`);
          if (!omvat(geo.viewBox, v)) fouten.push(`${i} buiten de viewBox`);
          if (geo.cirkels.some((c) => overlapt(v, c.naamVak))) fouten.push(`${i} naam`);
          // A slot's own label box and mark touch by design; no other slot's may.
          slots.slice(i + 1).forEach((b, j) => {
            if (overlapt(v, b.vak) || overlapt(v, b.zone)) fouten.push(`${i} ${i + 1 + j}`);
          });
        }
      });
      expect(fouten).toEqual([]);
      for (const c of geo.cirkels) {
        expect(c.slots.length).toBeGreaterThan(0);
        for (const s of c.slots) {
          expect(s.straal).toBeGreaterThan(c.binnen + MARKER);
          expect(s.straal).toBeLessThan(c.buiten - MARKER);
        }
      }
    }
  });

  it('holds the usual maps without a second track: up to 6, 14 and 14 people per circle', () => {
    const geo = geometrie([1, 1, 1]);
    expect(geo.cirkels.map((c) => c.slots.length)).toEqual([6, 14, 14]);
  });
});

describe('layout of the people', () => {
  it('never lets two labels, a label and a mark, or a label and the centre overlap; all inside the viewBox', () => {
    fc.assert(
      fc.property(mensenArb, fc.string({ maxLength: 40 }), (personen, ik) => {
        const uit = indeling(ik, personen);
        const vakken = alleVakken(uit);
        const { viewBox, midden } = uit.geometrie;
        for (const [i, a] of vakken.entries()) {
          expect(omvat(viewBox, a.vak)).toBe(true);
          expect(omvat(viewBox, a.mark)).toBe(true);
          expect(overlapt(a.vak, uit.midden.vak)).toBe(false);
          expect(overlapt(a.vak, midden)).toBe(false);
          for (const c of uit.geometrie.cirkels) expect(overlapt(a.vak, c.naamVak)).toBe(false);
          for (const b of vakken.slice(i + 1)) {
            expect(overlapt(a.vak, b.vak), `${a.id} / ${b.id}`).toBe(false);
            expect(overlapt(a.vak, b.mark)).toBe(false);
            expect(overlapt(b.vak, a.mark)).toBe(false);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('draws everyone up to 40 people, once, each in the band of their own circle and box inside their slot', () => {
    fc.assert(
      fc.property(mensenArb, (personen) => {
        const uit = indeling('Ilse', personen);
        expect(uit.nietGetekend).toEqual([]);
        expect(uit.geplaatst.map((g) => g.persoon.id).sort()).toEqual(personen.map((p) => p.id).sort());
        for (const g of uit.geplaatst) {
          const cirkel = uit.geometrie.cirkels[cirkelIndex(g.persoon.cirkel)];
          if (!cirkel) throw new Error('geen cirkel');
          const straal = Math.hypot(g.punt.x, g.punt.y);
          expect(straal).toBeGreaterThan(cirkel.binnen);
          expect(straal).toBeLessThan(cirkel.buiten);
          expect(cirkel.slots).toContain(g.slot);
          expect(omvat(g.slot.vak, g.vak)).toBe(true);
        }
        const slots = uit.geplaatst.map((g) => g.slot);
        expect(new Set(slots).size).toBe(slots.length);
      }),
      { numRuns: 150 },
    );
  });

  it('keeps positions when one person is added: others move at most one slot along their circle', () => {
    fc.assert(
      fc.property(
        fc.oneof(personenArb(39), personenArb(39, 15)),
        fc.string({ minLength: 1, maxLength: 12 }).chain((id) => persoonArb(`nieuw-${id}`)),
        (personen, nieuw) => {
          fc.pre(!personen.some((p) => p.id === nieuw.id));
          const voor = indeling('Ilse', personen);
          const na = indeling('Ilse', [...personen, nieuw]);
          const zelfdeBanen = benodigdeBanen(personen).join() === benodigdeBanen([...personen, nieuw]).join();
          for (const g of voor.geplaatst) {
            const h = na.geplaatst.find((x) => x.persoon.id === g.persoon.id);
            if (!h) throw new Error(`${g.persoon.id} verdwenen`);
            if (zelfdeBanen) {
              expect(Math.abs(h.slot.index - g.slot.index)).toBeLessThanOrEqual(1);
              expect(Math.hypot(h.punt.x - g.punt.x, h.punt.y - g.punt.y)).toBeLessThanOrEqual(
                voor.geometrie.stapGrens,
              );
            } else {
              // A circle got an extra track: the picture grows, but nobody changes circle.
              expect(h.persoon.cirkel).toBe(g.persoon.cirkel);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('assigns distinct slots and moves no one more than one slot when an id is added', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 60 }),
        fc.string({ maxLength: 8 }),
        fc.integer({ min: 0, max: 20 }),
        (ids, extra, ruimte) => {
          fc.pre(!ids.includes(extra));
          const aantal = ids.length + 1 + ruimte;
          const voor = kiesSlots(ids, aantal);
          const na = kiesSlots([...ids, extra], aantal);
          for (const slots of [voor, na]) {
            const waarden = [...slots.values()];
            expect(new Set(waarden).size).toBe(waarden.length);
            for (const w of waarden) {
              expect(w).toBeGreaterThanOrEqual(0);
              expect(w).toBeLessThan(aantal);
            }
          }
          for (const id of ids)
            expect(Math.abs((na.get(id) as number) - (voor.get(id) as number))).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is deterministic, ignores the order of the people and hashes ids the same everywhere', () => {
    fc.assert(
      fc.property(personenArb(40), (personen) => {
        const a = indeling('Ilse', personen).geplaatst.map((g) => [g.persoon.id, g.punt]);
        const b = indeling('Ilse', [...personen].reverse()).geplaatst.map((g) => [g.persoon.id, g.punt]);
        expect(new Map(b as [string, unknown][])).toEqual(new Map(a as [string, unknown][]));
      }),
      { numRuns: 50 },
    );
    expect(hash('persoon-1')).toBe(hash('persoon-1'));
    expect(hash('')).toBe(0x811c9dc5);
  });

  it('degrades beyond the largest map: whoever does not fit is listed as not drawn, nobody is lost', () => {
    const veel: KaartPersoon[] = Array.from({ length: 80 }, (_, i) => ({
      id: `p${String(i).padStart(3, '0')}`,
      label: `Persoon ${i}`,
      relatie: 'Kennis',
      cirkel: 'heel-dichtbij',
      steun: 1,
      balans: 'geen',
      vlaggen: [],
    }));
    const uit = indeling('Ilse', [...veel, veel[0] as KaartPersoon]);
    expect(uit.geplaatst.length + uit.nietGetekend.length).toBe(81);
    expect(uit.nietGetekend.length).toBeGreaterThan(0);
  });
});
