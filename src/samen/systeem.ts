import { randomUUID } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { AuditActor } from '../regie/audit/audit.js';
import { systeemToegang } from '../regie/door/door.js';
import { matcherRol } from './buren/rules.js';
import { match } from './matching/matcher.js';
import type { Deelnemer } from './matching/types.js';
import * as q from './queries.js';
import { bezetDoor, type Persoon, statusVan, uitsluiting, type Voorstel } from './rules.js';

declare module '../platform/jobs/types.js' {
  interface JobTypes {
    'samen.ronde': Record<string, never>;
  }
}

/**
 * Samen's work across residents' records, each through the door's system path with its own
 * reason (tests/integration/architecture.test.ts lists them), every use audited in the record
 * it opens:
 * - `samen-matching`: a round reads each participant's matching data (skills, centroid,
 *   distance, day parts, preferences, blocks, pause) and writes a proposal into each member's
 *   record. Run as a job and on demand by a coordinator.
 * - `samen-voorstel`: a member of a proposal sees the other members' first name and
 *   neighbourhood, and their contact details once everyone accepted (checked here, after the
 *   door showed she is a member).
 * - `samen-coordinatie`: a coordinator sees who was reported (first name, neighbourhood), pauses
 *   or resumes someone, closes a report, records an identity/VOG check.
 */

export const SECTIE = 'samen';
/** An open proposal expires after this many days; expiry frees its members for the next round. */
export const VERLOOPT_NA_DAGEN = 14;
/** Proposals older than this no longer keep anyone busy (they expired long ago or were done). */
const BEZET_VENSTER_DAGEN = 120;
const DAG_MS = 86_400_000;
/** Days a sign-up without an account may wait for the coordinator (decision 048). */
export const AANMELDING_BEWAARD_DAGEN = 90;

export function alsVoorstel(v: q.VoorstelRij): Voorstel {
  return {
    id: v.id,
    soort: v.soort,
    leden: v.leden.map((l) => l.dossierId),
    antwoorden: Object.fromEntries(v.leden.map((l) => [l.dossierId, l.antwoord])),
    verlooptOp: v.verlooptOp,
  };
}

/** Her age at the latest: born in `jaar`, she is at least this old now (no minors, ever). */
export function minimaleLeeftijd(geboortejaar: number, nu: Date): number {
  return nu.getUTCFullYear() - geboortejaar - 1;
}

export function persoonVan(id: string, p: q.Profiel, nu: Date): Persoon {
  return {
    id,
    // A volunteer without a record only gives (one-way help, decision 048); everyone else asks and gives.
    rol: matcherRol(p.buur ?? undefined),
    // A request she wants met in a group is for the groups (`groepen/`), not for a one-on-one
    // proposal: she said "in een groep", so a buddy would not be what she asked for.
    vraagt: p.vraag?.vorm === 'groep' ? [] : (p.vraag?.vaardigheden ?? []),
    biedt: p.aanbod?.vaardigheden ?? [],
    lat: p.lat,
    lon: p.lon,
    maxKm: p.maxKm,
    beschikbaar: p.dagdelen,
    geslacht: p.geslacht ?? undefined,
    alleenVrouwen: p.alleenVrouwen,
    geblokkeerd: p.geblokkeerd,
    gepauzeerd: p.gepauzeerdOp !== null,
    // Her own age from her part. The gemeente approved her: a resident by her record, a neighbour
    // without one by the coordinator's approval (she has no account before it, decision 048).
    leeftijd: minimaleLeeftijd(p.geboortejaar, nu),
    goedgekeurd: true,
    identiteitGecontroleerd: p.identiteitGecontroleerdOp !== null,
    vogGecontroleerd: p.vogGecontroleerdOp !== null,
  };
}

export type RondeUitkomst = { deelnemers: number; voorstellen: number; geholpen: number };

/**
 * How long a round may hold its gemeente's lock. A round takes seconds; an instance that stopped
 * mid-round frees the gemeente for the next round when this runs out.
 */
export const RONDE_SLOT_MS = 15 * 60_000;

/**
 * A round for a gemeente, but never two at once (two instances, or the daily job beside a
 * coordinator): the second one gets `'bezig'` and writes nothing. Without the lock both would read
 * the same free people and propose them twice.
 */
export async function matchingRonde(
  deps: { db: Db; now: () => Date },
  gemeenteId: string,
  actor: AuditActor | null,
): Promise<RondeUitkomst | 'bezig'> {
  const houder = randomUUID();
  const nu = deps.now();
  if (!(await q.neemRondeSlot(deps.db, gemeenteId, houder, nu, new Date(nu.getTime() + RONDE_SLOT_MS))))
    return 'bezig';
  try {
    return await rondeZonderSlot(deps, gemeenteId, actor);
  } finally {
    await q.geefRondeSlot(deps.db, gemeenteId, houder);
  }
}

/**
 * One matching round for a gemeente: who may take part (adults, not paused, not in an open or
 * accepted proposal), the matcher (docs/decisions/029), and each match written as a proposal
 * into every member's record, one transaction per proposal.
 */
