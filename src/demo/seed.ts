import { stelInVoorDemo } from '../auth/tweede-factor/tweede-factor.js';
import { seedDemoCrisiskaart } from '../crisiskaart/demo.js';
import { seedDemoGesprekken } from '../gesprekken/demo.js';
import { seedDemoLevensgebieden } from '../levensgebieden/demo.js';
import { seedDemoVragenlijsten } from '../levensgebieden/vragenlijsten/demo.js';
import { seedDemoPanel, seedDemoWijkPeiling } from '../monitor/panel/demo.js';
import { seedDemoNetwerk } from '../netwerk/demo.js';
import { seedDemoHuishouden, seedDemoPlan } from '../plan/demo.js';
import type { Db } from '../platform/db/database.js';
import type { Rol } from '../platform/db/schema.js';
import { findGemeenteByCode } from '../platform/gemeente/queries.js';
import { LINDEWAARD_THEMA } from '../platform/gemeente/theme.js';
import { sealAudit } from '../regie/audit/audit.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { seedDemoSamen } from '../samen/demo.js';
import { verouderDemoDiensten } from '../sociale-kaart/beheer/demo.js';
import { laadDemoSocialeKaart } from '../sociale-kaart/zoeken/demo.js';
import { seedDemoWaakvlam } from '../waakvlam/demo.js';
import {
  createAccountWithPassword,
  createGemeente,
  createOrganisatie,
  createToegang,
  recordDemoAudit,
} from './factories.js';

/**
 * The fictional demo gemeente Lindewaard and one account per role. Every name here is made
 * up; none comes from the seed documents' quotes. Only seeded when DEMO_DATA is on
 * (the default outside production) and only once.
 */
export const DEMO_GEMEENTE = { code: 'demo', naam: 'Lindewaard' } as const;
export const DEMO_PASSWORD = 'Lindewaard-demo-2026';

export const DEMO_ACCOUNTS: { rol: Rol; naam: string; email: string; organisatie?: string }[] = [
  { rol: 'inwoner', naam: 'Ilse Verbeek', email: 'inwoner@lindewaard.example' },
  { rol: 'naaste', naam: 'Bram Verbeek', email: 'naaste@lindewaard.example' },
  {
    rol: 'professional',
    naam: 'Yara Doğan',
    email: 'professional@lindewaard.example',
    organisatie: 'Buurtteam Lindewaard-Oost',
  },
  { rol: 'beheerder', naam: 'Kees Vermeulen', email: 'beheerder@lindewaard.example' },
  { rol: 'analist', naam: 'Lotte Smeets', email: 'analist@lindewaard.example' },
  // A panel worker with lived experience (decision 051): the panel's assisted entry, no record.
  { rol: 'panelmedewerker', naam: 'Henk Bosman', email: 'panelmedewerker@lindewaard.example' },
];

/** Creates the demo gemeente with its accounts unless it exists. Returns true when it seeded. */
export async function seedDemo(db: Db): Promise<boolean> {
  if (await findGemeenteByCode(db, DEMO_GEMEENTE.code)) return false;
  try {
    await db.transaction().execute(async (trx) => {
      const gemeente = await createGemeente(trx, { ...DEMO_GEMEENTE, thema: LINDEWAARD_THEMA });
      const organisaties = new Map<string, string>();
      for (const naam of ['Buurtteam Lindewaard-Oost', 'Schuldhulp Lindewaard', 'Wmo-loket Lindewaard']) {
        organisaties.set(naam, (await createOrganisatie(trx, gemeente.id, naam)).id);
      }
      const ids = new Map<string, string>();
      for (const account of DEMO_ACCOUNTS) {
        const created = await createAccountWithPassword(trx, {
          gemeenteId: gemeente.id,
          naam: account.naam,
          email: account.email,
          rol: account.rol,
          password: DEMO_PASSWORD,
          ...(account.organisatie ? { organisatieId: organisaties.get(account.organisatie) as string } : {}),
        });
        ids.set(account.rol, created.id);
        // Second factor (docs/decisions/022): required for these roles; the demo secret is in the README.
        if (account.rol === 'professional' || account.rol === 'beheerder')
          await stelInVoorDemo(trx, { gemeenteId: gemeente.id, accountId: created.id });
      }
      await seedDemoRegie(trx, gemeente.id, ids, organisaties.get('Buurtteam Lindewaard-Oost') as string);
      // Levensgebieden: two own assessments (now and ~3 months ago) and the professional's view.
      await seedDemoLevensgebieden(trx, {
        gemeenteId: gemeente.id,
        inwonerId: ids.get('inwoner') as string,
        professionalId: ids.get('professional') as string,
      });
      // Eigen regie in eigen woorden (resident and professional) and positieve gezondheid (on here).
      await seedDemoVragenlijsten(trx, {
        gemeenteId: gemeente.id,
        inwonerId: ids.get('inwoner') as string,
        professionalId: ids.get('professional') as string,
      });
      // Her netwerkkaart: eight people, an earlier version to compare with, and Bram's proposal.
      await seedDemoNetwerk(trx, {
        gemeenteId: gemeente.id,
        inwonerId: ids.get('inwoner') as string,
        naasteId: ids.get('naaste') as string,
        professionalId: ids.get('professional') as string,
      });
      // Her plan: two goals, four actions (herself, Bram, a volunteer, the buurtteam), Yara's proposal.
      await seedDemoPlan(trx, {
        gemeenteId: gemeente.id,
        inwonerId: ids.get('inwoner') as string,
        professionalId: ids.get('professional') as string,
      });
      // Her household: her son Ruben's plan linked with hers, so her warning counts both plans.
      await seedDemoHuishouden(trx, { gemeenteId: gemeente.id, inwonerId: ids.get('inwoner') as string });
      // Her waakvlam: a signaleringsplan and eight weekly check-ins, one rise to "let op" and back.
      await seedDemoWaakvlam(trx, {
        gemeenteId: gemeente.id,
        inwonerId: ids.get('inwoner') as string,
        naasteId: ids.get('naaste') as string,
      });
      // Her crisiskaart, with three practical agreements (two confirmed, one waiting); after her map.
      await seedDemoCrisiskaart(trx, { gemeenteId: gemeente.id, inwonerId: ids.get('inwoner') as string });
      // Her requests for help: one finished (plan handed in, report approved, its goals in her
      // plan), one she is preparing.
      await seedDemoGesprekken(trx, {
        gemeenteId: gemeente.id,
        inwonerId: ids.get('inwoner') as string,
        professionalId: ids.get('professional') as string,
      });
      // Samen: Ilse and Noor help each other (done), an open circle of three, a buurtcirkel that
      // started and a lotgenotengroep waiting for Ilse's answer; Yara coordinates.
      await seedDemoSamen(trx, {
        gemeenteId: gemeente.id,
        inwonerId: ids.get('inwoner') as string,
        coordinatorId: ids.get('professional') as string,
        organisatieId: organisaties.get('Buurtteam Lindewaard-Oost') as string,
      });
      // The monitor's example peiling: seed 000's 125 fictional respondents (answers only).
      await seedDemoPanel(trx, gemeente.id);
      // And a second one that asks the area, so the breakdown by area shows (and withholds) something.
      await seedDemoWijkPeiling(trx, gemeente.id);
    });
    await sealAudit(db);
    // The sociale kaart goes through the normal HSDS import, which runs its own transaction.
    const demo = await findGemeenteByCode(db, DEMO_GEMEENTE.code);
    if (demo) await laadDemoSocialeKaart(db, demo.id);
    // A few entries checked long ago, for the beheerder's "niet gecontroleerd" list.
    if (demo) await verouderDemoDiensten(db, demo.id, new Date());
    return true;
  } catch (error) {
    // Another instance seeded at the same moment: fine.
    if ((error as { code?: string }).code === '23505') return false;
    throw error;
  }
}

