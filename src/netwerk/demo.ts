import { createNetwerkPersoon, createNetwerkVoorstel } from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { PersoonInvoer } from './rules.js';

const DAG = 24 * 3_600_000;

/** A person with everything empty but what is given. */
export function persoon(
  velden: Partial<PersoonInvoer> & Pick<PersoonInvoer, 'naam' | 'relatie' | 'cirkel'>,
): PersoonInvoer {
  return {
    naamZichtbaar: false,
    contact: 'maandelijks',
    dichtbij: true,
    krijgt: [],
    geeft: [],
    helptBij: [],
    eigenProblemen: false,
    zwaarBelast: false,
    lieverNiet: false,
    lieverNietReden: null,
    kostEnergie: false,
    notitie: '',
    accountId: null,
    ...velden,
  };
}

/**
 * The demo resident's netwerkkaart: eight people across the three circles — her brother Bram
 * (the demo naaste, linked to his account), her mother who is overloaded, a neighbour she would
 * rather not ask, Yara of the buurtteam (linked) — drawn over about three months, so comparing
 * with an earlier date shows who came and where support moved. Bram also proposes someone.
 * Every name is made up.
 */
export async function seedDemoNetwerk(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; naasteId: string; professionalId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const dossierId = await dossierVanInwoner(db, input.gemeenteId, input.inwonerId);
  const basis = { gemeenteId: input.gemeenteId, dossierId };
  const eerst = new Date(nu.getTime() - 90 * DAG);
  const later = new Date(nu.getTime() - 10 * DAG);
  const mensen: [Date, PersoonInvoer][] = [
    [
      eerst,
      persoon({
        naam: 'Bram',
        naamZichtbaar: true,
        relatie: 'broer-zus',
        cirkel: 'heel-dichtbij',
        contact: 'wekelijks',
        krijgt: ['emotioneel', 'praktisch'],
        geeft: ['gezelschap'],
        helptBij: ['financien', 'vervoer'],
        accountId: input.naasteId,
      }),
    ],
    [
      eerst,
      persoon({
        naam: 'Mama',
        naamZichtbaar: true,
        relatie: 'ouder',
        cirkel: 'heel-dichtbij',
        contact: 'dagelijks',
        krijgt: ['emotioneel', 'praktisch', 'gezelschap'],
        geeft: ['praktisch'],
        helptBij: ['huishouden', 'psychische-gezondheid'],
        zwaarBelast: true,
        eigenProblemen: true,
        notitie: 'Ze zorgt ook voor opa.',
      }),
    ],
    [
      eerst,
      persoon({
        naam: 'Sanne',
        relatie: 'vriend',
        cirkel: 'dichtbij',
        contact: 'wekelijks',
        krijgt: ['emotioneel', 'gezelschap', 'informatie'],
        geeft: [],
        helptBij: ['sociale-contacten'],
      }),
    ],
    [
      eerst,
      persoon({
        naam: 'Buurman Henk',
        relatie: 'buur',
        cirkel: 'verder-weg',
        contact: 'wekelijks',
        helptBij: ['wonen'],
        lieverNiet: true,
        lieverNietReden: 'niet-tot-last',
      }),
    ],
    [
      eerst,
      persoon({
        naam: 'Tante Els',
        relatie: 'familie',
        cirkel: 'verder-weg',
        contact: 'minder',
        dichtbij: false,
        krijgt: ['informatie'],
      }),
    ],
    [
      later,
      persoon({
        naam: 'Yara',
        naamZichtbaar: true,
        relatie: 'professional',
        cirkel: 'dichtbij',
        contact: 'maandelijks',
        krijgt: ['informatie', 'in-contact-brengen'],
        helptBij: ['financien', 'werk-en-dagbesteding'],
        accountId: input.professionalId,
      }),
    ],
    [
      later,
      persoon({
        naam: 'Femke van de inloop',
        relatie: 'vrijwilliger',
        cirkel: 'verder-weg',
        contact: 'wekelijks',
        krijgt: ['gezelschap'],
        helptBij: ['werk-en-dagbesteding'],
      }),
    ],
    [
      later,
      persoon({
        naam: 'Mo',
        relatie: 'kennis',
        cirkel: 'dichtbij',
        contact: 'maandelijks',
        krijgt: ['praktisch'],
        geeft: ['praktisch', 'informatie'],
        helptBij: ['vervoer'],
        kostEnergie: true,
      }),
    ],
  ];
  for (const [op, p] of mensen) await createNetwerkPersoon(db, { ...basis, persoon: p, op });
  await createNetwerkVoorstel(db, {
    ...basis,
    auteurId: input.naasteId,
    op: new Date(nu.getTime() - DAG),
    persoon: persoon({
      naam: 'Joost van de fietsclub',
      relatie: 'kennis',
      cirkel: 'verder-weg',
      contact: 'wekelijks',
      krijgt: ['gezelschap'],
      geeft: ['gezelschap'],
      helptBij: ['sociale-contacten'],
    }),
  });
}
