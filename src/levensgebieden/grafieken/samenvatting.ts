import { gesorteerdeMetingen } from './historie-geometrie.js';
import {
  getal,
  isWaarde,
  rond,
  stapLabel,
  type VeiligeSchaal,
  veiligeSchaal,
  verschilInStappen,
} from './schaal.js';
import type { As, HistorieReeks, Reeks, Schaal, Translator } from './types.js';

/**
 * The text summaries beside the charts, as pure functions: the same facts the picture shows,
 * in short B1 sentences, for everyone and for screen readers. Per levensgebied, never one
 * overall score for the person. Differences of 2 steps or more are named as a difference in
 * view, with the direction, and nothing more: the conversation is for the people themselves.
 */

/** Who is looking: the owner of the answers ("jij") or someone else (the series names are used). */
export type Kijker = 'eigenaar' | 'ander';

/** A difference this large (in steps of the scale) is named in the summary. */
export const GROOT_VERSCHIL = 2;

/** The language tag of the translator's catalog, for lists, numbers and dates. */
export function taalVan(t: Translator): string {
  const taal = t('grafiek.taalcode');
  let canoniek = taalcodes.get(taal);
  if (canoniek === undefined) {
    try {
      canoniek = Intl.getCanonicalLocales(taal)[0] ?? 'nl-NL';
    } catch {
      canoniek = 'nl-NL';
    }
    taalcodes.set(taal, canoniek);
  }
  return canoniek;
}

// Intl objects are costly to make and the same for every page in a language (issue 20): one
// per language (the catalog's few), made on first use.
const taalcodes = new Map<string, string>();
const lijstOpmaak = new Map<string, Intl.ListFormat>();
const datumOpmaak = new Map<string, Intl.DateTimeFormat>();

/** "a, b en c" / "a, b and c" */
export function lijst(items: string[], taal: string): string {
  let opmaak = lijstOpmaak.get(taal);
  if (!opmaak) {
    opmaak = new Intl.ListFormat(taal, { style: 'long', type: 'conjunction' });
    lijstOpmaak.set(taal, opmaak);
  }
  return opmaak.format(items);
}

/** A date as people read it in the Netherlands ("3-3-2027" / "03/03/2027"), in Amsterdam time. */
export function datumTekst(datum: Date, taal: string): string {
  let opmaak = datumOpmaak.get(taal);
  if (!opmaak) {
    opmaak = new Intl.DateTimeFormat(taal, { dateStyle: 'short', timeZone: 'Europe/Amsterdam' });
    datumOpmaak.set(taal, opmaak);
  }
  return opmaak.format(datum);
}

/** A value with the label of its step, when the scale has one: "4 – het gaat goed met wat hulp". */
export function waardeTekst(schaal: VeiligeSchaal, waarde: number, t: Translator): string {
  const taal = taalVan(t);
  const label = stapLabel(schaal, waarde);
  return label ? t('grafiek.waarde', { getal: getal(waarde, taal), label }) : getal(waarde, taal);
}

type Vergelijking = { hoger: string[]; lager: string[]; gelijk: string[]; vergeleken: number };

/** Per axis where both have an answer: is a higher than b (by at least `drempel` steps)? */
export function vergelijk(
  assen: As[],
  a: Reeks,
  b: Reeks,
  schaal: VeiligeSchaal,
  drempel: number,
): Vergelijking {
  const uitkomst: Vergelijking = { hoger: [], lager: [], gelijk: [], vergeleken: 0 };
  for (const as of assen) {
    const va = waardeVan(a, as.code);
    const vb = waardeVan(b, as.code);
    if (va === null || vb === null) continue;
    uitkomst.vergeleken++;
    const stappen = rond(verschilInStappen(schaal, va, vb));
    if (stappen >= drempel && stappen > 0) uitkomst.hoger.push(as.label);
    else if (stappen <= -drempel && stappen < 0) uitkomst.lager.push(as.label);
    else if (stappen === 0) uitkomst.gelijk.push(as.label);
  }
  return uitkomst;
}

/** The answer of a series on an axis; null when it is missing, skipped or not a number. */
export function waardeVan(reeks: Reeks, code: string): number | null {
  const waarden = reeks.waarden ?? {};
  const waarde = Object.hasOwn(waarden, code) ? waarden[code] : null;
  return isWaarde(waarde) ? waarde : null;
}

/**
 * The summary of a radar chart. With an "ik" series: how many domains are answered, which
 * were skipped, what changed since the earlier one ("eerder"), and per other view ("ander")
 * where it differs 2 steps or more and in which direction. Without one: what each series skipped.
 */
