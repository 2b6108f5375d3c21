import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translator } from '../platform/i18n/i18n.js';
import { GENESIS_HASH, sealHash } from './audit/audit.js';
import { type LogboekRegel, logboekZin, noodReden } from './logboek-zinnen.js';
import { beslis, DEUR_ROLLEN, NIVEAUS, type Niveau, niveauVolstaat } from './rules.js';
import { SectieRegister } from './secties.js';

const NU = new Date('2027-03-03T13:02:00Z');
const secties = [
  'plan',
  'levensgebieden',
  'netwerk',
  'crisiskaart',
  'gesprekken',
  'waakvlam',
  'documenten',
  'samen',
];

const arbitraryInput = fc.record({
  rol: fc.constantFrom('inwoner', 'naaste', 'professional', 'beheerder', 'analist', 'buur'),
  isEigenaar: fc.boolean(),
  zelfdeGemeente: fc.boolean(),
  heeftDossier: fc.boolean(),
  toegang: fc.option(
    fc.record({
      soort: fc.constantFrom('uitnodiging' as const, 'vertegenwoordiger' as const),
      eindigtOp: fc.option(
        fc.date({ min: new Date('2026-01-01'), max: new Date('2028-01-01'), noInvalidDate: true }),
        { nil: null },
      ),
      ingetrokkenOp: fc.option(fc.constant(new Date('2027-01-01')), { nil: null }),
      niveaus: fc.dictionary(fc.constantFrom(...secties), fc.constantFrom(...NIVEAUS)),
    }),
    { nil: undefined },
  ),
  nood: fc.option(
    fc.date({
      min: new Date('2027-03-03T12:00:00Z'),
      max: new Date('2027-03-03T14:00:00Z'),
      noInvalidDate: true,
    }),
    { nil: undefined },
  ),
  sectie: fc.option(fc.constantFrom(...secties), { nil: null }),
  nodig: fc.constantFrom(...NIVEAUS),
  alleenEigenaar: fc.boolean(),
});

type Input = typeof arbitraryInput extends fc.Arbitrary<infer T> ? T : never;

function decide(input: Input, nodig: Niveau = input.nodig) {
  return beslis({
    persoon: { accountId: 'viewer', gemeenteId: 'g1', rol: input.rol },
    dossier: input.heeftDossier
      ? {
          id: 'd1',
          gemeenteId: input.zelfdeGemeente ? 'g1' : 'g2',
          inwonerAccountId: input.isEigenaar ? 'viewer' : 'iemand',
        }
      : undefined,
    toegang: input.toegang ? { id: 't1', ...input.toegang } : undefined,
    noodtoegang: input.nood ? { id: 'n1', expiresAt: input.nood } : undefined,
    sectie: input.sectie,
    nodig,
    alleenEigenaar: input.alleenEigenaar,
    nu: NU,
  });
}

