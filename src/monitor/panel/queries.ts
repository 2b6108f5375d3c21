import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AfgeleideSoort } from '../../platform/crypto/herversleutelen.js';
import { sleutelring } from '../../platform/crypto/sleutelring.js';
import type { Db } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/queries.js';
import { type AggregaatToegang, ontsluit } from '../../regie/door/toegang.js';
import type { UitsplitsTelling } from './uitsplitsing.js';
import { type Antwoord, WIJK } from './vraagbank.js';
import './schema.js';

/**
 * The only SQL of the panel. The panel is gemeente data, not a resident's record: a plain `Db`,
 * always scoped to the gemeente. Answers are written without who gave them and read back only
 * as sums: no query here returns an answer set, and none joins answers to members (there is no
 * column to join on; tests/integration/monitor-panel.test.ts inspects the schema).
 */

// --- members -----------------------------------------------------------------------------------

// A member's name and address are encrypted under the gemeente's panel-member key, bound to her
// row and column; her address is found only by its blind index (docs/decisions/053).

type LidRij = { id: string; gemeente_id: string; naam: string; email: string; meester_id: string };

const ontsleutelLid = (r: LidRij, kolom: 'naam' | 'email') =>
  sleutelring().ontsleutelPanelLid({ gemeenteId: r.gemeente_id, lidId: r.id, kolom }, r[kolom], r.meester_id);

const lidKolommen = ['l.id', 'l.gemeente_id', 'l.naam', 'l.email', 'l.meester_id'] as const;

/** Her name and address encrypted for her row, and the blind index of her address. */
function lidWaarden(gemeenteId: string, id: string, naam: string, email: string) {
  const ring = sleutelring();
  const n = ring.versleutelPanelLid({ gemeenteId, lidId: id, kolom: 'naam' }, naam);
  const e = ring.versleutelPanelLid({ gemeenteId, lidId: id, kolom: 'email' }, email);
  const [index] = ring.panelEmailIndexen(gemeenteId, email);
  return {
    naam: n.versleuteld,
    email: e.versleuteld,
    email_index: index?.index as string,
    meester_id: n.meesterId,
  };
}

/**
 * Signs a member up; false when that e-mail address is in the panel already — found by its blind
 * index under every configured master key, so also during a rotation; the unique key on the
 * current index stops two sign-ups at the same moment.
 */
