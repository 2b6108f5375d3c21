import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/demo/seed.js';
import {
  type BrowserSession,
  type E2EServer,
  login,
  openBrowser,
  startServer,
  visibleText,
  visit,
  withBrowser,
} from './support/browser.js';
import { mailsTo } from './support/mail.js';
import {
  BRAM,
  dateFieldValue,
  dutchDate,
  eigenDossierId,
  errorSummary,
  fieldOf,
  ILSE,
  isFocused,
  navigated,
  tabTo,
  uitnodigingLinkFromOutbox,
} from './support/regie.js';

/**
 * Eigen regie in a real browser: Ilse invites someone from her circle with the keyboard only
 * (with JavaScript on and off), the invitee makes an account from the mail and sees what Ilse
 * shares; Ilse changes and stops that access, which holds from the invitee's next request.
 * Then the invitation form's errors, and a naaste who tries to pass access on.
 */

let server: E2EServer;
let dossierId: string;

beforeAll(async () => {
  server = await startServer();
  dossierId = await withBrowser({}, async (page) => {
    await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
    return eigenDossierId(page, server.origin);
  });
});

afterAll(async () => {
  await server?.close();
});

const VARIANTEN = [
  {
    label: 'zonder JavaScript',
    javaScript: false,
    email: 'zus@lindewaard.example',
    naam: 'Sanne Verbeek',
    wachtwoord: 'mijn zus kijkt mee',
    doel: 'Mijn zus helpt mee.',
  },
  {
    label: 'met JavaScript',
    javaScript: true,
    email: 'neef@lindewaard.example',
    naam: 'Tim Verbeek',
    wachtwoord: 'mijn neef kijkt mee',
    doel: 'Mijn neef helpt mee.',
  },
] as const;

/** The card of one grant on "Wie kan wat zien", found by its heading (the person's name). */
function grantCard(page: Page, naam: string) {
  return page.locator('section.redzaam-card').filter({
    has: page.getByRole('heading', { level: 2, name: naam, exact: true }),
  });
}

