import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db/database.js';
import type { OntmoetPlek, OntmoetPlekBron } from '../../platform/extensions/ontmoetplekken.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Viewer } from '../../platform/http/request-context.js';
import type { AuditActor } from '../../regie/audit/audit.js';
import { systeemToegang } from '../../regie/door/door.js';
import { gemeenteVaardigheden } from '../lijst/lijst.js';
import { keuzes, type VaardigheidInstelling } from '../lijst/rules.js';
import * as sq from '../queries.js';
import { minimaleLeeftijd, RONDE_SLOT_MS, SECTIE, vereisCoordinator } from '../systeem.js';
import * as q from './queries.js';
import {
  bezetInGroepen,
  GROEP_SOORTEN,
  type Groep,
  type GroepSoort,
  type GroepStatus,
  groepeer,
  groepStatus,
  type Kandidaat,
  type LidAntwoord,
  magLeiden,
  suggestiesVoor,
  toonbareSuggesties,
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
/** The coordinator chose a leader a lotgenotengroep may not have: told next to the field, nothing written. */
export type GroeperingFout = { fout: 'leider-geen-ervaringsdeskundige' };

/** Who is busy per kind: members of the gemeente's open and started groups of that kind. */
async function bezetPerSoort(db: Db, gemeenteId: string, nu: Date): Promise<Record<GroepSoort, Set<string>>> {
  const groepen = (
    await q.groepenVanGemeente(db, gemeenteId, new Date(nu.getTime() - VENSTER_DAGEN * DAG_MS))
  ).map(alsGroep);
  return {
    buurtcirkel: bezetInGroepen(groepen, 'buurtcirkel', nu),
    lotgenoten: bezetInGroepen(groepen, 'lotgenoten', nu),
  };
}

/**
 * The grouping data of everyone taking part in Samen, except those `overslaan` leaves out, each
 * read through the system path (`samen-groepen`, audited in her record with `itemId`).
 */
async function leesKandidaten(
  db: Db,
  gemeenteId: string,
  actor: AuditActor | null,
  nu: Date,
  itemId: string,
  overslaan: (id: string) => boolean,
): Promise<Kandidaat[]> {
  const kandidaten: Kandidaat[] = [];
  for (const id of await sq.deelnemerIds(db, gemeenteId)) {
    if (overslaan(id)) continue;
    const profiel = await systeemToegang(
      db,
      {
        reden: 'samen-groepen',
        gemeenteId,
        dossierId: id,
        now: nu,
        actor,
        actie: 'read',
        itemId,
        sectie: SECTIE,
        origin: actor ? 'web' : 'samen',
      },
      (toegang) => sq.profiel(toegang),
    );
    if (profiel) kandidaten.push(kandidaatVan(id, profiel, nu));
  }
  return kandidaten;
}

/** The themes a group can have: the gemeente's skill list as offered for something new. */
async function themasVan(db: Db, gemeenteId: string): Promise<string[]> {
  return keuzes(await gemeenteVaardigheden(db, gemeenteId), []);
}

/**
 * A grouping for one kind and theme, started by a coordinator. Shares the matching round's lock
 * (never two rounds of either at once for a gemeente, so no one is proposed twice). Each group gets
 * the nearest meeting place of the sociale kaart to its members' centre, if there is one. Afterwards
 * the possible groups of this kind are worked out again from the same people (decision 054): those
 * just proposed are busy now. The other kind's are unchanged (busy is per kind).
 */
export async function groeperingRonde(
  deps: { db: Db; now: () => Date; plekken: OntmoetPlekBron },
  viewer: Viewer,
  invoer: GroeperingInvoer,
): Promise<GroeperingUitkomst | GroeperingFout | 'bezig'> {
  const { db } = deps;
  await vereisCoordinator(db, viewer);
  // A theme from the gemeente's own skill list (its added skills too, not the hidden ones).
  const themas = await themasVan(db, viewer.gemeenteId);
  if (!themas.includes(invoer.thema)) throw new HttpError('BAD_REQUEST');
  const leider = (await q.professionals(db, viewer.gemeenteId)).find((p) => p.id === invoer.leiderId);
  if (!leider) throw new HttpError('BAD_REQUEST');
  if (!magLeiden(invoer.soort, leider)) return { fout: 'leider-geen-ervaringsdeskundige' };
  const gemeenteId = viewer.gemeenteId;
  const nu = deps.now();
  const houder = randomUUID();
  if (!(await sq.neemRondeSlot(db, gemeenteId, houder, nu, new Date(nu.getTime() + RONDE_SLOT_MS))))
    return 'bezig';
  try {
    const bezet = (await bezetPerSoort(db, gemeenteId, nu))[invoer.soort];
    const kandidaten = await leesKandidaten(db, gemeenteId, viewer, nu, `groepering:${invoer.soort}`, (id) =>
      bezet.has(id),
    );
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
            {
              reden: 'samen-groepen',
              gemeenteId,
              dossierId: lid,
              now: nu,
              actor: viewer,
              actie: 'create',
              itemId: `groep:${groepId}`,
              sectie: SECTIE,
            },
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
      for (const lid of v.leden) bezet.add(lid);
    }
    await q.vervangSuggesties(
      db,
      gemeenteId,
      invoer.soort,
      suggestiesVoor(kandidaten, invoer.soort, themas, bezet),
      nu,
    );
    return { kandidaten: kandidaten.length, groepen: voorstellen.length };
  } finally {
    await sq.geefRondeSlot(db, gemeenteId, houder);
  }
}