async function rondeZonderSlot(
  deps: { db: Db; now: () => Date },
  gemeenteId: string,
  actor: AuditActor | null,
): Promise<RondeUitkomst> {
  const { db } = deps;
  const nu = deps.now();
  const systeem = (dossierId: string, actie: 'read' | 'create', itemId: string) => ({
    gemeenteId,
    dossierId,
    now: nu,
    actor,
    actie,
    itemId,
    sectie: SECTIE,
    origin: 'samen',
  });
  const bezet = bezetDoor(
    (await q.recenteVoorstellen(db, gemeenteId, new Date(nu.getTime() - BEZET_VENSTER_DAGEN * DAG_MS))).map(
      alsVoorstel,
    ),
    nu,
  );
  const deelnemers: Deelnemer[] = [];
  for (const id of await q.deelnemerIds(db, gemeenteId)) {
    if (bezet.has(id)) continue;
    const profiel = await systeemToegang(
      db,
      { reden: 'samen-matching', ...systeem(id, 'read', 'ronde') },
      (toegang) => q.profiel(toegang),
    );
    if (!profiel) continue;
    const persoon = persoonVan(id, profiel, nu);
    if (uitsluiting(persoon, bezet) !== undefined) continue;
    deelnemers.push(persoon);
  }
  const uitkomst = match(deelnemers);
  for (const m of uitkomst.matches) {
    const voorstelId = randomUUID();
    await db.transaction().execute(async (trx) => {
      for (const [volgorde, lid] of m.leden.entries())
        await systeemToegang(
          trx,
          { reden: 'samen-matching', ...systeem(lid, 'create', `voorstel:${voorstelId}`) },
          async (toegang) => {
            if (volgorde === 0)
              await q.maakVoorstel(toegang, {
                id: voorstelId,
                soort: m.soort,
                gemaaktOp: nu,
                verlooptOp: new Date(nu.getTime() + VERLOOPT_NA_DAGEN * DAG_MS),
              });
            await q.voegLidToe(toegang, {
              voorstelId,
              volgorde,
              geeft: m.hulp
                .filter((h) => h.van === lid)
                .map((h) => ({ naar: h.naar, vaardigheid: h.vaardigheid })),
            });
          },
        );
    });
  }
  return { deelnemers: deelnemers.length, voorstellen: uitkomst.matches.length, geholpen: uitkomst.geholpen };
}

// --- what a member sees of the others ---------------------------------------------------------------

export type AnderLid = {
  volgorde: number;
  voornaam: string;
  wijk: string;
  contact: q.Contact | undefined;
};

/**
 * The other members of a proposal she is in (the caller read the proposal through the door, as
 * her own): first name and neighbourhood, and contact details only when everyone accepted.
 */
export async function andereLeden(
  db: Db,
  viewer: Viewer,
  eigen: string,
  v: q.VoorstelRij,
  nu: Date,
): Promise<AnderLid[]> {
  if (!v.leden.some((l) => l.dossierId === eigen)) throw new HttpError('NOT_FOUND');
  const iedereenJa = statusVan(alsVoorstel(v), nu) === 'geaccepteerd';
  const leden: AnderLid[] = [];
  for (const lid of v.leden) {
    if (lid.dossierId === eigen) continue;
    const p = await systeemToegang(
      db,
      {
        reden: 'samen-voorstel',
        gemeenteId: viewer.gemeenteId,
        dossierId: lid.dossierId,
        now: nu,
        actor: viewer,
        actie: 'read',
        itemId: `voorstel:${v.id}`,
        sectie: SECTIE,
      },
      (toegang) => q.profiel(toegang),
    );
    if (!p) continue;
    leden.push({
      volgorde: lid.volgorde,
      voornaam: p.voornaam,
      wijk: p.wijk,
      contact: iedereenJa ? p.contact : undefined,
    });
  }
  return leden;
}

// --- the coordinator ---------------------------------------------------------------------------

export async function vereisCoordinator(db: Db, viewer: Viewer): Promise<void> {
  if (viewer.rol !== 'professional' || !(await q.isCoordinator(db, viewer.gemeenteId, viewer.accountId)))
    throw new HttpError('FORBIDDEN');
}

const coordinatie = (
  viewer: Viewer,
  dossierId: string,
  nu: Date,
  actie: 'read' | 'update',
  itemId: string,
) => ({
  gemeenteId: viewer.gemeenteId,
  dossierId,
  now: nu,
  actor: viewer,
  actie,
  itemId,
  sectie: SECTIE,
});

export type CoordinatorData = {
  meldingen: (q.MeldingRij & { voornaam: string; wijk: string; gepauzeerd: boolean })[];
  gepauzeerd: { dossierId: string; voornaam: string; wijk: string }[];
};