describe.each(VARIANTEN)('sharing with someone new, keyboard only, $label', (variant) => {
  /** Ilse's browser and the invitee's browser stay open through the steps below. */
  let ilse: BrowserSession;
  let invitee: BrowserSession;
  let link: string;

  beforeAll(async () => {
    ilse = await openBrowser({ javaScript: variant.javaScript, name: `ilse-${variant.label}` });
    invitee = await openBrowser({ javaScript: false, name: `uitgenodigde-${variant.label}` });
  });

  afterAll(async () => {
    await ilse?.close();
    await invitee?.close();
  });

  it('Ilse invites a new naaste with Tab, typing and Enter only', async () => {
    const page = ilse.page;
    await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
    const opened = await visit(page, `${server.origin}/wie-kan-wat-zien`);
    expect(opened.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/toegang`);
    expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Wie kan wat zien');

    // From the top of the page, Tab to the e-mail field of "Iemand uitnodigen".
    const email = page.locator('#veld-email');
    expect(await tabTo(page, email)).toBeGreaterThan(1);
    await page.keyboard.type(variant.email);

    await page.keyboard.press('Tab');
    expect(await isFocused(page.locator('#veld-rol'))).toBe(true);
    expect(await page.locator('#veld-rol').inputValue()).toBe('naaste');

    // Sections come in order: Mijn plan, Hoe het gaat, Mijn netwerk, Crisiskaart, …
    await page.keyboard.press('Tab');
    const plan = page.locator('#veld-niveau-plan');
    expect(await isFocused(plan)).toBe(true);
    await page.keyboard.type('Lezen');
    expect(await plan.inputValue()).toBe('lezen');

    const crisiskaart = page.locator('#veld-niveau-crisiskaart');
    expect(await tabTo(page, crisiskaart, 3)).toBe(3);
    await page.keyboard.type('Aanpassen');
    expect(await crisiskaart.inputValue()).toBe('bewerken');

    const doel = page.locator('#veld-doel');
    await tabTo(page, doel, 10);
    await page.keyboard.type(variant.doel);
    // The other sections stayed at "Geen toegang".
    for (const sectie of ['levensgebieden', 'netwerk', 'gesprekken', 'waakvlam', 'documenten']) {
      expect(await page.locator(`#veld-niveau-${sectie}`).inputValue(), sectie).toBe('geen');
    }

    const sent = await navigated(page, () => page.keyboard.press('Enter'));
    expect(sent.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/dossiers/${dossierId}/toegang`);
    expect(url.searchParams.get('melding')).toBe('verstuurd');
    expect(await visibleText(page.getByRole('status'))).toBe('De uitnodiging is verstuurd.');

    const open = page.getByRole('heading', { level: 2, name: 'Uitnodigingen die nog open staan' });
    expect(await open.count()).toBe(1);
    const inAWeek = dutchDate(new Date(Date.now() + 7 * 24 * 3_600_000));
    const item = page.locator('li').filter({ hasText: variant.email });
    expect(await item.count()).toBe(1);
    // The link's seven days, apart from the end of the access she chose (issue 18).
    expect(await visibleText(item)).toContain(variant.email);
    expect(await visibleText(item)).toContain(`De link in de mail werkt tot ${inAWeek}.`);
    expect(
      await page
        .getByRole('button', {
          name: `Uitnodiging stoppen: ${variant.email}`,
          exact: true,
        })
        .count(),
    ).toBe(1);
    // Not yet a grant: nobody with that name has a card.
    expect(await grantCard(page, variant.naam).count()).toBe(0);

    const mails = await mailsTo(server.t, variant.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toContain('Subject: Ilse Verbeek nodigt je uit in Redzaam');
    link = await uitnodigingLinkFromOutbox(server.t, variant.email);
    expect(link.startsWith(`${server.origin}/uitnodiging/`)).toBe(true);
  });

  it('the invitee opens the link without JavaScript, makes an account and sees Ilse', async () => {
    const page = invitee.page;
    const opened = await visit(page, link);
    expect(opened.status()).toBe(200);
    expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Uitnodiging van Ilse Verbeek');
    const main = await visibleText(page.getByRole('main'));
    // In the invitee's words: Ilse's plan, not "Mijn plan".
    expect(main).toContain('Plan van Ilse Verbeek lezen');
    expect(main).not.toContain('Mijn plan');
    expect(main).toContain('Crisiskaart aanpassen');
    expect(main).not.toContain('Netwerk van Ilse');
    expect(main).toContain(`Waarom: ${variant.doel}`);
    expect(main).toContain('Je hebt nog geen account.');

    await page.getByLabel('Je naam').fill(variant.naam);
    await page.getByLabel('Nieuw wachtwoord', { exact: true }).fill(variant.wachtwoord);
    await page.getByLabel('Typ je nieuwe wachtwoord nog een keer').fill(variant.wachtwoord);
    const accepted = await navigated(page, () =>
      page.getByRole('button', { name: 'Account maken en uitnodiging accepteren' }).click(),
    );
    expect(accepted.status()).toBe(200);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/mijn-overzicht');
    expect(url.searchParams.get('uitnodiging')).toBe('geaccepteerd');
    expect(await visibleText(page.getByRole('status'))).toBe('Je hebt de uitnodiging geaccepteerd.');
    expect(await visibleText(page.getByRole('banner'))).toContain(`Ingelogd als ${variant.naam}`);
    expect(
      await visibleText(page.getByRole('heading', { name: 'Mensen die hun gegevens met jou delen' })),
    ).toBe('Mensen die hun gegevens met jou delen');
    const shared = page.locator('#gedeeld').getByRole('link');
    expect(await shared.allInnerTexts()).toEqual(['Ilse Verbeek']);

    const record = await navigated(page, () => shared.click());
    expect(record.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}`);
    expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Gegevens van Ilse Verbeek');
    const card = (label: string) =>
      page
        .locator('.redzaam-card')
        .filter({ has: page.getByRole('heading', { level: 2, name: label, exact: true }) });
    // Texts for her, not his (issue 16, item 9): third person with her name.
    expect(await visibleText(card('Plan van Ilse Verbeek'))).toContain('Jij mag: Lezen.');
    expect(await visibleText(card('Crisiskaart'))).toContain('Jij mag: Aanpassen.');
    expect(await visibleText(card('Hoe het gaat met Ilse Verbeek'))).toContain('Jij mag: Geen toegang.');
    // Only shared sections are links; the resident's sharing pages are not offered.
    expect(await card('Hoe het gaat met Ilse Verbeek').getByRole('link').count()).toBe(0);
    expect(await page.getByRole('main').getByRole('link', { name: 'Wie kan wat zien' }).count()).toBe(0);

    const plan = await navigated(page, () =>
      card('Plan van Ilse Verbeek').getByRole('link', { name: 'Plan van Ilse Verbeek' }).click(),
    );
    expect(plan.status()).toBe(200);
    // The section link leads to the plan itself; with `lezen` there is nothing to propose.
    expect(new URL(page.url()).pathname).toBe(`/dossiers/${dossierId}/plan`);
    expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Het plan van Ilse Verbeek');
    expect(await page.getByRole('link', { name: 'Een doel voorstellen' }).count()).toBe(0);

    // A section that was not shared is refused.
    const notShared = await visit(page, `${server.origin}/dossiers/${dossierId}/secties/levensgebieden`);
    expect(notShared.status()).toBe(403);

    // The link worked once.
    const again = await visit(page, link);
    expect(again.status()).toBe(410);
    expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe(
      'Deze uitnodiging werkt niet meer',
    );
  });

  it('Ilse sees the new grant and sets the crisiskaart to Lezen: "De toegang is veranderd."', async () => {
    const page = ilse.page;
    await visit(page, `${server.origin}/dossiers/${dossierId}/toegang`);
    // The invitation is no longer open: it became a grant.
    expect(await page.locator('li').filter({ hasText: variant.email }).count()).toBe(0);
    const card = grantCard(page, variant.naam);
    expect(await card.count()).toBe(1);
    const before = await visibleText(card);
    expect(before).toContain('je plan lezen');
    expect(before).toContain('je crisiskaart aanpassen');
    expect(before).toContain(`Waarom: ${variant.doel}`);
    expect(await card.locator('input[name="version"]').inputValue()).toBe('1');

    // Open "Toegang van … veranderen" with the keyboard and choose Lezen for the crisiskaart.
    const summary = card.locator('summary');
    expect(await visibleText(summary)).toBe(`Toegang van ${variant.naam} veranderen`);
    await summary.focus();
    await page.keyboard.press('Enter');
    const crisiskaart = card.getByLabel('Crisiskaart');
    expect(await crisiskaart.isVisible()).toBe(true);
    expect(await crisiskaart.inputValue()).toBe('bewerken');
    expect(await crisiskaart.getAttribute('name')).toBe('niveau.crisiskaart');
    expect(await card.getByLabel('Mijn plan').inputValue()).toBe('lezen');
    await crisiskaart.focus();
    await crisiskaart.selectOption('lezen');
    const changed = await navigated(page, () => card.getByRole('button', { name: 'Opslaan' }).click());
    expect(changed.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('melding')).toBe('gewijzigd');
    expect(await visibleText(page.getByRole('status'))).toBe('De toegang is veranderd.');
    const after = await visibleText(grantCard(page, variant.naam));
    expect(after).toContain('je crisiskaart lezen');
    expect(after).not.toContain('je crisiskaart aanpassen');
    expect(after).toContain('je plan lezen');
    expect(await grantCard(page, variant.naam).locator('input[name="version"]').inputValue()).toBe('2');

    // The invitee's next look at the record shows the new level.
    await visit(invitee.page, `${server.origin}/dossiers/${dossierId}`);
    const crisis = invitee.page
      .locator('.redzaam-card')
      .filter({ has: invitee.page.getByRole('heading', { level: 2, name: 'Crisiskaart' }) });
    expect(await visibleText(crisis)).toContain('Jij mag: Lezen.');
  });

  it('Ilse stops the access; the invitee\'s very next request gets "Dit mag niet"', async () => {
    // The invitee is still reading the plan.
    const stillOpen = await visit(invitee.page, `${server.origin}/dossiers/${dossierId}/secties/plan`);
    expect(stillOpen.status()).toBe(200);

    const page = ilse.page;
    await visit(page, `${server.origin}/dossiers/${dossierId}/toegang`);
    const stop = grantCard(page, variant.naam).getByRole('button', {
      name: `Stop toegang: ${variant.naam}`,
      exact: true,
    });
    expect(await visibleText(stop)).toBe('Stop toegang');
    const stopped = await navigated(page, () => stop.click());
    expect(stopped.status()).toBe(200);
    expect(new URL(page.url()).searchParams.get('melding')).toBe('ingetrokken');
    // The message names whose access stopped, and offers to undo it for a short time (issue 18).
    expect(await visibleText(page.getByRole('status'))).toContain(
      `Je hebt de toegang van ${variant.naam} gestopt. ${variant.naam} kan je gegevens nu niet meer zien.`,
    );
    expect(
      await page
        .getByRole('button', { name: `Ongedaan maken: geef ${variant.naam} de toegang terug` })
        .count(),
    ).toBe(1);
    expect(await grantCard(page, variant.naam).count()).toBe(0);
    expect(await visibleText(page.getByRole('main'))).toContain(
      `${variant.naam}: gestopt op ${dutchDate(new Date())}.`,
    );
    // Bram and Yara keep their access.
    expect(await grantCard(page, BRAM.naam).count()).toBe(1);

    // The invitee's browser, still on the plan, asks for it again.
    const refused = await invitee.page.reload();
    expect(refused?.status()).toBe(403);
    expect(new URL(invitee.page.url()).pathname).toBe(`/dossiers/${dossierId}/plan`);
    expect(await visibleText(invitee.page.getByRole('heading', { level: 1 }))).toBe('Dit mag niet');
    expect(await visibleText(invitee.page.getByRole('main'))).not.toContain('Jij mag');

    const overview = await visit(invitee.page, `${server.origin}/mijn-overzicht`);
    expect(overview.status()).toBe(200);
    expect(await visibleText(invitee.page.getByRole('main'))).toContain(
      'Nog niemand deelt gegevens met jou.',
    );
  });
});

