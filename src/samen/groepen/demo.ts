import {
  createBuurtbewoner,
  createProfessional,
  createSamenDeelnemer,
  createSamenGroep,
} from '../../demo/factories.js';
import type { Db } from '../../platform/db/database.js';
import type { ProfielInvoer } from '../queries.js';
import { zetErvaringsdeskundige } from './queries.js';
import { groepSuggestieRonde } from './systeem.js';

const DAG = 24 * 3_600_000;
/** Weekday afternoons. */
const MIDDAGEN = [1, 4, 7, 10, 13].reduce((m, b) => m | (1 << b), 0);

/** Two places of the demo sociale kaart (src/sociale-kaart/zoeken/demo), copied as a group keeps them. */
const BUURTHUIS = {
  id: '644f989b-b1b7-5bff-a198-0f43878b3908',
  naam: 'Buurthuis De Linde',
  adres: 'Lindeplein 4, Lindewaard',
};
const HERSTELHUIS = {
  id: '457b32cc-e4ef-5dda-8d06-2eafbaba4cc3',
  naam: 'Herstelhuis De Waard',
  adres: 'Waardweg 21, Lindewaard',
};

const groepsvraag = (thema: string, aanbod: string): Pick<ProfielInvoer, 'aanbod' | 'vraag'> => ({
  aanbod: { vaardigheden: [aanbod], toelichting: '', frequentie: 'regelmatig', vorm: 'groep' },
  vraag: { vaardigheden: [thema], toelichting: '', frequentie: 'regelmatig', vorm: 'groep' },
});

/**
 * Samen groups in the demo gemeente (every name made up). A buurtcirkel "Samen wandelen" of eight
 * neighbours started twelve days ago at Buurthuis De Linde, with Yara as coach. A lotgenotengroep
 * about company ("Een praatje, gezelschap") led by Sanne, an ervaringsdeskundige of the buurtteam,
 * at Herstelhuis De Waard: four neighbours joined, and Ilse — who now asks for company in a
 * group — has not answered yet, so her overview shows it as her next step. Eight more neighbours ask
 * to cook and eat together in a group, and no one proposed a group yet: the nightly computation
 * (run here once, decision 054) shows Yara a possible buurtcirkel "Koken of samen eten" on her
 * groups page, which she proposes in one step.
 */
export async function seedDemoSamenGroepen(
  db: Db,
  input: {
    gemeenteId: string;
    ilseDossierId: string;
    coordinatorId: string;
    organisatieId: string;
    basis: (voornaam: string, p: Pick<ProfielInvoer, 'aanbod' | 'vraag'>) => ProfielInvoer;
    nu: Date;
  },
): Promise<void> {
  const { gemeenteId: g, nu } = input;
  const sanne = await createProfessional(db, {
    gemeenteId: g,
    naam: 'Sanne Bos',
    email: 'sanne.bos@buurtteam.lindewaard.example',
    organisatieId: input.organisatieId,
  });
  await zetErvaringsdeskundige(db, {
    gemeenteId: g,
    accountId: sanne,
    ja: true,
    door: input.coordinatorId,
    op: new Date(nu.getTime() - 40 * DAG),
  });
  const buren = async (namen: string[], thema: string, aanbod: string[]) => {
    const ids: string[] = [];
    for (const [i, naam] of namen.entries()) {
      const dossierId = await createBuurtbewoner(db, {
        gemeenteId: g,
        naam,
        email: `${naam.toLowerCase()}@buren.lindewaard.example`,
      });
      await createSamenDeelnemer(db, {
        gemeenteId: g,
        dossierId,
        op: new Date(nu.getTime() - 45 * DAG),
        profiel: {
          ...input.basis(naam, groepsvraag(thema, aanbod[i % aanbod.length] as string)),
          dagdelen: MIDDAGEN,
        },
      });
      ids.push(dossierId);
    }
    return ids;
  };

  const wandelaars = await buren(
    ['Kim', 'Lars', 'Ayla', 'Tom', 'Gerda', 'Hamid', 'Iris', 'Jan'],
    'wandelen',
    ['koken', 'klusjes', 'tuin', 'computer'],
  );
  const cirkelOp = new Date(nu.getTime() - 24 * DAG);
  await createSamenGroep(db, {
    gemeenteId: g,
    id: '5a3e0000-0000-4000-8000-0000000000c1',
    soort: 'buurtcirkel',
    thema: 'wandelen',
    coordinatorAccountId: input.coordinatorId,
    leiderAccountId: input.coordinatorId,
    plek: BUURTHUIS,
    op: cirkelOp,
    verlooptOp: new Date(cirkelOp.getTime() + 14 * DAG),
    gestartOp: new Date(nu.getTime() - 12 * DAG),
    leden: wandelaars.map((dossierId) => ({ dossierId, antwoord: 'ja' })),
  });

  const lotgenoten = await buren(['Wouter', 'Hanneke', 'Rachid', 'Els'], 'gezelschap', [
    'boodschappen',
    'naaien',
  ]);
  const groepOp = new Date(nu.getTime() - 3 * DAG);
  await createSamenGroep(db, {
    gemeenteId: g,
    id: '5a3e0000-0000-4000-8000-0000000000c2',
    soort: 'lotgenoten',
    thema: 'gezelschap',
    coordinatorAccountId: input.coordinatorId,
    leiderAccountId: sanne,
    plek: HERSTELHUIS,
    op: groepOp,
    verlooptOp: new Date(groepOp.getTime() + 14 * DAG),
    leden: [
      { dossierId: input.ilseDossierId, antwoord: 'open' },
      ...lotgenoten.map((dossierId) => ({ dossierId, antwoord: 'ja' as const })),
    ],
  });

  // Eight neighbours who would like to cook and eat together, in a group: no group yet.
  await buren(['Noa', 'Bas', 'Fenna', 'Youssef', 'Lotte', 'Karel', 'Mila', 'Daan'], 'koken', [
    'tuin',
    'computer',
    'wandelen',
  ]);
  // What the nightly job (`samen.ronde`) would find: counts only, no one proposed.
  await groepSuggestieRonde({ db, now: () => nu }, g);
}
