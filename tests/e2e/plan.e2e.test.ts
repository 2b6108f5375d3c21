import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAccountWithPassword,
  createNetwerkPersoon,
  createOrganisatie,
  createToegang,
} from '../../src/demo/factories.js';
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
import { navigated, tabTo, YARA } from './support/regie.js';
import { kiesMetToetsenbord, typMetToetsenbord } from './support/toetsenbord.js';

/**
 * Mijn plan in a real browser (issue 11): Noa makes a plan of two goals and four actions — herself,
 * her brother from the network map, a volunteer, the buurtteam — with the keyboard only,
 * JavaScript off, on a 320 px phone. Yara (professional, `voorstellen`) proposes a change; Noa
 * accepts it with the keyboard; both then see the same plan. With a fourth professional on the
 * plan the coordination warning appears. axe runs on every plan page in a JavaScript-on context.
 */

let server: E2EServer;
const TELEFOON = { width: 320, height: 640 };
const NOA = 'noa.plan@lindewaard.example';
let dossierId = '';
let gemeenteId = '';
let noaId = '';
const basis = () => `${server.origin}/dossiers/${dossierId}/plan`;

const DOELEN = [
  { tekst: 'Ik wil mijn post en rekeningen weer bijhouden.', gebied: 'financien' },
  { tekst: 'Ik wil meer mensen zien in de week.', gebied: 'sociale-contacten' },
];
/** Four actions, one per kind of doer in the seeds' order (index of the radio option). */
const ACTIES = [
  { doel: 0, wat: 'Elke maandag de post openen.', doener: 0 },
  { doel: 0, wat: 'Samen de rekeningen sorteren.', doener: 1, netwerk: 'Ruben' },
  { doel: 1, wat: 'Mee naar de wandelgroep.', doener: 2, naam: 'Wandelmaatje Henk' },
  { doel: 0, wat: 'Hulp bij een betalingsregeling.', doener: 3, naam: 'Buurtteam' },
];

/** A professional of her own organisation, granted `niveau` on Noa's plan. */
async function professionalOpPlan(naam: string, niveau: 'lezen' | 'voorstellen', accountId?: string) {
  const db = server.t.database.db;
  const id =
    accountId ??
    (
      await createAccountWithPassword(db, {
        gemeenteId,
        naam,
        email: `${naam.toLowerCase().replace(/\s+/g, '.')}@lindewaard.example`,
        rol: 'professional',
        password: DEMO_PASSWORD,
        organisatieId: (await createOrganisatie(db, gemeenteId, `Organisatie van ${naam}`)).id,
      })
    ).id;
  await createToegang(db, {
    gemeenteId,
    dossierId,
    granteeAccountId: id,
    createdBy: noaId,
    eindigtOp: null,
    niveaus: { plan: niveau },
  });
}

