import type { Db } from '../platform/db/database.js';
import { ontsleutelVeld, versleutelVeld } from '../regie/door/sleutel.js';
import { ontsluit, type Toegang } from '../regie/door/toegang.js';
import { vaardigheidInstellingen } from './lijst/queries.js';
import type { BuurSoort, Frequentie, MeldReden, Vorm, WensSoort } from './schema.js';

/**
 * The only SQL of Samen. Everything about one resident's part takes a `Toegang` from the door
 * (her own, or the system path's for the matching round, a proposal's members and the
 * coordinator); her contact details and free texts are encrypted on write and decrypted here.
 * A few reads take a plain `Db` and return ids, answers and dates only (no name, no text): who
 * takes part (for the round), the state of proposals (who is busy), the open reports, whether an
 * account coordinates, and the national postcode centroids.
 */

const veld = (tabel: string, kolom: string, rijId: string) => ({ tabel, kolom, rijId });

export type Contact = { telefoon?: string | undefined; email?: string | undefined };

export type Wens = {
  vaardigheden: string[];
  toelichting: string;
  frequentie: Frequentie;
  vorm: Vorm;
};

export type Profiel = {
  voornaam: string;
  wijk: string;
  postcode: string;
  lat: number;
  lon: number;
  maxKm: number;
  dagdelen: number;
  geboortejaar: number;
  geslacht: 'v' | 'm' | 'x' | null;
  alleenVrouwen: boolean;
  contact: Contact;
  gepauzeerdOp: Date | null;
  identiteitGecontroleerdOp: Date | null;
  vogGecontroleerdOp: Date | null;
  /** Her choice: the people she exchanged help with appear on her netwerkkaart (default off). */
  opNetwerkkaart: boolean;
  versie: number;
  aanbod: Wens | undefined;
  vraag: Wens | undefined;
  geblokkeerd: string[];
  /** A neighbour without a resident's record (decision 048); null for a resident. */
  buur: BuurSoort | null;
};

/** Her gemeente's skill settings, to name the skills in her download (gemeente-level data, not hers). */
export function vaardigheidInstellingenVan(toegang: Toegang) {
  return vaardigheidInstellingen(ontsluit(toegang), toegang.gemeenteId);
}

export async function profiel(toegang: Toegang): Promise<Profiel | undefined> {
  const db = ontsluit(toegang);
  const rij = await db
    .selectFrom('samen_deelnemer')
    .selectAll()
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  if (!rij) return undefined;
  const wensen = await db
    .selectFrom('samen_wens')
    .selectAll()
    .where('dossier_id', '=', rij.dossier_id)
    .execute();
  const wens = async (soort: WensSoort): Promise<Wens | undefined> => {
    const w = wensen.find((x) => x.soort === soort);
    if (!w) return undefined;
    return {
      vaardigheden: w.vaardigheden,
      toelichting: w.toelichting
        ? await ontsleutelVeld(
            toegang,
            veld('samen_wens', `toelichting.${soort}`, rij.dossier_id),
            w.toelichting,
          )
        : '',
      frequentie: w.frequentie,
      vorm: w.vorm,
    };
  };
  const geblokkeerd = await db
    .selectFrom('samen_blokkade')
    .select('geblokkeerd_dossier_id')
    .where('door_dossier_id', '=', rij.dossier_id)
    .orderBy('geblokkeerd_dossier_id')
    .execute();
  const buur = await db
    .selectFrom('samen_buur')
    .select('soort')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', rij.dossier_id)
    .executeTakeFirst();
  return {
    voornaam: rij.voornaam,
    wijk: rij.wijk,
    postcode: rij.postcode,
    lat: rij.lat,
    lon: rij.lon,
    maxKm: rij.max_km,
    dagdelen: rij.dagdelen,
    geboortejaar: rij.geboortejaar,
    geslacht: rij.geslacht,
    alleenVrouwen: rij.alleen_vrouwen,
    contact: JSON.parse(
      await ontsleutelVeld(toegang, veld('samen_deelnemer', 'contact', rij.dossier_id), rij.contact),
    ) as Contact,
    gepauzeerdOp: rij.gepauzeerd_op,
    identiteitGecontroleerdOp: rij.identiteit_gecontroleerd_op,
    vogGecontroleerdOp: rij.vog_gecontroleerd_op,
    opNetwerkkaart: rij.op_netwerkkaart,
    versie: rij.versie,
    aanbod: await wens('aanbod'),
    vraag: await wens('vraag'),
    geblokkeerd: geblokkeerd.map((b) => b.geblokkeerd_dossier_id),
    buur: buur?.soort ?? null,
  };
}

