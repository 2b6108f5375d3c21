import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createNetwerkPersoon } from '../../src/demo/factories.js';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { persoon } from '../../src/netwerk/demo.js';
import { findGemeenteByCode } from '../../src/platform/gemeente/queries.js';
import { dossierVanInwoner } from '../../src/regie/door/door.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { BRAM, eigenDossierId, ILSE, navigated, tabTo } from './support/regie.js';
import { kiesMetToetsenbord, typMetToetsenbord } from './support/toetsenbord.js';

/**
 * The netwerkkaart in a real browser: Eva builds a network of eight people with the keyboard
 * only, JavaScript off, on a 320 px phone; the summary puts three fixtures in the panel's three
 * groups; Bram (naaste, `voorstellen`) proposes someone and Ilse accepts; axe finds nothing on
 * the map, the form, the proposals and the comparison, on a phone and on a wide screen.
 */

let server: E2EServer;
const TELEFOON = { width: 320, height: 640 };

/** A resident of the demo gemeente with a map made of `mensen` (by the factories, not the UI). */
async function inwonerMet(naam: string, mensen: Parameters<typeof persoon>[0][]) {
  const db = server.t.database.db;
  const gemeente = await findGemeenteByCode(db, 'demo');
  if (!gemeente) throw new Error('no demo gemeente');
  const email = `${naam.toLowerCase()}@lindewaard.example`;
  const account = await createAccountWithPassword(db, {
    gemeenteId: gemeente.id,
    naam,
    email,
    rol: 'inwoner',
    password: DEMO_PASSWORD,
  });
  const dossierId = await dossierVanInwoner(db, gemeente.id, account.id);
  for (const m of mensen)
    await createNetwerkPersoon(db, {
      gemeenteId: gemeente.id,
      dossierId,
      persoon: persoon(m),
      op: new Date(),
    });
  return { email, dossierId };
}

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.close();
});

const ACHT = [
  { naam: 'Oma Jans', relatie: 'Familie', cirkel: 0, contact: 1, krijgt: true },
  { naam: 'Pieter', relatie: 'Partner', cirkel: 0, contact: 0, krijgt: true },
  { naam: 'Lies', relatie: 'Vriend', cirkel: 1, contact: 1, krijgt: false },
  { naam: 'Buurvrouw Ans', relatie: 'Buur', cirkel: 2, contact: 1, krijgt: false },
  { naam: 'Ahmed', relatie: 'Kennis', cirkel: 2, contact: 2, krijgt: false },
  { naam: 'Coach Dirk', relatie: 'Vrijwilliger', cirkel: 2, contact: 2, krijgt: true },
  { naam: 'Zus Mira', relatie: 'Broer of zus', cirkel: 0, contact: 1, krijgt: false },
  { naam: 'Oud-collega Rob', relatie: 'Los contact', cirkel: 2, contact: 3, krijgt: false },
];

async function voegToeMetToetsenbord(page: Page, basis: string, p: (typeof ACHT)[number]) {
  await visit(page, basis);
  await tabTo(page, page.getByRole('link', { name: 'Iemand toevoegen' }).first());
  await navigated(page, () => page.keyboard.press('Enter'));
  expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Iemand toevoegen');
  await typMetToetsenbord(page, 'veld-naam', p.naam);
  await tabTo(page, page.locator('#veld-relatie'));
  // A closed select takes the first letters of an option, as with any keyboard.
  await page.keyboard.type(p.relatie);
  expect(await page.locator('#veld-relatie option:checked').textContent()).toBe(p.relatie);
  await kiesMetToetsenbord(page, 'cirkel', p.cirkel);
  await kiesMetToetsenbord(page, 'contact', p.contact);
  if (p.krijgt) {
    await tabTo(page, page.locator('#veld-krijgt'));
    await page.keyboard.press('Space');
  }
  await tabTo(page, page.getByRole('button', { name: 'Opslaan' }));
  const antwoord = await navigated(page, () => page.keyboard.press('Enter'));
  expect(antwoord.status()).toBe(200);
  expect(await visibleText(page.getByRole('main'))).toContain('Opgeslagen.');
}

describe('Eva builds her network with the keyboard only, JavaScript off, on a 320 px phone', () => {
  it('adds eight people across the three circles and sees them as cards and as a list', async () => {
    const eva = await inwonerMet('Eva', []);
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, eva.email, DEMO_PASSWORD);
      const basis = `${server.origin}/dossiers/${eva.dossierId}/netwerk`;
      for (const p of ACHT) await voegToeMetToetsenbord(page, basis, p);
      await visit(page, basis);
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain('Mensen op de kaart (8)');
      for (const p of ACHT) expect(main).toContain(p.naam);
      // The three circles are all there.
      for (const cirkel of ['Heel dichtbij', 'Dichtbij', 'Verder weg'])
        expect(main).toContain(`Hoe dichtbij: ${cirkel}`);
      expect(main).toContain('Volgens je kaart: Ik heb genoeg mensen om me heen en ik vraag hen om hulp.');
      // On a phone the list comes before the picture, and nothing scrolls sideways.
      const lijst = await page.locator('#netwerk-lijst').boundingBox();
      const plaatje = await page.locator('#netwerk-plaatje').boundingBox();
      expect((lijst?.y ?? 0) < (plaatje?.y ?? 0)).toBe(true);
      const breedte = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(breedte).toBeLessThanOrEqual(320);
    });
  });
});

