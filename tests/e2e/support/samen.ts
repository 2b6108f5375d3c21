import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { createAccountWithPassword } from '../../../src/demo/factories.js';
import { DEMO_PASSWORD } from '../../../src/demo/seed.js';
import { findGemeenteByCode } from '../../../src/platform/gemeente/queries.js';
import { dossierVanInwoner } from '../../../src/regie/door/door.js';
import type { E2EServer } from './browser.js';
import { navigated } from './regie.js';

/**
 * Residents of the demo gemeente for a Samen browser test (the demo password, her record made),
 * and two Utrecht postcodes 1 km apart for them, far from the demo's own participants.
 */
export async function samenMensen(
  server: E2EServer,
  namen: readonly string[],
  domein: string,
): Promise<Record<string, { email: string; dossierId: string }>> {
  const db = server.t.database.db;
  const gemeente = await findGemeenteByCode(db, 'demo');
  if (!gemeente) throw new Error('no demo gemeente');
  await sql`insert into postcode (postcode, latitude, longitude, bron) values
    ('3511', 52.0907, 5.1214, 'test'), ('3512', 52.0907, 5.1360, 'test')
    on conflict (postcode) do nothing`.execute(db);
  const mensen: Record<string, { email: string; dossierId: string }> = {};
  for (const naam of namen) {
    const email = `${naam.toLowerCase()}@${domein}`;
    const account = await createAccountWithPassword(db, {
      gemeenteId: gemeente.id,
      naam: `${naam} Test`,
      email,
      rol: 'inwoner',
      password: DEMO_PASSWORD,
    });
    mensen[naam] = { email, dossierId: await dossierVanInwoner(db, gemeente.id, account.id) };
  }
  return mensen;
}

/**
 * Fills her Samen part as a person would (labels and check boxes: one skill she offers, one she
 * asks, two day parts, 3 km), and saves. The first skill of the list has no suffix in its id.
 */
export async function vulDeelIn(
  page: Page,
  p: { voornaam: string; postcode: string; telefoon: string; geeft: string; vraagt: string },
) {
  await page.locator(`#veld-aanbod${p.geeft === 'boodschappen' ? '' : `-${p.geeft}`}`).check();
  await page.locator(`#veld-vraag${p.vraagt === 'boodschappen' ? '' : `-${p.vraagt}`}`).check();
  await page.locator('#veld-voornaam').fill(p.voornaam);
  await page.locator('#veld-wijk').fill('Lindewaard-Oost');
  await page.locator('#veld-postcode').fill(p.postcode);
  await page.locator('#veld-maxKm').fill('3');
  await page.locator('#veld-dagdeel').check();
  await page.locator('#veld-dagdeel-1').check();
  await page.locator('#veld-geboortejaar').fill('1975');
  await page.locator('#veld-telefoon').fill(p.telefoon);
  return navigated(page, () => page.getByRole('button', { name: 'Bewaren' }).click());
}