export type ProfielInvoer = {
  voornaam: string;
  wijk: string;
  postcode: string;
  lat: number;
  lon: number;
  maxKm: number;
  dagdelen: number;
  geboortejaar: number;
  geslacht: 'v' | 'm' | 'x' | null;
  alleenVrouwen: boolean;
  contact: Contact;
  aanbod: Wens;
  vraag: Wens | undefined;
};

/** Starts or changes her part; false when the version was not the stored one (409). */
export async function bewaarProfiel(
  toegang: Toegang,
  invoer: ProfielInvoer,
  versie: number,
  nu: Date,
): Promise<boolean> {
  const db = ontsluit(toegang);
  const id = toegang.dossierId;
  const waarden = {
    voornaam: invoer.voornaam,
    wijk: invoer.wijk,
    postcode: invoer.postcode,
    lat: invoer.lat,
    lon: invoer.lon,
    max_km: invoer.maxKm,
    dagdelen: invoer.dagdelen,
    geboortejaar: invoer.geboortejaar,
    geslacht: invoer.geslacht,
    alleen_vrouwen: invoer.alleenVrouwen,
    contact: await versleutelVeld(
      toegang,
      veld('samen_deelnemer', 'contact', id),
      JSON.stringify(invoer.contact),
    ),
    updated_at: nu,
  };
  if (versie === 0) {
    const r = await db
      .insertInto('samen_deelnemer')
      .values({ dossier_id: id, gemeente_id: toegang.gemeenteId, ...waarden })
      .onConflict((oc) => oc.column('dossier_id').doNothing())
      .executeTakeFirst();
    if (Number(r.numInsertedOrUpdatedRows ?? 0) !== 1) return false;
  } else {
    const r = await db
      .updateTable('samen_deelnemer')
      .set({ ...waarden, versie: versie + 1 })
      .where('gemeente_id', '=', toegang.gemeenteId)
      .where('dossier_id', '=', id)
      .where('versie', '=', versie)
      .executeTakeFirst();
    if (Number(r.numUpdatedRows) !== 1) return false;
  }
  await db.deleteFrom('samen_wens').where('dossier_id', '=', id).execute();
  for (const [soort, wens] of [
    ['aanbod', invoer.aanbod],
    ['vraag', invoer.vraag],
  ] as const) {
    if (!wens) continue;
    await db
      .insertInto('samen_wens')
      .values({
        gemeente_id: toegang.gemeenteId,
        dossier_id: id,
        soort,
        vaardigheden: wens.vaardigheden,
        toelichting: wens.toelichting
          ? await versleutelVeld(toegang, veld('samen_wens', `toelichting.${soort}`, id), wens.toelichting)
          : null,
        frequentie: wens.frequentie,
        vorm: wens.vorm,
        updated_at: nu,
      })
      .execute();
  }
  return true;
}

/** A PC4's centroid from the national postcode table the sociale kaart keeps (no personal data). */
export async function centroid(
  toegangOfDb: Toegang | Db,
  pc4: string,
): Promise<{ lat: number; lon: number } | undefined> {
  const rij = await ontsluit(toegangOfDb)
    .selectFrom('postcode')
    .select(['latitude', 'longitude'])
    .where('postcode', '=', pc4)
    .executeTakeFirst();
  return rij ? { lat: rij.latitude, lon: rij.longitude } : undefined;
}

// --- proposals ----------------------------------------------------------------------------------

