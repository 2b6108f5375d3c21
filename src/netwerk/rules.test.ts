import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import { RELATIE_CODES, STEUN, wederkerigheidVan } from './codes.js';
import { persoon } from './demo.js';
import { CIRKELS } from './kaart/types.js';
import {
  aangebodenRelaties,
  afgeleideSamenvatting,
  BALANS_MARGE,
  balansVan,
  GENOEG,
  geldendeSamenvatting,
  gelijkeNaam,
  isDubbel,
  type Kern,
  kanGevraagdWorden,
  nummers,
  signalen,
  standPerGebied,
  steunVan,
  tekorten,
  uitBalans,
  vlaggenVan,
  voorKijker,
  wijzigingVanAnder,
} from './rules.js';

const CODES = [...STANDAARD_LEVENSGEBIEDEN];

const kern: fc.Arbitrary<Kern> = fc.record({
  id: fc.uuid(),
  relatie: fc.constantFrom(...RELATIE_CODES),
  krijgt: fc.subarray([...STEUN]),
  geeft: fc.subarray([...STEUN]),
  helptBij: fc.subarray(CODES),
  dichtbij: fc.boolean(),
  eigenProblemen: fc.boolean(),
  zwaarBelast: fc.boolean(),
  lieverNiet: fc.boolean(),
  kostEnergie: fc.boolean(),
});
const kaart = fc.uniqueArray(kern, { selector: (p) => p.id, maxLength: 30 });

