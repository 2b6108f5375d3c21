import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ENGINES,
  openSameDatabase,
  openTestDatabase,
  type TestDatabase,
} from '../../tests/support/test-database.js';
import { createBuurtbewoner, createGemeente, createSamenDeelnemer } from '../demo/factories.js';
import type { DatabaseHandle, Db } from '../platform/db/database.js';
import type { ProfielInvoer } from './queries.js';
import { matchingRonde, RONDE_SLOT_MS } from './systeem.js';

const PAREN = 12;
const NU = new Date('2026-03-02T10:00:00Z');

const wens = (vaardigheden: string[]) => ({
  vaardigheden,
  toelichting: '',
  frequentie: 'regelmatig' as const,
  vorm: 'een-op-een' as const,
});
const profiel = (voornaam: string, biedt: string, vraagt: string): ProfielInvoer => ({
  voornaam,
  wijk: 'Lindewaard-Oost',
  postcode: '9999',
  lat: 52.1,
  lon: 5.1,
  maxKm: 3,
  dagdelen: 0b11,
  geboortejaar: 1970,
  geslacht: null,
  alleenVrouwen: false,
  contact: { telefoon: '06 00000000' },
  aanbod: wens([biedt]),
  vraag: wens([vraagt]),
});

/** Fictional neighbours in pairs that fit: one offers language practice and asks for shopping, the other the reverse. */
async function buren(db: Db, gemeenteId: string): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < PAREN; i++)
    for (const [naam, biedt, vraagt] of [
      [`Anna${i}`, 'taalles', 'boodschappen'],
      [`Bram${i}`, 'boodschappen', 'taalles'],
    ] as const) {
      const id = await createBuurtbewoner(db, {
        gemeenteId,
        naam,
        email: `${naam.toLowerCase()}@slot.example`,
      });
      await createSamenDeelnemer(db, {
        gemeenteId,
        dossierId: id,
        op: NU,
        profiel: profiel(naam, biedt, vraagt),
      });
      ids.push(id);
    }
  return ids;
}

/** Per person, in how many proposals she is a member. */
async function lidmaatschappen(db: Db, gemeenteId: string): Promise<Map<string, number>> {
  const rijen = await db
    .selectFrom('samen_lid')
    .select(['dossier_id'])
    .where('gemeente_id', '=', gemeenteId)
    .execute();
  const per = new Map<string, number>();
  for (const r of rijen) per.set(r.dossier_id, (per.get(r.dossier_id) ?? 0) + 1);
  return per;
}

const slotRijen = (db: Db, gemeenteId: string) =>
  db.selectFrom('samen_ronde_slot').selectAll().where('gemeente_id', '=', gemeenteId).execute();

/**
 * The lock against two matching rounds at once (migration 0038): a round that finds the lock held
 * writes nothing and says `'bezig'`; a lease that ran out is taken over; a finished round gives
 * the lock back. On PostgreSQL, two app instances (two pools) start rounds at the same moment and
 * no one ends up in two proposals.
 */
