import type { MessageKey } from '../../platform/i18n/i18n.js';
import { schoneLabel } from './labels.js';
import { bekendeVlaggen, cirkelIndex } from './layout.js';
import { veiligeSteun } from './tekens.js';
import {
  BALANSEN,
  CIRKELS,
  type Cirkel,
  type KaartGroepInfo,
  type KaartPersoon,
  type Translator,
  VLAGGEN,
  type Vlag,
} from './types.js';

/** The texts of the ecomap built from data: pure functions of the people and `t`. */

export function taalVan(t: Translator): string {
  return t('ecomap.taalcode');
}

/** "A, B en C" / "A, B and C" in the page's language. */
export function lijstTekst(delen: string[], t: Translator): string {
  return new Intl.ListFormat(taalVan(t), { style: 'long', type: 'conjunction' }).format(delen);
}

export function getalTekst(getal: number, t: Translator): string {
  return new Intl.NumberFormat(taalVan(t), { maximumFractionDigits: 1 }).format(getal);
}

/** A date as the page shows it, in Amsterdam time ("3 maart 2026"). */
export function datumTekst(datum: Date, t: Translator): string {
  if (Number.isNaN(datum.getTime())) return '–';
  return new Intl.DateTimeFormat(taalVan(t), { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(
    datum,
  );
}

export const cirkelNaam = (cirkel: Cirkel, t: Translator) =>
  t(`ecomap.cirkel.${CIRKELS[cirkelIndex(cirkel)]}` as MessageKey);

/** Support in words, with the number: "Veel steun (4)"; none, a little (≤ 1), some (≤ 3), a lot. */
export function steunTekst(steun: number, t: Translator): string {
  const s = veiligeSteun(steun);
  const niveau = s === 0 ? 'geen' : s <= 1 ? 'weinig' : s <= 3 ? 'wat' : 'veel';
  return t(`ecomap.steun.${niveau}`, { getal: getalTekst(s, t) });
}

export const balansTekst = (persoon: KaartPersoon, t: Translator) =>
  t(`ecomap.balans.${BALANSEN.includes(persoon.balans) ? persoon.balans : 'geen'}` as MessageKey);

export const vlagTekst = (vlag: Vlag, ik: string, t: Translator) =>
  t(`ecomap.vlag.${vlag}` as MessageKey, { ik });

const naam = (p: KaartPersoon) => schoneLabel(p.label);

/**
 * The one-paragraph summary under the picture: how many people in which circle, who gives the
 * most support, where giving and getting lean one way, and who carries which flag.
 */
/** The groups present (decision 050), each once, in order of first appearance. */
export function groepenVan(personen: readonly KaartPersoon[]): KaartGroepInfo[] {
  const uit: KaartGroepInfo[] = [];
  for (const p of personen) if (p.groep && !uit.some((g) => g.code === p.groep?.code)) uit.push(p.groep);
  return uit;
}

export function samenvatting(ik: string, alle: KaartPersoon[], t: Translator): string {
  // A group from elsewhere in her record (Via Samen) has its own sentence, not the circles' or balance's.
  const groepen = groepenVan(alle).map((g) =>
    t('ecomap.samenvatting.groep', {
      groep: g.naam,
      lijst: lijstTekst(alle.filter((p) => p.groep?.code === g.code).map(naam), t),
    }),
  );
  const personen = alle.filter((p) => !p.groep);
  if (personen.length === 0) return [t('ecomap.samenvatting.leeg', { ik }), ...groepen].join(' ');
  const per = CIRKELS.map((_, k) => personen.filter((p) => cirkelIndex(p.cirkel) === k).length);
  const zinnen = [
    t('ecomap.samenvatting.aantal', {
      ik,
      totaal: personen.length,
      heel: per[0] ?? 0,
      dichtbij: per[1] ?? 0,
      ver: per[2] ?? 0,
    }),
  ];
  const meeste = Math.max(...personen.map((p) => veiligeSteun(p.steun)));
  zinnen.push(
    meeste === 0
      ? t('ecomap.samenvatting.geen-steun')
      : t('ecomap.samenvatting.meeste-steun', {
          lijst: lijstTekst(personen.filter((p) => veiligeSteun(p.steun) === meeste).map(naam), t),
        }),
  );
  for (const balans of ['krijgt-meer', 'geeft-meer'] as const) {
    const wie = personen.filter((p) => p.balans === balans).map(naam);
    if (wie.length > 0)
      zinnen.push(t(`ecomap.samenvatting.balans.${balans}`, { ik, lijst: lijstTekst(wie, t) }));
  }
  for (const vlag of VLAGGEN) {
    const wie = personen.filter((p) => bekendeVlaggen(p).includes(vlag)).map(naam);
    if (wie.length > 0)
      zinnen.push(t('ecomap.samenvatting.vlag', { vlag: vlagTekst(vlag, ik, t), lijst: lijstTekst(wie, t) }));
  }
  return [...zinnen, ...groepen].join(' ');
}
