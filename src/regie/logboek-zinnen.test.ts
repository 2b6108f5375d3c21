import { describe, expect, it } from 'vitest';
import { translator } from '../platform/i18n/i18n.js';
import { groepeerLogboek, type LogboekRegel, logboekZin } from './logboek-zinnen.js';
import { AUDIT_ACTIES, type AuditActie, type AuditUitkomst } from './schema.js';
import { SectieRegister } from './secties.js';

/**
 * Every sentence of the log against the audit entry it describes: for every action the audit
 * code knows (AUDIT_ACTIES), every kind of item, every kind of actor and every outcome. The
 * tables are typed by AuditActie, so an action added to the audit code without a sentence here
 * does not compile, and the loop below fails on a sentence that is missing or leaks a key.
 */

const NU = new Date('2027-03-03T13:02:00Z');
const OP = 'op 3 maart 2027 om 14:02';
const context = {
  t: translator('nl'),
  locale: 'nl' as const,
  eigenAccountId: 'ilse',
  secties: new SectieRegister(),
  gemeenteNaam: 'Lindewaard',
};

type Actor = Pick<
  LogboekRegel,
  'actor_account_id' | 'actor_naam' | 'actor_rol' | 'organisatie_naam' | 'grondslag'
>;

/** Every kind of actor, with how the log names them. */
const ACTOREN: Record<string, { regel: Actor; wie: string }> = {
  'de inwoner zelf': {
    regel: {
      actor_account_id: 'ilse',
      actor_naam: 'Ilse',
      actor_rol: 'inwoner',
      organisatie_naam: null,
      grondslag: 'eigenaar',
    },
    wie: 'Jij',
  },
  naaste: {
    regel: {
      actor_account_id: 'bram',
      actor_naam: 'Bram Kuiper',
      actor_rol: 'naaste',
      organisatie_naam: null,
      grondslag: 'toegang',
    },
    wie: 'Bram Kuiper (naaste)',
  },
  'professional van een organisatie': {
    regel: {
      actor_account_id: 'yara',
      actor_naam: 'Yara Doğan',
      actor_rol: 'professional',
      organisatie_naam: 'Buurtteam Oost',
      grondslag: 'toegang',
    },
    wie: 'Yara Doğan (professional, Buurtteam Oost)',
  },
  'beheerder van de gemeente': {
    regel: {
      actor_account_id: 'lotte',
      actor_naam: 'Lotte Smeets',
      actor_rol: 'beheerder',
      organisatie_naam: null,
      grondslag: 'toegang',
    },
    wie: 'Lotte Smeets (beheerder, gemeente Lindewaard)',
  },
  analist: {
    regel: {
      actor_account_id: 'ali',
      actor_naam: 'Ali Demir',
      actor_rol: 'analist',
      organisatie_naam: null,
      grondslag: 'toegang',
    },
    wie: 'Ali Demir (analist, gemeente Lindewaard)',
  },
  'vertegenwoordiger zonder bekende rol': {
    regel: {
      actor_account_id: 'kees',
      actor_naam: 'Kees Bos',
      actor_rol: null,
      organisatie_naam: null,
      grondslag: 'vertegenwoordiger',
    },
    wie: 'Kees Bos',
  },
  'account bestaat niet meer': {
    regel: {
      actor_account_id: 'weg',
      actor_naam: null,
      actor_rol: 'naaste',
      organisatie_naam: null,
      grondslag: 'toegang',
    },
    wie: 'Iemand van wie het account niet meer bestaat',
  },
};