describe.each(ENGINES)('samen round lock on %s', { timeout: 600_000 }, (engine) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(async () => {
    await database.dispose();
  });

  it('a held lock stops a second round; an expired lease does not; the lock is given back', async () => {
    const db = database.db;
    const gemeente = await createGemeente(db, { code: 'slot', naam: 'Slot' });
    const ids = await buren(db, gemeente.id);
    // Another round holds the lock (another instance, until 5 minutes from now).
    await db
      .insertInto('samen_ronde_slot')
      .values({ gemeente_id: gemeente.id, houder: 'andere-ronde', tot: new Date(NU.getTime() + 5 * 60_000) })
      .execute();
    expect(await matchingRonde({ db, now: () => NU }, gemeente.id, null)).toBe('bezig');
    expect((await lidmaatschappen(db, gemeente.id)).size).toBe(0);
    expect(
      await db.selectFrom('samen_voorstel').select('id').where('gemeente_id', '=', gemeente.id).execute(),
    ).toEqual([]);
    expect((await slotRijen(db, gemeente.id)).map((r) => r.houder)).toEqual(['andere-ronde']);

    // That round stopped without giving the lock back; after its lease the next round runs.
    const later = new Date(NU.getTime() + RONDE_SLOT_MS);
    const uitkomst = await matchingRonde({ db, now: () => later }, gemeente.id, null);
    expect(uitkomst).toEqual({ deelnemers: 2 * PAREN, voorstellen: PAREN, geholpen: 2 * PAREN });
    const per = await lidmaatschappen(db, gemeente.id);
    expect([...per.keys()].sort()).toEqual([...ids].sort());
    expect([...per.values()].every((n) => n === 1)).toBe(true);
    expect(await slotRijen(db, gemeente.id)).toEqual([]);
  });

  it('a lock is per gemeente: a round elsewhere does not wait', async () => {
    const db = database.db;
    const a = await createGemeente(db, { code: 'slot-a', naam: 'Slot A' });
    const b = await createGemeente(db, { code: 'slot-b', naam: 'Slot B' });
    await buren(db, b.id);
    await db
      .insertInto('samen_ronde_slot')
      .values({ gemeente_id: a.id, houder: 'ronde-in-a', tot: new Date(NU.getTime() + 60_000) })
      .execute();
    expect(await matchingRonde({ db, now: () => NU }, b.id, null)).toEqual({
      deelnemers: 2 * PAREN,
      voorstellen: PAREN,
      geholpen: 2 * PAREN,
    });
    expect((await slotRijen(db, a.id)).map((r) => r.houder)).toEqual(['ronde-in-a']);
    expect(await slotRijen(db, b.id)).toEqual([]);
  });

  it('a request she wants met in a group gets no one-on-one proposal; the same request one-on-one does', async () => {
    const db = database.db;
    const paar = async (code: string, vormVanAnna: 'groep' | 'een-op-een') => {
      const gemeente = await createGemeente(db, { code, naam: code });
      for (const [naam, biedt, vraagt, vorm] of [
        ['Anna', 'taalles', 'boodschappen', vormVanAnna],
        ['Bram', 'boodschappen', 'taalles', 'een-op-een'],
      ] as const) {
        const id = await createBuurtbewoner(db, {
          gemeenteId: gemeente.id,
          naam,
          email: `${naam}@${code}.example`,
        });
        const p = profiel(naam, biedt, vraagt);
        await createSamenDeelnemer(db, {
          gemeenteId: gemeente.id,
          dossierId: id,
          op: NU,
          profiel: { ...p, vraag: { ...(p.vraag as NonNullable<ProfielInvoer['vraag']>), vorm } },
        });
      }
      return matchingRonde({ db, now: () => NU }, gemeente.id, null);
    };
    expect(await paar('vorm-groep', 'groep')).toEqual({ deelnemers: 2, voorstellen: 0, geholpen: 0 });
    expect(await paar('vorm-paar', 'een-op-een')).toEqual({ deelnemers: 2, voorstellen: 1, geholpen: 2 });
  });

  it.runIf(engine === 'postgres')(
    'two instances starting rounds at once never propose anyone twice',
    async () => {
      const second: DatabaseHandle = await openSameDatabase(database);
      try {
        const db = database.db;
        const gemeente = await createGemeente(db, { code: 'slot-twee', naam: 'Slot twee' });
        const ids = await buren(db, gemeente.id);
        const uitkomsten = await Promise.all(
          [db, second.db, db, second.db, second.db, db].map((d) =>
            matchingRonde({ db: d, now: () => NU }, gemeente.id, null),
          ),
        );
        const per = await lidmaatschappen(db, gemeente.id);
        // Everyone is proposed, and no one twice.
        expect([...per.keys()].sort()).toEqual([...ids].sort());
        expect([...per.entries()].filter(([, n]) => n !== 1)).toEqual([]);
        const gedaan = uitkomsten.filter((u) => u !== 'bezig');
        expect(gedaan.reduce((s, u) => s + u.voorstellen, 0)).toBe(PAREN);
        // At least one round found the lock held (they started together).
        expect(uitkomsten).toContain('bezig');
        expect(await slotRijen(db, gemeente.id)).toEqual([]);
      } finally {
        await second.close();
      }
    },
  );
});
