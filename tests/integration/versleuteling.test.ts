import { execFile } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AFGELEIDE_SOORTEN } from '../../src/afgeleide-sleutels.js';
import { DEMO_TOTP_GEHEIM } from '../../src/auth/tweede-factor/tweede-factor.js';
import { DEMO_PASSWORD, seedDemo } from '../../src/demo/seed.js';
import { meldAan } from '../../src/monitor/panel/queries.js';
import { herversleutelAlles } from '../../src/platform/crypto/herversleutelen.js';
import {
  gebruikSleutelring,
  meestersleutel,
  Sleutelring as Ring,
  type Sleutelring,
  sleutelring,
} from '../../src/platform/crypto/sleutelring.js';
import { type Db, migrateToLatest, openDatabase } from '../../src/platform/db/database.js';
import { dossierVanInwoner } from '../../src/regie/door/door.js';
import { gebruikWislog, REGIE_VELDEN, roteer, type Veld } from '../../src/regie/door/sleutel.js';
import { herstelWissingen } from '../../src/regie/versleuteling.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { ENGINES } from '../support/test-database.js';
import { onthoudGeheim } from '../support/tweede-factor.js';
import { ontsleutelOpgeslagen } from '../support/versleuteling.js';

/**
 * Field encryption end to end (security.md test 6, docs/decisions/020): what the demo resident
 * wrote is stored encrypted, rotation re-wraps every key and every field still decrypts, and
 * after erasure 0 of her fields decrypt — also after restoring a data backup made before it.
 */

const INWONER = 'inwoner@lindewaard.example';
/** Her own words in the demo (src/levensgebieden/demo.ts, vragenlijsten/demo.ts, demo/seed.ts). */
const HAAR_WOORDEN = [
  'Geen nieuwe schulden meer',
  'Overzicht in mijn rekeningen',
  'Ik open mijn post nu elke week.',
  'Twee ochtenden per week help ik in de kringloopwinkel.',
  'Ik ben nooit te laat.',
  'koffieochtend in het buurthuis',
  'Beter slapen',
  'Het was een drukke tijd met veel brieven.',
  'De brieven van de belasting snap ik niet.',
  'Ik wil weer werken in de bibliotheek.',
  'Ik slaap slecht door zorgen over geld.',
  'Mijn broer helpt als het even niet gaat.',
];
const exec = promisify(execFile);

type OpgeslagenVeld = { veld: Veld; waarde: string };

/** Every non-empty encrypted field of one record, read raw from the tables. */
async function veldenVan(db: Db, dossierId: string): Promise<OpgeslagenVeld[]> {
  const velden: OpgeslagenVeld[] = [];
  const antwoorden = await db
    .selectFrom('beoordeling_antwoord as a')
    .innerJoin('beoordeling as b', 'b.id', 'a.beoordeling_id')
    .select(['a.beoordeling_id', 'a.code', 'a.doel', 'a.goed_gaat', 'a.trots'])
    .where('b.dossier_id', '=', dossierId)
    .execute();
  for (const a of antwoorden)
    for (const kolom of ['doel', 'goed_gaat', 'trots'] as const)
      velden.push({
        veld: { tabel: 'beoordeling_antwoord', kolom, rijId: `${a.beoordeling_id}:${a.code}` },
        waarde: a[kolom],
      });
  const rondes = await db
    .selectFrom('vragenlijst_ronde')
    .select(['id', 'toelichting'])
    .where('dossier_id', '=', dossierId)
    .execute();
  for (const r of rondes)
    velden.push({
      veld: { tabel: 'vragenlijst_ronde', kolom: 'toelichting', rijId: r.id },
      waarde: r.toelichting,
    });
  const vAntwoorden = await db
    .selectFrom('vragenlijst_antwoord as v')
    .innerJoin('vragenlijst_ronde as r', 'r.id', 'v.ronde_id')
    .select(['v.ronde_id', 'v.item_code', 'v.toelichting'])
    .where('r.dossier_id', '=', dossierId)
    .execute();
  for (const v of vAntwoorden)
    velden.push({
      veld: { tabel: 'vragenlijst_antwoord', kolom: 'toelichting', rijId: `${v.ronde_id}:${v.item_code}` },
      waarde: v.toelichting,
    });
  for (const t of await db
    .selectFrom('toegang')
    .select(['id', 'doel'])
    .where('dossier_id', '=', dossierId)
    .execute())
    velden.push({ veld: REGIE_VELDEN.toegangDoel(t.id), waarde: t.doel });
  for (const n of await db
    .selectFrom('noodtoegang')
    .select(['id', 'reden'])
    .where('dossier_id', '=', dossierId)
    .execute())
    velden.push({ veld: REGIE_VELDEN.noodtoegangReden(n.id), waarde: n.reden });
  return velden.filter((v) => v.waarde !== '');
}

