import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NIVEAUS } from '../../regie/rules.js';
import { ITEMS, MAX_TOELICHTING_ITEM, SCHAAL, VRAGENLIJSTEN, type Vragenlijst } from './items.js';
import {
  besluitOpslaan,
  bestaatVragenlijst,
  formWaardenVan,
  gespreksonderwerpen,
  invulVerzoek,
  kanEigenRegieInvullen,
  leesInvulling,
  magInwonerZien,
  onderSpiegelregel,
  type Scores,
  spiegelRondes,
  VERSCHIL_DREMPEL,
  WEET_NIET,
} from './rules.js';

const vragenlijst = fc.constantFrom(...VRAGENLIJSTEN);

/** A valid answer per item for one questionnaire: skipped, a score on its scale, or "weet ik niet". */
function geldigeInvulling(v: Vragenlijst) {
  const { min, max } = SCHAAL[v];
  const waarde = fc.oneof(
    fc.constant(''),
    fc.integer({ min, max }).map(String),
    ...(v === 'eigen-regie' ? [fc.constant(WEET_NIET)] : []),
  );
  const item = fc.record({
    waarde,
    toelichting: fc.string({ maxLength: 40 }),
    praten: v === 'positieve-gezondheid' ? fc.boolean() : fc.constant(false),
  });
  return fc.tuple(...ITEMS[v].map(() => item));
}

function formVan(v: Vragenlijst, items: { waarde: string; toelichting: string; praten: boolean }[]) {
  const form: Record<string, string> = { version: '0', knop: 'opslaan', toelichting: '' };
  ITEMS[v].forEach((code, i) => {
    const item = items[i];
    if (!item) return;
    form[`antwoord.${code}`] = item.waarde;
    form[`toelichting.${code}`] = item.toelichting;
    if (item.praten) form[`praten.${code}`] = 'ja';
  });
  return form;
}

describe('leesInvulling (reading a questionnaire form)', () => {
  it('accepts every valid filling-in and reads back exactly what was chosen, skipped items as absent', () => {
    fc.assert(
      fc.property(
        vragenlijst.chain((v) => fc.tuple(fc.constant(v), geldigeInvulling(v))),
        ([v, items]) => {
          const result = leesInvulling(v, formVan(v, items));
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          ITEMS[v].forEach((code, i) => {
            const item = items[i] as (typeof items)[number];
            const antwoord = result.invulling.antwoorden.find((a) => a.code === code);
            const heeftIets = item.waarde !== '' || item.toelichting.trim() !== '' || item.praten;
            expect(antwoord !== undefined).toBe(heeftIets);
            if (!antwoord) return;
            expect(antwoord.weetNiet).toBe(item.waarde === WEET_NIET);
            expect(antwoord.score).toBe(
              item.waarde === '' || item.waarde === WEET_NIET ? null : Number(item.waarde),
            );
            expect(antwoord.toelichting).toBe(item.toelichting.trim());
            expect(antwoord.praten).toBe(item.praten);
          });
          // Showing the answers again gives the same form values (the draft comes back as it was).
          const again = formWaardenVan(result.invulling.antwoorden, result.invulling.toelichting);
          for (const a of result.invulling.antwoorden)
            expect(again.antwoorden[a.code]).toEqual(result.waarden.antwoorden[a.code]);
        },
      ),
    );
  });

  it('refuses any score outside the scale, next to that item, and never returns answers', () => {
    fc.assert(
      fc.property(
        vragenlijst,
        fc.oneof(
          fc.integer({ min: -1000, max: 1000 }).map(String),
          fc.string({ maxLength: 6 }),
          fc.double().map(String),
        ),
        fc.nat(),
        (v, waarde, index) => {
          const { min, max } = SCHAAL[v];
          const geldig =
            waarde === '' ||
            (waarde === WEET_NIET && v === 'eigen-regie') ||
            (String(Number.parseInt(waarde, 10)) === waarde &&
              Number(waarde) >= min &&
              Number(waarde) <= max);
          fc.pre(!geldig);
          const code = ITEMS[v][index % ITEMS[v].length] as string;
          const result = leesInvulling(v, { version: '0', [`antwoord.${code}`]: waarde });
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.fouten[`antwoord-${code}`]?.sleutel).toBe('vragenlijst.fout.score');
          expect(result.fouten[`antwoord-${code}`]?.waarden).toEqual({ min, max });
          // The typed value comes back to be shown again.
          expect(result.waarden.antwoorden[code]?.waarde).toBe(waarde);
        },
      ),
    );
  });

  it('refuses any item code that is not in the questionnaire', () => {
    fc.assert(
      fc.property(
        vragenlijst,
        fc.constantFrom('antwoord.', 'toelichting.', 'praten.'),
        fc.string({ minLength: 1, maxLength: 30 }),
        (v, prefix, code) => {
          const bestaat = ITEMS[v].includes(code) && (prefix !== 'praten.' || v === 'positieve-gezondheid');
          fc.pre(!bestaat);
          const result = leesInvulling(v, {
            version: '0',
            [`${prefix}${code}`]: prefix === 'praten.' ? 'ja' : '3',
          });
          expect(result.ok).toBe(false);
          if (!result.ok) expect(result.fouten.formulier?.sleutel).toBe('vragenlijst.fout.onbekend-item');
        },
      ),
    );
  });

  it('refuses a field sent twice, a note that is too long, a broken version and an empty submit', () => {
    const code = ITEMS['eigen-regie'][0] as string;
    const dubbel = leesInvulling('eigen-regie', { version: '0', [`antwoord.${code}`]: ['1', '5'] });
    expect(!dubbel.ok && dubbel.fouten[`antwoord-${code}`]?.sleutel).toBe('vragenlijst.fout.dubbel');
    const lang = leesInvulling('eigen-regie', {
      version: '0',
      [`toelichting.${code}`]: 'x'.repeat(MAX_TOELICHTING_ITEM + 1),
    });
    expect(!lang.ok && lang.fouten[`toelichting-${code}`]?.sleutel).toBe('veld.fout.te-lang');
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (version) => {
        fc.pre(!/^(0|[1-9][0-9]{0,8})$/.test(version));
        expect(leesInvulling('eigen-regie', { version }).ok).toBe(false);
      }),
    );
    const leeg = leesInvulling('positieve-gezondheid', {
      version: '0',
      knop: 'indienen',
      toelichting: 'alleen dit',
    });
    expect(!leeg.ok && leeg.fouten.formulier?.sleutel).toBe('vragenlijst.fout.leeg');
  });
});

