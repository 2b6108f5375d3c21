import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { inwonerNaamVan } from '../regie/queries.js';
import { niveauVolstaat } from '../regie/rules.js';
import * as q from './queries.js';
import { definitieveVersie, type Termijnen, type TermijnStand, termijnStand, vandaag } from './rules.js';

/**
 * Reading the keukentafelgesprekken. Each use case passes the door once (section `gesprekken`)
 * and hands the pages what this viewer may see: her network and assessment only to whoever
 * may see those sections too.
 */

export const SECTIE = 'gesprekken';

export type Rechten = {
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  /** Records a melding, marks the plan handed in: the resident, or `bewerken` */
  kanMelden: boolean;
  /** Prepares with her: the resident, or `reageren` (a naaste, an independent client supporter) */
  kanVoorbereiden: boolean;
  /** Takes the notes of the talk and drafts the report: `bewerken` (the professional) */
  kanVoeren: boolean;
  /** Corrects the report in a new version: the resident, or `reageren` (her supporter helps) */
  kanCorrigeren: boolean;
  /** Agrees or disagrees with the report: the resident only */
  kanBeslissen: boolean;
};

export async function rechtenVan(toegang: Toegang): Promise<Rechten> {
  const eigenaar = toegang.grondslag === 'eigenaar';
  return {
    dossierId: toegang.dossierId,
    eigenaar,
    inwonerNaam: await inwonerNaamVan(toegang),
    kanMelden: eigenaar || niveauVolstaat(toegang.niveau, 'bewerken'),
    kanVoorbereiden: eigenaar || niveauVolstaat(toegang.niveau, 'reageren'),
    kanVoeren: niveauVolstaat(toegang.niveau, 'bewerken'),
    kanCorrigeren: eigenaar || niveauVolstaat(toegang.niveau, 'reageren'),
    kanBeslissen: eigenaar,
  };
}

export type TermijnRegel = {
  soort: 'plan' | 'onderzoek';
  uiterlijk: string;
  stand: TermijnStand;
  dagenOver: number;
};

export type GesprekOverzicht = q.Gesprek & {
  termijnen: TermijnRegel[];
  voorbereid: boolean;
  /** Every version of the report, oldest first */
  verslagen: q.VerslagVersie[];
  /** The version that became final (approved, or with her disagreement attached) */
  definitief: q.VerslagVersie | undefined;
};

/** A gesprek with its two deadlines as both sides see them. */
export function metTermijnen(
  g: q.Gesprek,
  t: Termijnen,
  nu: Date,
  verslagen: q.VerslagVersie[] = [],
): GesprekOverzicht {
  const definitief = definitieveVersie(verslagen);
  const dag = vandaag(nu);
  const regel = (soort: 'plan' | 'onderzoek', uiterlijk: string, gedaan: boolean): TermijnRegel => ({
    soort,
    uiterlijk,
    ...termijnStand({ uiterlijk, gedaan, vandaag: dag, herinnerDagen: t.herinnerDagen }),
  });
  return {
    ...g,
    voorbereid: g.voorbereiding !== null,
    verslagen,
    definitief,
    termijnen: [
      regel('plan', g.planUiterlijk, g.planIngediendOp !== null),
      // The investigation ends with the final report; until then it is open.
      regel('onderzoek', g.onderzoekUiterlijk, definitief !== undefined),
    ],
  };
}

export type LijstData = Rechten & {
  vandaag: string;
  termijnInstelling: Termijnen;
  gesprekken: GesprekOverzicht[];
};

export async function lijstStand(toegang: Toegang, nu: Date): Promise<LijstData> {
  const termijnInstelling = await q.termijnen(toegang, toegang.gemeenteId);
  const verslagen = await q.verslagVersies(toegang);
  return {
    ...(await rechtenVan(toegang)),
    vandaag: vandaag(nu),
    termijnInstelling,
    gesprekken: (await q.gesprekken(toegang)).map((g) =>
      metTermijnen(
        g,
        termijnInstelling,
        nu,
        verslagen.filter((v) => v.gesprekId === g.id),
      ),
    ),
  };
}

export async function leesLijst(db: Db, viewer: Viewer, dossierId: string, nu: Date): Promise<LijstData> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', itemId: 'gesprekken' },
    { now: nu },
    (toegang) => lijstStand(toegang, nu),
  );
}

export type GesprekData = Rechten & {
  gesprek: GesprekOverzicht;
  gebieden: q.Gebied[];
  /** Domains of her own assessment that ask for attention (empty when the viewer may not see it) */
  aandacht: string[];
  netwerk: q.NetwerkSamenvatting;
  /** May the viewer open her regie-spiegel (a level on levensgebieden, or her own record)? */
  zietSpiegel: boolean;
};

export async function gesprekStand(toegang: Toegang, gesprekId: string, nu: Date): Promise<GesprekData> {
  const gesprek = await q.gesprek(toegang, gesprekId);
  if (!gesprek) throw new HttpError('NOT_FOUND');
  return {
    ...(await rechtenVan(toegang)),
    gesprek: metTermijnen(
      gesprek,
      await q.termijnen(toegang, toegang.gemeenteId),
      nu,
      await q.verslagVersies(toegang, gesprekId),
    ),
    gebieden: await q.gebieden(toegang),
    aandacht: await q.aandachtsgebieden(toegang),
    netwerk: await q.netwerkSamenvatting(toegang),
    zietSpiegel: q.ziet(toegang, 'levensgebieden'),
  };
}

/** One gesprek for a page; the talk's own page asks `bewerken` (the professional who leads it). */
export async function leesGesprek(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; nu: Date; nodig?: 'lezen' | 'bewerken' },
): Promise<GesprekData> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: input.nodig ?? 'lezen',
      actie: 'read',
      itemId: `gesprek:${input.gesprekId.slice(0, 40)}`,
    },
    { now: input.nu },
    (toegang) => gesprekStand(toegang, input.gesprekId, input.nu),
  );
}