/**
 * Ilse shares her record: her brother Bram (naaste) reads her plan, may propose people for her
 * network map and may change her crisiskaart; Yara of the buurtteam reads her plan and levensgebieden and may propose
 * changes to the plan, until the end of next year. Her log shows what they looked at.
 */
async function seedDemoRegie(
  db: Db,
  gemeenteId: string,
  ids: Map<string, string>,
  buurtteamId: string,
): Promise<void> {
  const inwoner = ids.get('inwoner') as string;
  const dossierId = await dossierVanInwoner(db, gemeenteId, inwoner);
  const now = new Date();
  const day = 24 * 3_600_000;
  const bram = await createToegang(db, {
    gemeenteId,
    dossierId,
    granteeAccountId: ids.get('naaste') as string,
    createdBy: inwoner,
    doel: 'Mijn broer helpt als het even niet gaat.',
    eindigtOp: null,
    niveaus: { plan: 'lezen', netwerk: 'voorstellen', crisiskaart: 'bewerken', waakvlam: 'lezen' },
  });
  const yara = await createToegang(db, {
    gemeenteId,
    dossierId,
    granteeAccountId: ids.get('professional') as string,
    createdBy: inwoner,
    doel: 'Begeleiding door het buurtteam.',
    eindigtOp: new Date(Date.UTC(now.getUTCFullYear() + 1, 11, 31, 22, 59, 59)),
    // Yara holds the kitchen-table talk: she takes its notes and drafts the report (`bewerken`).
    niveaus: { plan: 'voorstellen', levensgebieden: 'reageren', gesprekken: 'bewerken' },
  });
  const events: Omit<Parameters<typeof recordDemoAudit>[1], 'gemeenteId' | 'dossierId'>[] = [
    {
      at: new Date(now.getTime() - 9 * day),
      actor: inwoner,
      rol: 'inwoner',
      actie: 'create',
      itemId: `toegang:${bram}`,
      grondslag: 'eigenaar',
    },
    {
      at: new Date(now.getTime() - 8 * day),
      actor: ids.get('naaste') as string,
      rol: 'naaste',
      actie: 'read',
      sectie: 'crisiskaart',
      grondslag: 'toegang',
      toegangId: bram,
    },
    {
      at: new Date(now.getTime() - 5 * day),
      actor: inwoner,
      rol: 'inwoner',
      actie: 'create',
      itemId: `toegang:${yara}`,
      grondslag: 'eigenaar',
    },
    {
      at: new Date(now.getTime() - 4 * day),
      actor: ids.get('professional') as string,
      rol: 'professional',
      organisatieId: buurtteamId,
      actie: 'read',
      sectie: 'plan',
      grondslag: 'toegang',
      toegangId: yara,
    },
    {
      at: new Date(now.getTime() - 2 * day),
      actor: ids.get('professional') as string,
      rol: 'professional',
      organisatieId: buurtteamId,
      actie: 'read',
      sectie: 'levensgebieden',
      grondslag: 'toegang',
      toegangId: yara,
    },
  ];
  for (const event of events) await recordDemoAudit(db, { ...event, gemeenteId, dossierId });
}