describe('besluitOpslaan (optimistic concurrency)', () => {
  it('creates only from version 0 without a draft, updates only the version seen, else a conflict', () => {
    fc.assert(
      fc.property(
        fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }),
        fc.integer({ min: 0, max: 50 }),
        (versie, gezien) => {
          const besluit = besluitOpslaan(versie === undefined ? undefined : { version: versie }, gezien);
          if (versie === undefined) expect(besluit).toBe(gezien === 0 ? 'nieuw' : 'conflict');
          else expect(besluit).toBe(versie === gezien ? 'bijwerken' : 'conflict');
        },
      ),
    );
  });
});

describe('invulVerzoek (who may fill in)', () => {
  it('asks `reageren` only of a professional on eigen regie; everything else is the owner alone', () => {
    for (const rol of ['inwoner', 'naaste', 'professional', 'beheerder', 'analist'] as const)
      for (const v of VRAGENLIJSTEN) {
        const verzoek = invulVerzoek(v, { rol });
        if (v === 'eigen-regie' && rol === 'professional')
          expect(verzoek).toEqual({ nodig: 'reageren', alleenEigenaar: false });
        else expect(verzoek).toEqual({ nodig: 'bewerken', alleenEigenaar: true });
      }
  });
});

describe('who sees what (the regie-spiegel and the gemeente setting)', () => {
  const rol = fc.constantFrom(...(['inwoner', 'naaste', 'professional', 'beheerder', 'analist'] as const));
  const kijker = fc.record({ eigenaar: fc.boolean(), rol, niveau: fc.constantFrom(...NIVEAUS) });
  const stand = fc.record({ anderenZienEerst: fc.boolean(), heeftEigenBlikGegeven: fc.boolean() });
  const reageert = (k: { eigenaar: boolean; rol: string; niveau: string }) =>
    !k.eigenaar && k.rol === 'professional' && k.niveau !== 'lezen';

  it('hides the resident only from a professional who may respond, has not answered, and was not let first', () => {
    fc.assert(
      fc.property(kijker, stand, (k, s) => {
        const verborgen = reageert(k) && !s.anderenZienEerst && !s.heeftEigenBlikGegeven;
        expect(magInwonerZien(k, s)).toBe(!verborgen);
      }),
    );
  });

  it('lets fill in eigen regie exactly the resident and a professional with `reageren` (as the door asks)', () => {
    fc.assert(
      fc.property(kijker, (k) => {
        expect(kanEigenRegieInvullen(k)).toBe(k.eigenaar || reageert(k));
        // Agrees with the door's request: a professional who may fill in passes `reageren`.
        if (!k.eigenaar && kanEigenRegieInvullen(k))
          expect(invulVerzoek('eigen-regie', k)).toEqual({ nodig: 'reageren', alleenEigenaar: false });
      }),
    );
  });

  it('puts only the resident’s eigen-regie rounds under the rule, and positieve gezondheid only where on', () => {
    for (const v of VRAGENLIJSTEN) {
      for (const r of ['inwoner', 'professional'] as const)
        expect(onderSpiegelregel(v, r)).toBe(v === 'eigen-regie' && r === 'inwoner');
      expect(bestaatVragenlijst(v, { positieveGezondheid: true })).toBe(true);
      expect(bestaatVragenlijst(v, { positieveGezondheid: false })).toBe(v === 'eigen-regie');
    }
  });

  it('shows per person their newest round, without the resident’s when hidden, and says she is hidden', () => {
    const ronde = fc.record({
      invullerAccountId: fc.constantFrom('a', 'b', 'c', 'd'),
      invullerRol: fc.constantFrom(...(['inwoner', 'professional'] as const)),
      nr: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(ronde, { maxLength: 12 }), fc.boolean(), (alle, zichtbaar) => {
        const spiegel = spiegelRondes(alle, zichtbaar);
        const verwacht = zichtbaar ? alle : alle.filter((r) => r.invullerRol !== 'inwoner');
        expect(spiegel.rondes).toEqual(verwacht);
        // Newest first: each person's first round, in the order they first appear.
        expect(spiegel.laatste).toEqual(
          verwacht.filter(
            (r, i) => verwacht.findIndex((x) => x.invullerAccountId === r.invullerAccountId) === i,
          ),
        );
        expect(spiegel.inwonerVerborgen).toBe(!zichtbaar && alle.some((r) => r.invullerRol === 'inwoner'));
        if (!zichtbaar) expect(spiegel.laatste.every((r) => r.invullerRol !== 'inwoner')).toBe(true);
      }),
    );
  });
});