async function breedte(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

/** The goals and actions as a reader sees them: headings and how each action stands. */
async function planInhoud(page: Page): Promise<string[]> {
  const doelen = page.locator('section[aria-labelledby="doelen"]');
  const koppen = await doelen.locator('h3, h4').allInnerTexts();
  const standen = await doelen
    .locator('li.redzaam-plan-actie > ul > li', { hasText: 'Hoe staat het:' })
    .allInnerTexts();
  return [...koppen, ...standen].map((s) => s.trim());
}

beforeAll(async () => {
  server = await startServer();
  const db = server.t.database.db;
  const gemeente = await findGemeenteByCode(db, 'demo');
  if (!gemeente) throw new Error('no demo gemeente');
  gemeenteId = gemeente.id;
  const noa = await createAccountWithPassword(db, {
    gemeenteId,
    naam: 'Noa de Wit',
    email: NOA,
    rol: 'inwoner',
    password: DEMO_PASSWORD,
  });
  noaId = noa.id;
  dossierId = await dossierVanInwoner(db, gemeenteId, noa.id);
  await createNetwerkPersoon(db, {
    gemeenteId,
    dossierId,
    persoon: persoon({ naam: 'Ruben', relatie: 'broer-zus', cirkel: 'heel-dichtbij' }),
    op: new Date(),
  });
  const yara = await db
    .selectFrom('account')
    .select('id')
    .where('email', '=', YARA.email)
    .executeTakeFirstOrThrow();
  await professionalOpPlan('Yara', 'voorstellen', yara.id);
  await professionalOpPlan('Sanne Bakker', 'lezen');
  await professionalOpPlan('Omar Haddad', 'lezen');
});

afterAll(async () => {
  await server?.close();
});

describe('Mijn plan, keyboard only, JavaScript off, 320 px', () => {
  it('Noa makes a plan with two goals and four actions', async () => {
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, NOA, DEMO_PASSWORD);
      for (const doel of DOELEN) {
        await visit(page, basis());
        await tabTo(page, page.getByRole('link', { name: 'Nieuw doel', exact: true }));
        await navigated(page, () => page.keyboard.press('Enter'));
        await typMetToetsenbord(page, 'veld-tekst', doel.tekst);
        await tabTo(page, page.locator(`input[name="levensgebieden"][value="${doel.gebied}"]`));
        await page.keyboard.press('Space');
        await tabTo(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
        const antwoord = await navigated(page, () => page.keyboard.press('Enter'));
        expect(antwoord.status()).toBe(200);
        expect(await visibleText(page.getByRole('main'))).toContain('Opgeslagen.');
      }
      for (const a of ACTIES) {
        await visit(page, basis());
        await tabTo(page, page.getByRole('link', { name: `Actie toevoegen bij: ${DOELEN[a.doel]?.tekst}` }));
        await navigated(page, () => page.keyboard.press('Enter'));
        await typMetToetsenbord(page, 'veld-wat', a.wat);
        await kiesMetToetsenbord(page, 'doener', a.doener);
        if (a.netwerk) {
          await tabTo(page, page.locator('#veld-netwerk_persoon_id'));
          await page.keyboard.type(a.netwerk);
          expect(await page.locator('#veld-netwerk_persoon_id option:checked').textContent()).toBe(a.netwerk);
        }
        if (a.naam) await typMetToetsenbord(page, 'veld-doener_naam', a.naam);
        await tabTo(page, page.getByRole('button', { name: 'Opslaan', exact: true }));
        const antwoord = await navigated(page, () => page.keyboard.press('Enter'));
        expect(antwoord.status()).toBe(200);
        expect(await visibleText(page.getByRole('main'))).toContain('Opgeslagen.');
      }
      await visit(page, basis());
      const main = await visibleText(page.getByRole('main'));
      for (const d of DOELEN) expect(main).toContain(d.tekst);
      for (const a of ACTIES) expect(main).toContain(a.wat);
      expect(main).toContain('Wie: Ik zelf');
      expect(main).toContain('Wie: Ruben (uit het netwerk)');
      expect(main).toContain('Wie: Wandelmaatje Henk (vrijwilliger of buurt)');
      expect(main).toContain('Wie: Buurtteam (hulpverlener)');
      // Three professionals on her plan: not more than the gemeente's three, no warning.
      expect(main).not.toContain('Let op: veel hulp tegelijk');
      expect(await breedte(page)).toBeLessThanOrEqual(320);
    });
  });

  it('Yara proposes a change, Noa accepts it with the keyboard, and both see the same plan', async () => {
    const actie = ACTIES[0]?.wat as string;
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, basis());
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Het plan van Noa de Wit');
      await tabTo(page, page.getByRole('link', { name: `Actie wijzigen: ${actie}` }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('main'))).toContain('Je stuurt dit als voorstel.');
      await kiesMetToetsenbord(page, 'status', 1);
      await tabTo(page, page.getByRole('button', { name: 'Voorstel sturen' }));
      await navigated(page, () => page.keyboard.press('Enter'));
      expect(await visibleText(page.getByRole('main'))).toContain('Je voorstel is verstuurd.');
    });
    let inhoudNoa: string[] = [];
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, NOA, DEMO_PASSWORD);
      await visit(page, basis());
      const voorstellen = await visibleText(page.locator('section[aria-labelledby="voorstellen"]'));
      expect(voorstellen).toContain('stelt een wijziging van een actie voor');
      await tabTo(page, page.getByRole('button', { name: /^Ja, in het plan:/ }));
      await navigated(page, () => page.keyboard.press('Enter'));
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain('Het voorstel staat nu in het plan.');
      expect(await page.locator('section[aria-labelledby="voorstellen"]').count()).toBe(0);
      const item = page.locator('li.redzaam-plan-actie', { hasText: actie });
      expect(await visibleText(item)).toContain('Hoe staat het: Bezig');
      inhoudNoa = await planInhoud(page);
    });
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, basis());
      expect(await planInhoud(page)).toEqual(inhoudNoa);
      expect(inhoudNoa).toHaveLength(DOELEN.length + 2 * ACTIES.length);
    });
  });

  it('warns Noa when a fourth professional joins her plan', async () => {
    await professionalOpPlan('Femke Jansen', 'lezen');
    await withBrowser({ javaScript: false, viewport: TELEFOON }, async (page) => {
      await login(page, server.origin, NOA, DEMO_PASSWORD);
      await visit(page, basis());
      const main = await visibleText(page.getByRole('main'));
      expect(main).toContain('Let op: veel hulp tegelijk');
      expect(main).toContain(
        'Er werken nu 4 hulpverleners aan dit plan. De gemeente raadt er hoogstens 3 aan.',
      );
      expect(main).toContain(
        'Femke Jansen (hulpverlener, Organisatie van Femke Jansen): kan het plan lezen.',
      );
      expect(await breedte(page)).toBeLessThanOrEqual(320);
    });
  });
});