describe('errors in the invitation form', () => {
  it('shows each Dutch message next to its field and in the error summary', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, ILSE.email, DEMO_PASSWORD);
      await visit(page, `${server.origin}/dossiers/${dossierId}/toegang`);
      const form = page.locator('form[action$="/toegang/uitnodigen"]');

      // No section chosen, and an end date in the past.
      await form.getByLabel('E-mailadres').fill('vriendin@lindewaard.example');
      await form.getByLabel('Tot wanneer? (niet verplicht)').fill(dateFieldValue(-1));
      const first = await navigated(page, () =>
        form.getByRole('button', { name: 'Uitnodiging versturen' }).click(),
      );
      expect(first.status()).toBe(400);
      const geenSectie = 'Kies bij minstens één onderdeel wat deze persoon mag.';
      const verleden = 'Kies een datum in de toekomst.';
      const summary = errorSummary(page);
      expect(await summary.getAttribute('role')).toBe('alert');
      const summaryLinks = await summary.getByRole('link').allInnerTexts();
      expect(summaryLinks).toHaveLength(2);
      expect(summaryLinks).toEqual(expect.arrayContaining([verleden, geenSectie]));

      const fieldset = page.locator('form[action$="/toegang/uitnodigen"] fieldset');
      expect(await fieldset.count()).toBe(1);
      expect(await visibleText(fieldset.locator('legend'))).toBe('Wat mag deze persoon?');
      expect(await visibleText(fieldset.locator('.utrecht-form-field-error-message').first())).toBe(
        geenSectie,
      );
      const eindigt = fieldOf(page, 'veld-eindigt_op');
      expect(await visibleText(eindigt.locator('.utrecht-form-field-error-message'))).toBe(verleden);
      expect(await page.locator('#veld-eindigt_op').getAttribute('aria-invalid')).toBe('true');
      expect((await page.locator('#veld-eindigt_op').getAttribute('aria-describedby'))?.split(' ')).toContain(
        'veld-eindigt_op-fout',
      );
      // The e-mail address was fine: no message there, and it is still filled in.
      expect(await fieldOf(page, 'veld-email').locator('.utrecht-form-field-error-message').count()).toBe(0);
      expect(await page.locator('#veld-email').inputValue()).toBe('vriendin@lindewaard.example');

      // Every link in the summary leads to an element on the page.
      for (const href of await summary
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href, 'summary link').toMatch(/^#veld-/);
        expect(await page.locator(`[id="${href?.slice(1)}"]`).count(), `target of ${href}`).toBe(1);
      }

      // Her own address, with a section and no date.
      await form.getByLabel('E-mailadres').fill(ILSE.email);
      await form.getByLabel('Mijn plan').selectOption('lezen');
      await form.getByLabel('Tot wanneer? (niet verplicht)').fill('');
      const second = await navigated(page, () =>
        form.getByRole('button', { name: 'Uitnodiging versturen' }).click(),
      );
      expect(second.status()).toBe(400);
      const zelf = 'Je kunt jezelf niet uitnodigen.';
      expect(await errorSummary(page).getByRole('link').allInnerTexts()).toEqual([zelf]);
      expect(await errorSummary(page).getByRole('link').getAttribute('href')).toBe('#veld-email');
      const emailField = fieldOf(page, 'veld-email');
      expect(await visibleText(emailField.locator('.utrecht-form-field-error-message'))).toBe(zelf);
      expect(await page.locator('#veld-email').getAttribute('aria-invalid')).toBe('true');
      expect((await page.locator('#veld-email').getAttribute('aria-describedby'))?.split(' ')).toContain(
        'veld-email-fout',
      );
      expect(await page.locator('#veld-niveau-plan').inputValue()).toBe('lezen');
      expect(
        await page
          .locator('form[action$="/toegang/uitnodigen"] fieldset .utrecht-form-field-error-message')
          .count(),
      ).toBe(0);
      expect(
        await fieldOf(page, 'veld-eindigt_op').locator('.utrecht-form-field-error-message').count(),
      ).toBe(0);
    });
    // Nothing was sent.
    expect(await mailsTo(server.t, 'vriendin@lindewaard.example')).toEqual([]);
    expect((await mailsTo(server.t, ILSE.email)).filter((mail) => mail.includes('nodigt je uit'))).toEqual(
      [],
    );
  });
});

