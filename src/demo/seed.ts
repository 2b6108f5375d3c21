import type { Db } from '../platform/db/database.js';
import type { Rol } from '../platform/db/schema.js';
import { findGemeenteByCode } from '../platform/gemeente/queries.js';
import { LINDEWAARD_THEMA } from '../platform/gemeente/theme.js';
import { createAccountWithPassword, createGemeente, createOrganisatie } from './factories.js';

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
      for (const account of DEMO_ACCOUNTS) {
        await createAccountWithPassword(trx, {
          gemeenteId: gemeente.id,
          naam: account.naam,
          email: account.email,
          rol: account.rol,
          password: DEMO_PASSWORD,
          ...(account.organisatie ? { organisatieId: organisaties.get(account.organisatie) as string } : {}),
        });
      }
    });
    return true;
  } catch (error) {
    // Another instance seeded at the same moment: fine.
    if ((error as { code?: string }).code === '23505') return false;
    throw error;
  }
}