export type SuggestieUitkomst = { kandidaten: number; suggesties: number };

/**
 * The daily job's part for groups (decision 054): for every kind and every theme of the gemeente's
 * list, how many people the grouping could put into how many groups — stored as counts only, no
 * one named; nothing is proposed (a group needs a coordinator and a leader). Reads each
 * participant's grouping data through the system path (`samen-groepen`, itemId `suggesties`) and
 * holds the round lock while it does, so it never runs beside a matching round or a grouping
 * (another instance, or a coordinator): then it writes nothing and the stored ones stay.
 */
export async function groepSuggestieRonde(
  deps: { db: Db; now: () => Date },
  gemeenteId: string,
): Promise<SuggestieUitkomst | 'bezig'> {
  const { db } = deps;
  const nu = deps.now();
  const houder = randomUUID();
  if (!(await sq.neemRondeSlot(db, gemeenteId, houder, nu, new Date(nu.getTime() + RONDE_SLOT_MS))))
    return 'bezig';
  try {
    const bezet = await bezetPerSoort(db, gemeenteId, nu);
    const kandidaten = await leesKandidaten(
      db,
      gemeenteId,
      null,
      nu,
      'suggesties',
      (id) => bezet.buurtcirkel.has(id) && bezet.lotgenoten.has(id),
    );
    const themas = await themasVan(db, gemeenteId);
    let suggesties = 0;
    for (const soort of GROEP_SOORTEN) {
      const rijen = suggestiesVoor(kandidaten, soort, themas, bezet[soort]);
      await q.vervangSuggesties(db, gemeenteId, soort, rijen, nu);
      suggesties += rijen.length;
    }
    return { kandidaten: kandidaten.length, suggesties };
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
  /** The gemeente's professionals; only those marked ervaringsdeskundige lead a lotgenotengroep. */
  leiders: { id: string; naam: string; ervaringsdeskundige: boolean }[];
  /** The gemeente's skill list: the themes to choose from and their names. */
  vaardigheden: VaardigheidInstelling[];
  /** Possible groups the daily job (or the last grouping) found: counts only (decision 054). */
  suggesties: q.SuggestieRij[];
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
  const vaardigheden = await gemeenteVaardigheden(db, viewer.gemeenteId);
  return {
    groepen,
    leiders: await q.professionals(db, viewer.gemeenteId),
    vaardigheden,
    suggesties: toonbareSuggesties(await q.suggesties(db, viewer.gemeenteId), keuzes(vaardigheden, [])),
  };
}

/**
 * Marks a professional of the gemeente as ervaringsdeskundige, or no longer (a coordinator's
 * call: she knows who went through it herself). Someone not a professional of the gemeente → 404;
 * already so → 409; nothing written. Open and started groups keep their leader.
 */
export async function markeerErvaringsdeskundige(
  db: Db,
  viewer: Viewer,
  invoer: { accountId: string; ja: boolean },
  nu: Date,
): Promise<void> {
  await vereisCoordinator(db, viewer);
  if (!isUuid(invoer.accountId)) throw new HttpError('NOT_FOUND');
  if (!(await q.professionals(db, viewer.gemeenteId)).some((p) => p.id === invoer.accountId))
    throw new HttpError('NOT_FOUND');
  const veranderd = await q.zetErvaringsdeskundige(db, {
    gemeenteId: viewer.gemeenteId,
    accountId: invoer.accountId,
    ja: invoer.ja,
    door: viewer.accountId,
    op: nu,
  });
  if (!veranderd) throw new HttpError('CONFLICT');
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