export type VoorstelRij = {
  id: string;
  soort: 'paar' | 'kring' | 'eenrichting';
  gemaaktOp: Date;
  verlooptOp: Date;
  leden: { dossierId: string; volgorde: number; antwoord: 'open' | 'ja' | 'nee' }[];
  hulp: {
    van: string;
    naar: string;
    vaardigheid: string;
    geverBevestigdOp: Date | null;
    ontvangerBevestigdOp: Date | null;
  }[];
};

async function voorstellenMet(db: Db, ids: readonly string[]): Promise<VoorstelRij[]> {
  if (ids.length === 0) return [];
  // One after the other: inside the door's transaction there is one connection.
  const voorstellen = await db
    .selectFrom('samen_voorstel')
    .selectAll()
    .where('id', 'in', [...ids])
    .orderBy('gemaakt_op', 'desc')
    .orderBy('id')
    .execute();
  const leden = await db
    .selectFrom('samen_lid')
    .selectAll()
    .where('voorstel_id', 'in', [...ids])
    .orderBy('volgorde')
    .execute();
  const hulp = await db
    .selectFrom('samen_hulp')
    .selectAll()
    .where('voorstel_id', 'in', [...ids])
    .orderBy('van_dossier_id')
    .execute();
  return voorstellen.map((v) => ({
    id: v.id,
    soort: v.soort,
    gemaaktOp: v.gemaakt_op,
    verlooptOp: v.verloopt_op,
    leden: leden
      .filter((l) => l.voorstel_id === v.id)
      .map((l) => ({ dossierId: l.dossier_id, volgorde: l.volgorde, antwoord: l.antwoord })),
    hulp: hulp
      .filter((h) => h.voorstel_id === v.id)
      .map((h) => ({
        van: h.van_dossier_id,
        naar: h.naar_dossier_id,
        vaardigheid: h.vaardigheid,
        geverBevestigdOp: h.gever_bevestigd_op,
        ontvangerBevestigdOp: h.ontvanger_bevestigd_op,
      })),
  }));
}

/** The proposals she is a member of (ids, answers and skill codes of all members; no names). */
export async function mijnVoorstellen(toegang: Toegang): Promise<VoorstelRij[]> {
  const db = ontsluit(toegang);
  const ids = await db
    .selectFrom('samen_lid')
    .innerJoin('samen_voorstel', 'samen_voorstel.id', 'samen_lid.voorstel_id')
    .select('samen_lid.voorstel_id')
    .where('samen_lid.dossier_id', '=', toegang.dossierId)
    .where('samen_voorstel.gemeente_id', '=', toegang.gemeenteId)
    .execute();
  return voorstellenMet(
    db,
    ids.map((r) => r.voorstel_id),
  );
}