/** Every kind of item an entry can be about, and what each action on it says (allowed). */
type Soort = {
  regel: Pick<LogboekRegel, 'sectie' | 'item_id' | 'betrokken_naam'>;
  zinnen: Record<AuditActie, string>;
};
const SOORTEN: Record<string, Soort> = {
  'een deel van het dossier': {
    regel: { sectie: 'plan', item_id: null },
    zinnen: {
      read: '{wie} bekeek je plan',
      create: '{wie} voegde iets toe aan je plan',
      update: '{wie} veranderde je plan',
      delete: '{wie} haalde iets weg uit je plan',
      export: '{wie} downloadde je plan',
      emergency: '{wie} opende je plan in een noodgeval',
    },
  },
  'een antwoord bij Hoe het gaat': {
    regel: { sectie: 'levensgebieden', item_id: 'beoordeling:financien' },
    zinnen: {
      read: '{wie} bekeek hoe het met je gaat',
      create: '{wie} voegde iets toe aan hoe het met je gaat',
      update: '{wie} veranderde hoe het met je gaat',
      delete: '{wie} haalde iets weg uit hoe het met je gaat',
      export: '{wie} downloadde hoe het met je gaat',
      emergency: '{wie} opende hoe het met je gaat in een noodgeval',
    },
  },
  'de toegang van een persoon': {
    regel: { sectie: null, item_id: 'toegang:t1', betrokken_naam: 'Bram Kuiper' },
    zinnen: {
      read: '{wie} bekeek wie wat mag zien',
      // Given by the resident herself, or accepted by the invited person: see toegangGegeven below.
      create: '{wie} nam je uitnodiging aan',
      update: '{wie} veranderde wat Bram Kuiper mag zien,',
      delete: '{wie} stopte de toegang van Bram Kuiper',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende wie wat mag zien in een noodgeval',
    },
  },
  'de toegang van iemand die niet meer bestaat': {
    regel: { sectie: null, item_id: 'toegang:weg', betrokken_naam: null },
    zinnen: {
      read: '{wie} bekeek wie wat mag zien',
      create: '{wie} nam je uitnodiging aan',
      update: '{wie} veranderde wat iemand mag zien,',
      delete: '{wie} stopte de toegang van iemand',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende wie wat mag zien in een noodgeval',
    },
  },
  'het ongedaan maken van het stoppen van toegang': {
    regel: { sectie: null, item_id: 'herstel-toegang:t1', betrokken_naam: 'Bram Kuiper' },
    zinnen: {
      read: '{wie} bekeek wie wat mag zien',
      create: '{wie} voegde iets toe aan wie wat mag zien',
      update: '{wie} maakte het stoppen van de toegang van Bram Kuiper ongedaan,',
      delete: '{wie} haalde iets weg uit wie wat mag zien',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende wie wat mag zien in een noodgeval',
    },
  },
  'een uitnodiging': {
    regel: { sectie: null, item_id: 'uitnodiging' },
    zinnen: {
      read: '{wie} bekeek wie wat mag zien',
      create: '{wie} nodigde iemand uit om mee te kijken,',
      update: '{wie} veranderde wie wat mag zien',
      delete: '{wie} trok een uitnodiging in',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende wie wat mag zien in een noodgeval',
    },
  },
  'de wettelijke vertegenwoordiging': {
    regel: { sectie: null, item_id: 'vertegenwoordiging:v1' },
    zinnen: {
      read: '{wie} bekeek je wettelijke vertegenwoordiging',
      create: '{wie} vulde een wettelijke vertegenwoordiger voor je in',
      update: '{wie} veranderde je wettelijke vertegenwoordiging',
      delete: '{wie} haalde iets weg uit je wettelijke vertegenwoordiging',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende je wettelijke vertegenwoordiging in een noodgeval',
    },
  },
  'het logboek': {
    regel: { sectie: null, item_id: 'logboek' },
    zinnen: {
      read: '{wie} bekeek je logboek',
      create: '{wie} voegde iets toe aan je logboek',
      update: '{wie} veranderde je logboek',
      delete: '{wie} haalde iets weg uit je logboek',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende je logboek in een noodgeval',
    },
  },
  // "Alles wat Redzaam van je weet" (gegevens/alles): the whole record, also when she only reads it.
  'alles om te lezen': {
    regel: { sectie: null, item_id: 'alles-leesbaar' },
    zinnen: {
      read: '{wie} bekeek al je gegevens',
      create: '{wie} voegde iets toe aan al je gegevens',
      update: '{wie} veranderde al je gegevens',
      delete: '{wie} haalde iets weg uit al je gegevens',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende al je gegevens in een noodgeval',
    },
  },
  'het hele dossier': {
    regel: { sectie: null, item_id: null },
    zinnen: {
      read: '{wie} bekeek je gegevens',
      create: '{wie} voegde iets toe aan je gegevens',
      update: '{wie} veranderde je gegevens',
      delete: '{wie} haalde iets weg uit je gegevens',
      export: '{wie} downloadde al je gegevens',
      emergency: '{wie} opende je gegevens in een noodgeval',
    },
  },
};