describe('netwerk rules', () => {
  it('balance: the direction follows the kinds of support each way; nothing flowing is "geen"', () => {
    fc.assert(
      fc.property(kern, (p) => {
        const b = balansVan(p);
        if (p.krijgt.length === 0 && p.geeft.length === 0) expect(b).toBe('geen');
        else if (p.krijgt.length > p.geeft.length) expect(b).toBe('krijgt-meer');
        else if (p.geeft.length > p.krijgt.length) expect(b).toBe('geeft-meer');
        else expect(b).toBe('in-balans');
        // Swapping the two directions mirrors the balance.
        const spiegel = balansVan({ ...p, krijgt: p.geeft, geeft: p.krijgt });
        const omgekeerd = { 'krijgt-meer': 'geeft-meer', 'geeft-meer': 'krijgt-meer' } as const;
        expect(spiegel).toBe(b === 'krijgt-meer' || b === 'geeft-meer' ? omgekeerd[b] : b);
        expect(steunVan(p)).toBe(p.krijgt.length + p.geeft.length + p.helptBij.length);
      }),
    );
  });

  it('out of balance only where balance is expected (never family, never paid or organised help)', () => {
    fc.assert(
      fc.property(kern, (p) => {
        const verschil = Math.abs(p.krijgt.length - p.geeft.length);
        expect(uitBalans(p)).toBe(wederkerigheidVan(p.relatie) === 'evenwichtig' && verschil >= BALANS_MARGE);
      }),
    );
  });

  it('flags: exactly the capacity and strain the person carries, "ver weg" when not nearby', () => {
    fc.assert(
      fc.property(kern, (p) => {
        const v = vlaggenVan(p);
        expect(v.includes('ver-weg')).toBe(!p.dichtbij);
        expect(v.includes('zwaar-belast')).toBe(p.zwaarBelast);
        expect(v.includes('eigen-problemen')).toBe(p.eigenProblemen);
        expect(v.includes('liever-niet-vragen')).toBe(p.lieverNiet);
        expect(v.includes('kost-energie')).toBe(p.kostEnergie);
      }),
    );
  });

  it('signals: "asks a lot of someone overloaded" only for someone with capacity flags; per domain only where nobody can be asked', () => {
    fc.assert(
      fc.property(kaart, (personen) => {
        const s = signalen(personen, CODES);
        for (const sig of s) {
          if (sig.soort === 'veel-aan-belaste') {
            const p = personen.find((x) => x.id === sig.persoonId) as Kern;
            expect(p.zwaarBelast || p.eigenProblemen).toBe(true);
          }
          if (sig.soort === 'uit-balans')
            expect(uitBalans(personen.find((x) => x.id === sig.persoonId) as Kern)).toBe(true);
          if (sig.soort === 'niemand-voor-gebied')
            expect(personen.some((p) => p.helptBij.includes(sig.code) && kanGevraagdWorden(p))).toBe(false);
        }
        if (personen.length === 0) expect(s).toEqual([]);
      }),
    );
  });

  it("adding someone who helps with a domain and can be asked ends that domain's shortfall, and changes no other", () => {
    fc.assert(
      fc.property(kaart, kern, fc.constantFrom(...CODES), (personen, nieuw, code) => {
        const helper = { ...nieuw, helptBij: [code], lieverNiet: false, zwaarBelast: false };
        const voor = standPerGebied(personen, CODES);
        const na = standPerGebied([...personen, helper], CODES);
        expect(na[code]).toBe('ja');
        expect(tekorten([...personen, helper], CODES)).not.toContain(code);
        for (const c of CODES) if (c !== code) expect(na[c]).toBe(voor[c]);
      }),
    );
  });

  it('summary: too few below three people outside paid help; otherwise whether she asks anyone', () => {
    fc.assert(
      fc.property(kaart, (personen) => {
        const mensen = personen.filter((p) => wederkerigheidVan(p.relatie) !== 'geen');
        const s = afgeleideSamenvatting(personen);
        if (mensen.length < GENOEG) expect(s).toBe('te-weinig');
        else if (mensen.some((p) => !p.lieverNiet && (p.krijgt.length > 0 || p.helptBij.length > 0)))
          expect(s).toBe('genoeg-en-vraagt');
        else expect(s).toBe('genoeg-vraagt-niet');
        // Professionals never lift someone out of "te weinig".
        const pro = personen.map((p) => ({ ...p, relatie: 'professional' }));
        expect(afgeleideSamenvatting(pro)).toBe('te-weinig');
        // Her own choice, when made, is what counts.
        expect(geldendeSamenvatting(s, null)).toBe(s);
        expect(geldendeSamenvatting(s, 'te-weinig')).toBe('te-weinig');
      }),
    );
  });

  it('names: the same person ignoring case and spacing; numbers per relationship stay put when someone is added', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 20 }), (naam) => {
        expect(gelijkeNaam(naam, `  ${naam.toLocaleUpperCase('nl')} `)).toBe(
          naam.toLocaleUpperCase('nl').toLocaleLowerCase('nl') === naam.toLocaleLowerCase('nl'),
        );
        expect(isDubbel(naam, [{ id: 'a', naam }])).toBe(true);
        expect(isDubbel(naam, [{ id: 'a', naam }], 'a')).toBe(false);
      }),
    );
    const mensen = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        relatie: fc.constantFrom('vriend', 'buur', 'ouder'),
        // Bounded: one millisecond after the very last Date is no Date at all (seed 910850997).
        createdAt: fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') }),
      }),
      { selector: (p) => p.id, maxLength: 40 },
    );
    fc.assert(
      fc.property(
        mensen,
        fc.record({ id: fc.uuid(), relatie: fc.constantFrom('vriend', 'buur') }),
        (lijst, nieuw) => {
          // Someone added is someone new: an id already on the map would be the same person.
          fc.pre(!lijst.some((p) => p.id === nieuw.id));
          const voor = nummers(lijst);
          const laatste = Math.max(0, ...lijst.map((p) => p.createdAt.getTime()));
          const na = nummers([...lijst, { ...nieuw, createdAt: new Date(laatste + 1) }]);
          for (const p of lijst) expect(na.get(p.id)).toBe(voor.get(p.id));
          for (const relatie of ['vriend', 'buur', 'ouder']) {
            const n = lijst.filter((p) => p.relatie === relatie).map((p) => voor.get(p.id));
            expect(new Set(n).size).toBe(n.length);
          }
        },
      ),
    );
  });

  it('what others see: a hidden name becomes the label, notes only for her; a grantee never changes what is hers', () => {
    const invoer = fc.record({
      naam: fc.string({ minLength: 1, maxLength: 20 }),
      naamZichtbaar: fc.boolean(),
      notitie: fc.string({ maxLength: 20 }),
      cirkel: fc.constantFrom(...CIRKELS),
    });
    fc.assert(
      fc.property(invoer, invoer, fc.boolean(), (huidigDeel, voorstelDeel, eigenaar) => {
        const basis = persoon({ naam: 'x', relatie: 'vriend', cirkel: 'dichtbij' });
        const huidig = { ...basis, ...huidigDeel };
        const gezien = voorKijker(
          eigenaar,
          { ...huidig, id: 'x', versie: 1, createdAt: new Date(0) },
          'Vriend 1',
        );
        expect(gezien.naam).toBe(eigenaar || huidig.naamZichtbaar ? huidig.naam : 'Vriend 1');
        expect(gezien.notitie).toBe(eigenaar ? huidig.notitie : '');
        const na = wijzigingVanAnder(huidig, { ...basis, ...voorstelDeel });
        expect(na.naamZichtbaar).toBe(huidig.naamZichtbaar);
        expect(na.notitie).toBe(huidig.notitie);
        if (!huidig.naamZichtbaar) expect(na.naam).toBe(huidig.naam);
        expect(na.cirkel).toBe(voorstelDeel.cirkel);
        const nieuw = wijzigingVanAnder(undefined, { ...basis, ...voorstelDeel });
        expect(nieuw.naamZichtbaar).toBe(false);
        expect(nieuw.notitie).toBe('');
      }),
    );
  });
});

describe('aangebodenRelaties (the gemeente hides codes for new people)', () => {
  const instellingen = fc.array(
    fc.record({ code: fc.constantFrom(...RELATIE_CODES), verborgen: fc.boolean() }),
    { maxLength: 20 },
  );
  it("offers exactly the codes not hidden, plus the person's own, in the spectrum's order", () => {
    fc.assert(
      fc.property(
        instellingen,
        fc.option(fc.constantFrom(...RELATIE_CODES), { nil: undefined }),
        (lijst, huidige) => {
          const aangeboden = aangebodenRelaties(lijst, huidige);
          for (const code of RELATIE_CODES) {
            const verborgen = lijst.some((i) => i.code === code && i.verborgen);
            expect(aangeboden.includes(code)).toBe(!verborgen || code === huidige);
          }
          expect(aangeboden).toEqual(RELATIE_CODES.filter((c) => aangeboden.includes(c)));
          if (huidige) expect(aangeboden).toContain(huidige);
        },
      ),
    );
  });
  it('offers everything when nothing is hidden', () => {
    expect(aangebodenRelaties([])).toEqual(RELATIE_CODES);
  });
});
