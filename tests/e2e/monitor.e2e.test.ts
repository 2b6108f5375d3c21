import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import { hashVanCode } from '../../src/monitor/panel/panel.js';
import { maakPeiling, maakUitnodiging, meldAan } from '../../src/monitor/panel/queries.js';
import {
  type E2EServer,
  expectNoAxeViolations,
  login,
  navigation,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { expectLeesbaar, openKleinScherm } from './support/klein-scherm.js';
import { mailsTo } from './support/mail.js';
import { demoAccount } from './support/regie.js';

/**
 * The monitor's panel in a real browser: a member answers a peiling with JavaScript off on a
 * 320 px phone, one question per screen (a wrong step shows its message); a panel worker
 * enters a paper interview with the member's code; the analist reads the demo's example
 * peiling (seed 000) as a chart with a table. axe checks every page in a JavaScript-on context.
 */

let server: E2EServer;
let peilingId: string;
/** One-time codes for this file, each used by one test. */
const CODES = {
  telefoon: 'TEFEFNAAR2222222',
  axe: 'AXEAXEAXE2222222',
  hulp: 'HUPHUPHUP2222222',
  hulpAxe: 'HUPAXE2222222222',
};
/** The demo's panel worker (decision 051): the assisted entry only. */
const HENK = demoAccount('panelmedewerker');
const LOTTE = demoAccount('analist');
const KEES = demoAccount('beheerder');

beforeAll(async () => {
  server = await startServer();
  const db = server.t.database.db;
  const gemeente = await db
    .selectFrom('gemeente')
    .select('id')
    .where('code', '=', 'demo')
    .executeTakeFirstOrThrow();
  peilingId = await maakPeiling(db, gemeente.id, {
    titel: 'Najaarspeiling',
    vragen: ['gebied:financien', 'leeftijd', 'netwerk', 'hulp', 'toelichting'],
    sluitOp: '2099-12-31',
  });
  for (const code of Object.values(CODES))
    await maakUitnodiging(db, {
      tokenHash: hashVanCode(code),
      peilingId,
      lidId: null,
      verlooptOp: new Date('2099-12-31T23:59:59Z'),
    });
});

afterAll(async () => {
  await server?.close();
});

/**
 * The leave link of a member's welcome mail: in the outbox until the mail job sent it, then in
 * the sent mails. Looked for until it is there (the job runs on its own; no time limit of ours).
 */
async function afmeldPad(email: string): Promise<string> {
  for (;;) {
    const inOutbox = await server.t.database.db
      .selectFrom('mail_outbox')
      .select('body')
      .where('to_address', '=', email)
      .execute();
    const teksten = [...inOutbox.map((m) => m.body), ...(await mailsTo(server.t, email))];
    for (const tekst of teksten) {
      const pad = /\/panel\/afmelden\/[A-Z0-9]{16}/.exec(tekst)?.[0];
      if (pad) return pad;
    }
    await new Promise((klaar) => setTimeout(klaar, 250));
  }
}

/**
 * axe on a page with the monitor's bar charts: axe cannot decide the contrast of SVG text (it
 * sees the chart as an image behind it); the text is drawn in the page's own text colour
 * (currentColor). Undecided contrast is accepted there only; anything else fails.
 */
async function axeMetStaven(page: Page, label: string) {
  const { incomplete } = await expectNoAxeViolations(page, label, { allowIncomplete: true });
  expect(incomplete.filter((f) => f.id !== 'color-contrast').map((f) => f.id)).toEqual([]);
  for (const node of incomplete.flatMap((f) => f.nodes)) {
    const inStaaf = await page
      .locator(node.target)
      .first()
      .evaluate((el) => el.closest('svg.redzaam-monitor-staaf') !== null);
    expect(inStaaf, `${label}: ${node.target}`).toBe(true);
  }
}

const kop = (page: Page) => visibleText(page.getByRole('heading', { level: 1 }));
const volgende = (page: Page) =>
  navigation(page, () => page.getByRole('button', { name: 'Volgende' }).click());

/** Answers the five questions as a person would: click, type, "Volgende"; checks each screen. */
async function beantwoord(page: Page, opElkeStap: (label: string) => Promise<void>) {
  expect(await kop(page)).toBe('Hoe goed red je je met: geld en rekeningen?');
  await opElkeStap('schaal');
  await page.getByLabel('4 – gaat goed').check();
  await volgende(page);
  expect(await kop(page)).toBe('Hoe oud ben je?');
  await opElkeStap('getal');
  await page.getByRole('textbox', { name: 'Hoe oud ben je?' }).fill('52');
  await volgende(page);
  expect(await kop(page)).toBe('Heb je genoeg mensen om je heen?');
  await page.getByLabel('Nee, te weinig').check();
  await volgende(page);
  await opElkeStap('meerkeuze');
  await page.getByLabel('Buren').check();
  await page.getByLabel('Familie').check();
  await volgende(page);
  await opElkeStap('open');
  await page.getByRole('textbox').fill('Het gaat wel, de buren helpen me.');
  await volgende(page);
  expect(await kop(page)).toBe('Dit waren alle vragen.');
  await opElkeStap('klaar');
}

describe('the monitor panel in a browser', () => {
  it('lets a member answer one question per screen with JavaScript off on a 320 px phone', async () => {
    const sessie = await openKleinScherm('telefoon', { javaScript: false });
    try {
      const { page } = sessie;
      const url = `${server.origin}/peiling/${CODES.telefoon}`;
      expect((await visit(page, url)).status()).toBe(200);
      await expectLeesbaar(page, 'peiling vraag 1');
      // "Volgende" without an answer: the same question, with the message next to it.
      const leeg = await volgende(page);
      expect(leeg.status()).toBe(400);
      expect(await visibleText(page.locator('.utrecht-form-field-error-message').first())).toContain(
        'Kies een antwoord',
      );
      await beantwoord(page, async (stap) => expectLeesbaar(page, `peiling ${stap}`));
      const verstuurd = await navigation(page, () => page.getByRole('button', { name: 'Versturen' }).click());
      expect(verstuurd.status()).toBe(200);
      expect(await page.locator('main').textContent()).toContain('Bedankt! Je antwoorden zijn verstuurd.');
      // The link works once.
      expect((await visit(page, url)).status()).toBe(410);
      expect(await page.locator('main').textContent()).toContain('Een link werkt maar één keer.');
    } finally {
      await sessie.close();
    }
    const db = server.t.database.db;
    const inzendingen = await db
      .selectFrom('peiling_inzending')
      .selectAll()
      .where('peiling_id', '=', peilingId)
      .execute();
    expect(inzendingen.map((i) => i.geholpen)).toEqual([false]);
  });

  it('has no axe violations on any screen of a peiling, with JavaScript on', async () => {
    await withBrowser({}, async (page) => {
      const url = `${server.origin}/peiling/${CODES.axe}`;
      await visit(page, url);
      await expectNoAxeViolations(page, 'peiling vraag 1');
      await volgende(page);
      await expectNoAxeViolations(page, 'peiling vraag 1 met foutmelding');
      await beantwoord(page, async (stap) => {
        await expectNoAxeViolations(page, `peiling ${stap}`);
      });
      await navigation(page, () => page.getByRole('button', { name: 'Versturen' }).click());
      await expectNoAxeViolations(page, 'peiling bedankt');
      await visit(page, url);
      await expectNoAxeViolations(page, 'peiling link gebruikt');
      await visit(page, `${server.origin}/peiling/ONBEKEND22222222`);
      await expectNoAxeViolations(page, 'peiling link onbekend');
    });
  });

  it('lets anyone join the panel and leave it with the link from the mail', async () => {
    await withBrowser({}, async (page) => {
      await visit(page, `${server.origin}/panel/aanmelden`);
      await expectNoAxeViolations(page, 'panel aanmelden');
      await page.getByLabel('Je naam').fill('Fenna Wolters');
      await page.getByLabel('Je e-mailadres').fill('fenna@lindewaard.example');
      expect(
        (await navigation(page, () => page.getByRole('button', { name: 'Meedoen' }).click())).status(),
      ).toBe(400);
      expect(await page.locator('main').textContent()).toContain('Zet een vinkje als je wilt meedoen.');
      await expectNoAxeViolations(page, 'panel aanmelden met foutmelding');
      await page.getByLabel('Ik wil meedoen met het panel').check();
      expect(
        (await navigation(page, () => page.getByRole('button', { name: 'Meedoen' }).click())).status(),
      ).toBe(200);
      await expectNoAxeViolations(page, 'panel aangemeld');
      // The leave link in her welcome mail: /panel/afmelden/<code>.
      const pad = await afmeldPad('fenna@lindewaard.example');
      expect(pad).toBeDefined();
      await visit(page, `${server.origin}${pad}`);
      expect(await page.locator('main').textContent()).toContain(
        'Wil je stoppen met het panel, Fenna Wolters?',
      );
      await expectNoAxeViolations(page, 'panel afmelden');
      await navigation(page, () => page.getByRole('button', { name: 'Ja, ik stop' }).click());
      expect(await page.locator('main').textContent()).toContain('Je doet niet meer mee.');
      await expectNoAxeViolations(page, 'panel afgemeld');
    });
  });

  it('lets a panel worker enter a paper interview with the code, marked as assisted', async () => {
    const sessie = await openKleinScherm('telefoon', { javaScript: false, name: 'panelwerker-zonder-js' });
    try {
      const { page } = sessie;
      await login(page, server.origin, HENK.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/panel/invoer`);
      await page.getByLabel('Code uit de uitnodiging').fill('huph-uphu-p222-2222');
      expect(
        (await navigation(page, () => page.getByRole('button', { name: 'Verder' }).click())).status(),
      ).toBe(200);
      expect(new URL(page.url()).pathname).toBe(`/panel/invoer/${CODES.hulp}`);
      expect(await page.locator('main').textContent()).toContain('Je vult deze vragen in voor iemand anders');
      await beantwoord(page, async () => {});
      await navigation(page, () => page.getByRole('button', { name: 'Versturen' }).click());
      expect(await page.locator('main').textContent()).toContain('Bedankt!');
      // After sending, the worker sees nothing of it any more.
      expect((await visit(page, `${server.origin}/panel/invoer/${CODES.hulp}`)).status()).toBe(410);
    } finally {
      await sessie.close();
    }
    const db = server.t.database.db;
    const geholpen = await db
      .selectFrom('peiling_inzending')
      .select('geholpen')
      .where('peiling_id', '=', peilingId)
      .where('geholpen', '=', true)
      .execute();
    expect(geholpen).toHaveLength(1);
    await withBrowser({}, async (page) => {
      await login(page, server.origin, HENK.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/panel/invoer`);
      await expectNoAxeViolations(page, 'panel invoer');
      await page.getByLabel('Code uit de uitnodiging').fill('kort');
      await navigation(page, () => page.getByRole('button', { name: 'Verder' }).click());
      await expectNoAxeViolations(page, 'panel invoer met foutmelding');
      await visit(page, `${server.origin}/panel/invoer/${CODES.hulpAxe}`);
      await expectNoAxeViolations(page, 'panel invoer vraag 1');
    });
  });

  it("shows the analist the demo's example peiling as a chart with a table, and the peilingen page", async () => {
    const db = server.t.database.db;
    const voorbeeld = await db
      .selectFrom('peiling')
      .select('id')
      .where('titel', 'like', 'Hoe gaat het met je?%')
      .executeTakeFirstOrThrow();
    await withBrowser({}, async (page) => {
      await login(page, server.origin, LOTTE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/panel/peilingen`);
      await expectNoAxeViolations(page, 'panel peilingen');
      const rapport = await visit(page, `${server.origin}/panel/peilingen/${voorbeeld.id}`);
      expect(rapport.status()).toBe(200);
      const tekst = await page.locator('main').textContent();
      expect(tekst).toContain('125 mensen vulden de vragen in.');
      expect(tekst).toContain('78 procent van de 125 mensen');
      expect(await page.locator('svg.redzaam-monitor-staaf').count()).toBeGreaterThan(5);
      expect(await page.locator('table caption').first().textContent()).toContain('aantal mensen en aandeel');
      expect(tekst).toContain('80 (64%)');
      await axeMetStaven(page, 'panel rapport');
      // Too few answers yet: a message, no table.
      await visit(page, `${server.origin}/panel/peilingen/${peilingId}`);
      expect(await page.locator('table').count()).toBe(0);
      await expectNoAxeViolations(page, 'panel rapport te weinig');
    });
  });

  it("lets the beheerder see the panel's members, send a new code and remove one, without JavaScript at 320 px", async () => {
    const db = server.t.database.db;
    const gemeente = await db
      .selectFrom('gemeente')
      .select('id')
      .where('code', '=', 'demo')
      .executeTakeFirstOrThrow();
    await meldAan(db, {
      gemeenteId: gemeente.id,
      naam: 'Gerrit Panhuis',
      email: 'gerrit.panhuis@lindewaard.example',
      afmeldHash: hashVanCode('GERRITAFMELD2222'),
    });
    const sessie = await openKleinScherm('telefoon', { javaScript: false, name: 'panel-leden-zonder-js' });
    try {
      const { page } = sessie;
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      expect((await visit(page, `${server.origin}/beheer/panel`)).status()).toBe(200);
      const tekst = (await visibleText(page.getByRole('main'))) ?? '';
      expect(tekst).toContain('Gerrit Panhuis');
      expect(tekst).toContain('Najaarspeiling');
      expect(tekst).toContain('Haar antwoorden blijven bewaard, zonder naam.');
      await expectLeesbaar(page, 'panel leden');
      const code = await navigation(page, () =>
        page.getByRole('button', { name: 'Nieuwe code sturen: Gerrit Panhuis' }).click(),
      );
      expect(code.status()).toBe(200);
      expect(await visibleText(page.getByRole('main'))).toContain(
        'Klaar. Moet dit lid nog een peiling invullen',
      );
      const weg = await navigation(page, () =>
        page.getByRole('button', { name: 'Verwijderen uit het panel: Gerrit Panhuis' }).click(),
      );
      expect(weg.status()).toBe(200);
      const na = (await visibleText(page.getByRole('main'))) ?? '';
      expect(na).toContain('Het lid is uit het panel verwijderd.');
      expect(na).not.toContain('Gerrit Panhuis');
      await expectLeesbaar(page, 'panel lid verwijderd');
    } finally {
      await sessie.close();
    }
    await meldAan(db, {
      gemeenteId: gemeente.id,
      naam: 'Gerrit Panhuis',
      email: 'gerrit.panhuis@lindewaard.example',
      afmeldHash: hashVanCode('GERRITAFMELD3333'),
    });
    await withBrowser({}, async (page) => {
      await login(page, server.origin, KEES.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/beheer/panel`);
      await expectNoAxeViolations(page, 'panel leden');
    });
  });
});