/** Her answer; false when she had answered already (two tabs: the second is refused). */
export async function zetAntwoord(
  toegang: Toegang,
  voorstelId: string,
  keuze: 'ja' | 'nee',
  nu: Date,
): Promise<boolean> {
  const r = await ontsluit(toegang)
    .updateTable('samen_lid')
    .set({ antwoord: keuze, geantwoord_op: nu })
    .where('voorstel_id', '=', voorstelId)
    .where('dossier_id', '=', toegang.dossierId)
    .where('antwoord', '=', 'open')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** "It happened": her side of the help she gave and received in this proposal. */
export async function bevestigHulp(toegang: Toegang, voorstelId: string, nu: Date): Promise<number> {
  const db = ontsluit(toegang);
  const gaf = await db
    .updateTable('samen_hulp')
    .set({ gever_bevestigd_op: nu })
    .where('voorstel_id', '=', voorstelId)
    .where('van_dossier_id', '=', toegang.dossierId)
    .where('gever_bevestigd_op', 'is', null)
    .executeTakeFirst();
  const kreeg = await db
    .updateTable('samen_hulp')
    .set({ ontvanger_bevestigd_op: nu })
    .where('voorstel_id', '=', voorstelId)
    .where('naar_dossier_id', '=', toegang.dossierId)
    .where('ontvanger_bevestigd_op', 'is', null)
    .executeTakeFirst();
  return Number(gaf.numUpdatedRows) + Number(kreeg.numUpdatedRows);
}

export async function blokkeer(toegang: Toegang, anderDossierId: string, nu: Date): Promise<void> {
  await ontsluit(toegang)
    .insertInto('samen_blokkade')
    .values({
      gemeente_id: toegang.gemeenteId,
      door_dossier_id: toegang.dossierId,
      geblokkeerd_dossier_id: anderDossierId,
      op: nu,
    })
    .onConflict((oc) => oc.columns(['door_dossier_id', 'geblokkeerd_dossier_id']).doNothing())
    .execute();
}

export async function meld(
  toegang: Toegang,
  melding: { id: string; over: string; voorstelId: string; reden: MeldReden },
  nu: Date,
): Promise<void> {
  await ontsluit(toegang)
    .insertInto('samen_melding')
    .values({
      id: melding.id,
      gemeente_id: toegang.gemeenteId,
      door_dossier_id: toegang.dossierId,
      over_dossier_id: melding.over,
      voorstel_id: melding.voorstelId,
      reden: melding.reden,
      op: nu,
    })
    .execute();
}

/** Her reports, for her download. */
export async function mijnMeldingen(toegang: Toegang) {
  return ontsluit(toegang)
    .selectFrom('samen_melding')
    .select(['voorstel_id', 'reden', 'op', 'afgehandeld_op'])
    .where('door_dossier_id', '=', toegang.dossierId)
    .orderBy('op')
    .execute();
}

/** Erasure: her part, her answers, the help she gave and received, her blocks and reports. */
export async function wisSamen(toegang: Toegang): Promise<void> {
  // A neighbour's mark on her light record (decision 048) goes too.
  await ontsluit(toegang)
    .deleteFrom('samen_buur')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
  // Everything else hangs off her participant row (on delete cascade).
  await ontsluit(toegang)
    .deleteFrom('samen_deelnemer')
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .execute();
}

// --- the matching round (system path) ---------------------------------------------------------------

/** Who takes part in this gemeente: record ids only; each one's data is read through the system path. */
export async function deelnemerIds(db: Db, gemeenteId: string): Promise<string[]> {
  const rijen = await db
    .selectFrom('samen_deelnemer')
    .select('dossier_id')
    .where('gemeente_id', '=', gemeenteId)
    .orderBy('dossier_id')
    .execute();
  return rijen.map((r) => r.dossier_id);
}

/** The gemeenten where someone takes part (for the daily round). */
export async function gemeentenMetDeelnemers(db: Db): Promise<string[]> {
  const rijen = await db
    .selectFrom('samen_deelnemer')
    .select('gemeente_id')
    .distinct()
    .orderBy('gemeente_id')
    .execute();
  return rijen.map((r) => r.gemeente_id);
}

/** Every proposal of the gemeente made after `sinds` (ids and answers): who is busy. */
export async function recenteVoorstellen(db: Db, gemeenteId: string, sinds: Date): Promise<VoorstelRij[]> {
  const ids = await db
    .selectFrom('samen_voorstel')
    .select('id')
    .where('gemeente_id', '=', gemeenteId)
    .where('gemaakt_op', '>=', sinds)
    .execute();
  return voorstellenMet(
    db,
    ids.map((r) => r.id),
  );
}

/** One proposal by id within the gemeente (ids and answers only). */
export async function voorstel(db: Db, gemeenteId: string, id: string): Promise<VoorstelRij | undefined> {
  const rij = await db
    .selectFrom('samen_voorstel')
    .select('id')
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .executeTakeFirst();
  return rij ? (await voorstellenMet(db, [rij.id]))[0] : undefined;
}

export async function maakVoorstel(
  toegang: Toegang,
  v: { id: string; soort: 'paar' | 'kring' | 'eenrichting'; gemaaktOp: Date; verlooptOp: Date },
): Promise<void> {
  await ontsluit(toegang)
    .insertInto('samen_voorstel')
    .values({
      id: v.id,
      gemeente_id: toegang.gemeenteId,
      soort: v.soort,
      gemaakt_op: v.gemaaktOp,
      verloopt_op: v.verlooptOp,
    })
    .execute();
}

/** She joins a proposal with the help she gives in it. */
export async function voegLidToe(
  toegang: Toegang,
  lid: { voorstelId: string; volgorde: number; geeft: { naar: string; vaardigheid: string }[] },
): Promise<void> {
  const db = ontsluit(toegang);
  await db
    .insertInto('samen_lid')
    .values({
      gemeente_id: toegang.gemeenteId,
      voorstel_id: lid.voorstelId,
      dossier_id: toegang.dossierId,
      volgorde: lid.volgorde,
    })
    .execute();
  for (const h of lid.geeft)
    await db
      .insertInto('samen_hulp')
      .values({
        gemeente_id: toegang.gemeenteId,
        voorstel_id: lid.voorstelId,
        van_dossier_id: toegang.dossierId,
        naar_dossier_id: h.naar,
        vaardigheid: h.vaardigheid,
      })
      .execute();
}

// --- the coordinator ------------------------------------------------------------------------------

export async function isCoordinator(db: Db, gemeenteId: string, accountId: string): Promise<boolean> {
  const rij = await db
    .selectFrom('samen_coordinator')
    .select('account_id')
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return rij !== undefined;
}

/** Makes an account a coordinator (demo data, tests and the command line; decision 030). */
export async function zetCoordinator(db: Db, gemeenteId: string, accountId: string): Promise<void> {
  await db
    .insertInto('samen_coordinator')
    .values({ gemeente_id: gemeenteId, account_id: accountId })
    .onConflict((oc) => oc.columns(['gemeente_id', 'account_id']).doNothing())
    .execute();
}

/** Takes the flag away (tests and the command line); the menu and the pages follow on the next request. */
export async function haalCoordinatorWeg(db: Db, gemeenteId: string, accountId: string): Promise<void> {
  await db
    .deleteFrom('samen_coordinator')
    .where('gemeente_id', '=', gemeenteId)
    .where('account_id', '=', accountId)
    .execute();
}

export type MeldingRij = {
  id: string;
  over: string;
  voorstelId: string | null;
  reden: MeldReden;
  op: Date;
};

/** Open reports (ids, reason, date); the coordinator reads a name only through the system path. */
export async function openMeldingen(db: Db, gemeenteId: string): Promise<MeldingRij[]> {
  const rijen = await db
    .selectFrom('samen_melding')
    .select(['id', 'over_dossier_id', 'voorstel_id', 'reden', 'op'])
    .where('gemeente_id', '=', gemeenteId)
    .where('afgehandeld_op', 'is', null)
    .orderBy('op')
    .orderBy('id')
    .execute();
  return rijen.map((r) => ({
    id: r.id,
    over: r.over_dossier_id,
    voorstelId: r.voorstel_id,
    reden: r.reden,
    op: r.op,
  }));
}

/** Ids of paused participants (for the coordinator's list). */
export async function gepauzeerdeIds(db: Db, gemeenteId: string): Promise<string[]> {
  const rijen = await db
    .selectFrom('samen_deelnemer')
    .select('dossier_id')
    .where('gemeente_id', '=', gemeenteId)
    .where('gepauzeerd_op', 'is not', null)
    .orderBy('dossier_id')
    .execute();
  return rijen.map((r) => r.dossier_id);
}

export async function handelMeldingAf(
  toegangOfDb: Toegang | Db,
  gemeenteId: string,
  id: string,
  nu: Date,
): Promise<boolean> {
  const r = await ontsluit(toegangOfDb)
    .updateTable('samen_melding')
    .set({ afgehandeld_op: nu })
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .where('afgehandeld_op', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Pauses her (or ends the pause); a pause also ends her open proposals now, freeing the others. */
export async function zetPauze(toegang: Toegang, pauze: boolean, nu: Date): Promise<boolean> {
  const db = ontsluit(toegang);
  const r = await db
    .updateTable('samen_deelnemer')
    .set({ gepauzeerd_op: pauze ? nu : null, updated_at: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) !== 1) return false;
  if (pauze)
    await db
      .updateTable('samen_voorstel')
      .set({ verloopt_op: nu })
      .where('verloopt_op', '>', nu)
      .where('id', 'in', (sub) =>
        sub.selectFrom('samen_lid').select('voorstel_id').where('dossier_id', '=', toegang.dossierId),
      )
      // Only proposals still open: no one said no and someone has not answered yet.
      .where((eb) =>
        eb.and([
          eb.not(
            eb.exists(
              eb
                .selectFrom('samen_lid as l')
                .select('l.voorstel_id')
                .whereRef('l.voorstel_id', '=', 'samen_voorstel.id')
                .where('l.antwoord', '=', 'nee'),
            ),
          ),
          eb.exists(
            eb
              .selectFrom('samen_lid as o')
              .select('o.voorstel_id')
              .whereRef('o.voorstel_id', '=', 'samen_voorstel.id')
              .where('o.antwoord', '=', 'open'),
          ),
        ]),
      )
      .execute();
  return true;
}

/** Her choice for her netwerkkaart; false when she has no part in Samen yet. */
export async function zetOpNetwerkkaart(toegang: Toegang, aan: boolean, nu: Date): Promise<boolean> {
  const r = await ontsluit(toegang)
    .updateTable('samen_deelnemer')
    .set({ op_netwerkkaart: aan, updated_at: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export type ControleSoort = 'identiteit' | 'vog';

/**
 * The coordinator records that her identity, or her certificate of conduct (VOG), was checked.
 * False when it was already recorded (the page was stale): the first date stays.
 */
export async function zetControle(toegang: Toegang, soort: ControleSoort, nu: Date): Promise<boolean> {
  const kolom = soort === 'identiteit' ? 'identiteit_gecontroleerd_op' : 'vog_gecontroleerd_op';
  const r = await ontsluit(toegang)
    .updateTable('samen_deelnemer')
    .set({ [kolom]: nu, updated_at: nu })
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .where(kolom, 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Participants with a check still to record (ids and what is missing; no name). */
export async function nogTeControleren(
  db: Db,
  gemeenteId: string,
): Promise<{ dossierId: string; identiteit: boolean; vog: boolean }[]> {
  const rijen = await db
    .selectFrom('samen_deelnemer')
    .select(['dossier_id', 'identiteit_gecontroleerd_op', 'vog_gecontroleerd_op'])
    .where('gemeente_id', '=', gemeenteId)
    .where((eb) =>
      eb.or([eb('identiteit_gecontroleerd_op', 'is', null), eb('vog_gecontroleerd_op', 'is', null)]),
    )
    .orderBy('created_at')
    .orderBy('dossier_id')
    .execute();
  return rijen.map((r) => ({
    dossierId: r.dossier_id,
    identiteit: r.identiteit_gecontroleerd_op !== null,
    vog: r.vog_gecontroleerd_op !== null,
  }));
}

// --- the round's lock -----------------------------------------------------------------------------

/**
 * Takes the lock for a gemeente's round: true when no round holds it or the holder's lease ran
 * out. One statement, so two instances racing for it cannot both win (the primary key decides).
 */
export async function neemRondeSlot(
  db: Db,
  gemeenteId: string,
  houder: string,
  nu: Date,
  tot: Date,
): Promise<boolean> {
  const rij = await db
    .insertInto('samen_ronde_slot')
    .values({ gemeente_id: gemeenteId, houder, tot })
    .onConflict((oc) =>
      oc.column('gemeente_id').doUpdateSet({ houder, tot }).where('samen_ronde_slot.tot', '<=', nu),
    )
    .returning('houder')
    .executeTakeFirst();
  return rij?.houder === houder;
}

/** Gives the lock back (only the holder can). */
export async function geefRondeSlot(db: Db, gemeenteId: string, houder: string): Promise<void> {
  await db
    .deleteFrom('samen_ronde_slot')
    .where('gemeente_id', '=', gemeenteId)
    .where('houder', '=', houder)
    .execute();
}