export function radarSamenvatting(
  invoer: { assen: As[]; reeksen: Reeks[]; schaal: Schaal; kijker?: Kijker },
  t: Translator,
): string[] {
  const schaal = veiligeSchaal(invoer.schaal);
  const { assen, reeksen } = invoer;
  const taal = taalVan(t);
  const eigenaar = (invoer.kijker ?? 'eigenaar') === 'eigenaar';
  const zinnen: string[] = [];
  if (assen.length === 0 || reeksen.length === 0) return [t('grafiek.leeg')];

  const ik = reeksen.find((r) => r.soort === 'ik');
  if (!ik) {
    for (const reeks of reeksen) {
      const overgeslagen = assen.filter((as) => waardeVan(reeks, as.code) === null).map((as) => as.label);
      if (overgeslagen.length > 0)
        zinnen.push(
          t('grafiek.radar.reeks-overgeslagen', { naam: reeks.naam, lijst: lijst(overgeslagen, taal) }),
        );
    }
    zinnen.push(t('grafiek.samenvatting.tabel'));
    return zinnen;
  }

  const naamIk = ik.naam;
  const overgeslagen = assen.filter((as) => waardeVan(ik, as.code) === null).map((as) => as.label);
  zinnen.push(
    eigenaar
      ? t('grafiek.radar.ingevuld', { ingevuld: assen.length - overgeslagen.length, totaal: assen.length })
      : t('grafiek.radar.ander.ingevuld', {
          ik: naamIk,
          ingevuld: assen.length - overgeslagen.length,
          totaal: assen.length,
        }),
  );
  if (overgeslagen.length > 0) {
    const lijstTekst = lijst(overgeslagen, taal);
    zinnen.push(
      eigenaar
        ? t('grafiek.radar.overgeslagen', { lijst: lijstTekst })
        : t('grafiek.radar.ander.overgeslagen', { ik: naamIk, lijst: lijstTekst }),
    );
  }

  const eerder = reeksen.find((r) => r.soort === 'eerder');
  if (eerder) {
    // Any change counts here (the threshold is one step's worth of "different").
    const v = vergelijk(assen, ik, eerder, schaal, Number.MIN_VALUE);
    const totaal = v.vergeleken;
    const stukken: [string[], 'beter' | 'slechter'][] = [
      [v.hoger, 'beter'],
      [v.lager, 'slechter'],
    ];
    for (const [domeinen, richting] of stukken) {
      if (domeinen.length === 0) continue;
      const values = { aantal: domeinen.length, totaal, lijst: lijst(domeinen, taal) };
      zinnen.push(
        eigenaar
          ? t(`grafiek.radar.${richting}`, values)
          : t(`grafiek.radar.ander.${richting}`, { ...values, ik: naamIk }),
      );
    }
    if (v.gelijk.length > 0) {
      const values = { aantal: v.gelijk.length, totaal };
      zinnen.push(
        eigenaar
          ? t('grafiek.radar.gelijk', values)
          : t('grafiek.radar.ander.gelijk', { ...values, ik: naamIk }),
      );
    }
  }

  for (const ander of reeksen.filter((r) => r.soort === 'ander')) {
    const v = vergelijk(assen, ander, ik, schaal, GROOT_VERSCHIL);
    if (v.vergeleken === 0) continue;
    const naam = ander.naam;
    if (v.hoger.length > 0) {
      const values = { naam, lijst: lijst(v.hoger, taal) };
      zinnen.push(
        eigenaar
          ? t('grafiek.radar.verschil-beter', values)
          : t('grafiek.radar.ander.verschil-beter', { ...values, ik: naamIk }),
      );
    }
    if (v.lager.length > 0) {
      const values = { naam, lijst: lijst(v.lager, taal) };
      zinnen.push(
        eigenaar
          ? t('grafiek.radar.verschil-slechter', values)
          : t('grafiek.radar.ander.verschil-slechter', { ...values, ik: naamIk }),
      );
    }
    if (v.hoger.length === 0 && v.lager.length === 0)
      zinnen.push(
        eigenaar
          ? t('grafiek.radar.verschil-geen', { naam })
          : t('grafiek.radar.ander.verschil-geen', { naam, ik: naamIk }),
      );
  }
  zinnen.push(t('grafiek.samenvatting.tabel'));
  return zinnen;
}

/**
 * The summary of a history chart, one or two sentences per series: the first and the last
 * answer with their dates, how many steps that is, and how often it was skipped.
 */
export function historieSamenvatting(
  invoer: { reeksen: HistorieReeks[]; schaal: Schaal },
  t: Translator,
): string[] {
  const schaal = veiligeSchaal(invoer.schaal);
  const taal = taalVan(t);
  const zinnen: string[] = [];
  for (const reeks of invoer.reeksen) {
    const metingen = gesorteerdeMetingen(reeks);
    const antwoorden = metingen.filter((m) => isWaarde(m.waarde)) as { datum: Date; waarde: number }[];
    const overgeslagen = metingen.length - antwoorden.length;
    const naam = reeks.naam;
    if (metingen.length === 0) {
      zinnen.push(t('grafiek.historie.geen', { naam }));
      continue;
    }
    if (antwoorden.length === 0) {
      zinnen.push(t('grafiek.historie.alles-overgeslagen', { naam, aantal: overgeslagen }));
      continue;
    }
    const eerste = antwoorden[0] as { datum: Date; waarde: number };
    const laatste = antwoorden[antwoorden.length - 1] as { datum: Date; waarde: number };
    let zin: string;
    if (antwoorden.length === 1) {
      zin = t('grafiek.historie.een', {
        naam,
        datum: datumTekst(eerste.datum, taal),
        waarde: waardeTekst(schaal, eerste.waarde, t),
      });
    } else {
      zin = t('grafiek.historie.eerste-laatste', {
        naam,
        datum1: datumTekst(eerste.datum, taal),
        waarde1: waardeTekst(schaal, eerste.waarde, t),
        datum2: datumTekst(laatste.datum, taal),
        waarde2: waardeTekst(schaal, laatste.waarde, t),
      });
      const stappen = rond(verschilInStappen(schaal, laatste.waarde, eerste.waarde));
      zin += ` ${
        stappen > 0
          ? t('grafiek.historie.hoger', { stappen })
          : stappen < 0
            ? t('grafiek.historie.lager', { stappen: -stappen })
            : t('grafiek.historie.gelijk')
      }`;
    }
    if (overgeslagen > 0) zin += ` ${t('grafiek.historie.ook-overgeslagen', { aantal: overgeslagen })}`;
    zinnen.push(zin);
  }
  if (zinnen.length === 0) return [t('grafiek.leeg')];
  zinnen.push(t('grafiek.samenvatting.tabel'));
  return zinnen;
}