/** How many of the fields decrypt (with whatever key the key store holds now). */
async function ontsleutelbaar(db: Db, dossierId: string, velden: OpgeslagenVeld[]): Promise<number> {
  let aantal = 0;
  for (const v of velden) {
    try {
      await ontsleutelOpgeslagen(db, dossierId, v.veld, v.waarde);
      aantal++;
    } catch {
      // erased: the key is gone
    }
  }
  return aantal;
}

/** The data part of the database, as the documented data backup holds it: every table but the key store. */
const DATA_TABELLEN = [
  'account',
  'dossier',
  'toegang',
  'toegang_sectie',
  'uitnodiging',
  'noodtoegang',
  'levensgebieden_instelling',
  'beoordeling',
  'beoordeling_antwoord',
  'vragenlijst_ronde',
  'vragenlijst_antwoord',
];
type Dump = Map<string, unknown[]>;

async function dump(db: Db, tabellen: string[]): Promise<Dump> {
  const uit: Dump = new Map();
  for (const tabel of tabellen) {
    const { rows } = await sql<{
      rij: unknown;
    }>`select row_to_json(t) as rij from ${sql.table(tabel)} t`.execute(db);
    uit.set(
      tabel,
      rows.map((r) => r.rij),
    );
  }
  return uit;
}

/** Puts the dumped rows back (what is still there stays): a restore of the backup. */
async function herstel(db: Db, backup: Dump): Promise<void> {
  for (const [tabel, rijen] of backup) {
    if (rijen.length === 0) continue;
    await sql`insert into ${sql.table(tabel)}
      select * from json_populate_recordset(null::${sql.table(tabel)}, ${JSON.stringify(rijen)}::json)
      on conflict do nothing`.execute(db);
  }
}

