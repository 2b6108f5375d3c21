import {
  createBuurtbewoner,
  createSamenBuur,
  createSamenControle,
  createSamenDeelnemer,
  createSamenOpNetwerkkaart,
  createSamenVoorstel,
} from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { meldAan } from './buren/buren.js';
import { seedDemoSamenGroepen } from './groepen/demo.js';
import type { ProfielInvoer } from './queries.js';
import { coordinatorZetten } from './systeem.js';

const DAG = 24 * 3_600_000;
/** Weekday mornings and afternoons. */
const DOORDEWEEKS = [0, 1, 3, 4, 6, 7, 9, 10, 12, 13].reduce((m, b) => m | (1 << b), 0);

const profiel = (p: Partial<ProfielInvoer> & Pick<ProfielInvoer, 'voornaam' | 'aanbod'>): ProfielInvoer => ({
  wijk: 'Lindewaard-Oost',
  // A postcode of the demo sociale kaart (fictional: 0101–0106 can never be real), so her form
  // saves as it is and the groups' meeting places are near.
  postcode: '0103',
  lat: 52.951,
  lon: 3.5265,
  maxKm: 3,
  dagdelen: DOORDEWEEKS,
  geboortejaar: 1968,
  geslacht: null,
  alleenVrouwen: false,
  contact: { telefoon: '06 00000000' },
  vraag: undefined,
  ...p,
});
const wens = (vaardigheden: string[], toelichting = '') => ({
  vaardigheden,
  toelichting,
  frequentie: 'regelmatig' as const,
  vorm: 'een-op-een' as const,
});

/**
 * Samen in the demo gemeente (every name made up): Ilse (the demo resident) and Noor are a pair —
 * Noor practises Dutch with Ilse's help and does her shopping; both said yes and both said the
 * help happened, and Ilse chose to have Noor on her netwerkkaart ("Via Samen"). A circle of three — Sem walks Fatma's dog, Fatma helps Joost with his post,
 * Joost fixes Sem's bike — is still open: Sem said yes, the others have not answered yet. The
 * professional Yara coordinates Samen; she saw Sem's identity document and VOG (he walks Fatma's
 * dog on his own) and Fatma's identity; the others are still on her check page.
 * Neighbours without a record (decision 048): Wim, an approved volunteer (identity and VOG
 * checked), helps Ans with her garden one way — both said yes; and Roos's sign-up waits for
 * Yara's approval. After her pair, Ilse asks for company in a group: a lotgenotengroep waits for
 * her answer (groepen/demo.ts, with a buurtcirkel of eight that already started).
 */
