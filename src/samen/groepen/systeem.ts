import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import type { OntmoetPlek, OntmoetPlekBron } from '../../platform/extensions/ontmoetplekken.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { systeemToegang } from '../../regie/door/door.js';
import * as sq from '../queries.js';
import { minimaleLeeftijd, RONDE_SLOT_MS, SECTIE, vereisCoordinator } from '../systeem.js';
import { VAARDIGHEDEN } from '../vaardigheden.js';
import * as q from './queries.js';
import {
  bezetInGroepen,
  type Groep,
  type GroepSoort,
  type GroepStatus,
  groepeer,
  groepStatus,
  type Kandidaat,
  type LidAntwoord,
  zietContact,
} from './rules.js';

/**
 * Samen groups' work across residents' records, each through the door's system path with its own
 * reason, audited in the record it opens:
 * - `samen-groepen`: the grouping a coordinator starts reads each participant's grouping data
 *   (request, centroid, distance, day parts, preferences, blocks, pause, age) and writes a group
 *   proposal into each member's record, one transaction per group.
 * - `samen-groep`: a member of a group sees the other members' first name and neighbourhood, and
 *   the contact details of those who joined once the group started.
 * - `samen-coordinatie`: the coordinator sees the members of the gemeente's groups (first name,
 *   neighbourhood, answer) and removes someone from a group, pausing her if she chooses.
 */

/** A proposed group waits this many days for answers; then it starts with who joined, or not at all. */
export const GROEP_VERLOOPT_NA_DAGEN = 14;
/** Groups made longer ago than this no longer keep anyone busy nor show on the coordinator's page. */
const VENSTER_DAGEN = 365;
/** How far from the members' centre a meeting place may be (km). */
export const PLEK_KM = 3;
const DAG_MS = 86_400_000;

export function alsGroep(g: q.GroepRij): Groep {
  return {
    id: g.id,
    soort: g.soort,
    leden: g.leden.map((l) => l.dossierId),
    antwoorden: Object.fromEntries(g.leden.map((l) => [l.dossierId, l.antwoord])),
    verlooptOp: g.verlooptOp,
    gestartOp: g.gestartOp,
  };
}

export function kandidaatVan(id: string, p: sq.Profiel, nu: Date): Kandidaat {
  return {
    id,
    vraagt: p.vraag?.vaardigheden ?? [],
    inGroep: p.vraag?.vorm === 'groep',
    lat: p.lat,
    lon: p.lon,
    maxKm: p.maxKm,
    beschikbaar: p.dagdelen,
    geslacht: p.geslacht ?? undefined,
    alleenVrouwen: p.alleenVrouwen,
    geblokkeerd: p.geblokkeerd,
    gepauzeerd: p.gepauzeerdOp !== null,
    leeftijd: minimaleLeeftijd(p.geboortejaar, nu),
  };
}

const midden = (punten: readonly { lat: number; lon: number }[]) => ({
  lat: punten.reduce((s, p) => s + p.lat, 0) / Math.max(1, punten.length),
  lon: punten.reduce((s, p) => s + p.lon, 0) / Math.max(1, punten.length),
});

export type GroeperingInvoer = { soort: GroepSoort; thema: string; leiderId: string };
export type GroeperingUitkomst = { kandidaten: number; groepen: number };

/**
 * A grouping for one kind and theme, started by a coordinator. Shares the matching round's lock
 * (never two rounds of either at once for a gemeente, so no one is proposed twice). Each group gets
 * the nearest meeting place of the sociale kaart to its members' centre, if there is one.
 */
