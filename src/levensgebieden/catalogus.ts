import type { Translate } from '../platform/i18n/i18n.js';
import {
  levensgebiedNaam,
  STANDAARD_LEVENSGEBIEDEN,
  type StandaardLevensgebied,
} from '../platform/levensgebied-codes.js';
import type { Icoon } from './iconen.js';

/**
 * The domain catalog of a gemeente, as the pages use it. A domain's name and description are
 * null until a beheerder writes their own: then the i18n default (Dutch or English) is shown.
 */
export type Gebied = {
  code: string;
  naam: string | null;
  uitleg: string | null;
  icoon: string;
  volgorde: number;
  verborgen: boolean;
};

export type Catalogus = { versie: number; gebieden: Gebied[] };

export const STANDAARD_ICOON: Record<StandaardLevensgebied, Icoon> = {
  financien: 'geld',
  'werk-en-dagbesteding': 'werk',
  'sociale-contacten': 'mensen',
  'lichamelijke-gezondheid': 'hart',
  'psychische-gezondheid': 'hoofd',
  wonen: 'huis',
  huishouden: 'bezem',
  zelfzorg: 'handen',
  vervoer: 'fiets',
};

/** The first catalog of every gemeente: the default domains, in this order, none hidden. */
export function standaardGebieden(): Gebied[] {
  return STANDAARD_LEVENSGEBIEDEN.map((code, index) => ({
    code,
    naam: null,
    uitleg: null,
    icoon: STANDAARD_ICOON[code],
    volgorde: index + 1,
    verborgen: false,
  }));
}

export function isStandaard(code: string): code is StandaardLevensgebied {
  return (STANDAARD_LEVENSGEBIEDEN as readonly string[]).includes(code);
}

/** The domain's one name (the gemeente's own, else the platform's default): see levensgebiedNaam. */
export function gebiedNaam(gebied: Pick<Gebied, 'code' | 'naam'>, t: Translate): string {
  return levensgebiedNaam(gebied.code, gebied.naam, t);
}

export function gebiedUitleg(gebied: Pick<Gebied, 'code' | 'uitleg'>, t: Translate): string {
  if (gebied.uitleg) return gebied.uitleg;
  return isStandaard(gebied.code) ? t(`levensgebieden.gebied.${gebied.code}.uitleg`) : '';
}

/** The domains a person fills in: the visible ones, in the beheerder's order. */
export function zichtbaar(catalogus: Catalogus): Gebied[] {
  return catalogus.gebieden.filter((g) => !g.verborgen).sort((a, b) => a.volgorde - b.volgorde);
}
