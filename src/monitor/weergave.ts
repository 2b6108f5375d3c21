import type { MessageKey, Translate } from '../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../platform/levensgebied-codes.js';
import type { Rij, Uitsplitsing } from './rules.js';

/** How the monitor names things on its pages and in its CSV. */

export function gebiedNaam(
  gebieden: { code: string; naam: string | null }[],
  code: string,
  t: Translate,
): string {
  return levensgebiedNaam(code, gebieden.find((g) => g.code === code)?.naam, t);
}

export function uitsplitsingTekst(delen: readonly Uitsplitsing[], t: Translate): string {
  const naam = (u: Uitsplitsing) => t(`monitor.rapport.uitsplitsing.${u}`);
  if (delen.length === 0) return t('monitor.rapport.uitsplitsing.geen');
  if (delen.length === 1) return naam(delen[0] as Uitsplitsing);
  return t('monitor.rapport.uitsplitsing.paar', {
    a: naam(delen[0] as Uitsplitsing),
    b: naam(delen[1] as Uitsplitsing),
  });
}

/** A row's group in words: "Everyone", or its value per breakdown joined by commas. */
export function groepTekst(delen: readonly Uitsplitsing[], rij: Rij, t: Translate): string {
  if (rij.iedereen) return t('monitor.rapport.iedereen');
  return rij.groep
    .map((waarde, i) => {
      const u = delen[i];
      if (u === 'geboortejaren')
        return t('monitor.rapport.jaren', { jaar: waarde, tot: String(Number(waarde) + 9) });
      if (u === 'geslacht') return t(`monitor.meetellen.geslacht.${waarde}` as MessageKey);
      return waarde === '' ? t('monitor.rapport.niet-ingevuld') : waarde;
    })
    .join(', ');
}
