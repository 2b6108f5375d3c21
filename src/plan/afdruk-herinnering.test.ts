import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { htmlTekst, normaliseer, pdfinfo, pdftotext } from '../../tests/support/poppler.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createGemeente,
  createNetwerkPersoon,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import { persoon } from '../netwerk/demo.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';
import { EVALUATIE_JOB } from './herinnering.js';
import { zetMaxProfessionals } from './queries.js';

const PASSWORD = 'een lange zin als wachtwoord';
const DAG = 24 * 3_600_000;

/** A page's text as a reader gets it: tags as spaces, entities decoded, whitespace collapsed. */
function paginaTekst(html: string): string {
  return htmlTekst(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? html);
}

/**
 * Mijn plan, the parts around the page: the plan as a PDF with the page's content (pdftotext),
 * the evaluation reminder as a durable job (a link only, once per item and day, to her and whom
 * she chose), and the gemeente's threshold for the coordination warning.
 */
describe.each(ENGINES)('plan: PDF, evaluation reminder and threshold on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  let dossierId: string;
  const accounts = new Map<string, string>();
  const host = { host: 'plan2.test' };
  const basis = () => `/dossiers/${dossierId}/plan`;
  const dagVan = (ms: number) => new Date(t.clock.now().getTime() + ms).toISOString().slice(0, 10);

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const jobs = () =>
    t.database.db
      .selectFrom('job')
      .select(['key', 'payload', 'run_at'])
      .where('name', '=', EVALUATIE_JOB)
      .orderBy('key')
      .execute();

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'plan2' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'plan2', naam: 'Plan2', hostnames: ['plan2.test'] });
    gemeenteId = gemeente.id;
    const buurtteam = await createOrganisatie(db, gemeente.id, 'Buurtteam');
    const schuldhulp = await createOrganisatie(db, gemeente.id, 'Schuldhulp');
    const maak = async (email: string, rol: 'inwoner' | 'naaste' | 'professional', org?: string) => {
      const a = await createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(org ? { organisatieId: org } : {}),
      });
      accounts.set(email, a.id);
      return a;
    };
    const noa = await maak('noa@example.test', 'inwoner');
    dossierId = await dossierVanInwoner(db, gemeente.id, noa.id);
    await createNetwerkPersoon(db, {
      gemeenteId,
      dossierId,
      persoon: persoon({ naam: 'Ruben', relatie: 'broer-zus', cirkel: 'heel-dichtbij' }),
      op: new Date(),
    });
    const grants: [string, 'naaste' | 'professional', Niveau, string | undefined][] = [
      ['joris@example.test', 'professional', 'bewerken', buurtteam.id],
      ['fenna@example.test', 'professional', 'lezen', schuldhulp.id],
      ['lotte@example.test', 'naaste', 'lezen', undefined],
    ];
    for (const [email, rol, niveau, org] of grants) {
      const a = await maak(email, rol, org);
      await createToegang(db, {
        gemeenteId,
        dossierId,
        granteeAccountId: a.id,
        createdBy: noa.id,
        eindigtOp: null,
        niveaus: { plan: niveau },
      });
    }
  }, 600_000);
  afterAll(async () => t?.close());

  it('the PDF says what the page says: every line of it is on the page, every goal and action in it', async () => {
    const noa = await client('noa@example.test');
    await noa.get(`${basis()}/doelen/nieuw`);
    const doelen = [
      ['Ik wil mijn rekeningen op tijd betalen.', 'financien', 'regie-spiegel'],
      ['Ik wil weer eens per week naar het buurthuis.', 'sociale-contacten', ''],
    ];
    for (const [tekst, gebied, aanleiding] of doelen)
      expect(
        (
          await noa.post(`${basis()}/doelen/nieuw`, {
            versie: '0',
            tekst: tekst as string,
            levensgebieden: gebied as string,
            waarom: 'Dan heb ik rust.',
            gelukt_als: 'Geen aanmaningen meer.',
            aanleiding: aanleiding as string,
            evaluatie_op: '',
          })
        ).statusCode,
      ).toBe(303);
    const doelIds = (
      await t.database.db
        .selectFrom('plan_doel')
        .select('id')
        .where('dossier_id', '=', dossierId)
        .orderBy('created_at')
        .execute()
    ).map((d) => d.id);
    const acties: Record<string, string>[] = [
      { wat: 'Elke vrijdag de post openen.', doener: 'ikzelf' },
      {
        wat: 'Een budgetplan maken.',
        doener: 'professional',
        doener_account_id: accounts.get('joris@example.test') as string,
      },
      { wat: 'Samen naar de koffieochtend.', doener: 'vrijwilliger', doener_naam: 'Buurvrouw Ans' },
    ];
    for (const [i, a] of acties.entries()) {
      await noa.get(`${basis()}/doelen/${doelIds[i === 2 ? 1 : 0]}/acties/nieuw`);
      expect(
        (
          await noa.post(`${basis()}/doelen/${doelIds[i === 2 ? 1 : 0]}/acties/nieuw`, {
            versie: '0',
            status: i === 0 ? 'bezig' : 'nog-niet',
            wanneer: '2027-04-01',
            ...a,
          })
        ).statusCode,
      ).toBe(303);
    }

    for (const email of ['noa@example.test', 'fenna@example.test']) {
      const c = email === 'noa@example.test' ? noa : await client(email);
      expect((await c.get(basis())).statusCode).toBe(200);
      expect(c.lastHtml).toContain(`href="${basis()}.pdf"`);
      const pagina = paginaTekst(c.lastHtml);
      const r = await c.get(`${basis()}.pdf`);
      expect(r.statusCode).toBe(200);
      expect(r.headers['content-type']).toBe('application/pdf');
      const pdf = r.rawPayload;
      expect((await pdfinfo(pdf)).Tagged).toBe('yes');
      const tekst = normaliseer(await pdftotext(pdf));
      // Every goal and action of the plan is in the PDF, with the doer as the page says it.
      for (const [doel] of doelen) expect(tekst).toContain(doel);
      for (const a of acties) expect(tekst).toContain(a.wat);
      expect(tekst).toContain('Wie: Buurvrouw Ans (vrijwilliger of buurt)');
      expect(tekst).toContain('Hoe staat het: Bezig');
      expect(tekst).toContain('Wie doet wat');
      // And the PDF says nothing the page does not: each line of its text is on the page.
      const regels = (await pdftotext(pdf))
        .split('\n')
        .map(normaliseer)
        .filter((regel) => regel.length > 0);
      expect(regels.length).toBeGreaterThan(15);
      for (const regel of regels) expect(pagina, `PDF line "${regel}"`).toContain(regel);
      if (email === 'fenna@example.test') {
        expect(tekst).toContain('Het plan van noa');
        expect(tekst).toContain('Wie: noa');
      } else expect(tekst).toContain('Wie: Ik zelf');
    }
  });

  it('reminds her and whom she chose on the evaluation day, with a link only, once', async () => {
    const db = t.database.db;
    const noa = await client('noa@example.test');
    // She chooses Joris as regievoerder.
    await noa.get(basis());
    const versie =
      /action="[^"]*\/plan\/regievoerder"[\s\S]*?name="versie" value="(\d+)"/.exec(noa.lastHtml)?.[1] ?? '';
    expect(
      (
        await noa.post(`${basis()}/regievoerder`, {
          account_id: accounts.get('joris@example.test') ?? '',
          versie,
        })
      ).statusCode,
    ).toBe(303);
    const doel = await db
      .selectFrom('plan_doel')
      .select(['id', 'versie'])
      .where('dossier_id', '=', dossierId)
      .orderBy('created_at')
      .executeTakeFirstOrThrow();
    const actie = await db
      .selectFrom('plan_actie')
      .select(['id', 'versie'])
      .where('dossier_id', '=', dossierId)
      .where('doener', '=', 'vrijwilliger')
      .executeTakeFirstOrThrow();
    const dag = dagVan(10 * DAG);
    const doelForm = {
      versie: String(doel.versie),
      tekst: 'Ik wil mijn rekeningen op tijd betalen.',
      levensgebieden: 'financien',
      waarom: 'Dan heb ik rust.',
      gelukt_als: 'Geen aanmaningen meer.',
      aanleiding: 'regie-spiegel',
      evaluatie_op: dag,
    };
    await noa.get(`${basis()}/doelen/${doel.id}`);
    expect((await noa.post(`${basis()}/doelen/${doel.id}`, doelForm)).statusCode).toBe(303);
    // Saving the same day again queues nothing new (the key is item and day).
    await noa.get(`${basis()}/doelen/${doel.id}`);
    expect(
      (await noa.post(`${basis()}/doelen/${doel.id}`, { ...doelForm, versie: String(doel.versie + 1) }))
        .statusCode,
    ).toBe(303);
    // The action (Joris, her regievoerder, is not its doer) first on another day, then on the same day.
    const actieForm = (evaluatie: string, v: number) => ({
      versie: String(v),
      wat: 'Samen naar de koffieochtend.',
      doener: 'vrijwilliger',
      doener_naam: 'Buurvrouw Ans',
      status: 'nog-niet',
      wanneer: '2027-04-01',
      evaluatie_op: evaluatie,
    });
    await noa.get(`${basis()}/acties/${actie.id}`);
    expect(
      (await noa.post(`${basis()}/acties/${actie.id}`, actieForm(dagVan(5 * DAG), actie.versie))).statusCode,
    ).toBe(303);
    await noa.get(`${basis()}/acties/${actie.id}`);
    expect(
      (await noa.post(`${basis()}/acties/${actie.id}`, actieForm(dag, actie.versie + 1))).statusCode,
    ).toBe(303);
    const rijen = await jobs();
    expect(rijen.map((j) => j.key).sort()).toEqual(
      [`actie:${actie.id}:${dagVan(5 * DAG)}`, `actie:${actie.id}:${dag}`, `doel:${doel.id}:${dag}`].sort(),
    );
    // Ids and the day only in a payload.
    expect(JSON.stringify(rijen.map((j) => j.payload))).not.toMatch(/noa|rekening|koffie|Ans/i);

    const voor = (await t.readOutbox()).length;
    // Nothing before the day.
    await t.app.jobs.runDue();
    expect((await t.readOutbox()).length).toBe(voor);
    t.clock.advance(Date.parse(`${dag}T09:00:00Z`) - t.clock.now().getTime());
    await t.app.jobs.runDue();
    const mails = (await t.readOutbox()).slice(voor).map(mailText);
    // The goal: Noa and Joris (her regievoerder); the action: the same two (its doer has no
    // account). The action's reminder for the day it no longer has sent nothing.
    const aan = mails.map((m) => /^To: (.+)$/m.exec(m)?.[1]?.trim()).sort();
    expect(aan).toEqual(['joris@example.test', 'joris@example.test', 'noa@example.test', 'noa@example.test']);
    for (const m of mails) {
      expect(m).toContain(`/dossiers/${dossierId}/plan`);
      expect(m).not.toMatch(/rekening|koffie|Buurvrouw|Ans\b/);
    }
    // Running again sends nothing more (each job ran once; a second queueing of a key is a no-op).
    await t.app.jobs.runDue();
    expect((await t.readOutbox()).length).toBe(voor + 4);
    const spoor = await db
      .selectFrom('audit_event')
      .select('grondslag')
      .where('dossier_id', '=', dossierId)
      .where('grondslag', '=', 'plan-evaluatie')
      .execute();
    expect(spoor.length).toBe(3);
  });

  it('reminds whom she picked herself on the form too; only she picks, only people on her plan', async () => {
    const db = t.database.db;
    const noa = await client('noa@example.test');
    const actie = await db
      .selectFrom('plan_actie')
      .select(['id', 'versie'])
      .where('dossier_id', '=', dossierId)
      .where('doener', '=', 'vrijwilliger')
      .executeTakeFirstOrThrow();
    const dag = dagVan(20 * DAG);
    const form = (versie = actie.versie) => ({
      versie: String(versie),
      wat: 'Samen naar de koffieochtend.',
      doener: 'vrijwilliger',
      doener_naam: 'Buurvrouw Ans',
      status: 'bezig',
      evaluatie_op: dag,
      herinneren_keuze: '1',
    });
    const pad = `${basis()}/acties/${actie.id}`;
    // Her form offers everyone with a grant on the plan; a professional's form does not offer the choice.
    await noa.get(pad);
    for (const email of ['joris@example.test', 'fenna@example.test', 'lotte@example.test'])
      expect(noa.lastHtml).toContain(`name="herinneren" value="${accounts.get(email)}"`);
    const joris = await client('joris@example.test');
    await joris.get(pad);
    expect(joris.lastHtml).not.toContain('name="herinneren"');

    // Someone not on her plan (the resident of another record would be the same): refused next to
    // the field, nothing written.
    const buiten = accounts.get('noa@example.test') as string;
    // Check boxes repeat the field: the payload is written out.
    const post = (ids: string[]) =>
      noa.post(
        pad,
        {},
        {
          payload: new URLSearchParams([
            ['_csrf', noa.csrfToken() ?? ''],
            ...Object.entries(form()),
            ...ids.map((id) => ['herinneren', id]),
          ]).toString(),
        },
      );
    const fout = await post([accounts.get('lotte@example.test') as string, buiten]);
    expect(fout.statusCode).toBe(400);
    expect(noa.lastHtml).toContain('id="veld-herinneren"');
    expect(
      await db
        .selectFrom('plan_actie')
        .select(['versie', 'herinneren'])
        .where('id', '=', actie.id)
        .executeTakeFirstOrThrow(),
    ).toEqual({ versie: actie.versie, herinneren: [] });

    // Lotte (a naaste who reads) and Fenna: saved with the action, in the same save.
    await noa.get(pad);
    const gekozen = [
      accounts.get('lotte@example.test') as string,
      accounts.get('fenna@example.test') as string,
    ];
    expect((await post(gekozen)).statusCode).toBe(303);
    const rij = await db
      .selectFrom('plan_actie')
      .select(['versie', 'herinneren'])
      .where('id', '=', actie.id)
      .executeTakeFirstOrThrow();
    expect({ versie: rij.versie, herinneren: [...rij.herinneren].sort() }).toEqual({
      versie: actie.versie + 1,
      herinneren: [...gekozen].sort(),
    });
    // The form shows her choice ticked.
    await noa.get(pad);
    for (const id of gekozen)
      expect(noa.lastHtml).toMatch(new RegExp(`name="herinneren" value="${id}"[^>]*checked`));
    // Joris saves the action (bewerken): her choice stays as it is.
    await joris.get(pad);
    expect((await joris.post(pad, { ...form(actie.versie + 1), herinneren_keuze: '1' })).statusCode).toBe(
      303,
    );
    expect(
      (
        await db
          .selectFrom('plan_actie')
          .select('herinneren')
          .where('id', '=', actie.id)
          .executeTakeFirstOrThrow()
      ).herinneren.length,
    ).toBe(2);

    // Her download holds her choice with the action.
    const download = await noa.get(`/dossiers/${dossierId}/gegevens.json`);
    expect(download.statusCode).toBe(200);
    expect(download.body).toContain(gekozen[0]);
    expect(download.body).toContain(gekozen[1]);

    const voor = (await t.readOutbox()).length;
    t.clock.advance(Date.parse(`${dag}T09:00:00Z`) - t.clock.now().getTime());
    await t.app.jobs.runDue();
    const aan = (await t.readOutbox())
      .slice(voor)
      .map(mailText)
      .map((m) => /^To: (.+)$/m.exec(m)?.[1]?.trim())
      .sort();
    // Her, her regievoerder Joris, and the two she picked.
    expect(aan).toEqual([
      'fenna@example.test',
      'joris@example.test',
      'lotte@example.test',
      'noa@example.test',
    ]);
  });

  it('warns at the threshold the gemeente set (default 3), not a naaste', async () => {
    const noa = await client('noa@example.test');
    // Joris and Fenna: two professionals, under the default three.
    await noa.get(basis());
    expect(noa.lastHtml).not.toContain('hulpverleners aan dit plan');
    await zetMaxProfessionals(t.database.db, { gemeenteId, max: 1, nu: t.clock.now() });
    await noa.get(basis());
    expect(noa.lastHtml).toContain(
      'Er werken nu 2 hulpverleners aan dit plan. De gemeente raadt er hoogstens 1 aan.',
    );
    const lotte = await client('lotte@example.test');
    await lotte.get(basis());
    expect(lotte.lastHtml).not.toContain('hulpverleners aan dit plan');
    // Out of range: the database refuses it, the setting stays.
    await expect(
      zetMaxProfessionals(t.database.db, { gemeenteId, max: 0, nu: t.clock.now() }),
    ).rejects.toThrow();
    await zetMaxProfessionals(t.database.db, { gemeenteId, max: 2, nu: t.clock.now() });
    await noa.get(basis());
    expect(noa.lastHtml).not.toContain('hulpverleners aan dit plan');
    const rij = await sql<{
      n: number;
    }>`select max_professionals as n from plan_instelling where gemeente_id = ${gemeenteId}`.execute(
      t.database.db,
    );
    expect(rij.rows[0]?.n).toBe(2);
  });
});