/** What a refused attempt says it tried, per action ({wat} is the item's words). */
const GEWEIGERD: Record<AuditActie, string> = {
  read: '{wie} probeerde {wat} te openen',
  create: '{wie} probeerde iets toe te voegen aan {wat}',
  update: '{wie} probeerde {wat} te veranderen',
  delete: '{wie} probeerde iets weg te halen uit {wat}',
  export: '{wie} probeerde {wat} te downloaden',
  emergency: '{wie} probeerde {wat} te openen',
};
/** The item's words in a refusal or a failure. */
const WAT: Record<string, (actie: AuditActie) => string> = {
  'een deel van het dossier': () => 'je plan',
  'een antwoord bij Hoe het gaat': () => 'hoe het met je gaat',
  'de toegang van een persoon': (a) => (a === 'export' ? 'al je gegevens' : 'wie wat mag zien'),
  'de toegang van iemand die niet meer bestaat': (a) =>
    a === 'export' ? 'al je gegevens' : 'wie wat mag zien',
  'het ongedaan maken van het stoppen van toegang': (a) =>
    a === 'export' ? 'al je gegevens' : 'wie wat mag zien',
  'een uitnodiging': (a) => (a === 'export' ? 'al je gegevens' : 'wie wat mag zien'),
  'de wettelijke vertegenwoordiging': (a) =>
    a === 'export' ? 'al je gegevens' : 'je wettelijke vertegenwoordiging',
  'het logboek': (a) => (a === 'export' ? 'al je gegevens' : 'je logboek'),
  'alles om te lezen': () => 'al je gegevens',
  'het hele dossier': (a) => (a === 'export' ? 'al je gegevens' : 'je gegevens'),
};

const UITKOMSTEN: AuditUitkomst[] = ['allowed', 'denied', 'failed'];

function verwacht(soortNaam: string, actorNaam: string, actie: AuditActie, uitkomst: AuditUitkomst): string {
  const soort = SOORTEN[soortNaam] as Soort;
  const actor = ACTOREN[actorNaam] as { regel: Actor; wie: string };
  const wat = (WAT[soortNaam] as (a: AuditActie) => string)(actie);
  if (uitkomst === 'denied')
    return `${GEWEIGERD[actie].replace('{wat}', wat).replace('{wie}', actor.wie)} ${OP}. Dat mocht niet.`;
  if (uitkomst === 'failed')
    return `${actor.wie} probeerde iets met ${wat} te doen ${OP}. Dat lukte niet door een fout. Er is niets veranderd.`;
  // Access the resident gave herself is not "an invitation accepted" (issue 18).
  if (actie === 'create' && soortNaam.startsWith('de toegang') && actor.regel.actor_account_id === 'ilse')
    return `Jij gaf ${soort.regel.betrokken_naam ?? 'iemand'} toegang tot je gegevens ${OP}.`;
  return `${soort.zinnen[actie].replace('{wie}', actor.wie)} ${OP}.`;
}