describe("the summary in the panel's three groups", () => {
  it('places each fixture in its group', async () => {
    const weinig = await inwonerMet('Tim', [
      { naam: 'Moeder', relatie: 'ouder', cirkel: 'heel-dichtbij', krijgt: ['praktisch'] },
      { naam: 'Buurtcoach', relatie: 'professional', cirkel: 'dichtbij', krijgt: ['informatie'] },
    ]);
    const vraagtNiet = await inwonerMet('Noor', [
      {
        naam: 'Vader',
        relatie: 'ouder',
        cirkel: 'heel-dichtbij',
        lieverNiet: true,
        lieverNietReden: 'schaamte',
      },
      { naam: 'Vriendin', relatie: 'vriend', cirkel: 'dichtbij' },
      { naam: 'Buurman', relatie: 'buur', cirkel: 'verder-weg', helptBij: ['wonen'], lieverNiet: true },
    ]);
    const genoeg = await inwonerMet('Sem', [
      { naam: 'Partner', relatie: 'partner', cirkel: 'heel-dichtbij', krijgt: ['emotioneel'] },
      { naam: 'Broer', relatie: 'broer-zus', cirkel: 'dichtbij' },
      { naam: 'Kennis', relatie: 'kennis', cirkel: 'verder-weg' },
    ]);
    const verwacht: [typeof weinig, string][] = [
      [weinig, 'Ik heb te weinig mensen om hulp aan te vragen.'],
      [vraagtNiet, 'Ik heb genoeg mensen om me heen, maar ik vraag geen hulp.'],
      [genoeg, 'Ik heb genoeg mensen om me heen en ik vraag hen om hulp.'],
    ];
    for (const [wie, groep] of verwacht)
      await withBrowser({ javaScript: false }, async (page) => {
        await login(page, server.origin, wie.email, DEMO_PASSWORD);
        await visit(page, `${server.origin}/dossiers/${wie.dossierId}/netwerk`);
        expect(await visibleText(page.locator('section[aria-labelledby="samenvatting"]'))).toContain(
          `Volgens je kaart: ${groep}`,
        );
      });
  });
});

describe('a proposal by the naaste, accepted by the resident', () => {
  it('Bram proposes someone; Ilse sees it, accepts it, and the person is on her map', async () => {
    let dossierId = '';
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      dossierId = await eigenDossierId(page, server.origin);
    });
    const basis = `${server.origin}/dossiers/${dossierId}/netwerk`;
    await withBrowser({ javaScript: false }, async (page) => {
      await login(page, server.origin, BRAM.email, DEMO_PASSWORD);
      await visit(page, basis);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Het netwerk van Ilse Verbeek');
      await navigated(page, () => page.getByRole('link', { name: 'Iemand voorstellen' }).first().click());
      expect(await visibleText(page.getByRole('main'))).toContain('Je doet een voorstel.');
      await page.locator('#veld-naam').fill('Gerda van het buurthuis');
      await page.locator('#veld-relatie').selectOption('vrijwilliger');
      await page.getByLabel('Verder weg').first().check();
      await page.getByLabel('Elke week').check();
      await navigated(page, () => page.getByRole('button', { name: 'Voorstel sturen' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Je voorstel is verstuurd.');
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${basis}/voorstellen`);
      const kaartje = page.getByRole('article').filter({ hasText: 'Gerda van het buurthuis' });
      expect(await visibleText(kaartje)).toContain(
        'Bram Verbeek stelt voor om Gerda van het buurthuis toe te voegen.',
      );
      await expectNoAxeViolations(page, 'voorstellen');
      await navigated(page, () => kaartje.getByRole('button', { name: 'Op mijn kaart zetten' }).click());
      expect(await visibleText(page.getByRole('main'))).toContain('Het voorstel staat nu op je kaart.');
      expect(await visibleText(page.locator('#personen').locator('..'))).toContain('Gerda van het buurthuis');
    });
  });
});

describe('axe on every netwerk page', () => {
  it.each([
    { label: 'telefoon', viewport: TELEFOON },
    { label: 'breed scherm', viewport: { width: 1280, height: 900 } },
  ])('finds no violations ($label)', async ({ label, viewport }) => {
    await withBrowser({ viewport }, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      const dossierId = await eigenDossierId(page, server.origin);
      const basis = `${server.origin}/dossiers/${dossierId}/netwerk`;
      await visit(page, basis);
      await expectNoAxeViolations(page, `kaart (${label})`);
      await visit(page, `${basis}/nieuw`);
      await expectNoAxeViolations(page, `toevoegen (${label})`);
      // The form with its errors next to the fields.
      await navigated(page, () => page.getByRole('button', { name: 'Opslaan' }).click());
      expect(await visibleText(page.locator('#foutmeldingen'))).toContain('Vul een naam of bijnaam in.');
      await expectNoAxeViolations(page, `toevoegen met fouten (${label})`);
      await visit(page, `${basis}/vergelijk`);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Het netwerk toen en nu');
      await expectNoAxeViolations(page, `vergelijken (${label})`);
      await visit(page, `${server.origin}/mijn-overzicht`);
      // Her overview's card (the header's menu may be folded on a phone).
      await navigated(page, () =>
        page.getByRole('main').getByRole('link', { name: 'Mijn netwerk' }).first().click(),
      );
      expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/netwerk`);
    });
  });
});
