/**
 * The default levensgebieden (life domains) of a new gemeente, drawn from seeds 000 and 001
 * (see ../shared/domain.md). The codes are permanent identifiers: the levensgebieden catalog,
 * assessments and the sociale kaart's levensgebied taxonomy all use them, so a service tagged
 * `financien` is offered where someone's finances are not going well. Names and descriptions
 * live in the i18n catalog and, once a beheerder renames a domain, in the gemeente's catalog.
 * Kept in platform/ because two capabilities share it, and capabilities do not import each other.
 */
export const STANDAARD_LEVENSGEBIEDEN = [
  'financien',
  'werk-en-dagbesteding',
  'sociale-contacten',
  'lichamelijke-gezondheid',
  'psychische-gezondheid',
  'wonen',
  'huishouden',
  'zelfzorg',
  'vervoer',
] as const;

export type StandaardLevensgebied = (typeof STANDAARD_LEVENSGEBIEDEN)[number];