export async function meldAan(
  db: Db,
  lid: { gemeenteId: string; naam: string; email: string; afmeldHash: string },
): Promise<boolean> {
  const indexen = sleutelring()
    .panelEmailIndexen(lid.gemeenteId, lid.email)
    .map((i) => i.index);
  const al = await db
    .selectFrom('panel_lid')
    .select('id')
    .where('gemeente_id', '=', lid.gemeenteId)
    .where('email_index', 'in', indexen)
    .executeTakeFirst();
  if (al) return false;
  const id = randomUUID();
  const r = await db
    .insertInto('panel_lid')
    .values({
      id,
      gemeente_id: lid.gemeenteId,
      ...lidWaarden(lid.gemeenteId, id, lid.naam, lid.email),
      afmeld_hash: lid.afmeldHash,
    })
    .onConflict((oc) => oc.columns(['gemeente_id', 'email_index']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function lidVanAfmeldcode(db: Db, gemeenteId: string, afmeldHash: string) {
  const r = await db
    .selectFrom('panel_lid as l')
    .select(lidKolommen)
    .where('l.gemeente_id', '=', gemeenteId)
    .where('l.afmeld_hash', '=', afmeldHash)
    .executeTakeFirst();
  return r ? { id: r.id, naam: ontsleutelLid(r, 'naam') } : undefined;
}

/** She leaves: her membership and her open invitations go; answers given cannot be found, and stay. */
export async function meldAf(db: Db, gemeenteId: string, lidId: string): Promise<void> {
  await db
    .deleteFrom('peiling_uitnodiging')
    .where('lid_id', '=', lidId)
    .where('gebruikt', '=', false)
    .execute();
  await db.deleteFrom('panel_lid').where('gemeente_id', '=', gemeenteId).where('id', '=', lidId).execute();
}

export async function aantalLeden(db: Db, gemeenteId: string): Promise<number> {
  const r = await db
    .selectFrom('panel_lid')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('gemeente_id', '=', gemeenteId)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

// --- members for the beheerder (through the door's named path `panel-leden`, audited) --------

export type PanelLid = { id: string; naam: string; email: string; aangemeldOp: Date };

/** Every member of her gemeente's panel, by name. No invitation, no answer: there is no link to those. */
export async function ledenLijst(toegang: AggregaatToegang): Promise<PanelLid[]> {
  const rijen = await ontsluit(toegang)
    .selectFrom('panel_lid as l')
    .select([...lidKolommen, 'l.created_at'])
    .where('l.gemeente_id', '=', toegang.gemeenteId)
    .orderBy('l.created_at')
    .orderBy('l.id')
    .execute();
  // Sorted by name after decrypting: the database holds no name to sort by.
  const volgorde = new Intl.Collator('nl');
  return rijen
    .map((r) => ({
      id: r.id,
      naam: ontsleutelLid(r, 'naam'),
      email: ontsleutelLid(r, 'email'),
      aangemeldOp: r.created_at,
    }))
    .sort((a, b) => volgorde.compare(a.naam, b.naam));
}

export async function lidVan(toegang: AggregaatToegang, lidId: string) {
  const r = await ontsluit(toegang)
    .selectFrom('panel_lid as l')
    .select(lidKolommen)
    .where('l.gemeente_id', '=', toegang.gemeenteId)
    .where('l.id', '=', lidId)
    .executeTakeFirst();
  return r ? { id: r.id, email: ontsleutelLid(r, 'email') } : undefined;
}

/** A member's codes that still work (unused, before the end of the peiling's last day). */
export async function openCodesVan(toegang: AggregaatToegang, lidId: string, nu: Date) {
  const rijen = await ontsluit(toegang)
    .selectFrom('peiling_uitnodiging as u')
    .innerJoin('peiling as p', 'p.id', 'u.peiling_id')
    .select(['u.token_hash', sql<string>`to_char(p.sluit_op, 'YYYY-MM-DD')`.as('sluit_op')])
    .where('u.gemeente_id', '=', toegang.gemeenteId)
    .where('u.lid_id', '=', lidId)
    .where('u.gebruikt', '=', false)
    .where('u.verloopt_op', '>', nu)
    .orderBy('p.sluit_op')
    .execute();
  return rijen
    .filter((r) => r.sluit_op >= dag(nu))
    .map((r) => ({ tokenHash: r.token_hash, sluitOp: r.sluit_op }));
}

/** Puts a new code in the place of an unused one: the old one stops working. False when it was used meanwhile. */
export async function vervangCode(toegang: AggregaatToegang, oudHash: string, nieuwHash: string) {
  const r = await ontsluit(toegang)
    .updateTable('peiling_uitnodiging')
    .set({ token_hash: nieuwHash })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('token_hash', '=', oudHash)
    .where('gebruikt', '=', false)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Queues a mail to a member in the transaction of the door's path, so a new code and its mail commit together. */
export async function mailAanLid(
  toegang: AggregaatToegang,
  nu: Date,
  mail: Parameters<typeof enqueueMail>[2],
) {
  await enqueueMail(ontsluit(toegang), nu, mail);
}

/** The beheerder removes a member on request: like leaving. Answers are not touched (they cannot be found). */
export async function verwijderLid(toegang: AggregaatToegang, lidId: string): Promise<boolean> {
  const db = ontsluit(toegang);
  if (!(await lidVan(toegang, lidId))) return false;
  await meldAf(db, toegang.gemeenteId, lidId);
  return true;
}

// --- peilingen ---------------------------------------------------------------------------------

export type Peiling = { id: string; titel: string; vragen: string[]; sluitOp: string };

/** A day as text: PostgreSQL's own, never a Date in the server's time zone. */
const dag = (d: Date) => d.toISOString().slice(0, 10);
const sluitOp = sql<string>`to_char(sluit_op, 'YYYY-MM-DD')`.as('sluit_op');

export async function maakPeiling(
  db: Db,
  gemeenteId: string,
  invoer: { titel: string; vragen: string[]; sluitOp: string },
): Promise<string> {
  const r = await db
    .insertInto('peiling')
    .values({ gemeente_id: gemeenteId, titel: invoer.titel, vragen: invoer.vragen, sluit_op: invoer.sluitOp })
    .returning('id')
    .executeTakeFirstOrThrow();
  return r.id;
}

export async function peiling(db: Db, gemeenteId: string, id: string): Promise<Peiling | undefined> {
  const r = await db
    .selectFrom('peiling')
    .select(['id', 'titel', 'vragen', sluitOp])
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .executeTakeFirst();
  return r ? { id: r.id, titel: r.titel, vragen: r.vragen, sluitOp: r.sluit_op } : undefined;
}

export type PeilingStand = Peiling & { uitgenodigd: number; nogTeDoen: number; ingediend: number };

/** The gemeente's peilingen, newest first, with how many were invited, still have to answer, answered. */
export async function peilingen(db: Db, gemeenteId: string): Promise<PeilingStand[]> {
  const { rows } = await sql<{
    id: string;
    titel: string;
    vragen: string[];
    sluit_op: string;
    uitgenodigd: number;
    nog: number;
    ingediend: number;
  }>`
    select p.id, p.titel, p.vragen, to_char(p.sluit_op, 'YYYY-MM-DD') as sluit_op,
      (select count(*)::int from peiling_uitnodiging u where u.peiling_id = p.id) as uitgenodigd,
      (select count(*)::int from peiling_uitnodiging u where u.peiling_id = p.id and not u.gebruikt) as nog,
      (select count(*)::int from peiling_inzending i where i.peiling_id = p.id) as ingediend
    from peiling p where p.gemeente_id = ${gemeenteId}
    order by p.created_at desc, p.id`.execute(db);
  return rows.map((r) => ({
    id: r.id,
    titel: r.titel,
    vragen: r.vragen,
    sluitOp: r.sluit_op,
    uitgenodigd: Number(r.uitgenodigd),
    nogTeDoen: Number(r.nog),
    ingediend: Number(r.ingediend),
  }));
}

/**
 * Members never invited to this peiling (to send them a code). A used code names no member any
 * more, so who was invited is kept apart in `peiling_uitgenodigd` (docs/decisions/032): members
 * who already answered are found there and get no second code.
 */
export async function nietUitgenodigd(db: Db, gemeenteId: string, peilingId: string) {
  return db
    .selectFrom('panel_lid as l')
    .select(lidKolommen)
    .where('l.gemeente_id', '=', gemeenteId)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('peiling_uitgenodigd as g')
            .select('g.lid_id')
            .whereRef('g.lid_id', '=', 'l.id')
            .where('g.peiling_id', '=', peilingId),
        ),
      ),
    )
    .execute()
    .then((rijen) => rijen.map((r) => ({ id: r.id, email: ontsleutelLid(r, 'email') })));
}

/**
 * Notes that these members were invited to the peiling: one row per member, in the order of their
 * ids (not the order their codes were made in), with no code and no time. Returns the members
 * noted now: one already noted — by an invitation at the same moment too, which waits for it —
 * is left out, so two invitations at once never give anyone two codes.
 */
export async function markeerUitgenodigd(
  db: Db,
  peilingId: string,
  lidIds: readonly string[],
): Promise<Set<string>> {
  if (lidIds.length === 0) return new Set();
  const gemeenteId = await gemeenteVanPeiling(db, peilingId);
  const rijen = await db
    .insertInto('peiling_uitgenodigd')
    .values(
      [...lidIds].sort().map((lidId) => ({ gemeente_id: gemeenteId, peiling_id: peilingId, lid_id: lidId })),
    )
    .onConflict((oc) => oc.columns(['peiling_id', 'lid_id']).doNothing())
    .returning('lid_id')
    .execute();
  return new Set(rijen.map((r) => r.lid_id));
}

/** The gemeente a peiling belongs to: every row under it carries the same gemeente_id. */
async function gemeenteVanPeiling(db: Db, peilingId: string): Promise<string> {
  const rij = await db
    .selectFrom('peiling')
    .select('gemeente_id')
    .where('id', '=', peilingId)
    .executeTakeFirstOrThrow();
  return rij.gemeente_id;
}

export async function maakUitnodiging(
  db: Db,
  u: { tokenHash: string; peilingId: string; lidId: string | null; verlooptOp: Date },
): Promise<void> {
  await db
    .insertInto('peiling_uitnodiging')
    .values({
      token_hash: u.tokenHash,
      gemeente_id: await gemeenteVanPeiling(db, u.peilingId),
      peiling_id: u.peilingId,
      lid_id: u.lidId,
      verloopt_op: u.verlooptOp,
    })
    .execute();
}

export type UitnodigingStaat = { peiling: Peiling; staat: 'open' | 'gebruikt' | 'verlopen' };

/** The peiling behind a one-time code, and whether the code still works. */
export async function uitnodiging(
  db: Db,
  gemeenteId: string,
  tokenHash: string,
  nu: Date,
): Promise<UitnodigingStaat | undefined> {
  const r = await db
    .selectFrom('peiling_uitnodiging as u')
    .innerJoin('peiling as p', 'p.id', 'u.peiling_id')
    .select([
      'p.id',
      'p.titel',
      'p.vragen',
      sql<string>`to_char(p.sluit_op, 'YYYY-MM-DD')`.as('sluit_op'),
      'u.gebruikt',
      'u.verloopt_op',
    ])
    .where('p.gemeente_id', '=', gemeenteId)
    .where('u.token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!r) return undefined;
  const verlopen = new Date(r.verloopt_op).getTime() <= nu.getTime() || r.sluit_op < dag(nu);
  return {
    peiling: { id: r.id, titel: r.titel, vragen: r.vragen, sluitOp: r.sluit_op },
    staat: r.gebruikt ? 'gebruikt' : verlopen ? 'verlopen' : 'open',
  };
}

/**
 * Submits one questionnaire: claims the code (once: a second use, even at the same moment,
 * finds nothing to claim and writes nothing) and stores the answers with no trace of the code
 * or the member; open answers apart again, waiting for review. Returns false when the code was
 * used or expired in the meantime. Call it in a transaction.
 */
export async function dienIn(
  db: Db,
  invoer: {
    tokenHash: string;
    peilingId: string;
    geholpen: boolean;
    antwoorden: Record<string, Antwoord>;
    nu: Date;
  },
): Promise<boolean> {
  const claim = await db
    .updateTable('peiling_uitnodiging')
    .set({ gebruikt: true, lid_id: null })
    .where('token_hash', '=', invoer.tokenHash)
    .where('peiling_id', '=', invoer.peilingId)
    .where('gebruikt', '=', false)
    .where('verloopt_op', '>', invoer.nu)
    .executeTakeFirst();
  if (Number(claim.numUpdatedRows) !== 1) return false;
  const gemeenteId = await gemeenteVanPeiling(db, invoer.peilingId);
  const { id } = await db
    .insertInto('peiling_inzending')
    .values({
      gemeente_id: gemeenteId,
      peiling_id: invoer.peilingId,
      geholpen: invoer.geholpen,
      ingediend_op: dag(invoer.nu),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const gesloten = Object.entries(invoer.antwoorden).flatMap(([vraag, a]) =>
    'tekst' in a
      ? []
      : [{ gemeente_id: gemeenteId, inzending_id: id, vraag, waarden: a.waarden, weet_niet: a.weetNiet }],
  );
  if (gesloten.length > 0) await db.insertInto('peiling_antwoord').values(gesloten).execute();
  const open = Object.entries(invoer.antwoorden).flatMap(([vraag, a]) =>
    'tekst' in a ? [openRij(gemeenteId, invoer.peilingId, vraag, a.tekst)] : [],
  );
  if (open.length > 0) await db.insertInto('peiling_open_antwoord').values(open).execute();
  return true;
}

/** Inserts fixture submissions (the demo's example peiling): no code, answers only. */
export async function voegInzendingToe(
  db: Db,
  peilingId: string,
  inzending: { geholpen: boolean; antwoorden: Record<string, Antwoord>; dag: string },
): Promise<void> {
  const gemeenteId = await gemeenteVanPeiling(db, peilingId);
  const { id } = await db
    .insertInto('peiling_inzending')
    .values({
      gemeente_id: gemeenteId,
      peiling_id: peilingId,
      geholpen: inzending.geholpen,
      ingediend_op: inzending.dag,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const rijen = Object.entries(inzending.antwoorden).flatMap(([vraag, a]) =>
    'tekst' in a
      ? []
      : [{ gemeente_id: gemeenteId, inzending_id: id, vraag, waarden: a.waarden, weet_niet: a.weetNiet }],
  );
  if (rijen.length > 0) await db.insertInto('peiling_antwoord').values(rijen).execute();
}

// --- sums for the report -----------------------------------------------------------------------

/**
 * Per question and value how many chose it ('weet-niet' for "weet ik niet"; '' counts who
 * answered a question at all), per number question the sum and count, per open question the
 * reviewed answers. Number questions give no count per value.
 */
export async function rapportSommen(db: Db, gemeenteId: string, peilingId: string, getalVragen: string[]) {
  // No question is called '-': an empty list would leave `any()` without a type to infer.
  const getal = getalVragen.length > 0 ? getalVragen : ['-'];
  const { rows: tellingen } = await sql<{ vraag: string; waarde: string; aantal: number }>`
    select a.vraag, w.waarde, count(*)::int as aantal
    from peiling_antwoord a
    join peiling_inzending i on i.id = a.inzending_id
    join peiling p on p.id = i.peiling_id and p.gemeente_id = ${gemeenteId}
    cross join lateral unnest(
      case when a.weet_niet then array['weet-niet', ''] else array_append(a.waarden, '') end
    ) as w(waarde)
    where i.peiling_id = ${peilingId} and not (a.vraag = any(${getal}))
    group by 1, 2`.execute(db);
  const { rows: sommen } = await sql<{ vraag: string; som: number; n: number }>`
    select a.vraag, sum(a.waarden[1]::int)::int as som, count(*)::int as n
    from peiling_antwoord a
    join peiling_inzending i on i.id = a.inzending_id
    join peiling p on p.id = i.peiling_id and p.gemeente_id = ${gemeenteId}
    where i.peiling_id = ${peilingId} and a.vraag = any(${getal}) and not a.weet_niet
    group by 1`.execute(db);
  const { rows: open } = await sql<{ vraag: string; n: number }>`
    select o.vraag, count(*)::int as n
    from peiling_open_antwoord o
    join peiling p on p.id = o.peiling_id and p.gemeente_id = ${gemeenteId}
    where o.peiling_id = ${peilingId} and o.beoordeeld and not o.weggelaten
    group by 1`.execute(db);
  return {
    tellingen: tellingen.map((r) => ({ ...r, aantal: Number(r.aantal) })),
    sommen: sommen.map((r) => ({ ...r, som: Number(r.som), n: Number(r.n) })),
    open: open.map((r) => ({ ...r, n: Number(r.n) })),
  };
}

/**
 * The sums for the breakdowns (docs/decisions/049): per question of `vragen`, answer value, and
 * the submission's own answers to the gender and age questions ('' when the peiling has none).
 * The groups come from the answers of the same submission, never from a member: the answer
 * tables hold none. Small counts leave the database, never a page (uitsplitsing.ts decides).
 */
export async function uitsplitsTellingen(
  db: Db,
  gemeenteId: string,
  peilingId: string,
  vragen: string[],
): Promise<UitsplitsTelling[]> {
  if (vragen.length === 0) return [];
  const { rows } = await sql<UitsplitsTelling>`
    select a.vraag, w.waarde, coalesce(g.waarde, '') as geslacht, coalesce(l.waarde, '') as leeftijd,
      coalesce(gb.waarde, '') as gebied, count(*)::int as aantal
    from peiling_antwoord a
    join peiling_inzending i on i.id = a.inzending_id
    join peiling p on p.id = i.peiling_id and p.gemeente_id = ${gemeenteId}
    left join lateral (
      select case when b.weet_niet then 'weet-niet' else b.waarden[1] end as waarde
      from peiling_antwoord b where b.inzending_id = a.inzending_id and b.vraag = 'geslacht' limit 1
    ) g on true
    left join lateral (
      select case when b.weet_niet then 'weet-niet' else b.waarden[1] end as waarde
      from peiling_antwoord b where b.inzending_id = a.inzending_id and b.vraag = 'leeftijd' limit 1
    ) l on true
    left join lateral (
      select case when b.weet_niet then 'weet-niet' else b.waarden[1] end as waarde
      from peiling_antwoord b where b.inzending_id = a.inzending_id and b.vraag = ${WIJK} limit 1
    ) gb on true
    cross join lateral unnest(case when a.weet_niet then array['weet-niet'] else a.waarden end) as w(waarde)
    where i.peiling_id = ${peilingId} and a.vraag = any(${vragen})
    group by 1, 2, 3, 4, 5`.execute(db);
  return rows.map((r) => ({ ...r, aantal: Number(r.aantal) }));
}

// --- the review of open answers ----------------------------------------------------------------

/** An open answer to insert: a fresh id, the text encrypted bound to gemeente, peiling and row. */
function openRij(gemeenteId: string, peilingId: string, vraag: string, tekst: string) {
  const id = randomUUID();
  const { versleuteld, meesterId } = sleutelring().versleutelPeilingAntwoord(
    { gemeenteId, peilingId, rijId: id },
    tekst,
  );
  return {
    id,
    gemeente_id: gemeenteId,
    peiling_id: peilingId,
    vraag,
    tekst: versleuteld,
    meester_id: meesterId,
  };
}

/** The plain text of a stored open answer (rows from before migration 0039 are plain text). */
function openTekst(r: {
  id: string;
  gemeente_id: string;
  peiling_id: string;
  tekst: string;
  meester_id: string | null;
}) {
  if (r.meester_id === null) return r.tekst;
  return sleutelring().ontsleutelPeilingAntwoord(
    { gemeenteId: r.gemeente_id, peilingId: r.peiling_id, rijId: r.id },
    r.tekst,
    r.meester_id,
  );
}

/** An open answer as the reviewer sees it: never with a submission or a member (there is none). */
export type OpenAntwoord = {
  id: string;
  vraag: string;
  tekst: string;
  versie: number;
  beoordeeld: boolean;
  weggelaten: boolean;
};

const openKolommen = [
  'o.id',
  'o.gemeente_id',
  'o.peiling_id',
  'o.vraag',
  'o.tekst',
  'o.meester_id',
  'o.versie',
  'o.beoordeeld',
  'o.weggelaten',
] as const;

/** The open answers of a peiling of her gemeente, through the door's named system path. */
function openVan(toegang: AggregaatToegang, peilingId: string) {
  return ontsluit(toegang)
    .selectFrom('peiling_open_antwoord as o')
    .innerJoin('peiling as p', 'p.id', 'o.peiling_id')
    .select(openKolommen)
    .where('p.gemeente_id', '=', toegang.gemeenteId)
    .where('o.gemeente_id', '=', toegang.gemeenteId)
    .where('o.peiling_id', '=', peilingId);
}

const alsOpenAntwoord = (r: {
  id: string;
  gemeente_id: string;
  peiling_id: string;
  vraag: string;
  tekst: string;
  meester_id: string | null;
  versie: number;
  beoordeeld: boolean;
  weggelaten: boolean;
}): OpenAntwoord => ({
  id: r.id,
  vraag: r.vraag,
  tekst: openTekst(r),
  versie: Number(r.versie),
  beoordeeld: r.beoordeeld,
  weggelaten: r.weggelaten,
});

/**
 * Open answers that still wait for review, in the order of their random ids (which says
 * nothing about when they were given), at most `limiet`.
 */
export async function teBeoordelen(
  toegang: AggregaatToegang,
  peilingId: string,
  limiet = 50,
): Promise<OpenAntwoord[]> {
  const rijen = await openVan(toegang, peilingId)
    .where('o.beoordeeld', '=', false)
    .orderBy('o.id')
    .limit(limiet)
    .execute();
  return rijen.map(alsOpenAntwoord);
}

/** How many open answers of a peiling still wait for review. */
export async function aantalTeBeoordelen(toegang: AggregaatToegang, peilingId: string): Promise<number> {
  const r = await ontsluit(toegang)
    .selectFrom('peiling_open_antwoord as o')
    .innerJoin('peiling as p', 'p.id', 'o.peiling_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('p.gemeente_id', '=', toegang.gemeenteId)
    .where('o.peiling_id', '=', peilingId)
    .where('o.beoordeeld', '=', false)
    .executeTakeFirst();
  return Number(r?.n ?? 0);
}

/** One open answer of a peiling, reviewed or not. */
export async function openAntwoord(
  toegang: AggregaatToegang,
  peilingId: string,
  id: string,
): Promise<OpenAntwoord | undefined> {
  const r = await openVan(toegang, peilingId).where('o.id', '=', id).executeTakeFirst();
  return r ? alsOpenAntwoord(r) : undefined;
}

/**
 * Stores a review of the version the reviewer saw: the cleaned text, encrypted again, ready for
 * analysis — or thrown away (an encrypted empty text, never counted). False when the answer is
 * no longer at that version (someone else reviewed it meanwhile): nothing is written.
 */
export async function beoordeel(
  toegang: AggregaatToegang,
  invoer: {
    peilingId: string;
    id: string;
    versie: number;
    uitkomst: { soort: 'goedgekeurd'; tekst: string } | { soort: 'weggelaten' };
  },
): Promise<boolean> {
  const gemeenteId = toegang.gemeenteId;
  const { versleuteld, meesterId } = sleutelring().versleutelPeilingAntwoord(
    { gemeenteId, peilingId: invoer.peilingId, rijId: invoer.id },
    invoer.uitkomst.soort === 'goedgekeurd' ? invoer.uitkomst.tekst : '',
  );
  const r = await ontsluit(toegang)
    .updateTable('peiling_open_antwoord')
    .set((eb) => ({
      tekst: versleuteld,
      meester_id: meesterId,
      beoordeeld: true,
      weggelaten: invoer.uitkomst.soort === 'weggelaten',
      versie: eb('versie', '+', 1),
    }))
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', invoer.id)
    .where('peiling_id', '=', invoer.peilingId)
    .where('versie', '=', invoer.versie)
    .where('peiling_id', 'in', (eb) =>
      eb.selectFrom('peiling').select('id').where('gemeente_id', '=', gemeenteId),
    )
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The approved, cleaned open answers of the given questions, for the report's quotes (the
 * caller asks only for questions with at least the minimum of approved answers). In the order
 * of their random ids.
 */
export async function goedgekeurdeAntwoorden(
  db: Db,
  gemeenteId: string,
  peilingId: string,
  vragen: readonly string[],
): Promise<{ vraag: string; tekst: string }[]> {
  if (vragen.length === 0) return [];
  const rijen = await db
    .selectFrom('peiling_open_antwoord as o')
    .innerJoin('peiling as p', 'p.id', 'o.peiling_id')
    .select(['o.id', 'o.gemeente_id', 'o.peiling_id', 'o.vraag', 'o.tekst', 'o.meester_id'])
    .where('p.gemeente_id', '=', gemeenteId)
    .where('o.peiling_id', '=', peilingId)
    .where('o.vraag', 'in', vragen)
    .where('o.beoordeeld', '=', true)
    .where('o.weggelaten', '=', false)
    .orderBy('o.id')
    .execute();
  return rijen.map((r) => ({ vraag: r.vraag, tekst: openTekst(r) }));
}

// --- after a master key rotation (docs/decisions/052) ---------------------------------------------

/** How many open answers are stored under which master key (null: plain text from before 0039). */
async function openAntwoordenPerMeester(db: Db) {
  const rijen = await db
    .selectFrom('peiling_open_antwoord')
    .select(['meester_id', sql<number>`count(*)::int`.as('aantal')])
    .groupBy('meester_id')
    .orderBy('meester_id')
    .execute();
  return rijen.map((r) => ({ meesterId: r.meester_id, aantal: r.aantal }));
}

/**
 * Open answers not under the current master key — plain text from before migration 0039 too —
 * encrypted under it. Only the text changes: the review's version stays, and a review that wrote
 * in between wins (the update names the old text).
 */
export const openAntwoorden: AfgeleideSoort = {
  naam: 'open answers of peilingen',
  telling: openAntwoordenPerMeester,
  herversleutel: async (db, max) => {
    const ring = sleutelring();
    const rijen = await db
      .selectFrom('peiling_open_antwoord')
      .select(['id', 'gemeente_id', 'peiling_id', 'tekst', 'meester_id'])
      .where((eb) => eb.or([eb('meester_id', 'is', null), eb('meester_id', '!=', ring.huidige.id)]))
      .orderBy('id')
      .limit(max)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const r of rijen) {
      const { versleuteld, meesterId } = ring.versleutelPeilingAntwoord(
        { gemeenteId: r.gemeente_id, peilingId: r.peiling_id, rijId: r.id },
        openTekst(r),
      );
      await db
        .updateTable('peiling_open_antwoord')
        .set({ tekst: versleuteld, meester_id: meesterId })
        .where('id', '=', r.id)
        .where('tekst', '=', r.tekst)
        .execute();
    }
    return rijen.length;
  },
};

/** How many panel members are stored under which master key. */
async function ledenPerMeester(db: Db) {
  const rijen = await db
    .selectFrom('panel_lid')
    .select(['meester_id', sql<number>`count(*)::int`.as('aantal')])
    .groupBy('meester_id')
    .orderBy('meester_id')
    .execute();
  return rijen.map((r) => ({ meesterId: r.meester_id as string | null, aantal: r.aantal }));
}

/**
 * Panel members not under the current master key: name and address encrypted under it, and the
 * blind index of the address made again with its key. A change in between wins (the update names
 * the old ciphertexts).
 */
export const panelLeden: AfgeleideSoort = {
  naam: 'panel members',
  telling: ledenPerMeester,
  herversleutel: async (db, max) => {
    const ring = sleutelring();
    const rijen = await db
      .selectFrom('panel_lid as l')
      .select(lidKolommen)
      .where('l.meester_id', '!=', ring.huidige.id)
      .orderBy('l.id')
      .limit(max)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const r of rijen) {
      await db
        .updateTable('panel_lid')
        .set(lidWaarden(r.gemeente_id, r.id, ontsleutelLid(r, 'naam'), ontsleutelLid(r, 'email')))
        .where('id', '=', r.id)
        .where('naam', '=', r.naam)
        .where('email', '=', r.email)
        .execute();
    }
    return rijen.length;
  },
};