export async function groeperingRonde(
  deps: { db: Db; now: () => Date; plekken: OntmoetPlekBron },
  viewer: Viewer,
  invoer: GroeperingInvoer,
): Promise<GroeperingUitkomst | 'bezig'> {
  const { db } = deps;
  await vereisCoordinator(db, viewer);
  if (!(VAARDIGHEDEN as readonly string[]).includes(invoer.thema)) throw new HttpError('BAD_REQUEST');
  if (!(await q.professionals(db, viewer.gemeenteId)).some((p) => p.id === invoer.leiderId))
    throw new HttpError('BAD_REQUEST');
  const gemeenteId = viewer.gemeenteId;
  const nu = deps.now();
  const houder = randomUUID();
  if (!(await sq.neemRondeSlot(db, gemeenteId, houder, nu, new Date(nu.getTime() + RONDE_SLOT_MS))))
    return 'bezig';
  try {
    const systeem = (dossierId: string, actie: 'read' | 'create', itemId: string) => ({
      gemeenteId,
      dossierId,
      now: nu,
      actor: viewer,
      actie,
      itemId,
      sectie: SECTIE,
    });
    const bezet = bezetInGroepen(
      (await q.groepenVanGemeente(db, gemeenteId, new Date(nu.getTime() - VENSTER_DAGEN * DAG_MS))).map(
        alsGroep,
      ),
      invoer.soort,
      nu,
    );
    const kandidaten: Kandidaat[] = [];
    for (const id of await sq.deelnemerIds(db, gemeenteId)) {
      if (bezet.has(id)) continue;
      const profiel = await systeemToegang(
        db,
        { reden: 'samen-groepen', ...systeem(id, 'read', `groepering:${invoer.soort}`) },
        (toegang) => sq.profiel(toegang),
      );
      if (profiel) kandidaten.push(kandidaatVan(id, profiel, nu));
    }
    const voorstellen = groepeer(kandidaten, invoer.soort, invoer.thema, bezet);
    const perId = new Map(kandidaten.map((k) => [k.id, k]));
    for (const v of voorstellen) {
      const groepId = randomUUID();
      const centrum = midden(v.leden.map((id) => perId.get(id) as Kandidaat));
      const [plek] = await deps.plekken.bij(gemeenteId, centrum, PLEK_KM, 1);
      await db.transaction().execute(async (trx) => {
        for (const [i, lid] of v.leden.entries())
          await systeemToegang(
            trx,
            { reden: 'samen-groepen', ...systeem(lid, 'create', `groep:${groepId}`) },
            async (toegang) => {
              if (i === 0)
                await q.maakGroep(toegang, {
                  id: groepId,
                  soort: invoer.soort,
                  thema: invoer.thema,
                  coordinatorAccountId: viewer.accountId,
                  leiderAccountId: invoer.leiderId,
                  plek: plek ? { id: plek.id, naam: plek.naam, adres: plek.adres } : undefined,
                  gemaaktOp: nu,
                  verlooptOp: new Date(nu.getTime() + GROEP_VERLOOPT_NA_DAGEN * DAG_MS),
                });
              await q.voegGroepLidToe(toegang, groepId);
            },
          );
      });
    }
    return { kandidaten: kandidaten.length, groepen: voorstellen.length };
  } finally {
    await sq.geefRondeSlot(db, gemeenteId, houder);
  }
}

// --- what a member sees of the others -----------------------------------------------------------

export type AnderGroepslid = {
  /** Her place in the group's member list (for block and report). */
  plek: number;
  voornaam: string;
  wijk: string;
  antwoord: LidAntwoord;
  contact: sq.Contact | undefined;
};

/**
 * The other members of a group she is in and has not left (the caller read the group through the
 * door, as her own): first name and neighbourhood of those still in it; contact details only of
 * those who joined, once the group started and she joined too.
 */
export async function andereGroepsleden(
  db: Db,
  viewer: Viewer,
  eigen: string,
  g: q.GroepRij,
  nu: Date,
): Promise<AnderGroepslid[]> {
  const groep = alsGroep(g);
  const mijn = groep.antwoorden[eigen];
  if (mijn === undefined) throw new HttpError('NOT_FOUND');
  if (mijn === 'nee' || mijn === 'verwijderd' || groepStatus(groep, nu) === 'niet-doorgegaan') return [];
  const leden: AnderGroepslid[] = [];
  for (const [plek, lid] of g.leden.entries()) {
    if (lid.dossierId === eigen || lid.antwoord === 'nee' || lid.antwoord === 'verwijderd') continue;
    const p = await systeemToegang(
      db,
      {
        reden: 'samen-groep',
        gemeenteId: viewer.gemeenteId,
        dossierId: lid.dossierId,
        now: nu,
        actor: viewer,
        actie: 'read',
        itemId: `groep:${g.id}`,
        sectie: SECTIE,
      },
      (toegang) => sq.profiel(toegang),
    );
    if (!p) continue;
    leden.push({
      plek,
      voornaam: p.voornaam,
      wijk: p.wijk,
      antwoord: lid.antwoord,
      contact: zietContact(groep, eigen, lid.dossierId, nu) ? p.contact : undefined,
    });
  }
  return leden;
}

// --- the coordinator -------------------------------------------------------------------------------

export type CoordinatorGroep = {
  id: string;
  soort: GroepSoort;
  thema: string;
  leiderNaam: string;
  status: GroepStatus;
  verlooptOp: Date;
  plek: q.GroepRij['plek'];
  versie: number;
  leden: { dossierId: string; voornaam: string; wijk: string; antwoord: LidAntwoord }[];
  /** Other meeting places of the sociale kaart near the members. */
  plekken: OntmoetPlek[];
};