/** The coordinator's page: open reports and paused people, first name and neighbourhood only. */
export async function leesCoordinatie(db: Db, viewer: Viewer, nu: Date): Promise<CoordinatorData> {
  await vereisCoordinator(db, viewer);
  const meldingen: CoordinatorData['meldingen'] = [];
  for (const m of await q.openMeldingen(db, viewer.gemeenteId)) {
    const p = await systeemToegang(
      db,
      { reden: 'samen-coordinatie', ...coordinatie(viewer, m.over, nu, 'read', `melding:${m.id}`) },
      (t) => q.profiel(t),
    );
    if (p) meldingen.push({ ...m, voornaam: p.voornaam, wijk: p.wijk, gepauzeerd: p.gepauzeerdOp !== null });
  }
  const gepauzeerd: CoordinatorData['gepauzeerd'] = [];
  for (const id of await q.gepauzeerdeIds(db, viewer.gemeenteId)) {
    const p = await systeemToegang(
      db,
      { reden: 'samen-coordinatie', ...coordinatie(viewer, id, nu, 'read', 'pauze') },
      (t) => q.profiel(t),
    );
    if (p) gepauzeerd.push({ dossierId: id, voornaam: p.voornaam, wijk: p.wijk });
  }
  return { meldingen, gepauzeerd };
}

/** Closes a report, pausing the person it is about when the coordinator chose so. */
export async function handelMeldingAf(
  db: Db,
  viewer: Viewer,
  invoer: { meldingId: string; pauzeer: boolean },
  nu: Date,
): Promise<void> {
  await vereisCoordinator(db, viewer);
  if (!isUuid(invoer.meldingId)) throw new HttpError('NOT_FOUND');
  const melding = (await q.openMeldingen(db, viewer.gemeenteId)).find((m) => m.id === invoer.meldingId);
  if (!melding) throw new HttpError('NOT_FOUND');
  await systeemToegang(
    db,
    {
      reden: 'samen-coordinatie',
      ...coordinatie(viewer, melding.over, nu, 'update', `melding:${melding.id}`),
    },
    async (t) => {
      if (invoer.pauzeer) await q.zetPauze(t, true, nu);
      if (!(await q.handelMeldingAf(t, viewer.gemeenteId, melding.id, nu))) throw new HttpError('CONFLICT');
    },
  );
}

/** Ends a pause: she can be matched again in the next round. */
export async function hervat(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<void> {
  await vereisCoordinator(db, viewer);
  if (!isUuid(dossierId) || !(await q.gepauzeerdeIds(db, viewer.gemeenteId)).includes(dossierId))
    throw new HttpError('NOT_FOUND');
  await systeemToegang(
    db,
    { reden: 'samen-coordinatie', ...coordinatie(viewer, dossierId, nu, 'update', 'pauze') },
    (t) => q.zetPauze(t, false, nu),
  );
}

export type TeControleren = {
  dossierId: string;
  voornaam: string;
  wijk: string;
  identiteit: boolean;
  vog: boolean;
};

/**
 * The check page: who still needs an identity or VOG check recorded (first name and
 * neighbourhood through the system path, audited in her record; no record, no document).
 */
export async function leesControle(db: Db, viewer: Viewer, nu: Date): Promise<TeControleren[]> {
  await vereisCoordinator(db, viewer);
  const lijst: TeControleren[] = [];
  for (const c of await q.nogTeControleren(db, viewer.gemeenteId)) {
    const p = await systeemToegang(
      db,
      { reden: 'samen-coordinatie', ...coordinatie(viewer, c.dossierId, nu, 'read', 'controle') },
      (t) => q.profiel(t),
    );
    if (p) lijst.push({ ...c, voornaam: p.voornaam, wijk: p.wijk });
  }
  return lijst;
}

/**
 * Records one check (the coordinator saw her identity document, or her VOG). Someone who does not
 * take part → 404; already recorded → 409, the first date stays.
 */
export async function legControleVast(
  db: Db,
  viewer: Viewer,
  invoer: { dossierId: string; soort: q.ControleSoort },
  nu: Date,
): Promise<void> {
  await vereisCoordinator(db, viewer);
  if (!isUuid(invoer.dossierId) || !(await q.deelnemerIds(db, viewer.gemeenteId)).includes(invoer.dossierId))
    throw new HttpError('NOT_FOUND');
  await systeemToegang(
    db,
    {
      reden: 'samen-coordinatie',
      ...coordinatie(viewer, invoer.dossierId, nu, 'update', `controle:${invoer.soort}`),
    },
    async (t) => {
      if (!(await q.zetControle(t, invoer.soort, nu))) throw new HttpError('CONFLICT');
    },
  );
}

/** A round on demand. */
export async function rondeOpVerzoek(
  deps: { db: Db; now: () => Date },
  viewer: Viewer,
): Promise<RondeUitkomst | 'bezig'> {
  await vereisCoordinator(deps.db, viewer);
  return matchingRonde(deps, viewer.gemeenteId, viewer);
}

/** Makes a professional a coordinator (demo data; decision 030: a flag, not a role). */
export async function coordinatorZetten(db: Db, gemeenteId: string, accountId: string): Promise<void> {
  await q.zetCoordinator(db, gemeenteId, accountId);
}