export async function seedDemoSamen(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; coordinatorId: string; organisatieId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const g = input.gemeenteId;
  const ilse = await dossierVanInwoner(db, g, input.inwonerId);
  const buur = (naam: string) =>
    createBuurtbewoner(db, { gemeenteId: g, naam, email: `${naam.toLowerCase()}@buren.lindewaard.example` });
  const [noor, sem, fatma, joost] = [
    await buur('Noor'),
    await buur('Sem'),
    await buur('Fatma'),
    await buur('Joost'),
  ];
  const deelnemer = (dossierId: string, p: ProfielInvoer) =>
    createSamenDeelnemer(db, { gemeenteId: g, dossierId, op: new Date(nu.getTime() - 30 * DAG), profiel: p });
  await deelnemer(
    ilse,
    profiel({
      voornaam: 'Ilse',
      aanbod: wens(['taalles'], 'Ik was juf. Ik oefen graag Nederlands met iemand.'),
      vraag: { ...wens(['gezelschap']), vorm: 'groep' },
      contact: { telefoon: '06 10000001', email: 'inwoner@lindewaard.example' },
    }),
  );
  await deelnemer(
    noor,
    profiel({
      voornaam: 'Noor',
      aanbod: wens(['boodschappen']),
      vraag: wens(['taalles']),
      contact: { telefoon: '06 10000002' },
    }),
  );
  await deelnemer(
    sem,
    profiel({
      voornaam: 'Sem',
      geboortejaar: 2001,
      aanbod: wens(['hond-uitlaten', 'klusjes']),
      vraag: wens(['fietsen-maken']),
    }),
  );
  await deelnemer(
    fatma,
    profiel({ voornaam: 'Fatma', aanbod: wens(['administratie']), vraag: wens(['hond-uitlaten']) }),
  );
  await deelnemer(
    joost,
    profiel({ voornaam: 'Joost', aanbod: wens(['fietsen-maken']), vraag: wens(['administratie']) }),
  );

  const toen = new Date(nu.getTime() - 20 * DAG);
  await createSamenVoorstel(db, {
    gemeenteId: g,
    id: '5a3e0000-0000-4000-8000-000000000001',
    soort: 'paar',
    op: toen,
    verlooptOp: new Date(toen.getTime() + 14 * DAG),
    leden: [
      {
        dossierId: ilse,
        antwoord: 'ja',
        geeft: [{ naar: noor, vaardigheid: 'taalles' }],
        gebeurd: new Date(nu.getTime() - 6 * DAG),
      },
      {
        dossierId: noor,
        antwoord: 'ja',
        geeft: [{ naar: ilse, vaardigheid: 'boodschappen' }],
        gebeurd: new Date(nu.getTime() - 5 * DAG),
      },
    ],
  });
  // Ilse chose to have Noor on her netwerkkaart, in the group "Via Samen" (decision 050).
  await createSamenOpNetwerkkaart(db, {
    gemeenteId: g,
    dossierId: ilse,
    op: new Date(nu.getTime() - 4 * DAG),
  });
  const kort = new Date(nu.getTime() - 2 * DAG);
  await createSamenVoorstel(db, {
    gemeenteId: g,
    id: '5a3e0000-0000-4000-8000-000000000002',
    soort: 'kring',
    op: kort,
    verlooptOp: new Date(kort.getTime() + 14 * DAG),
    leden: [
      { dossierId: sem, antwoord: 'ja', geeft: [{ naar: fatma, vaardigheid: 'hond-uitlaten' }] },
      { dossierId: fatma, antwoord: 'open', geeft: [{ naar: joost, vaardigheid: 'administratie' }] },
      { dossierId: joost, antwoord: 'open', geeft: [{ naar: sem, vaardigheid: 'fietsen-maken' }] },
    ],
  });
  const gecontroleerd = new Date(nu.getTime() - 25 * DAG);
  for (const [dossierId, soort] of [
    [sem, 'identiteit'],
    [sem, 'vog'],
    [fatma, 'identiteit'],
  ] as const)
    await createSamenControle(db, { gemeenteId: g, dossierId, op: gecontroleerd, soort });

  // A volunteer without a record, matched one way with Ans, who asks for help with her garden.
  const ans = await buur('Ans');
  await deelnemer(ans, profiel({ voornaam: 'Ans', aanbod: wens(['gezelschap']), vraag: wens(['tuin']) }));
  const wim = await createSamenBuur(db, {
    gemeenteId: g,
    naam: 'Wim',
    email: 'wim@buren.lindewaard.example',
    soort: 'vrijwilliger',
    op: new Date(nu.getTime() - 28 * DAG),
  });
  await deelnemer(wim, profiel({ voornaam: 'Wim', geboortejaar: 1955, aanbod: wens(['tuin']) }));
  for (const soort of ['identiteit', 'vog'] as const)
    await createSamenControle(db, { gemeenteId: g, dossierId: wim, op: gecontroleerd, soort });
  const eenrichting = new Date(nu.getTime() - 3 * DAG);
  await createSamenVoorstel(db, {
    gemeenteId: g,
    id: '5a3e0000-0000-4000-8000-000000000003',
    soort: 'eenrichting',
    op: eenrichting,
    verlooptOp: new Date(eenrichting.getTime() + 14 * DAG),
    leden: [
      { dossierId: wim, antwoord: 'ja', geeft: [{ naar: ans, vaardigheid: 'tuin' }] },
      { dossierId: ans, antwoord: 'ja', geeft: [] },
    ],
  });
  // A sign-up waiting for the coordinator.
  await meldAan(db, {
    gemeenteId: g,
    soort: 'buurtbewoner',
    gegevens: {
      voornaam: 'Roos',
      email: 'roos@buren.lindewaard.example',
      postcode: '0103',
      geboortejaar: 1990,
    },
    nu: new Date(nu.getTime() - 1 * DAG),
  });
  await coordinatorZetten(db, g, input.coordinatorId);
  await seedDemoSamenGroepen(db, {
    gemeenteId: g,
    ilseDossierId: ilse,
    coordinatorId: input.coordinatorId,
    organisatieId: input.organisatieId,
    basis: (voornaam, p) => profiel({ voornaam, ...p }),
    nu,
  });
}