export type GroepenData = {
  groepen: CoordinatorGroep[];
  leiders: { id: string; naam: string }[];
};

/**
 * The coordinator's page: the gemeente's groups with each member's first name, neighbourhood and
 * answer (read through the system path, audited in her record), never more of a record. Groups
 * that did not go ahead are listed without names.
 */
export async function leesGroepen(
  deps: { db: Db; plekken: OntmoetPlekBron },
  viewer: Viewer,
  nu: Date,
): Promise<GroepenData> {
  const { db } = deps;
  await vereisCoordinator(db, viewer);
  const groepen: CoordinatorGroep[] = [];
  const rijen = await q.groepenVanGemeente(
    db,
    viewer.gemeenteId,
    new Date(nu.getTime() - VENSTER_DAGEN * DAG_MS),
  );
  for (const g of rijen) {
    const status = groepStatus(alsGroep(g), nu);
    const leden: CoordinatorGroep['leden'] = [];
    const punten: { lat: number; lon: number }[] = [];
    if (status !== 'niet-doorgegaan')
      for (const lid of g.leden) {
        const p = await systeemToegang(
          db,
          {
            reden: 'samen-coordinatie',
            gemeenteId: viewer.gemeenteId,
            dossierId: lid.dossierId,
            now: nu,
            actor: viewer,
            actie: 'read',
            itemId: `groep:${g.id}`,
            sectie: SECTIE,
          },
          (t) => sq.profiel(t),
        );
        if (!p) continue;
        leden.push({ dossierId: lid.dossierId, voornaam: p.voornaam, wijk: p.wijk, antwoord: lid.antwoord });
        punten.push({ lat: p.lat, lon: p.lon });
      }
    groepen.push({
      id: g.id,
      soort: g.soort,
      thema: g.thema,
      leiderNaam: g.leiderNaam,
      status,
      verlooptOp: g.verlooptOp,
      plek: g.plek,
      versie: g.versie,
      leden,
      plekken: punten.length > 0 ? await deps.plekken.bij(viewer.gemeenteId, midden(punten), PLEK_KM, 5) : [],
    });
  }
  return { groepen, leiders: await q.professionals(db, viewer.gemeenteId) };
}

/**
 * Removes someone from a group (and pauses her, when the coordinator chose so: no proposals and
 * no groups until resumed). Not in the group, or already out → 404 / 409; nothing written.
 */
export async function verwijderLid(
  db: Db,
  viewer: Viewer,
  invoer: { groepId: string; dossierId: string; pauzeer: boolean },
  nu: Date,
): Promise<void> {
  await vereisCoordinator(db, viewer);
  if (!isUuid(invoer.groepId) || !isUuid(invoer.dossierId)) throw new HttpError('NOT_FOUND');
  const g = await q.groep(db, viewer.gemeenteId, invoer.groepId);
  if (!g?.leden.some((l) => l.dossierId === invoer.dossierId)) throw new HttpError('NOT_FOUND');
  await systeemToegang(
    db,
    {
      reden: 'samen-coordinatie',
      gemeenteId: viewer.gemeenteId,
      dossierId: invoer.dossierId,
      now: nu,
      actor: viewer,
      actie: 'update',
      itemId: `groep:${g.id}`,
      sectie: SECTIE,
    },
    async (t) => {
      if (!(await q.verwijderUitGroep(t, g.id, nu))) throw new HttpError('CONFLICT');
      if (invoer.pauzeer) await sq.zetPauze(t, true, nu);
    },
  );
}

/**
 * Another meeting place from the sociale kaart. An unknown place → 400; a stale version (another
 * coordinator changed it meanwhile) → 409; nothing written. The group holds no personal data.
 */
export async function kiesPlek(
  deps: { db: Db; plekken: OntmoetPlekBron },
  viewer: Viewer,
  invoer: { groepId: string; plekId: string; versie: number },
): Promise<'ok' | 'onbekend' | 'conflict'> {
  await vereisCoordinator(deps.db, viewer);
  if (!isUuid(invoer.groepId) || !(await q.groep(deps.db, viewer.gemeenteId, invoer.groepId)))
    throw new HttpError('NOT_FOUND');
  const plek = await deps.plekken.plek(viewer.gemeenteId, invoer.plekId);
  if (!plek) return 'onbekend';
  return (await q.zetPlek(deps.db, viewer.gemeenteId, invoer.groepId, plek, invoer.versie))
    ? 'ok'
    : 'conflict';
}
