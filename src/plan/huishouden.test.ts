import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import { startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createGemeente,
  createOrganisatie,
  createToegang,
} from '../demo/factories.js';
import { dossierVanInwoner } from '../regie/door/door.js';

const PASSWORD = 'een lange zin als wachtwoord';

/**
 * Huishouden (issue 11 item 4) against a real database: a link code, her housemate's consent,
 * refusals that write nothing, the warning counted per household in numbers only, both trails,
 * ending the link at once, and erasure ending it for the other too.
 */
describe.each(ENGINES)('plan huishouden on %s', (engine) => {
  let t: TestApp;
  let gemeenteId: string;
  const dossiers: Record<'ilse' | 'noor' | 'piet', string> = { ilse: '', noor: '', piet: '' };
  const host = { host: 'huishouden.test' };

  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const pagina = (wie: keyof typeof dossiers) => `/dossiers/${dossiers[wie]}/plan/huishouden`;
  const leden = async () =>
    (
      await t.database.db.selectFrom('plan_huishouden_lid').select(['dossier_id', 'huishouden_id']).execute()
    ).filter((r) => Object.values(dossiers).includes(r.dossier_id));
  const huishoudens = async () =>
    (
      await t.database.db
        .selectFrom('plan_huishouden')
        .select('id')
        .where('gemeente_id', '=', gemeenteId)
        .execute()
    ).length;
  const spoor = async (wie: keyof typeof dossiers, grondslag: string) =>
    t.database.db
      .selectFrom('audit_event')
      .select(['actor_account_id', 'actie', 'item_id'])
      .where('dossier_id', '=', dossiers[wie])
      .where('grondslag', '=', grondslag)
      .orderBy('id')
      .execute();
  const maakCode = async (c: BrowserClient, wie: keyof typeof dossiers) => {
    await c.get(pagina(wie));
    const r = await c.post(`${pagina(wie)}/code`, {});
    expect(r.statusCode).toBe(200);
    const code = /data-koppelcode[^>]*>([A-Z0-9-]+)</.exec(c.lastHtml)?.[1];
    expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    return code as string;
  };
  const koppel = async (c: BrowserClient, wie: keyof typeof dossiers, form: Record<string, string>) => {
    await c.get(pagina(wie));
    return c.post(`${pagina(wie)}/koppelen`, form);
  };

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'huishouden' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, {
      code: 'huishouden',
      naam: 'Huishouden',
      hostnames: ['huishouden.test'],
    });
    gemeenteId = gemeente.id;
    const maak = (email: string, rol: 'inwoner' | 'professional', organisatieId?: string) =>
      createAccountWithPassword(db, {
        gemeenteId,
        naam: email.split('@')[0] as string,
        email,
        rol,
        password: PASSWORD,
        ...(organisatieId ? { organisatieId } : {}),
      });
    for (const wie of ['ilse', 'noor', 'piet'] as const)
      dossiers[wie] = await dossierVanInwoner(
        db,
        gemeenteId,
        (await maak(`${wie}@example.test`, 'inwoner')).id,
      );
    const ilse = await db
      .selectFrom('dossier')
      .select('inwoner_account_id')
      .where('id', '=', dossiers.ilse)
      .executeTakeFirstOrThrow();
    const noor = await db
      .selectFrom('dossier')
      .select('inwoner_account_id')
      .where('id', '=', dossiers.noor)
      .executeTakeFirstOrThrow();
    // Two professionals on each plan: under the default threshold (3) apiece, four together.
    for (const [i, [email, wie]] of (
      [
        ['yara@example.test', 'ilse'],
        ['kees@example.test', 'ilse'],
        ['geheim-een@example.test', 'noor'],
        ['geheim-twee@example.test', 'noor'],
      ] as const
    ).entries()) {
      const org = await createOrganisatie(db, gemeenteId, `Organisatie ${wie} ${i} Zichtbaar`);
      const account = await maak(email, 'professional', org.id);
      await createToegang(db, {
        gemeenteId,
        dossierId: dossiers[wie],
        granteeAccountId: account.id,
        createdBy: (wie === 'ilse' ? ilse : noor).inwoner_account_id,
        eindigtOp: null,
        niveaus: { plan: 'lezen' },
      });
    }
  }, 600_000);
  afterAll(async () => t.close());

  it('links two records only with a code of one and the consent of the other; refusals write nothing', async () => {
    const ilse = await client('ilse@example.test');
    const noor = await client('noor@example.test');
    expect((await ilse.get(pagina('ilse'))).statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('Je plan is met niemand gekoppeld.');
    const code = await maakCode(ilse, 'ilse');

    // No consent ticked, a wrong code, her own code: 400 next to the field, nothing written.
    const zonder = await koppel(noor, 'noor', { code });
    expect(zonder.statusCode).toBe(400);
    expect(noor.lastHtml).toContain('Zet een vinkje als je dit wilt.');
    expect(noor.lastHtml).toContain(`value="${code}"`);
    expect((await koppel(noor, 'noor', { code: 'ABCD-EFGH-JKMN', akkoord: '1' })).statusCode).toBe(400);
    expect(noor.lastHtml).toContain('Deze code klopt niet');
    expect((await koppel(ilse, 'ilse', { code, akkoord: '1' })).statusCode).toBe(400);
    expect(await leden()).toEqual([]);

    const r = await koppel(noor, 'noor', { code: code.toLowerCase().replaceAll('-', ' '), akkoord: '1' });
    expect(r.statusCode).toBe(303);
    expect(r.headers.location).toBe(`${pagina('noor')}?melding=gekoppeld`);
    const rijen = await leden();
    expect(rijen.map((l) => l.dossier_id).sort()).toEqual([dossiers.ilse, dossiers.noor].sort());
    expect(new Set(rijen.map((l) => l.huishouden_id)).size).toBe(1);
    // In both trails: hers by the door, the other's by the system path with her as actor.
    expect(await spoor('ilse', 'huishouden')).toEqual([
      expect.objectContaining({ actie: 'update', item_id: 'huishouden' }),
    ]);
    // The code works once: a third resident cannot use it after.
    const piet = await client('piet@example.test');
    expect((await koppel(piet, 'piet', { code, akkoord: '1' })).statusCode).toBe(400);
    expect((await leden()).length).toBe(2);
    // Each sees the other's name on the household page, nothing of the plan.
    await ilse.get(pagina('ilse'));
    expect(ilse.lastHtml).toContain('noor, sinds');
    expect(
      (await koppel(ilse, 'ilse', { code: await maakCode(piet, 'piet'), akkoord: '1' })).statusCode,
    ).toBe(400);
    expect(ilse.lastHtml).toContain('Je plan is al gekoppeld.');
  });

  it('counts the professionals of the household in the warning, with numbers only', async () => {
    const ilse = await client('ilse@example.test');
    expect((await ilse.get(`/dossiers/${dossiers.ilse}/plan`)).statusCode).toBe(200);
    expect(ilse.lastHtml).toContain('In jullie huishouden werken 4 hulpverleners.');
    expect(ilse.lastHtml).not.toContain('geheim');
    expect(ilse.lastHtml).not.toMatch(/Organisatie noor/);
    // Her look counted Noor's plan by the system path, written in Noor's trail (a read, numbers only).
    expect(await spoor('noor', 'huishouden-telling')).toEqual([
      expect.objectContaining({ actie: 'read', item_id: 'huishouden:telling' }),
    ]);
    // Noor's own page says the same for her.
    const noor = await client('noor@example.test');
    await noor.get(`/dossiers/${dossiers.noor}/plan`);
    expect(noor.lastHtml).toContain('In jullie huishouden werken 4 hulpverleners.');
    expect(noor.lastHtml).not.toContain('yara');
    // A professional on Ilse's plan who is not her regievoerder sees no warning at all.
    const yara = await client('yara@example.test');
    await yara.get(`/dossiers/${dossiers.ilse}/plan`);
    expect(yara.lastHtml).not.toContain('In jullie huishouden');
  });

  it('puts her link in her download; ending it takes effect on the next request', async () => {
    const ilse = await client('ilse@example.test');
    const download = await ilse.get(`/dossiers/${dossiers.ilse}/gegevens.json`);
    expect(download.statusCode).toBe(200);
    const json = download.json() as { secties: { plan: { huishouden: { anderen: number } | null } } };
    expect(json.secties.plan.huishouden).toEqual(expect.objectContaining({ anderen: 1 }));

    const noor = await client('noor@example.test');
    await noor.get(pagina('noor'));
    const r = await noor.post(`${pagina('noor')}/stoppen`, {});
    expect(r.statusCode).toBe(303);
    expect(await leden()).toEqual([]);
    expect(await huishoudens()).toBe(0);
    // Noor's look at her household page (a read) and the link and its end, all with Noor as actor.
    expect((await spoor('ilse', 'huishouden')).map((r) => r.actie).sort()).toEqual([
      'delete',
      'read',
      'update',
    ]);
    await ilse.get(`/dossiers/${dossiers.ilse}/plan`);
    expect(ilse.lastHtml).not.toContain('In jullie huishouden');
    await ilse.get(pagina('ilse'));
    expect(ilse.lastHtml).toContain('Je plan is met niemand gekoppeld.');
  });

  it("two housemates entering each other's code at the same moment: one link wins, the other hears so; no 500, nothing half-written", async () => {
    const noor = await client('noor@example.test');
    const piet = await client('piet@example.test');
    const codeNoor = await maakCode(noor, 'noor');
    const codePiet = await maakCode(piet, 'piet');
    expect(await leden()).toEqual([]);
    // Both pages open (fresh form tokens), then both send at once.
    await noor.get(pagina('noor'));
    await piet.get(pagina('piet'));
    const antwoorden = await Promise.all([
      noor.post(`${pagina('noor')}/koppelen`, { code: codePiet, akkoord: '1' }),
      piet.post(`${pagina('piet')}/koppelen`, { code: codeNoor, akkoord: '1' }),
    ]);
    expect(antwoorden.map((r) => r.statusCode).sort()).toEqual([303, 400]);
    const verliezer = antwoorden.find((r) => r.statusCode === 400);
    expect(verliezer?.body).toContain('Je plan is al gekoppeld.');
    // One household of exactly the two of them; no second household, no stray member.
    const rijen = await leden();
    expect(rijen.map((l) => l.dossier_id).sort()).toEqual([dossiers.noor, dossiers.piet].sort());
    expect(new Set(rijen.map((l) => l.huishouden_id)).size).toBe(1);
    expect(await huishoudens()).toBe(1);
    // The winner's link is in both trails once (the other's by the system path).
    const winnaar = antwoorden[0]?.statusCode === 303 ? 'piet' : 'noor';
    expect(
      (await spoor(winnaar, 'huishouden')).filter((r) => r.actie === 'update' && r.item_id === 'huishouden'),
    ).toHaveLength(1);
    // End it again for the next test.
    await noor.get(pagina('noor'));
    expect((await noor.post(`${pagina('noor')}/stoppen`, {})).statusCode).toBe(303);
    expect(await leden()).toEqual([]);
    expect(await huishoudens()).toBe(0);
  });

  it('erasing her record ends the link for the other too', async () => {
    const ilse = await client('ilse@example.test');
    const noor = await client('noor@example.test');
    const code = await maakCode(noor, 'noor');
    expect((await koppel(ilse, 'ilse', { code, akkoord: '1' })).statusCode).toBe(303);
    expect((await leden()).length).toBe(2);
    await ilse.get(`/dossiers/${dossiers.ilse}/gegevens`);
    const weg = await ilse.post(`/dossiers/${dossiers.ilse}/gegevens/wissen`, {
      wachtwoord: PASSWORD,
      zeker: 'ja',
    });
    expect(weg.statusCode).toBe(303);
    expect(await leden()).toEqual([]);
    expect(await huishoudens()).toBe(0);
    expect(await spoor('noor', 'huishouden')).toContainEqual(expect.objectContaining({ actie: 'delete' }));
    await noor.get(pagina('noor'));
    expect(noor.lastHtml).toContain('Je plan is met niemand gekoppeld.');
  });
});