describe('axe on the plan pages (JavaScript on)', () => {
  it.each([
    { label: 'telefoon', viewport: TELEFOON },
    { label: 'breed scherm', viewport: { width: 1280, height: 900 } },
  ])('finds no violations ($label)', async ({ label, viewport }) => {
    await withBrowser({ viewport }, async (page) => {
      await login(page, server.origin, NOA, DEMO_PASSWORD);
      await visit(page, basis());
      await expectNoAxeViolations(page, `plan met waarschuwing (${label})`);
      const doel = await page
        .getByRole('link', { name: /^Doel wijzigen:/ })
        .first()
        .getAttribute('href');
      const actie = await page
        .getByRole('link', { name: /^Actie wijzigen:/ })
        .first()
        .getAttribute('href');
      const nieuweActie = await page
        .getByRole('link', { name: /^Actie toevoegen bij:/ })
        .first()
        .getAttribute('href');
      for (const [naam, pad] of [
        ['nieuw doel', `${basis()}/doelen/nieuw`],
        ['doel', `${server.origin}${doel}`],
        ['nieuwe actie', `${server.origin}${nieuweActie}`],
        ['actie', `${server.origin}${actie}`],
      ] as const) {
        expect((await visit(page, pad)).status()).toBe(200);
        await expectNoAxeViolations(page, `${naam} (${label})`);
      }
      // A form with errors next to the fields.
      await visit(page, `${basis()}/doelen/nieuw`);
      // Spaces only: the browser lets it through, the server says what is missing.
      await page.locator('#veld-tekst').fill('   ');
      const fout = await navigated(page, () =>
        page.getByRole('button', { name: 'Opslaan', exact: true }).click(),
      );
      expect(fout.status()).toBe(400);
      await expectNoAxeViolations(page, `doel met fouten (${label})`);
    });
    await withBrowser({ viewport }, async (page) => {
      await login(page, server.origin, YARA.email, DEMO_PASSWORD);
      await visit(page, basis());
      await expectNoAxeViolations(page, `plan als professional (${label})`);
    });
  });
});
