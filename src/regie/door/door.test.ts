import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES, openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { createAccountWithPassword, createGemeente, createToegang } from '../../demo/factories.js';
import { HttpError } from '../../platform/http/errors.js';
import type { Viewer } from '../../platform/http/request-context.js';
import * as q from '../queries.js';
import { dossierVanInwoner, gedeeldMet, systeemToegang, Toegang, viaDeDeur } from './door.js';

/**
 * The door's edges (issue 9): refusals and failures inside the work are audited while the
 * work is undone; a `Toegang` hands out no database handle and cannot be made outside the
 * door; the system path writes its reason in the trail.
 */
describe.each(ENGINES)('the door on %s', (engine) => {
  let database: TestDatabase;
  let dossierId: string;
  let ilse: Viewer;
  let bram: Viewer;
  let carlaId: string;
  const now = new Date('2026-12-06T10:00:00Z');

  const laatste = () =>
    database.db
      .selectFrom('audit_event')
      .selectAll()
      .orderBy('seq', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
  const aantalToegang = async () =>
    (await database.db.selectFrom('toegang').select('id').where('dossier_id', '=', dossierId).execute())
      .length;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    const gemeente = await createGemeente(database.db, { code: 'deur', naam: 'Deurdorp' });
    const account = (naam: string, rol: 'inwoner' | 'naaste') =>
      createAccountWithPassword(database.db, {
        gemeenteId: gemeente.id,
        naam,
        email: `${naam.toLowerCase()}@example.test`,
        rol,
        password: 'een lange zin als wachtwoord',
      });
    const viewer = (a: { id: string; naam: string; email: string }, rol: Viewer['rol']): Viewer => ({
      accountId: a.id,
      sessionId: '',
      gemeenteId: gemeente.id,
      naam: a.naam,
      email: a.email,
      rol,
      organisatieId: null,
      organisatieNaam: null,
      bevoegdheden: [],
    });
    const i = await account('Ilse', 'inwoner');
    const b = await account('Bram', 'naaste');
    carlaId = (await account('Carla', 'naaste')).id;
    ilse = viewer(i, 'inwoner');
    bram = viewer(b, 'naaste');
    dossierId = await dossierVanInwoner(database.db, gemeente.id, i.id);
    await createToegang(database.db, {
      gemeenteId: gemeente.id,
      dossierId,
      granteeAccountId: b.id,
      createdBy: i.id,
      eindigtOp: null,
      niveaus: { plan: 'bewerken' },
    });
  }, 600_000);
  afterAll(() => database?.close());

  const schrijfEnFaal = (fout: Error) => (toegang: Toegang) =>
    q
      .insertToegang(toegang, {
        granteeAccountId: carlaId,
        soort: 'uitnodiging',
        doel: 'mag niet blijven staan',
        wettelijkeGrondslag: null,
        eindigtOp: null,
        createdBy: ilse.accountId,
        niveaus: {},
      })
      .then(() => {
        throw fout;
      });

  it('undoes the work of a refusal inside it and keeps the attempt in the trail', async () => {
    const voor = await aantalToegang();
    const verzoek = { dossierId, sectie: 'plan', nodig: 'bewerken' as const, actie: 'update' as const };
    await expect(
      viaDeDeur(database.db, bram, verzoek, { now }, schrijfEnFaal(new HttpError('CONFLICT'))),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await aantalToegang()).toBe(voor);
    expect(await laatste()).toMatchObject({
      actor_account_id: bram.accountId,
      dossier_id: dossierId,
      uitkomst: 'denied',
      grondslag: 'geweigerd:conflict',
    });
  });

  it('undoes the work of a failure and logs it as failed, passing the error on', async () => {
    const voor = await aantalToegang();
    const verzoek = { dossierId, sectie: 'plan', nodig: 'lezen' as const, actie: 'read' as const };
    await expect(
      viaDeDeur(database.db, ilse, verzoek, { now }, schrijfEnFaal(new Error('stuk'))),
    ).rejects.toThrow('stuk');
    expect(await aantalToegang()).toBe(voor);
    // Even the owner's own read is logged when it failed.
    expect(await laatste()).toMatchObject({
      actor_account_id: ilse.accountId,
      uitkomst: 'failed',
      grondslag: 'mislukt',
    });
  });

  it('hands out no database handle, and only the door makes a Toegang', async () => {
    const verzoek = { dossierId, sectie: 'plan', nodig: 'lezen' as const, actie: 'read' as const };
    const toegang = await viaDeDeur(database.db, bram, verzoek, { now }, async (t) => t);
    expect(Object.keys(toegang)).not.toContain('db');
    expect(toegang.niveaus).toEqual({ plan: 'bewerken' });
    expect(Object.isFrozen(toegang)).toBe(true);
    const Maak = Toegang as unknown as new (...args: unknown[]) => Toegang;
    expect(() => new Maak(Symbol('nep'), {}, database.db)).toThrow('only made by the door');
  });

  it('writes the reason of the system path as the ground of its entry, in the same transaction', async () => {
    await systeemToegang(
      database.db,
      {
        reden: 'voorbeeldgegevens',
        gemeenteId: ilse.gemeenteId,
        dossierId,
        now,
        actor: null,
        actie: 'create',
      },
      async () => undefined,
    );
    expect(await laatste()).toMatchObject({
      actor_account_id: null,
      uitkomst: 'allowed',
      grondslag: 'voorbeeldgegevens',
    });
    // A record of another gemeente is not found, and nothing is written.
    await expect(
      systeemToegang(
        database.db,
        {
          reden: 'voorbeeldgegevens',
          gemeenteId: bram.accountId,
          dossierId,
          now,
          actor: null,
          actie: 'create',
        },
        async () => undefined,
      ),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lists the records shared with a naaste through the door, none for a resident without grants', async () => {
    expect((await gedeeldMet(database.db, bram, now)).map((d) => d.dossier_id)).toEqual([dossierId]);
    expect(await gedeeldMet(database.db, ilse, now)).toEqual([]);
  });
});
