import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { normaliseer, pdftotext } from '../../tests/support/poppler.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { ontsleutelOpgeslagen } from '../../tests/support/versleuteling.js';
import {
  createAccountWithPassword,
  createGemeente,
  createGesprek,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import type { Bundle, Composition } from '../platform/fhir/types.js';
import { valideerFhir } from '../platform/fhir/validate.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';
import { telOp, vandaag } from './rules.js';

const PASSWORD = 'een lange zin als wachtwoord';

/** The text of the page's document part (the final version), as a reader sees it. */
function documentTekst(html: string): string {
  const deel = /<div class="redzaam-document"[^>]*data-pdf-document[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1];
  expect(deel, 'the page has the document part').toBeDefined();
  return normaliseer(
    (deel ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&'),
  );
}

/**
 * The talk and its report against a real database: the professional's notes (an empty agenda
 * refused), the report drafted from them, her correction as a new version, an outdated
 * version refused with both shown, her approval making one version final whose goals become
 * proposals in Mijn plan (by the job), the PDF saying exactly the approved version, a
 * disagreement kept with her reaction, and who may do what.
 */
describe.each(ENGINES)('gesprek and verslag on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let gesprekId: string;
  let tweedeId: string;
  const host = { host: 'verslag.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const basis = (id = gesprekId) => `/dossiers/${dossierId}/gesprekken/${id}`;
  const formulier = (velden: [string, string][], csrf: string | undefined) =>
    new URLSearchParams([['_csrf', csrf ?? ''], ...velden]).toString();
  const versies = (id = gesprekId) =>
    t.database.db
      .selectFrom('gesprek_verslag')
      .select(['id', 'nummer', 'besluit', 'auteur_rol', 'inhoud', 'reactie'])
      .where('gesprek_id', '=', id)
      .orderBy('nummer')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'verslag' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, {
      code: 'verslag',
      naam: 'Verslag',
      hostnames: ['verslag.test'],
    });
    const org = await createOrganisatie(db, gemeente.id, 'Wmo-loket');
    const maak = (email: string, rol: 'inwoner' | 'naaste' | 'professional') =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: org.id } : {}),
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    await maak('vreemd@example.test', 'professional');
    const grants: [string, 'naaste' | 'professional', Partial<Record<string, Niveau>>][] = [
      ['kees@example.test', 'professional', { gesprekken: 'bewerken', plan: 'voorstellen' }],
      ['onno@example.test', 'naaste', { gesprekken: 'reageren' }],
    ];
    for (const [email, rol, niveaus] of grants) {
      const account = await maak(email, rol);
      await createToegang(db, {
        gemeenteId: gemeente.id,
        dossierId,
        granteeAccountId: account.id,
        createdBy: ilse.id,
        eindigtOp: null,
        niveaus,
      });
    }
    const dag = vandaag(t.clock.now());
    const gesprek = {
      gemeenteId: gemeente.id,
      dossierId,
      gemeldDoor: ilse.id,
      op: t.clock.now(),
    };
    gesprekId = await createGesprek(db, {
      ...gesprek,
      gemeldOp: telOp(dag, -10),
      voorbereiding: {
        gebieden: ['financien'],
        perGebied: { financien: { goed: 'Ik betaal de huur op tijd.', wil: 'Overzicht over mijn post.' } },
        nietVragen: '',
        geven: 'Ik kan goed koken.',
        vragen: ['kracht-trots'],
      },
    });
    tweedeId = await createGesprek(db, { ...gesprek, gemeldOp: telOp(dag, -5) });
    // Generous: on a busy machine starting the app (migrations) can take a while.
  }, 600_000);
  afterAll(async () => t.close());

  it('shows the professional her preparation and an agenda prefilled from it; refuses an empty agenda', async () => {
    const kees = await client('kees@example.test');
    const r = await kees.get(`${basis()}/gesprek`);
    expect(r.statusCode).toBe(200);
    expect(kees.lastHtml).toContain('Keukentafelgesprek met ilse');
    expect(kees.lastHtml).toContain('Wat goed gaat: Ik betaal de huur op tijd.');
    expect(kees.lastHtml).toMatch(/name="agenda" value="financien" checked/);
    expect(kees.lastHtml).not.toMatch(/name="agenda" value="wonen" checked/);
    const leeg = await kees.post(
      `${basis()}/gesprek`,
      {},
      {
        payload: formulier(
          [
            ['versie', '1'],
            ['notitie_financien', 'Post stapelt zich op.'],
          ],
          kees.csrfToken(),
        ),
      },
    );
    expect(leeg.statusCode).toBe(400);
    expect(kees.lastHtml).toContain('Kies minstens één onderwerp voor de agenda.');
    // Her input is kept next to the error, and nothing was written.
    expect(kees.lastHtml).toContain('Post stapelt zich op.');
    const rij = await t.database.db
      .selectFrom('gesprek')
      .select(['aantekeningen', 'aantekeningen_versie'])
      .where('id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    expect(rij).toEqual({ aantekeningen: '', aantekeningen_versie: 1 });
    // Without notes there is nothing to draft a report from.
    await kees.get(`${basis()}/gesprek`);
    expect((await kees.post(`${basis()}/verslag/opstellen`, {})).statusCode).toBe(400);
    expect(await versies()).toHaveLength(0);
  });

  it('stores the notes encrypted; a goal needs a domain; a stale save is a 409', async () => {
    const kees = await client('kees@example.test');
    await kees.get(`${basis()}/gesprek`);
    const velden: [string, string][] = [
      ['agenda', 'financien'],
      ['agenda', 'wonen'],
      ['notitie_financien', 'Post stapelt zich op; zij wil weer overzicht.'],
      ['notitie_wonen', 'Het huis is te groot.'],
      ['vragen', 'kracht-trots'],
      ['doel_1', 'Elke week samen de post openen.'],
      ['betrokkenen', 'Broer Bram helpt met de post.'],
      ['regievoerder', 'Kees van het Wmo-loket'],
    ];
    const zonderGebied = await kees.post(
      `${basis()}/gesprek`,
      {},
      { payload: formulier([['versie', '1'], ...velden], kees.csrfToken()) },
    );
    expect(zonderGebied.statusCode).toBe(400);
    expect(kees.lastHtml).toContain('Kies bij dit doel een onderwerp.');
    const r = await kees.post(
      `${basis()}/gesprek`,
      {},
      {
        payload: formulier([['versie', '1'], ...velden, ['doel_gebied_1', 'financien']], kees.csrfToken()),
      },
    );
    expect(r.statusCode).toBe(303);
    const rij = await t.database.db
      .selectFrom('gesprek')
      .select(['aantekeningen', 'aantekeningen_versie'])
      .where('id', '=', gesprekId)
      .executeTakeFirstOrThrow();
    expect(rij.aantekeningen.startsWith('v1.')).toBe(true);
    expect(rij.aantekeningen).not.toContain('Post');
    const klaar = await ontsleutelOpgeslagen(
      t.database.db,
      dossierId,
      { tabel: 'gesprek', kolom: 'aantekeningen', rijId: gesprekId },
      rij.aantekeningen,
    );
    expect(JSON.parse(klaar)).toMatchObject({
      agenda: ['financien', 'wonen'],
      doelen: [{ tekst: 'Elke week samen de post openen.', gebied: 'financien' }],
    });
    await kees.get(`${basis()}/gesprek`);
    const oud = await kees.post(
      `${basis()}/gesprek`,
      {},
      {
        payload: formulier(
          [
            ['versie', '1'],
            ['agenda', 'wonen'],
          ],
          kees.csrfToken(),
        ),
      },
    );
    expect(oud.statusCode).toBe(409);
    expect(kees.lastHtml).toContain('Iemand anders heeft de aantekeningen net veranderd.');
  });

  it('lets no one without a grant draft a report, and no supporter take the professional’s notes', async () => {
    const vreemd = await client('vreemd@example.test');
    await vreemd.get('/mijn-overzicht');
    expect((await vreemd.post(`${basis()}/verslag/opstellen`, {})).statusCode).toBe(403);
    expect((await vreemd.get(`${basis()}/verslag`)).statusCode).toBe(403);
    const onno = await client('onno@example.test');
    expect((await onno.get(`${basis()}/gesprek`)).statusCode).toBe(403);
    await onno.get(basis());
    expect((await onno.post(`${basis()}/verslag/opstellen`, {})).statusCode).toBe(403);
    expect(await versies()).toHaveLength(0);
  });

  it('drafts the report from the notes; she corrects it in a new version; an outdated version is refused', async () => {
    const kees = await client('kees@example.test');
    await kees.get(`${basis()}/gesprek`);
    const r = await kees.post(`${basis()}/verslag/opstellen`, {});
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${basis()}/verslag?melding=opgesteld`);
    const [eerste] = await versies();
    expect(eerste).toMatchObject({ nummer: 1, besluit: null, auteur_rol: 'professional' });
    expect(eerste?.inhoud.startsWith('v1.')).toBe(true);

    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/verslag`);
    expect(ilse.lastHtml).toContain('Post stapelt zich op; zij wil weer overzicht.');
    expect(ilse.lastHtml).toContain('Nog niet definitief: versie 1 wacht op de reactie van ilse.');
    const correctie = await ilse.post(
      `${basis()}/verslag`,
      {},
      {
        payload: formulier(
          [
            ['basis', '1'],
            ['tekst_financien', 'De post stapelt zich op. Ik wil zelf weer overzicht, met hulp van Bram.'],
            ['tekst_wonen', 'Het huis is groot, maar ik wil er blijven wonen.'],
            ['doel_1', 'Elke week samen met Bram de post openen.'],
            ['doel_gebied_1', 'financien'],
            ['betrokkenen', 'Broer Bram helpt met de post.'],
            ['regievoerder', 'Kees van het Wmo-loket'],
          ],
          ilse.csrfToken(),
        ),
      },
    );
    expect(correctie.statusCode).toBe(303);
    const na = await versies();
    expect(na.map((v) => [v.nummer, v.auteur_rol])).toEqual([
      [1, 'professional'],
      [2, 'inwoner'],
    ]);
    // Approving version 1 now: 409 with both versions, nothing final.
    await ilse.get(`${basis()}/verslag`);
    const oud = await ilse.post(`${basis()}/verslag/besluit`, { nummer: '1', besluit: 'akkoord' });
    expect(oud.statusCode).toBe(409);
    expect(ilse.lastHtml).toContain('Jij keek naar versie 1, nu is het versie 2.');
    expect(ilse.lastHtml).toContain('Post stapelt zich op; zij wil weer overzicht.');
    expect(ilse.lastHtml).toContain('ik wil er blijven wonen.');
    expect((await versies()).every((v) => v.besluit === null)).toBe(true);
    // A correction on the outdated version: 409, her text kept, no third version.
    await ilse.get(`${basis()}/verslag`);
    const oudeCorrectie = await ilse.post(
      `${basis()}/verslag`,
      {},
      {
        payload: formulier(
          [
            ['basis', '1'],
            ['tekst_financien', 'Een andere tekst.'],
          ],
          ilse.csrfToken(),
        ),
      },
    );
    expect(oudeCorrectie.statusCode).toBe(409);
    expect(ilse.lastHtml).toContain('Een andere tekst.');
    expect(await versies()).toHaveLength(2);
  });

  it('only she decides; her approval makes that version final and its goals proposals in Mijn plan', async () => {
    const onno = await client('onno@example.test');
    await onno.get(`${basis()}/verslag`);
    expect(onno.lastHtml).not.toContain('Ben je het eens met het verslag?');
    expect(
      (await onno.post(`${basis()}/verslag/besluit`, { nummer: '2', besluit: 'akkoord' })).statusCode,
    ).toBe(403);
    const kees = await client('kees@example.test');
    await kees.get(`${basis()}/verslag`);
    expect(
      (await kees.post(`${basis()}/verslag/besluit`, { nummer: '2', besluit: 'akkoord' })).statusCode,
    ).toBe(403);
    expect((await versies()).every((v) => v.besluit === null)).toBe(true);

    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/verslag`);
    const r = await ilse.post(`${basis()}/verslag/besluit`, { nummer: '2', besluit: 'akkoord' });
    expect(r.statusCode).toBe(303);
    expect((await versies()).map((v) => v.besluit)).toEqual([null, 'akkoord']);
    await t.app.jobs.runDue();
    const voorstellen = await t.database.db
      .selectFrom('plan_voorstel')
      .select(['soort', 'status', 'gegevens'])
      .where('dossier_id', '=', dossierId)
      .execute();
    expect(voorstellen).toHaveLength(1);
    expect(voorstellen[0]?.soort).toBe('doel');
    await ilse.get(`/dossiers/${dossierId}/plan`);
    expect(ilse.lastHtml).toContain('Elke week samen met Bram de post openen.');
    // Running the job again proposes nothing twice.
    await t.app.jobs.runDue();
    expect(
      await t.database.db
        .selectFrom('plan_voorstel')
        .select('id')
        .where('dossier_id', '=', dossierId)
        .execute(),
    ).toHaveLength(1);
    const spoor = await t.database.db
      .selectFrom('audit_event')
      .select('grondslag')
      .where('dossier_id', '=', dossierId)
      .where('grondslag', '=', 'verslag-doelen')
      .execute();
    expect(spoor.length).toBeGreaterThanOrEqual(1);

    // Both sides see which version is final; the PDF says exactly what the page's final version says.
    for (const c of [ilse, kees]) {
      await c.get(`${basis()}/verslag`);
      expect(c.lastHtml).toContain('Definitief: ilse is akkoord met dit verslag.');
    }
    const pagina = documentTekst(ilse.lastHtml);
    expect(pagina).toContain('ik wil er blijven wonen.');
    expect(pagina).not.toContain('Post stapelt zich op; zij wil weer overzicht.');
    const pdf = await ilse.get(`${basis()}/verslag.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(normaliseer(await pdftotext(pdf.rawPayload))).toBe(pagina);
    // Final: no more versions, no second decision.
    const nogEens = await ilse.post(`${basis()}/verslag/besluit`, {
      nummer: '2',
      besluit: 'oneens',
      reactie: 'x',
    });
    expect(nogEens.statusCode).toBe(409);
    expect(ilse.lastHtml).toContain('Het verslag is al definitief.');
    // The investigation's deadline reads as done.
    await ilse.get(basis());
    expect(ilse.lastHtml).toMatch(/data-termijn="onderzoek" data-stand="gedaan"/);
  });

  it('keeps her disagreement with her reaction as the final version; no goals go to her plan', async () => {
    const kees = await client('kees@example.test');
    await kees.get(`${basis(tweedeId)}/gesprek`);
    expect(
      (
        await kees.post(
          `${basis(tweedeId)}/gesprek`,
          {},
          {
            payload: formulier(
              [
                ['versie', '1'],
                ['agenda', 'wonen'],
                ['notitie_wonen', 'Verhuizen naar een kleiner huis lijkt beter.'],
                ['doel_1', 'Een kleiner huis zoeken.'],
                ['doel_gebied_1', 'wonen'],
              ],
              kees.csrfToken(),
            ),
          },
        )
      ).statusCode,
    ).toBe(303);
    await kees.get(`${basis(tweedeId)}/gesprek`);
    expect((await kees.post(`${basis(tweedeId)}/verslag/opstellen`, {})).statusCode).toBe(303);
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis(tweedeId)}/verslag`);
    const zonderReactie = await ilse.post(`${basis(tweedeId)}/verslag/besluit`, {
      nummer: '1',
      besluit: 'oneens',
    });
    expect(zonderReactie.statusCode).toBe(400);
    expect(ilse.lastHtml).toContain('Schrijf op waarom je het niet eens bent.');
    expect((await versies(tweedeId)).every((v) => v.besluit === null)).toBe(true);
    await ilse.get(`${basis(tweedeId)}/verslag`);
    const r = await ilse.post(`${basis(tweedeId)}/verslag/besluit`, {
      nummer: '1',
      besluit: 'oneens',
      reactie: 'Ik wil niet verhuizen. Ik woon hier al dertig jaar.',
    });
    expect(r.statusCode).toBe(303);
    const [v] = await versies(tweedeId);
    expect(v?.besluit).toBe('oneens');
    expect(v?.reactie.startsWith('v1.')).toBe(true);
    for (const email of ['ilse@example.test', 'kees@example.test']) {
      const c = await client(email);
      await c.get(`${basis(tweedeId)}/verslag`);
      expect(c.lastHtml).toContain('Definitief: ilse is het niet eens met dit verslag.');
      expect(c.lastHtml).toContain('Ik wil niet verhuizen. Ik woon hier al dertig jaar.');
    }
    await t.app.jobs.runDue();
    expect(
      await t.database.db
        .selectFrom('plan_voorstel')
        .select('id')
        .where('dossier_id', '=', dossierId)
        .execute(),
    ).toHaveLength(1);
  });

  it('puts the final reports and the persoonlijk plan in her download, the reports as valid Compositions', async () => {
    const ilse = await client('ilse@example.test');
    const r = await ilse.get(`/dossiers/${dossierId}/gegevens.fhir.json`);
    expect(r.statusCode).toBe(200);
    const bundle = r.json() as Bundle;
    expect(valideerFhir(bundle)).toEqual([]);
    const composities = (bundle.entry ?? [])
      .map((e) => e.resource as unknown as Composition)
      .filter((x) => x.resourceType === 'Composition');
    const soort = (c: Composition) => c.type.coding?.[0]?.code;
    const verslagen = composities.filter((c) => soort(c) === 'verslag-keukentafelgesprek');
    expect(verslagen.map((c) => c.extension?.[0]?.valueCode).sort()).toEqual(['akkoord', 'oneens']);
    expect(verslagen.every((c) => c.status === 'final')).toBe(true);
    expect(JSON.stringify(verslagen)).toContain('ik wil er blijven wonen.');
    expect(JSON.stringify(verslagen)).toContain('Ik woon hier al dertig jaar.');
    const plannen = composities.filter((c) => soort(c) === 'persoonlijk-plan');
    expect(plannen).toHaveLength(1);
    expect(
      verslagen.find((c) => c.extension?.[0]?.valueCode === 'akkoord')?.relatesTo?.[0]?.targetReference,
    ).toEqual({ reference: `urn:uuid:${plannen[0]?.id}` });
  });
});