describe('the log tells the truth: every sentence against its audit entry', () => {
  const gevallen = AUDIT_ACTIES.flatMap((actie) =>
    Object.keys(SOORTEN).flatMap((soort) =>
      Object.keys(ACTOREN).flatMap((actor) =>
        UITKOMSTEN.map((uitkomst) => ({ actie, soort, actor, uitkomst })),
      ),
    ),
  );

  it('covers every action of the audit code, for every kind of item', () => {
    for (const actie of AUDIT_ACTIES)
      for (const [naam, soort] of Object.entries(SOORTEN))
        expect(soort.zinnen[actie], `${naam} ${actie}`).toBeTruthy();
    expect(gevallen.length).toBe(
      AUDIT_ACTIES.length * Object.keys(SOORTEN).length * Object.keys(ACTOREN).length * 3,
    );
  });

  it.each(gevallen)('$actor, $actie, $soort, $uitkomst', ({ actie, soort, actor, uitkomst }) => {
    const regel: LogboekRegel = {
      occurred_at: NU,
      noodtoegang: false,
      actie,
      uitkomst,
      ...(ACTOREN[actor] as { regel: Actor }).regel,
      ...(SOORTEN[soort] as Soort).regel,
    };
    const zin = logboekZin(regel, context);
    expect(zin).toBe(verwacht(soort, actor, actie, uitkomst));
    expect(zin).not.toMatch(/[{}]|logboek\./);
  });

  it('names the system path for what it did, whatever the action', () => {
    const systeem = { actor_account_id: null, actor_naam: null, actor_rol: null, organisatie_naam: null };
    for (const actie of AUDIT_ACTIES) {
      const regel = (grondslag: string): LogboekRegel => ({
        ...systeem,
        occurred_at: NU,
        noodtoegang: false,
        actie,
        uitkomst: 'allowed',
        sectie: 'levensgebieden',
        item_id: null,
        grondslag,
      });
      expect(logboekZin(regel('voorbeeldgegevens'), context)).toBe(
        `Redzaam zette voorbeeldgegevens in hoe het met je gaat ${OP}.`,
      );
      expect(logboekZin(regel('versleuteling'), context)).toBe(
        `Redzaam beveiligde de teksten in hoe het met je gaat extra ${OP}.`,
      );
      expect(logboekZin(regel('herstel-wissing'), context)).toBe(
        `Redzaam wiste hoe het met je gaat opnieuw na het terugzetten van een back-up, ${OP}.`,
      );
    }
  });
});

describe('identical lines one after the other become one line with a count', () => {
  const basis: LogboekRegel = {
    occurred_at: NU,
    actor_account_id: 'ilse',
    actor_naam: 'Ilse',
    actor_rol: 'inwoner',
    organisatie_naam: null,
    sectie: 'levensgebieden',
    item_id: 'beoordeling:financien',
    actie: 'update',
    uitkomst: 'allowed',
    grondslag: 'eigenaar',
    noodtoegang: false,
  };
  const min = (n: number) => new Date(NU.getTime() - n * 60_000);
  const zinnen = (regels: LogboekRegel[]) => groepeerLogboek(regels, 'nl').map((r) => logboekZin(r, context));

  it('"Jij veranderde 4 antwoorden bij Hoe het gaat", newest first, with the time span', () => {
    const regels = ['financien', 'wonen', 'vervoer', 'werk-en-dagbesteding'].map((code, i) => ({
      ...basis,
      item_id: `beoordeling:${code}`,
      occurred_at: min(i * 3),
    }));
    expect(zinnen(regels)).toEqual([
      'Jij veranderde 4 antwoorden bij Hoe het gaat op 3 maart 2027, tussen 13:53 en 14:02.',
    ]);
  });

  it('keeps apart what differs: another person, part, action, day, a refusal, an emergency, a change of access', () => {
    const regels: LogboekRegel[] = [
      basis,
      { ...basis, occurred_at: min(1) },
      {
        ...basis,
        occurred_at: min(2),
        actor_account_id: 'bram',
        actor_naam: 'Bram',
        actor_rol: 'naaste',
        grondslag: 'toegang',
      },
      { ...basis, occurred_at: min(3), sectie: 'plan', item_id: 'doel:d1' },
      { ...basis, occurred_at: min(4), actie: 'create' },
      { ...basis, occurred_at: min(5), uitkomst: 'denied' },
      { ...basis, occurred_at: min(6), uitkomst: 'denied' },
      { ...basis, occurred_at: min(7), noodtoegang: true },
      { ...basis, occurred_at: min(8), noodtoegang: true },
      { ...basis, occurred_at: min(9), sectie: null, item_id: 'toegang:t1', actie: 'delete' },
      { ...basis, occurred_at: min(10), sectie: null, item_id: 'toegang:t2', actie: 'delete' },
      { ...basis, occurred_at: new Date('2027-03-01T10:00:00Z') },
    ];
    const uit = groepeerLogboek(regels, 'nl');
    expect(uit.map((r) => r.aantal ?? 1)).toEqual([2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]);
    // Nothing is lost: the counts add up to the entries.
    expect(uit.reduce((n, r) => n + (r.aantal ?? 1), 0)).toBe(regels.length);
  });

  it('one line stays the plain sentence', () => {
    expect(zinnen([basis])).toEqual([`Jij veranderde hoe het met je gaat ${OP}.`]);
  });
});
