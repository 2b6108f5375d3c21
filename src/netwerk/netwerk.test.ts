import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient, zonderToeval } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import { ontsleutelOpgeslagen } from '../../tests/support/versleuteling.js';
import {
  createAccountWithPassword,
  createGemeente,
  createNetwerkPersoon,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Niveau } from '../regie/schema.js';
import { MAX_PERSONEN } from './codes.js';
import { persoon } from './demo.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * The netwerkkaart against a real database: adding and changing people, bad input and stale
 * forms (nothing written), names others may or may not see, proposals accepted and declined,
 * the summary's choice, dated versions, and the section's export and erasure.
 */
describe.each(ENGINES)('netwerk on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let anderDossierId: string;
  let anderPersoonId: string;
  let gemeenteId: string;
  let yaraId: string;
  const host = { host: 'nw.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const tel = async (tabel: 'netwerk_persoon' | 'netwerk_voorstel' | 'netwerk_versie', dossier = dossierId) =>
    (
      await sql<{
        n: number;
      }>`select count(*)::int as n from ${sql.table(tabel)} where dossier_id = ${dossier}`.execute(
        t.database.db,
      )
    ).rows[0]?.n ?? 0;
  const basis = () => `/dossiers/${dossierId}/netwerk`;
  const versieOp = (c: BrowserClient) => /name="versie" value="(\d+)"/.exec(c.lastHtml)?.[1] ?? '';
  const persoonIdVan = async (naam: string) => {
    const rijen = await t.database.db
      .selectFrom('netwerk_persoon')
      .select(['id', 'naam'])
      .where('dossier_id', '=', dossierId)
      .execute();
    for (const rij of rijen)
      if (
        (await ontsleutelOpgeslagen(
          t.database.db,
          dossierId,
          { tabel: 'netwerk_persoon', kolom: 'naam', rijId: rij.id },
          rij.naam,
        )) === naam
      )
        return rij.id;
    throw new Error(`no ${naam}`);
  };
  const formulier = (extra: Record<string, string> = {}) => ({
    versie: '0',
    naam: 'Sanne',
    relatie: 'vriend',
    cirkel: 'dichtbij',
    contact: 'wekelijks',
    dichtbij: 'ja',
    ...extra,
  });

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'nw' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'nw', naam: 'Nw', hostnames: ['nw.test'] });
    gemeenteId = gemeente.id;
    const team = await createOrganisatie(db, gemeente.id, 'Buurtteam');
    const maak = (email: string, rol: 'inwoner' | 'naaste' | 'professional') =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: team.id } : {}),
      });
    const ilse = await maak('ilse@example.test', 'inwoner');
    const ander = await maak('ander@example.test', 'inwoner');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    anderDossierId = await dossierVanInwoner(db, gemeente.id, ander.id);
    anderPersoonId = await createNetwerkPersoon(db, {
      gemeenteId,
      dossierId: anderDossierId,
      persoon: persoon({ naam: 'Iemand anders', relatie: 'buur', cirkel: 'dichtbij' }),
      op: new Date(),
    });
    const grants: [string, 'naaste' | 'professional', Niveau][] = [
      ['bram@example.test', 'naaste', 'voorstellen'],
      ['lezer@example.test', 'naaste', 'lezen'],
      ['yara@example.test', 'professional', 'bewerken'],
    ];
    for (const [email, rol, niveau] of grants) {
      const account = await maak(email, rol);
      if (email.startsWith('yara')) yaraId = account.id;
      await createToegang(db, {
        gemeenteId: gemeente.id,
        dossierId,
        granteeAccountId: account.id,
        createdBy: ilse.id,
        eindigtOp: null,
        niveaus: { netwerk: niveau },
      });
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('lets the resident add a person with everything; name and note are stored encrypted, and a version is kept', async () => {
    const ilse = await client('ilse@example.test');
    expect((await ilse.get(basis())).statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('Er staat nog niemand op de kaart.');
    expect(ilse.lastHtml).toContain('Ik heb te weinig mensen om hulp aan te vragen.');
    await ilse.get(`${basis()}/nieuw`);
    const r = await ilse.post(`${basis()}/nieuw`, {
      ...formulier({ naam: 'Mama', relatie: 'ouder', cirkel: 'heel-dichtbij', contact: 'dagelijks' }),
      krijgt: 'emotioneel',
      geeft: 'praktisch',
      helpt_bij: 'huishouden',
      zwaar_belast: 'ja',
      notitie: 'Zorgt ook voor opa',
      account_id: '',
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${basis()}?melding=bewaard`);
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Mama');
    expect(ilse.lastHtml).toContain('Notitie: Zorgt ook voor opa');
    expect(ilse.lastHtml).toContain('Is al zwaar belast');
    const rij = await t.database.db
      .selectFrom('netwerk_persoon')
      .select(['naam', 'notitie'])
      .where('dossier_id', '=', dossierId)
      .executeTakeFirstOrThrow();
    expect(rij.naam.startsWith('v1.')).toBe(true);
    expect(rij.notitie.startsWith('v1.')).toBe(true);
    expect(await tel('netwerk_versie')).toBe(1);
  });

  it('refuses bad input with a Dutch message next to the field, and writes nothing', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/nieuw`);
    const voor = { personen: await tel('netwerk_persoon'), versies: await tel('netwerk_versie') };
    const gevallen: [Record<string, string>, string][] = [
      [formulier({ naam: '  ' }), 'Vul een naam of bijnaam in.'],
      [formulier({ cirkel: 'ergens' }), 'Kies hoe dichtbij deze persoon staat.'],
      [formulier({ relatie: 'baas' }), 'Kies wie deze persoon voor je is.'],
      [formulier({ naam: 'mAMA' }), 'Deze naam staat al op de kaart.'],
      [{ ...formulier(), helpt_bij: 'maanreizen' }, 'Kies een van de mogelijkheden.'],
    ];
    for (const [form, melding] of gevallen) {
      const r = await ilse.post(`${basis()}/nieuw`, form);
      expect(r.statusCode, melding).toBe(400);
      expect(r.body).toContain(melding);
      expect(r.body).toContain('utrecht-form-field-error-message');
    }
    expect({ personen: await tel('netwerk_persoon'), versies: await tel('netwerk_versie') }).toEqual(voor);
  });

  it("answers 404 for another record's person (forged id) and writes nothing", async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/nieuw`);
    expect((await ilse.get(`${basis()}/personen/${anderPersoonId}`)).statusCode).toBe(404);
    const r = await ilse.post(`${basis()}/personen/${anderPersoonId}`, {
      ...formulier({ naam: 'Gestolen' }),
      versie: '1',
    });
    expect(r.statusCode).toBe(404);
    const weg = await ilse.post(`${basis()}/personen/${anderPersoonId}/verwijderen`, { versie: '1' });
    expect(weg.statusCode).toBe(404);
    expect(await tel('netwerk_persoon', anderDossierId)).toBe(1);
    const rij = await t.database.db
      .selectFrom('netwerk_persoon')
      .select('versie')
      .where('id', '=', anderPersoonId)
      .executeTakeFirstOrThrow();
    expect(rij.versie).toBe(1);
  });

  it('answers a stale version with 409 and keeps the input; nothing is overwritten', async () => {
    const ilse = await client('ilse@example.test');
    const id = await persoonIdVan('Mama');
    await ilse.get(`${basis()}/personen/${id}`);
    const versie = versieOp(ilse);
    const eerst = await ilse.post(`${basis()}/personen/${id}`, {
      ...formulier({ naam: 'Mama', relatie: 'ouder', cirkel: 'heel-dichtbij', contact: 'dagelijks' }),
      versie,
      helpt_bij: 'huishouden',
      zwaar_belast: 'ja',
      notitie: 'Zorgt ook voor opa',
    });
    expect(eerst.statusCode).toBe(303);
    const oud = await ilse.post(`${basis()}/personen/${id}`, {
      ...formulier({ naam: 'Moeder', relatie: 'ouder', cirkel: 'verder-weg', contact: 'minder' }),
      versie,
    });
    expect(oud.statusCode).toBe(409);
    expect(oud.body).toContain('Iemand anders heeft dit net gewijzigd');
    expect(oud.body).toContain('value="Moeder"');
    expect(await persoonIdVan('Mama')).toBe(id);
    const stale = await ilse.post(`${basis()}/personen/${id}/verwijderen`, { versie });
    expect(stale.statusCode).toBe(409);
    expect(await tel('netwerk_persoon')).toBe(1);
  });

  it('shows others a hidden name as relationship and number, a shown name as it is, and never her notes', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/nieuw`);
    expect(
      (
        await ilse.post(`${basis()}/nieuw`, {
          ...formulier({ naam: 'Sanne' }),
          naam_zichtbaar: 'ja',
          krijgt: 'gezelschap',
        })
      ).statusCode,
    ).toBe(303);
    expect((await ilse.post(`${basis()}/nieuw`, formulier({ naam: 'Geheime Gerrit' }))).statusCode).toBe(303);
    const lezer = await client('lezer@example.test');
    expect((await lezer.get(basis())).statusCode).toBe(200);
    expect(lezer.lastHtml).toContain('Sanne');
    expect(lezer.lastHtml).toContain('Vriend 2');
    expect(lezer.lastHtml).toContain('Ouder 1');
    expect(lezer.lastHtml).not.toContain('Geheime Gerrit');
    expect(lezer.lastHtml).not.toContain('Mama');
    expect(zonderToeval(lezer.lastHtml)).not.toContain('opa');
    // Reading only: no form to add, and the form itself is refused.
    expect(lezer.lastHtml).not.toContain(`${basis()}/nieuw`);
    expect((await lezer.get(`${basis()}/nieuw`)).statusCode).toBe(403);
  });

  it("turns a naaste's change into a proposal the resident accepts; a declined one changes nothing", async () => {
    const bram = await client('bram@example.test');
    await bram.get(`${basis()}/nieuw`);
    expect(bram.lastHtml).toContain('Je doet een voorstel');
    expect(bram.lastHtml).not.toContain('name="notitie"');
    const personen = await tel('netwerk_persoon');
    let r = await bram.post(`${basis()}/nieuw`, {
      ...formulier({ naam: 'Joost' }),
      notitie: 'niet van Bram',
    });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${basis()}?melding=voorgesteld`);
    r = await bram.post(`${basis()}/nieuw`, formulier({ naam: 'Karel' }));
    expect(r.statusCode).toBe(303);
    expect(await tel('netwerk_persoon')).toBe(personen);
    expect(await tel('netwerk_voorstel')).toBe(2);
    // Bram cannot decide his own proposal.
    const [joost, karel] = await t.database.db
      .selectFrom('netwerk_voorstel')
      .select('id')
      .where('dossier_id', '=', dossierId)
      .orderBy('created_at')
      .execute();
    await bram.get(`${basis()}/voorstellen`);
    expect(bram.lastHtml).toContain('stelt voor om Joost toe te voegen');
    expect(
      (await bram.post(`${basis()}/voorstellen/${joost?.id}`, { besluit: 'aanvaarden' })).statusCode,
    ).toBe(403);

    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/voorstellen`);
    expect(ilse.lastHtml).toContain('bram stelt voor om Joost toe te voegen.');
    r = await ilse.post(`${basis()}/voorstellen/${joost?.id}`, { besluit: 'aanvaarden' });
    expect(r.headers.location).toBe(`${basis()}?melding=aanvaard`);
    r = await ilse.post(`${basis()}/voorstellen/${karel?.id}`, { besluit: 'afwijzen' });
    expect(r.headers.location).toBe(`${basis()}?melding=afgewezen`);
    expect(await tel('netwerk_persoon')).toBe(personen + 1);
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Joost');
    expect(ilse.lastHtml).not.toContain('Karel');
    expect(ilse.lastHtml).not.toContain('niet van Bram');
    // Decided once: a second decision finds no open proposal.
    expect((await ilse.post(`${basis()}/voorstellen/${joost?.id}`, { besluit: 'afwijzen' })).statusCode).toBe(
      404,
    );
  });

  it('lets a grantee with bewerken change at once, without touching a hidden name or her notes', async () => {
    const yara = await client('yara@example.test');
    const id = await persoonIdVan('Mama');
    await yara.get(`${basis()}/personen/${id}`);
    expect(yara.lastHtml).toContain('De naam is verborgen');
    const r = await yara.post(`${basis()}/personen/${id}`, {
      ...formulier({ naam: 'Ouder 1', relatie: 'ouder', cirkel: 'dichtbij', contact: 'wekelijks' }),
      versie: versieOp(yara),
      krijgt: 'informatie',
    });
    expect(r.statusCode).toBe(303);
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/personen/${id}`);
    expect(ilse.lastHtml).toContain('value="Mama"');
    expect(ilse.lastHtml).toContain('Zorgt ook voor opa');
  });

  it('derives the summary from the map; her own choice is stored and is what counts', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain(
      'Volgens je kaart: Ik heb genoeg mensen om me heen en ik vraag hen om hulp.',
    );
    let r = await ilse.post(`${basis()}/samenvatting`, {
      keuze: 'genoeg-vraagt-niet',
      versie: versieOp(ilse),
    });
    expect(r.headers.location).toBe(`${basis()}?melding=samenvatting`);
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Jij zegt: Ik heb genoeg mensen om me heen, maar ik vraag geen hulp.');
    r = await ilse.post(`${basis()}/samenvatting`, { keuze: 'iets', versie: versieOp(ilse) });
    expect(r.statusCode).toBe(400);
    r = await ilse.post(`${basis()}/samenvatting`, { keuze: 'te-weinig', versie: '0' });
    expect(r.statusCode).toBe(409);
    const lezer = await client('lezer@example.test');
    // Someone else reads her choice in the third person, with her name.
    const lezerPagina = (await lezer.get(basis())).body;
    expect(lezerPagina).toMatch(/\S+ zegt: Ik heb genoeg mensen om me heen, maar ik vraag geen hulp\./);
    expect(lezerPagina).not.toContain('Jij zegt');
  });

  it('keeps a dated version of every change and compares now with an earlier one', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/nieuw`);
    expect(
      (await ilse.post(`${basis()}/nieuw`, formulier({ naam: 'Nieuwe buur', relatie: 'buur' }))).statusCode,
    ).toBe(303);
    expect(await tel('netwerk_versie')).toBeGreaterThanOrEqual(5);
    expect((await ilse.get(`${basis()}/vergelijk`)).statusCode).toBe(200);
    expect(ilse.lastHtml).toMatch(/Nieuw op de kaart: [^<]*Nieuwe buur/);
    const lezer = await client('lezer@example.test');
    expect((await lezer.get(`${basis()}/vergelijk`)).statusCode).toBe(200);
    expect(lezer.lastHtml).not.toContain('Nieuwe buur');
  });

  it('links a person to an account with a grant, and offers an invitation from the card otherwise', async () => {
    const ilse = await client('ilse@example.test');
    await ilse.get(`${basis()}/nieuw`);
    expect(
      (await ilse.post(`${basis()}/nieuw`, formulier({ naam: 'Buurvrouw Ans', relatie: 'buur' }))).statusCode,
    ).toBe(303);
    await ilse.get(`${basis()}/nieuw`);
    expect(ilse.lastHtml).toContain(`value="${yaraId}"`);
    const r = await ilse.post(`${basis()}/nieuw`, {
      ...formulier({ naam: 'Yara', relatie: 'professional' }),
      account_id: yaraId,
    });
    expect(r.statusCode).toBe(303);
    await ilse.get(basis());
    expect(ilse.lastHtml).toContain('Heeft toegang tot je gegevens.');
    expect(ilse.lastHtml).toContain(`/dossiers/${dossierId}/toegang?rol=naaste&amp;netwerk=lezen#uitnodigen`);
    // The link leads into regie's own invitation form, filled in: no second mechanism.
    await ilse.get(`/dossiers/${dossierId}/toegang?rol=professional&netwerk=lezen&plan=iets`);
    expect(ilse.lastHtml).toMatch(
      /<select[^>]*id="veld-niveau-netwerk"[^>]*>(?:(?!<\/select>).)*value="lezen" selected/s,
    );
    expect(ilse.lastHtml).toMatch(
      /<select[^>]*id="veld-niveau-plan"[^>]*>(?:(?!<\/select>).)*value="geen" selected/s,
    );
    expect(ilse.lastHtml).toContain('<option value="professional" selected>');
    // Someone without a grant on this record cannot be linked.
    const vreemd = await ilse.post(`${basis()}/nieuw`, {
      ...formulier({ naam: 'Vreemde' }),
      account_id: '00000000-0000-4000-8000-000000000000',
    });
    expect(vreemd.statusCode).toBe(400);
  });

  it(`refuses person ${MAX_PERSONEN + 1} with a message, nothing written`, async () => {
    const db = t.database.db;
    const vol = await dossierVanInwoner(
      db,
      gemeenteId,
      (
        await createAccountWithPassword(db, {
          gemeenteId,
          naam: 'Vol',
          email: 'vol@example.test',
          rol: 'inwoner',
          password: PASSWORD,
        })
      ).id,
    );
    for (let i = 1; i <= MAX_PERSONEN; i++)
      await createNetwerkPersoon(db, {
        gemeenteId,
        dossierId: vol,
        persoon: persoon({ naam: `Persoon ${i}`, relatie: 'kennis', cirkel: 'verder-weg' }),
        op: new Date(),
      });
    const c = await client('vol@example.test');
    await c.get(`/dossiers/${vol}/netwerk/nieuw`);
    const r = await c.post(`/dossiers/${vol}/netwerk/nieuw`, formulier({ naam: 'Nummer 201' }));
    expect(r.statusCode).toBe(400);
    expect(r.body).toContain(`Er staan al ${MAX_PERSONEN} mensen op de kaart.`);
    expect(await tel('netwerk_persoon', vol)).toBe(MAX_PERSONEN);
  }, 600_000);

  it('tells the levensgebieden overview who on her map helps, and where her "wie helpt" and the map disagree', async () => {
    const ilse = await client('ilse@example.test');
    const lg = `/dossiers/${dossierId}/levensgebieden`;
    await ilse.get(`${basis()}/nieuw`);
    const hulp = await ilse.post(`${basis()}/nieuw`, {
      ...formulier({ naam: 'Oma Riet', relatie: 'familie' }),
      helpt_bij: 'huishouden',
    });
    expect(hulp.statusCode).toBe(303);
    await ilse.get(`${lg}/invullen/huishouden`);
    let r = await ilse.post(`${lg}/invullen/huishouden`, {
      versie: '0',
      score: '2',
      wie_helpt: 'ikzelf',
      actie: 'later',
    });
    expect(r.statusCode).toBe(303);
    await ilse.get(`${lg}/invullen/financien`);
    r = await ilse.post(`${lg}/invullen/financien`, {
      versie: versieOp(ilse),
      score: '3',
      wie_helpt: 'netwerk',
      actie: 'later',
    });
    expect(r.statusCode).toBe(303);
    await ilse.get(`${lg}/invullen`);
    expect((await ilse.post(`${lg}/afronden`, { versie: versieOp(ilse) })).statusCode).toBe(303);
    await ilse.get(lg);
    expect(ilse.lastHtml).toContain('Wie in je netwerk helpt hierbij');
    expect(ilse.lastHtml).toContain('Huishouden: Oma Riet');
    expect(ilse.lastHtml).toContain(
      'je zei dat je netwerk hierbij helpt. Op je netwerkkaart helpt hier niemand bij.',
    );
    expect(ilse.lastHtml).toContain('op je netwerkkaart helpen mensen hierbij.');
  });

  it('never answers 5xx to any form body (fuzz): 303, 400, 404 or 409 only', async () => {
    const ilse = await client('ilse@example.test');
    const id = await createNetwerkPersoon(t.database.db, {
      gemeenteId,
      dossierId,
      persoon: persoon({ naam: 'Fuzz', relatie: 'kennis', cirkel: 'verder-weg' }),
      op: new Date(),
    });
    const naam = fc.oneof(
      fc.constantFrom(
        'versie',
        'naam',
        'relatie',
        'cirkel',
        'contact',
        'dichtbij',
        'krijgt',
        'geeft',
        'helpt_bij',
        'liever_niet',
        'liever_niet_reden',
        'notitie',
        'account_id',
        'keuze',
        'besluit',
        '__proto__',
      ),
      fc.string({ maxLength: 20 }),
    );
    const waarde = fc.oneof(
      fc.constantFrom(
        '0',
        '1',
        '-1',
        'ja',
        'nee',
        'vriend',
        'dichtbij',
        'financien',
        'te-weinig',
        'aanvaarden',
        '',
      ),
      fc.string({ maxLength: 30 }),
      fc.string({ unit: 'binary', maxLength: 10 }),
    );
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          `${basis()}/nieuw`,
          `${basis()}/personen/${id}`,
          `${basis()}/personen/${id}/verwijderen`,
          `${basis()}/samenvatting`,
          `${basis()}/voorstellen/00000000-0000-4000-8000-000000000000`,
        ),
        fc.array(fc.tuple(naam, waarde), { maxLength: 12 }),
        async (url, velden) => {
          await ilse.get(`${basis()}/nieuw`);
          const body = new URLSearchParams([['_csrf', ilse.csrfToken() ?? ''], ...velden]).toString();
          const response = await t.app.inject({
            method: 'POST',
            url,
            payload: body,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              cookie: ilse.cookieHeader(),
              accept: 'text/html',
            },
          });
          tried++;
          expect([303, 400, 404, 409], `${url} ${body}`).toContain(response.statusCode);
        },
      ),
      { numRuns: 60 },
    );
    expect(tried).toBeGreaterThanOrEqual(60);
  }, 600_000);

  it('exports the map decrypted for the resident; erasure removes people, proposals and versions', async () => {
    const ilse = await client('ilse@example.test');
    const r = await ilse.get(`/dossiers/${dossierId}/gegevens.json`);
    expect(r.statusCode).toBe(200);
    const data = JSON.parse(r.body) as {
      secties: {
        netwerk: {
          personen: { naam: string; notitie: string }[];
          voorstellen: unknown[];
          versies: unknown[];
        };
      };
    };
    const nw = data.secties.netwerk;
    expect(nw.personen.map((p) => p.naam)).toContain('Mama');
    expect(nw.personen.find((p) => p.naam === 'Mama')?.notitie).toBe('Zorgt ook voor opa');
    expect(nw.voorstellen.length).toBe(2);
    expect(nw.versies.length).toBeGreaterThan(3);
    await ilse.get(`/dossiers/${dossierId}/gegevens`);
    const wis = await ilse.post(`/dossiers/${dossierId}/gegevens/wissen`, {
      wachtwoord: PASSWORD,
      zeker: 'ja',
    });
    expect(wis.statusCode).toBe(303);
    for (const tabel of ['netwerk_persoon', 'netwerk_voorstel', 'netwerk_versie'] as const)
      expect(await tel(tabel), tabel).toBe(0);
  });
});