describe.each(ENGINES)('field encryption on %s', (engine) => {
  let t: TestApp;
  let db: Db;
  let dossierId: string;
  let keyDir: string;
  let oudeRing: Sleutelring;

  beforeAll(async () => {
    oudeRing = sleutelring();
    keyDir = await mkdtemp(path.join(tmpdir(), 'redzaam-sleutels-'));
    gebruikWislog(keyDir);
    t = await startTestApp(engine);
    db = t.database.db;
    await seedDemo(db);
    const rij = await db
      .selectFrom('dossier')
      .innerJoin('account', 'account.id', 'dossier.inwoner_account_id')
      .select('dossier.id')
      .where('account.email', '=', INWONER)
      .executeTakeFirstOrThrow();
    dossierId = rij.id;
  });
  afterAll(async () => {
    gebruikWislog(undefined);
    gebruikSleutelring(oudeRing);
    await t?.close();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('stores none of her free-text answers in plain text; each field decrypts through the door', async () => {
    const velden = await veldenVan(db, dossierId);
    expect(velden.length).toBeGreaterThanOrEqual(14);
    for (const v of velden) expect(v.waarde).toMatch(/^v1\.[\w-]{16}\.[\w-]{22}\.[\w-]+$/);
    expect(await ontsleutelbaar(db, dossierId, velden)).toBe(velden.length);
    // Every table's every row as text: none of her words.
    const { rows: tabellen } = await sql<{ table_name: string }>`
      select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(db);
    expect(tabellen.length).toBeGreaterThan(20);
    const alles = JSON.stringify([
      ...(
        await dump(
          db,
          tabellen.map((r) => r.table_name),
        )
      ).values(),
    ]);
    expect(alles).toContain('Lindewaard');
    for (const woorden of HAAR_WOORDEN) expect(alles).not.toContain(woorden);
    // And her pages show them again, decrypted.
    const ilse = new BrowserClient(t.app);
    await ilse.login(INWONER, DEMO_PASSWORD);
    const pagina = await ilse.get(`/dossiers/${dossierId}/levensgebieden/eigen-regie`);
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain('Ik wil weer werken in de bibliotheek.');
  });

  it.runIf(engine === 'postgres')('a pg_dump of the database holds none of her words', async () => {
    const url = process.env.TEST_DATABASE_URL as string;
    const { stdout } = await exec('pg_dump', ['--schema', t.database.schema as string, url], {
      maxBuffer: 256 * 1024 * 1024,
    });
    expect(stdout).toContain('beoordeling_antwoord');
    for (const woorden of HAAR_WOORDEN) expect(stdout).not.toContain(woorden);
  });

  it('rotation re-wraps every data key under the new master key; every field still decrypts', async () => {
    const velden = await veldenVan(db, dossierId);
    // What hangs off the master key itself (decision 052): the demo has second-factor secrets and
    // a waiting sign-up; add two open answers, one plain text as rows from before migration 0039 are.
    const peiling = await db.selectFrom('peiling').select(['id', 'gemeente_id']).executeTakeFirstOrThrow();
    const versleuteldId = randomUUID();
    await db
      .insertInto('peiling_open_antwoord')
      .values([
        {
          id: versleuteldId,
          gemeente_id: peiling.gemeente_id,
          peiling_id: peiling.id,
          vraag: 'toelichting',
          ...(({ versleuteld, meesterId }) => ({ tekst: versleuteld, meester_id: meesterId }))(
            oudeRing.versleutelPeilingAntwoord(
              { gemeenteId: peiling.gemeente_id, peilingId: peiling.id, rijId: versleuteldId },
              'Een versleuteld antwoord',
            ),
          ),
        },
        {
          gemeente_id: peiling.gemeente_id,
          peiling_id: peiling.id,
          vraag: 'toelichting',
          tekst: 'Een antwoord van voor de versleuteling',
          meester_id: null,
        },
      ])
      .execute();
    // And a panel member (decision 053): her name and address, and the blind index of her address.
    const gemeenteVanPanel = peiling.gemeente_id;
    expect(
      await meldAan(db, {
        gemeenteId: gemeenteVanPanel,
        naam: 'Noor Panel',
        email: 'noor.panel@example.test',
        afmeldHash: randomUUID(),
      }),
    ).toBe(true);
    const indexVoor = await db.selectFrom('panel_lid').select('email_index').executeTakeFirstOrThrow();
    const afgeleidVoor = await afgeleideWaarden(db);
    expect(afgeleidVoor.leden).toEqual([['Noor Panel', 'noor.panel@example.test']]);
    expect(afgeleidVoor.totp.length).toBeGreaterThanOrEqual(1);
    expect([...afgeleidVoor.open].sort()).toEqual([
      'Een antwoord van voor de versleuteling',
      'Een versleuteld antwoord',
    ]);
    expect(afgeleidVoor.aanmelding.length).toBeGreaterThanOrEqual(1);

    const nieuw = meestersleutel(randomBytes(32));
    gebruikSleutelring(new Ring(nieuw, [oudeRing.huidige]));
    const aantal = await roteer(db);
    expect(aantal).toBeGreaterThanOrEqual(1);
    expect(await roteer(db)).toBe(0);
    const meesters = await db.selectFrom('sleutel_dossier').select('meester_id').distinct().execute();
    expect(meesters).toEqual([{ meester_id: nieuw.id }]);
    const opnieuw = await herversleutelAlles(db, AFGELEIDE_SOORTEN);
    expect(
      [...opnieuw.values()].every((n) => n >= 1),
      JSON.stringify([...opnieuw]),
    ).toBe(true);
    expect([...(await herversleutelAlles(db, AFGELEIDE_SOORTEN)).values()]).toEqual([0, 0, 0, 0]);
    for (const soort of AFGELEIDE_SOORTEN)
      expect(
        (await soort.telling(db)).map((r) => r.meesterId),
        soort.naam,
      ).toEqual([nieuw.id]);
    // The old master key is gone now: all still decrypts, and the data was not touched.
    gebruikSleutelring(new Ring(nieuw));
    expect(await veldenVan(db, dossierId)).toEqual(velden);
    expect(await ontsleutelbaar(db, dossierId, velden)).toBe(velden.length);
    expect(await afgeleideWaarden(db)).toEqual(afgeleidVoor);
    // Her address is found under the new key alone: the same address cannot join twice.
    const indexNa = await db.selectFrom('panel_lid').select('email_index').executeTakeFirstOrThrow();
    expect(indexNa.email_index).not.toBe(indexVoor.email_index);
    expect(
      await meldAan(db, {
        gemeenteId: gemeenteVanPanel,
        naam: 'Noor',
        email: 'Noor.Panel@example.test',
        afmeldHash: randomUUID(),
      }),
    ).toBe(false);
    // And a demo professional still passes her second factor with her phone's code.
    onthoudGeheim('professional@lindewaard.example', DEMO_TOTP_GEHEIM);
    const yara = new BrowserClient(t.app);
    expect((await yara.login('professional@lindewaard.example', DEMO_PASSWORD)).statusCode).toBe(303);
    expect((await yara.get('/mijn-overzicht')).statusCode).toBe(200);
  });

  it('a field moved to another row, column or resident does not decrypt', async () => {
    const velden = await veldenVan(db, dossierId);
    const [a, b] = velden.filter((v) => v.veld.tabel === 'beoordeling_antwoord') as [
      OpgeslagenVeld,
      OpgeslagenVeld,
    ];
    await expect(ontsleutelOpgeslagen(db, dossierId, b.veld, a.waarde)).rejects.toThrow();
    await expect(
      ontsleutelOpgeslagen(db, dossierId, { ...a.veld, kolom: 'trots' }, a.waarde),
    ).rejects.toThrow();
    // Another resident's record (Bram's own), with its own key.
    const bram = await db
      .selectFrom('account')
      .select(['id', 'gemeente_id'])
      .where('email', '=', 'naaste@lindewaard.example')
      .executeTakeFirstOrThrow();
    const ander = await dossierVanInwoner(db, bram.gemeente_id, bram.id);
    await expect(ontsleutelOpgeslagen(db, ander, a.veld, a.waarde)).rejects.toThrow();
  });

  it('encrypts text stored before field encryption in place at start, and again changes nothing', async () => {
    const bram = await db
      .selectFrom('toegang')
      .select(['id', 'dossier_id', 'doel'])
      .where('doel', '<>', '')
      .executeTakeFirstOrThrow();
    await db.updateTable('toegang').set({ doel: 'Oude klare tekst' }).where('id', '=', bram.id).execute();
    const tweede = await startTestApp(engine, { database: t.database });
    try {
      const na = await db
        .selectFrom('toegang')
        .select('doel')
        .where('id', '=', bram.id)
        .executeTakeFirstOrThrow();
      expect(na.doel).toMatch(/^v1\./);
      expect(
        await ontsleutelOpgeslagen(db, bram.dossier_id, REGIE_VELDEN.toegangDoel(bram.id), na.doel),
      ).toBe('Oude klare tekst');
    } finally {
      await tweede.close();
    }
    const derde = await startTestApp(engine, { database: t.database });
    await derde.close();
    const weer = await db
      .selectFrom('toegang')
      .select('doel')
      .where('id', '=', bram.id)
      .executeTakeFirstOrThrow();
    expect(
      await ontsleutelOpgeslagen(db, bram.dossier_id, REGIE_VELDEN.toegangDoel(bram.id), weer.doel),
    ).toBe('Oude klare tekst');
  });
  it('after erasure 0 of her fields decrypt, also from a data backup restored afterwards', async () => {
    const velden = await veldenVan(db, dossierId);
    const dataBackup = await dump(db, DATA_TABELLEN);
    const sleutelBackup = await dump(db, ['sleutel_dossier']);
    const ilse = new BrowserClient(t.app);
    await ilse.login(INWONER, DEMO_PASSWORD);
    await ilse.get(`/dossiers/${dossierId}/gegevens`);
    const gewist = await ilse.post(`/dossiers/${dossierId}/gegevens/wissen`, {
      wachtwoord: DEMO_PASSWORD,
      zeker: 'ja',
    });
    expect(gewist.headers.location).toBe('/?gewist');
    expect(
      await db
        .selectFrom('sleutel_dossier')
        .select('dossier_id')
        .where('dossier_id', '=', dossierId)
        .execute(),
    ).toEqual([]);
    expect(
      await db
        .selectFrom('sleutel_wissing')
        .select('dossier_id')
        .where('dossier_id', '=', dossierId)
        .execute(),
    ).toHaveLength(1);
    expect(await readFile(path.join(keyDir, 'wissingen.log'), 'utf8')).toContain(dossierId);

    // Restore the data backup made before the erasure (the key store is not in it).
    await herstel(db, dataBackup);
    expect(await veldenVan(db, dossierId)).toEqual(velden);
    expect(await ontsleutelbaar(db, dossierId, velden)).toBe(0);
    // Her restored account logs in; her pages say the data was erased (410), never a 500.
    const terug = new BrowserClient(t.app);
    await terug.login(INWONER, DEMO_PASSWORD);
    for (const pad of ['levensgebieden', 'levensgebieden/eigen-regie', 'gegevens.json']) {
      const r = await terug.get(`/dossiers/${dossierId}/${pad}`);
      expect([pad, r.statusCode]).toEqual([pad, 410]);
      expect(r.body).toMatch(/Deze gegevens zijn gewist|op verzoek gewist/);
    }
    // The erasure log re-applied (as at every start): the restored record is erased again.
    const h = await herstelWissingen(db, new Date());
    expect(h.dossiersOpnieuwGewist).toBe(1);
    expect(await veldenVan(db, dossierId)).toEqual([]);

    // Worse: the data backup and an old key store backup, restored together. The key's row is
    // back — and the erasure log (the file, kept apart from both) destroys it again.
    await db.transaction().execute(async (trx) => {
      await sql`alter table sleutel_wissing disable trigger user`.execute(trx);
      await trx.deleteFrom('sleutel_wissing').execute();
      await sql`alter table sleutel_wissing enable trigger user`.execute(trx);
    });
    await herstel(db, dataBackup);
    await herstel(db, sleutelBackup);
    expect(await ontsleutelbaar(db, dossierId, velden)).toBe(velden.length);
    const h2 = await herstelWissingen(db, new Date());
    expect(h2.sleutelsVernietigd).toBe(1);
    await herstel(db, dataBackup);
    expect(await ontsleutelbaar(db, dossierId, velden)).toBe(0);
    await herstelWissingen(db, new Date());
  });
});

describe('the embedded database files', () => {
  it("hold none of the demo resident's words in plain text", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'redzaam-pglite-'));
    try {
      const database = await openDatabase({ engine: 'pglite', dataDir: dir });
      await migrateToLatest(database.db);
      await seedDemo(database.db);
      await sql`checkpoint`.execute(database.db);
      await database.close();
      const bestanden = async (map: string): Promise<string[]> =>
        (await readdir(map, { withFileTypes: true })).flatMap((e) => [path.join(map, e.name)]);
      const alle: string[] = [];
      const loop = async (map: string) => {
        for (const pad of await bestanden(map)) {
          if ((await stat(pad)).isDirectory()) await loop(pad);
          else alle.push(pad);
        }
      };
      await loop(dir);
      expect(alle.length).toBeGreaterThan(10);
      let gecontroleerd = 0;
      for (const pad of alle) {
        const inhoud = await readFile(pad);
        gecontroleerd += inhoud.length;
        for (const woorden of HAAR_WOORDEN) expect([pad, inhoud.includes(woorden)]).toEqual([pad, false]);
      }
      // The check is not vacuous: the files hold the demo's unencrypted data (her name, for one).
      const namen = await Promise.all(alle.map(async (pad) => (await readFile(pad)).includes('Ilse')));
      expect(namen.some(Boolean)).toBe(true);
      expect(gecontroleerd).toBeGreaterThan(1_000_000);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Every value under a key derived from the master key, decrypted with the current key ring (in a
 * stable order): second-factor secrets, open answers (plain text as it is), waiting sign-ups.
 */
async function afgeleideWaarden(db: Db) {
  const ring = sleutelring();
  const totp = await db
    .selectFrom('tweede_factor')
    .select(['account_id', 'gemeente_id', 'geheim', 'geheim_meester_id'])
    .where('geheim', 'is not', null)
    .orderBy('account_id')
    .execute();
  const open = await db
    .selectFrom('peiling_open_antwoord')
    .select(['id', 'gemeente_id', 'peiling_id', 'tekst', 'meester_id'])
    .orderBy('id')
    .execute();
  const aanmelding = await db
    .selectFrom('samen_aanmelding')
    .select(['id', 'gemeente_id', 'gegevens', 'meester_id'])
    .where('gegevens', 'is not', null)
    .orderBy('id')
    .execute();
  const leden = await db
    .selectFrom('panel_lid')
    .select(['id', 'gemeente_id', 'naam', 'email', 'meester_id'])
    .orderBy('id')
    .execute();
  return {
    leden: leden.map((r) =>
      (['naam', 'email'] as const).map((kolom) =>
        ring.ontsleutelPanelLid({ gemeenteId: r.gemeente_id, lidId: r.id, kolom }, r[kolom], r.meester_id),
      ),
    ),
    totp: totp.map((r) =>
      ring.ontsleutelAccountGeheim(
        { gemeenteId: r.gemeente_id, accountId: r.account_id, doel: 'totp' },
        r.geheim as string,
        r.geheim_meester_id as string,
      ),
    ),
    open: open.map((r) =>
      r.meester_id === null
        ? r.tekst
        : ring.ontsleutelPeilingAntwoord(
            { gemeenteId: r.gemeente_id, peilingId: r.peiling_id, rijId: r.id },
            r.tekst,
            r.meester_id,
          ),
    ),
    aanmelding: aanmelding.map((r) =>
      ring.ontsleutelVoorlopig(
        { gemeenteId: r.gemeente_id, doel: 'samen-aanmelding', rijId: r.id },
        r.gegevens as string,
        r.meester_id as string,
      ),
    ),
  };
}