describe('beslis: the rules of access', () => {
  it('fails closed: no record, another gemeente, beheerder or analist is never allowed', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const besluit = decide(input);
        if (!input.heeftDossier || !input.zelfdeGemeente) expect(besluit.toegestaan).toBe(false);
        if ((input.rol === 'beheerder' || input.rol === 'analist') && !input.isEigenaar)
          expect(besluit.toegestaan).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('refuses the panel worker (decision 051) and any role it names no rule for everything, even as owner or with a grant', () => {
    const vreemdeRol = fc.oneof(
      fc.constant('panelmedewerker'),
      fc.string({ maxLength: 20 }).filter((r) => !DEUR_ROLLEN.includes(r)),
    );
    fc.assert(
      fc.property(arbitraryInput, vreemdeRol, (input, rol) => {
        expect(DEUR_ROLLEN).not.toContain(rol);
        expect(decide({ ...input, rol: rol as Input['rol'] }).toegestaan).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it('lets the owner do anything with their own record, and only the owner do owner-only things', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const besluit = decide(input);
        const eigen = input.heeftDossier && input.zelfdeGemeente && input.isEigenaar;
        const buurBuitenSamen = input.rol === 'buur' && input.sectie !== null && input.sectie !== 'samen';
        if (eigen && !buurBuitenSamen)
          expect(besluit).toMatchObject({ toegestaan: true, grondslag: 'eigenaar' });
        if (input.alleenEigenaar && !eigen) expect(besluit.toegestaan).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("opens a neighbour's own light record only for Samen and the record as a whole, and never anyone else's (decision 048)", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        if (input.rol !== 'buur') return;
        const besluit = decide(input);
        if (!input.isEigenaar || !input.heeftDossier || !input.zelfdeGemeente)
          expect(besluit.toegestaan).toBe(false);
        else if (input.sectie !== null && input.sectie !== 'samen')
          expect(besluit).toMatchObject({ toegestaan: false, reden: 'alleen-samen' });
        else expect(besluit).toMatchObject({ toegestaan: true, grondslag: 'eigenaar' });
      }),
      { numRuns: 3000 },
    );
  });

  it('never honours a revoked or expired grant, and never goes beyond the granted level', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const besluit = decide(input);
        if (!besluit.toegestaan || besluit.grondslag === 'eigenaar' || besluit.grondslag === 'noodtoegang')
          return;
        const toegang = input.toegang as NonNullable<typeof input.toegang>;
        expect(toegang.ingetrokkenOp).toBeNull();
        if (toegang.eindigtOp) expect(toegang.eindigtOp.getTime()).toBeGreaterThan(NU.getTime());
        if (input.sectie) expect(niveauVolstaat(toegang.niveaus[input.sectie], input.nodig)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('is monotonic: allowed to do more means allowed to do less', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        if (!decide(input).toegestaan) return;
        for (const lager of NIVEAUS.slice(0, NIVEAUS.indexOf(input.nodig)))
          expect(decide(input, lager).toegestaan).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('grants emergency access only to a professional, only to read the crisiskaart, only while it lasts', () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const besluit = decide(input);
        if (besluit.toegestaan && besluit.grondslag === 'noodtoegang') {
          expect(input.rol).toBe('professional');
          expect(input.sectie).toBe('crisiskaart');
          expect(input.nodig).toBe('lezen');
          expect((input.nood as Date).getTime()).toBeGreaterThan(NU.getTime());
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the audit hash chain', () => {
  const entry = {
    gemeenteId: 'g1',
    occurredAt: NU,
    actorAccountId: 'a1',
    actorRol: 'naaste',
    actorOrganisatieId: null,
    namensAccountId: null,
    dossierId: 'd1',
    sectie: 'plan',
    itemId: null,
    actie: 'read' as const,
    uitkomst: 'allowed' as const,
    grondslag: 'toegang',
    toegangId: 't1',
    noodtoegang: false,
    origin: 'web',
  };

  it('changes the hash when any field, the position or the previous hash changes', () => {
    const base = sealHash(GENESIS_HASH, 1, entry);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(sealHash(GENESIS_HASH, 1, { ...entry })).toBe(base);
    expect(sealHash(GENESIS_HASH, 2, entry)).not.toBe(base);
    for (const [field, value] of Object.entries({
      actorAccountId: 'a2',
      sectie: 'netwerk',
      uitkomst: 'denied',
      noodtoegang: true,
      occurredAt: new Date(NU.getTime() + 1),
    })) {
      expect(sealHash(GENESIS_HASH, 1, { ...entry, [field]: value }), field).not.toBe(base);
    }
    expect(sealHash('f'.repeat(64), 1, entry)).not.toBe(base);
  });
});

describe('logboekZin', () => {
  const register = new SectieRegister();
  const regel: LogboekRegel = {
    occurred_at: NU,
    actor_account_id: 'yara',
    actor_naam: 'Yara Doğan',
    actor_rol: 'professional',
    organisatie_naam: 'Buurtteam Oost',
    sectie: 'plan',
    item_id: null,
    actie: 'read',
    uitkomst: 'allowed',
    grondslag: 'toegang',
    noodtoegang: false,
  };
  const zin = (overrides: Partial<LogboekRegel> = {}, locale: 'nl' | 'en' = 'nl') =>
    logboekZin(
      { ...regel, ...overrides },
      {
        t: translator(locale),
        locale,
        eigenAccountId: 'ilse',
        secties: register,
        gemeenteNaam: 'Lindewaard',
      },
    );

  it('tells who did what with which part, when, in plain Dutch or English', () => {
    expect(zin()).toBe('Yara Doğan (professional, Buurtteam Oost) bekeek je plan op 3 maart 2027 om 14:02.');
    expect(zin({}, 'en')).toBe(
      'Yara Doğan (professional, Buurtteam Oost) looked at your plan on 3 March 2027 at 14:02.',
    );
    expect(
      zin({
        uitkomst: 'denied',
        actor_naam: 'Bram',
        actor_rol: 'naaste',
        organisatie_naam: null,
        sectie: 'netwerk',
      }),
    ).toBe('Bram (naaste) probeerde je netwerk te openen op 3 maart 2027 om 14:02. Dat mocht niet.');
    expect(
      zin({ uitkomst: 'denied', actor_naam: 'Lotte Smeets', actor_rol: 'beheerder', organisatie_naam: null }),
    ).toBe(
      'Lotte Smeets (beheerder, gemeente Lindewaard) probeerde je plan te openen op 3 maart 2027 om 14:02. Dat mocht niet.',
    );
    expect(zin({ actie: 'emergency', sectie: 'crisiskaart' })).toBe(
      'Yara Doğan (professional, Buurtteam Oost) opende je crisiskaart in een noodgeval op 3 maart 2027 om 14:02.',
    );
    expect(zin({ actor_account_id: 'ilse', sectie: null, actie: 'create', item_id: 'uitnodiging' })).toBe(
      'Jij nodigde iemand uit om mee te kijken, op 3 maart 2027 om 14:02.',
    );
    expect(
      zin({
        actor_naam: 'Bram',
        actor_rol: 'naaste',
        organisatie_naam: null,
        sectie: null,
        actie: 'create',
        item_id: 'toegang:t1',
      }),
    ).toBe('Bram (naaste) nam je uitnodiging aan op 3 maart 2027 om 14:02.');
    expect(zin({ actor_account_id: 'ilse', sectie: null, actie: 'delete', item_id: 'toegang:t1' })).toBe(
      'Jij stopte de toegang van iemand op 3 maart 2027 om 14:02.',
    );
    expect(zin({ actor_naam: null, organisatie_naam: null })).toBe(
      'Iemand van wie het account niet meer bestaat bekeek je plan op 3 maart 2027 om 14:02.',
    );
  });

  it('names the role of everyone but the resident herself, and an organisation for staff (property)', () => {
    const rollen = ['inwoner', 'naaste', 'professional', 'beheerder', 'analist'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...rollen),
        fc.string({ minLength: 1, maxLength: 30 }).filter((n) => !/[{}'<>]/.test(n)),
        fc.option(fc.constantFrom('Buurtteam Oost', 'Wijkteam Noord'), { nil: null }),
        fc.constantFrom('read', 'update', 'export', 'emergency', 'delete') as fc.Arbitrary<
          LogboekRegel['actie']
        >,
        fc.constantFrom('allowed', 'denied', 'failed') as fc.Arbitrary<LogboekRegel['uitkomst']>,
        (rol, naam, organisatie, actie, uitkomst) => {
          const tekst = zin({
            actor_naam: naam,
            actor_rol: rol,
            organisatie_naam: organisatie,
            actie,
            uitkomst,
          });
          const staf = rol !== 'inwoner' && rol !== 'naaste';
          const verwacht = staf
            ? `${naam} (${rol}, ${organisatie ?? 'gemeente Lindewaard'})`
            : `${naam} (${rol})`;
          expect(tekst.startsWith(verwacht)).toBe(true);
        },
      ),
    );
  });

  it('tells the resident the reason given for emergency access, on the emergency lines of that hour', () => {
    const nood = {
      account_id: 'yara',
      started_at: new Date(NU.getTime() - 60_000),
      expires_at: new Date(NU.getTime() + 59 * 60_000),
      reden: 'Zij neemt niet op',
    };
    const regelNood = { ...regel, actie: 'emergency' as const, sectie: 'crisiskaart', noodtoegang: true };
    const context = {
      t: translator('nl'),
      locale: 'nl' as const,
      eigenAccountId: 'ilse',
      secties: register,
      gemeenteNaam: 'Lindewaard',
    };
    expect(logboekZin(regelNood, { ...context, noodtoegangen: [nood] })).toBe(
      'Yara Doğan (professional, Buurtteam Oost) opende je crisiskaart in een noodgeval op 3 maart 2027 om 14:02. De reden die Yara Doğan gaf: "Zij neemt niet op"',
    );
    expect(
      noodReden({ ...regelNood, occurred_at: new Date(NU.getTime() + 2 * 3_600_000) }, [nood]),
    ).toBeUndefined();
    expect(noodReden({ ...regelNood, actor_account_id: 'iemand' }, [nood])).toBeUndefined();
    expect(noodReden({ ...regel }, [nood])).toBeUndefined();
  });

  it('names the system path and a failure for what they are', () => {
    const systeem = {
      actor_account_id: null,
      actor_naam: null,
      organisatie_naam: null,
      actie: 'create' as const,
    };
    expect(zin({ ...systeem, grondslag: 'voorbeeldgegevens', sectie: 'levensgebieden' })).toBe(
      'Redzaam zette voorbeeldgegevens in hoe het met je gaat op 3 maart 2027 om 14:02.',
    );
    expect(zin({ ...systeem, grondslag: 'voorbeeldgegevens', sectie: null }, 'en')).toBe(
      'Redzaam put example data in your record on 3 March 2027 at 14:02.',
    );
    expect(zin({ uitkomst: 'failed', grondslag: 'mislukt', actie: 'update' })).toBe(
      'Yara Doğan (professional, Buurtteam Oost) probeerde iets met je plan te doen op 3 maart 2027 om 14:02. Dat lukte niet door een fout. Er is niets veranderd.',
    );
  });
});
