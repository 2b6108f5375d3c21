import {
  createBuurtbewoner,
  createSamenControle,
  createSamenDeelnemer,
  createSamenVoorstel,
} from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { ProfielInvoer } from './queries.js';
import { coordinatorZetten } from './systeem.js';

const DAG = 24 * 3_600_000;
/** Weekday mornings and afternoons. */
const DOORDEWEEKS = [0, 1, 3, 4, 6, 7, 9, 10, 12, 13].reduce((m, b) => m | (1 << b), 0);

const profiel = (p: Partial<ProfielInvoer> & Pick<ProfielInvoer, 'voornaam' | 'aanbod'>): ProfielInvoer => ({
  wijk: 'Lindewaard-Oost',
  postcode: '9999',
  lat: 52.1,
  lon: 5.1,
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
 * help happened. A circle of three — Sem walks Fatma's dog, Fatma helps Joost with his post,
 * Joost fixes Sem's bike — is still open: Sem said yes, the others have not answered yet. The
 * professional Yara coordinates Samen; she saw Sem's identity document and VOG (he walks Fatma's
 * dog on his own) and Fatma's identity; the others are still on her check page.
 */
export async function seedDemoSamen(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; coordinatorId: string; nu?: Date },
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
      vraag: wens(['boodschappen']),
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
  await coordinatorZetten(db, g, input.coordinatorId);
}