describe('no one passes access on', () => {
  it('Bram (naaste) cannot open or use Ilse\'s "Wie kan wat zien"', async () => {
    await withBrowser({}, async (page) => {
      await login(page, server.origin, BRAM.email, DEMO_PASSWORD);
      // He finds Ilse's record on his overview and may open it …
      const shared = page.locator('#gedeeld').getByRole('link', { name: 'Ilse Verbeek' });
      expect(await shared.getAttribute('href')).toBe(`/dossiers/${dossierId}`);
      const record = await navigated(page, () => shared.click());
      expect(record.status()).toBe(200);
      expect(await page.getByRole('main').getByRole('link', { name: 'Wie kan wat zien' }).count()).toBe(0);

      // … but not the page where access is given.
      const toegang = await visit(page, `${server.origin}/dossiers/${dossierId}/toegang`);
      expect(toegang.status()).toBe(403);
      expect(await visibleText(page.getByRole('heading', { level: 1 }))).toBe('Dit mag niet');
      const main = await visibleText(page.getByRole('main'));
      expect(main).not.toContain('Iemand uitnodigen');
      expect(main).not.toContain('Yara');
      expect(await page.locator('form[action$="/toegang/uitnodigen"]').count()).toBe(0);

      // The short path is for residents only.
      const short = await visit(page, `${server.origin}/wie-kan-wat-zien`);
      expect(short.status()).toBe(403);

      // Posting the invitation form anyway (with a valid CSRF token from his own page) is refused.
      await visit(page, `${server.origin}/mijn-overzicht`);
      const csrf = await page.locator('input[name="_csrf"]').first().inputValue();
      const posted = await page.request.post(`${server.origin}/dossiers/${dossierId}/toegang/uitnodigen`, {
        form: {
          _csrf: csrf,
          email: 'vriend-van-bram@lindewaard.example',
          rol: 'naaste',
          'niveau.crisiskaart': 'bewerken',
          doel: '',
          eindigt_op: '',
        },
        maxRedirects: 0,
      });
      expect(posted.status()).toBe(403);
      expect(await posted.text()).toContain('Dit mag niet');
    });
    expect(await mailsTo(server.t, 'vriend-van-bram@lindewaard.example')).toEqual([]);
  });
});
