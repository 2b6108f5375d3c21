import {
  createBuurtbewoner,
  createHuishouden,
  createPlanActie,
  createPlanDoel,
  createPlanVoorstel,
  planNetwerkPersonen,
} from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { ActieInvoer, DoelInvoer } from './rules.js';

const DAG = 24 * 3_600_000;

/** A goal with everything empty but what is given. */
export function doel(velden: Partial<DoelInvoer> & Pick<DoelInvoer, 'tekst' | 'levensgebieden'>): DoelInvoer {
  return { waarom: '', geluktAls: '', aanleiding: null, evaluatieOp: null, ...velden };
}

/** An action with everything empty but what is given (she does it herself, not started). */
export function actie(velden: Partial<ActieInvoer> & Pick<ActieInvoer, 'wat'>): ActieInvoer {
  return {
    doener: 'ikzelf',
    netwerkPersoonId: null,
    doenerNaam: '',
    doenerAccountId: null,
    wanneer: null,
    status: 'nog-niet',
    statusWaarom: '',
    evaluatieOp: null,
    ...velden,
  };
}

const dag = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The demo resident's plan: two goals on different levensgebieden — her finances (from a topic
 * of her regie-spiegel) and contact with others — with four actions: herself, her brother Bram
 * (from her network map), a volunteer, and Yara of the buurtteam; and one open proposal from
 * Yara. Every name is made up. Runs after the network map's demo (Bram is picked from it).
 */
export async function seedDemoPlan(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; professionalId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const dossierId = await dossierVanInwoner(db, input.gemeenteId, input.inwonerId);
  const basis = { gemeenteId: input.gemeenteId, dossierId };
  const bram = (await planNetwerkPersonen(db, basis)).find((p) => p.naam === 'Bram');
  const toen = new Date(nu.getTime() - 7 * DAG);
  const geld = await createPlanDoel(db, {
    ...basis,
    op: toen,
    doel: doel({
      tekst: 'Ik wil weer overzicht over mijn geld en post.',
      levensgebieden: ['financien'],
      waarom: 'Dan lig ik er niet meer wakker van.',
      geluktAls: 'Ik open elke week mijn post en weet wat ik moet betalen.',
      aanleiding: 'regie-spiegel',
      evaluatieOp: dag(new Date(nu.getTime() + 60 * DAG)),
    }),
  });
  const contact = await createPlanDoel(db, {
    ...basis,
    op: toen,
    doel: doel({
      tekst: 'Ik wil vaker onder de mensen zijn.',
      levensgebieden: ['sociale-contacten'],
      waarom: 'Ik zit te veel alleen thuis.',
      geluktAls: 'Ik doe één keer per week iets met anderen.',
    }),
  });
  const acties: [string, ActieInvoer][] = [
    [geld, actie({ wat: 'Elke maandag de post openen.', status: 'bezig', wanneer: dag(toen) })],
    [
      geld,
      actie({
        wat: 'Samen een overzicht van de rekeningen maken.',
        doener: 'netwerk',
        netwerkPersoonId: bram?.id ?? null,
        wanneer: dag(new Date(nu.getTime() + 7 * DAG)),
      }),
    ],
    [
      contact,
      actie({
        wat: 'Mee met de wandelgroep op woensdag.',
        doener: 'vrijwilliger',
        doenerNaam: 'Wandelmaatje Henk',
      }),
    ],
    [
      geld,
      actie({
        wat: 'Uitzoeken of ik recht heb op toeslag.',
        doener: 'professional',
        doenerAccountId: input.professionalId,
        evaluatieOp: dag(new Date(nu.getTime() + 30 * DAG)),
      }),
    ],
  ];
  // Without Bram on the map (a map changed by hand), that action is hers.
  for (const [doelId, a] of acties)
    await createPlanActie(db, {
      ...basis,
      doelId,
      op: toen,
      actie: a.doener === 'netwerk' && !a.netwerkPersoonId ? { ...a, doener: 'ikzelf' } : a,
    });
  await createPlanVoorstel(db, {
    ...basis,
    auteurId: input.professionalId,
    op: new Date(nu.getTime() - DAG),
    doelId: contact,
    actie: actie({
      wat: 'Kennismaken bij het buurthuis, samen met Yara.',
      doener: 'professional',
      doenerAccountId: input.professionalId,
      wanneer: dag(new Date(nu.getTime() + 14 * DAG)),
    }),
  });
}

/**
 * The demo household (issue 11 item 4): Ilse lives with her grown-up son Ruben (made up), who
 * has a record and a plan of his own. Both consented to link their plans, so her plan's warning
 * counts his too: Schuldhulp Lindewaard helps him with his debts while Yara's buurtteam looks
 * into her allowance — two organisations on money matters in one household. She sees that as a
 * number only (one part of life), never his plan; he has no login in the demo.
 */
export async function seedDemoHuishouden(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const toen = new Date(nu.getTime() - 5 * DAG);
  const ilse = await dossierVanInwoner(db, input.gemeenteId, input.inwonerId);
  const ruben = await createBuurtbewoner(db, {
    gemeenteId: input.gemeenteId,
    naam: 'Ruben Verbeek',
    email: 'ruben@thuis.lindewaard.example',
  });
  const basis = { gemeenteId: input.gemeenteId, dossierId: ruben };
  const schulden = await createPlanDoel(db, {
    ...basis,
    op: toen,
    doel: doel({
      tekst: 'Ik wil mijn schulden op een rij hebben.',
      levensgebieden: ['financien'],
      waarom: 'Dan kan ik weer vooruit kijken.',
    }),
  });
  await createPlanActie(db, {
    ...basis,
    doelId: schulden,
    op: toen,
    actie: actie({
      wat: 'Elke twee weken langs bij de schuldhulp.',
      doener: 'professional',
      doenerNaam: 'Schuldhulp Lindewaard',
      status: 'bezig',
    }),
  });
  await createHuishouden(db, { gemeenteId: input.gemeenteId, dossierIds: [ilse, ruben], op: toen });
}
