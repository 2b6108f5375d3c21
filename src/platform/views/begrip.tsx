import type { Translate } from '../i18n/i18n.js';

/** The words the catalog keeps and explains (src/leesbaarheid-lijsten.ts BEGRIPPEN). */
export type BegripCode =
  | 'waakvlam'
  | 'crisiskaart'
  | 'keukentafelgesprek'
  | 'positieve-gezondheid'
  | 'ervaringsdeskundige'
  | 'indicatie'
  | 'fhir'
  | 'regievoerder';

/**
 * "Wat betekent …?": a word a resident meets elsewhere too (Waakvlam, Crisiskaart,
 * keukentafelgesprek), explained in plain words where she first meets it on a page. A
 * `<details>`, so it opens without JavaScript and stays out of the way once she knows.
 */
export function Begrip({ t, code, woord }: { t: Translate; code: BegripCode; woord: string }) {
  return (
    <details class="redzaam-details redzaam-begrip">
      <summary>{t('begrip.vraag', { begrip: woord })}</summary>
      <p class="utrecht-paragraph">{t(`begrip.${code}`)}</p>
    </details>
  );
}