describe('gespreksonderwerpen (the difference rule)', () => {
  const codes = ITEMS['eigen-regie'];
  const scores = fc.dictionary(
    fc.constantFrom(...codes),
    fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
  ) as fc.Arbitrary<Scores>;

  it('makes a topic exactly where both answered and differ by two steps or more, in item order', () => {
    fc.assert(
      fc.property(scores, scores, (eigen, ander) => {
        const onderwerpen = gespreksonderwerpen(codes, eigen, ander);
        const verwacht = codes.filter((code) => {
          const a = eigen[code];
          const b = ander[code];
          return typeof a === 'number' && typeof b === 'number' && Math.abs(a - b) >= VERSCHIL_DREMPEL;
        });
        expect(onderwerpen.map((o) => o.code)).toEqual(verwacht);
        for (const o of onderwerpen) {
          const a = eigen[o.code] as number;
          const b = ander[o.code] as number;
          expect(o.verschil).toBe(Math.abs(a - b));
          expect(o.richting).toBe(b > a ? 'anderen-beter' : 'anderen-slechter');
          expect(Number.isFinite(o.verschil)).toBe(true);
        }
      }),
    );
  });

  it('is symmetric: swapping the two views flips every direction and keeps the topics', () => {
    fc.assert(
      fc.property(scores, scores, (eigen, ander) => {
        const heen = gespreksonderwerpen(codes, eigen, ander);
        const terug = gespreksonderwerpen(codes, ander, eigen);
        expect(terug.map((o) => o.code)).toEqual(heen.map((o) => o.code));
        heen.forEach((o, i) => {
          expect(terug[i]?.richting).not.toBe(o.richting);
          expect(terug[i]?.verschil).toBe(o.verschil);
        });
      }),
    );
  });

  it('never makes a topic of a skipped item or "weet ik niet" (null), nor of equal answers', () => {
    fc.assert(
      fc.property(scores, (eigen) => {
        const leeg: Scores = Object.fromEntries(codes.map((code) => [code, null]));
        expect(gespreksonderwerpen(codes, eigen, leeg)).toEqual([]);
        expect(gespreksonderwerpen(codes, {}, eigen)).toEqual([]);
        expect(gespreksonderwerpen(codes, eigen, eigen)).toEqual([]);
      }),
    );
  });
});
