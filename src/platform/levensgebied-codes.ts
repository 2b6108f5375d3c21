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

export function isStandaardLevensgebied(code: string): code is StandaardLevensgebied {
  return (STANDAARD_LEVENSGEBIEDEN as readonly string[]).includes(code);
}

/**
 * The one name of a levensgebied (issue 18): the gemeente's own name from its catalog when a
 * beheerder wrote one, else the default name of the platform's texts, else the code. Every page,
 * PDF and export that names a levensgebied uses this, so "Hoe het gaat", the sociale kaart, the
 * plan and the monitor never call the same part of life by different names.
 */
export function levensgebiedNaam(
  code: string,
  eigenNaam: string | null | undefined,
  t: (key: `levensgebied.${StandaardLevensgebied}`) => string,
): string {
  if (eigenNaam) return eigenNaam;
  return isStandaardLevensgebied(code) ? t(`levensgebied.${code}`) : code;
}
