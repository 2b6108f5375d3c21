import { stringify } from 'csv-stringify/sync';
import type { Translate } from '../platform/i18n/i18n.js';
import type { RapportData } from './lezen.js';
import { aandeel } from './rules.js';
import { gebiedNaam, groepTekst } from './weergave.js';

/**
 * The report as CSV: one line per life domain, group and answer, with the count and share;
 * a suppressed cell stays empty, exactly as on the page. Nothing the page does not show.
 */
export function rapportCsv(data: RapportData, t: Translate): string {
  const regels: string[][] = [['levensgebied', 'groep', 'antwoord', 'aantal', 'procent', 'n']];
  for (const tabel of data.tabellen) {
    if (tabel.teruggehouden) continue;
    const naam = gebiedNaam(data.levensgebieden, tabel.code, t);
    for (const rij of tabel.rijen)
      tabel.waarden.forEach((w, i) => {
        const aantal = rij.aantallen[i] ?? null;
        const pct = aandeel(aantal, rij.n);
        regels.push([
          naam,
          groepTekst(tabel.uitsplitsing, rij, t),
          w,
          aantal === null ? '' : String(aantal),
          pct === null ? '' : String(pct),
          rij.n === null ? '' : String(rij.n),
        ]);
      });
  }
  return stringify(regels);
}
