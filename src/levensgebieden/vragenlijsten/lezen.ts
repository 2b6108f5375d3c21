import type { Db } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { type Toegang, viaDeDeur } from '../../regie/door/door.js';
import { inwonerNaamVan } from '../../regie/queries.js';
import { instellingVan } from '../queries.js';
import { itemId, pgMoetAanStaan, SECTIE } from './invullen.js';
import type { Vragenlijst } from './items.js';
import type { RondeWeergave } from './pages/overzicht-pages.js';
import * as q from './queries.js';
import {
  type Kijker,
  kanEigenRegieInvullen,
  magInwonerZien,
  onderSpiegelregel,
  spiegelRondes,
} from './rules.js';

/**
 * The reading use cases of the questionnaires: the regie-spiegel, the positieve-gezondheid
 * overview and one submitted round. Each goes through the door exactly once with section
 * levensgebieden and `lezen`, and returns plain data for its page.
 */

function kijkerVan(toegang: Toegang, viewer: Viewer): Kijker {
  return { eigenaar: toegang.grondslag === 'eigenaar', rol: viewer.rol, niveau: toegang.niveau };
}

/** The regie-spiegel's rule with what it needs read: the resident's setting and the viewer's own rounds. */
async function inwonerZichtbaar(toegang: Toegang, viewer: Viewer, rondes: q.RondeRij[]): Promise<boolean> {
  return magInwonerZien(kijkerVan(toegang, viewer), {
    anderenZienEerst: (await instellingVan(toegang)).anderenZienEerst,
    heeftEigenBlikGegeven: rondes.some((r) => r.invullerAccountId === viewer.accountId),
  });
}

async function weergaven(toegang: Toegang, rondes: q.RondeRij[]): Promise<RondeWeergave[]> {
  const antwoorden = await q.antwoordenVan(
    toegang,
    rondes.map((r) => r.id),
  );
  return rondes.map((r) => ({
    id: r.id,
    naam: r.invullerNaam,
    rol: r.invullerRol,
    datum: r.ingediendOp ?? r.updatedAt,
    toelichting: r.toelichting,
    antwoorden: antwoorden.get(r.id) ?? [],
  }));
}

/** A submitted round as a line of the history list (who, when; the answers are on its own page). */
function inGeschiedenis(r: q.RondeRij): RondeWeergave {
  return {
    id: r.id,
    naam: r.invullerNaam,
    rol: r.invullerRol,
    datum: r.ingediendOp ?? r.updatedAt,
    toelichting: '',
    antwoorden: [],
  };
}

export type RegieSpiegel = {
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  kanInvullen: boolean;
  heeftConcept: boolean;
  /** The resident's latest round, when she may be seen */
  inwoner: RondeWeergave | undefined;
  /** Each professional's latest round */
  professionals: RondeWeergave[];
  geschiedenis: RondeWeergave[];
  /** Positieve gezondheid is on in this gemeente */
  pgLink: boolean;
  /** The resident answered, but this viewer is to give their own view first */
  inwonerVerborgen: boolean;
};

/** The eigen-regie overview: everyone's latest round side by side, and the history. */
export async function leesRegieSpiegel(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  now: Date,
): Promise<RegieSpiegel> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: itemId('eigen-regie') },
    { now },
    async (toegang) => {
      const kijker = kijkerVan(toegang, viewer);
      const alle = await q.listIngediend(toegang, 'eigen-regie');
      const spiegel = spiegelRondes(alle, await inwonerZichtbaar(toegang, viewer, alle));
      const getoond = await weergaven(toegang, spiegel.laatste);
      const kanInvullen = kanEigenRegieInvullen(kijker);
      return {
        dossierId: toegang.dossierId,
        eigenaar: kijker.eigenaar,
        inwonerNaam: await inwonerNaamVan(toegang),
        kanInvullen,
        heeftConcept:
          kanInvullen && (await q.findConcept(toegang, 'eigen-regie', viewer.accountId)) !== undefined,
        inwoner: getoond.find((r) => r.rol === 'inwoner'),
        professionals: getoond.filter((r) => r.rol === 'professional'),
        geschiedenis: spiegel.rondes.map(inGeschiedenis),
        pgLink: (await q.leesInstelling(toegang, toegang.gemeenteId)).positieveGezondheid,
        inwonerVerborgen: spiegel.inwonerVerborgen,
      };
    },
  );
}

export type PgOverzicht = {
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  laatste: RondeWeergave | undefined;
  heeftConcept: boolean;
  geschiedenis: RondeWeergave[];
};

/** The positieve-gezondheid overview: the latest round and the history (404 where it is off). */
export async function leesPgOverzicht(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  now: Date,
): Promise<PgOverzicht> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: itemId('positieve-gezondheid') },
    { now },
    async (toegang) => {
      await pgMoetAanStaan(toegang, 'positieve-gezondheid');
      const eigenaar = toegang.grondslag === 'eigenaar';
      const rondes = await q.listIngediend(toegang, 'positieve-gezondheid');
      const [laatste] = rondes[0] ? await weergaven(toegang, [rondes[0]]) : [];
      return {
        dossierId: toegang.dossierId,
        eigenaar,
        inwonerNaam: await inwonerNaamVan(toegang),
        laatste,
        heeftConcept:
          eigenaar && (await q.findConcept(toegang, 'positieve-gezondheid', viewer.accountId)) !== undefined,
        geschiedenis: rondes.map(inGeschiedenis),
      };
    },
  );
}

export type Ronde = { dossierId: string; eigenaar: boolean; inwonerNaam: string; ronde: RondeWeergave };

/**
 * One submitted round with its answers. Not found (404) when it is not a round of this record,
 * or when it is the resident's eigen regie and this viewer is to give their own view first.
 */
export async function leesRonde(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  vragenlijst: Vragenlijst,
  rondeId: string,
  now: Date,
): Promise<Ronde> {
  const data = await viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: `${itemId(vragenlijst)}:ronde` },
    { now },
    async (toegang) => {
      await pgMoetAanStaan(toegang, vragenlijst);
      const gevonden = isUuid(rondeId) ? await q.findIngediend(toegang, vragenlijst, rondeId) : undefined;
      const verborgen =
        gevonden !== undefined &&
        onderSpiegelregel(vragenlijst, gevonden.invullerRol) &&
        !(await inwonerZichtbaar(toegang, viewer, await q.listIngediend(toegang, vragenlijst)));
      const ronde = verborgen ? undefined : gevonden;
      return {
        dossierId: toegang.dossierId,
        eigenaar: toegang.grondslag === 'eigenaar',
        inwonerNaam: await inwonerNaamVan(toegang),
        ronde: ronde ? (await weergaven(toegang, [ronde]))[0] : undefined,
      };
    },
  );
  // After the door: logged as a read of the section even when the round is not found in this record.
  if (!data.ronde) throw new HttpError('NOT_FOUND');
  return { ...data, ronde: data.ronde };
}
