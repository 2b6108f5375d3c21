import { formatDate } from '../platform/dates.js';
import type { Locale, Translate } from '../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../platform/levensgebied-codes.js';
import type { PdfDocument } from '../platform/pdf/pdf-document.js';
import type { GesprekData } from './lezen.js';
import type { Gebied, VerslagVersie } from './queries.js';
import { VRAAGKAARTEN } from './rules.js';

/** How the keukentafelgesprek reads: domain names, days, and the persoonlijk plan as a document. */

/** A levensgebied by the gemeente's own name, else our default text. */
export function gebiedNaam(gebieden: readonly Gebied[], code: string, t: Translate): string {
  return levensgebiedNaam(code, gebieden.find((g) => g.code === code)?.naam, t);
}

/** A calendar day (YYYY-MM-DD) as "3 maart 2027". */
export function dagTekst(datum: string, locale: Locale): string {
  return formatDate(new Date(`${datum}T12:00:00Z`), locale);
}

export function vraagTekst(code: string, t: Translate): string {
  return VRAAGKAARTEN.includes(code)
    ? t(`gesprekken.vraag.${code}` as 'gesprekken.vraag.kracht-trots')
    : code;
}

/**
 * Her persoonlijk plan, from her preparation: the same description becomes the page and the
 * accessible PDF she can hand in, so both say exactly the same.
 */
export function persoonlijkPlan(data: GesprekData, t: Translate, locale: Locale): PdfDocument {
  const g = data.gesprek;
  const v = g.voorbereiding;
  const titel = t('gesprekken.plan.titel', { naam: data.inwonerNaam });
  const blokken: PdfDocument['blokken'] = [
    { soort: 'kop', niveau: 1, tekst: titel },
    {
      soort: 'alinea',
      tekst: t('gesprekken.plan.intro', {
        datum: dagTekst(g.gemeldOp, locale),
        uiterlijk: dagTekst(g.planUiterlijk, locale),
      }),
    },
  ];
  if (!v) {
    blokken.push({ soort: 'alinea', tekst: t('gesprekken.plan.leeg') });
    return { taal: locale, titel, formaat: 'A4', blokken };
  }
  if (v.gebieden.length > 0) {
    blokken.push({ soort: 'kop', niveau: 2, tekst: t('gesprekken.plan.gebieden') });
    for (const code of v.gebieden) {
      blokken.push({ soort: 'kop', niveau: 3, tekst: gebiedNaam(data.gebieden, code, t) });
      const p = v.perGebied[code];
      const items = [
        ...(p?.goed ? [t('gesprekken.plan.goed', { tekst: p.goed })] : []),
        ...(p?.wil ? [t('gesprekken.plan.wil', { tekst: p.wil })] : []),
      ];
      if (items.length > 0) blokken.push({ soort: 'lijst', items });
    }
  }
  if (v.nietVragen) {
    blokken.push({ soort: 'kop', niveau: 2, tekst: t('gesprekken.plan.niet-vragen') });
    blokken.push({ soort: 'alinea', tekst: v.nietVragen });
  }
  if (v.geven) {
    blokken.push({ soort: 'kop', niveau: 2, tekst: t('gesprekken.plan.geven') });
    blokken.push({ soort: 'alinea', tekst: v.geven });
  }
  if (v.vragen.length > 0) {
    blokken.push({ soort: 'kop', niveau: 2, tekst: t('gesprekken.plan.vragen') });
    blokken.push({ soort: 'lijst', items: v.vragen.map((c) => vraagTekst(c, t)) });
  }
  return { taal: locale, titel, formaat: 'A4', blokken };
}

/**
 * One version of the report as a document: the page, the list of versions and the PDF all
 * use this, so the final PDF says exactly what the version she approved (or disagreed with)
 * says, her decision and reaction included.
 */
export function verslagDocument(
  data: GesprekData,
  versie: VerslagVersie,
  t: Translate,
  locale: Locale,
  niveau: 1 | 2 = 1,
): PdfDocument {
  const sub = (niveau + 1) as 2 | 3;
  const titel = t('gesprekken.verslag.titel', { naam: data.inwonerNaam });
  const v = versie.inhoud;
  const blokken: PdfDocument['blokken'] = [
    {
      soort: 'kop',
      niveau,
      tekst: niveau === 1 ? titel : t('gesprekken.verslag.versie', { nummer: versie.nummer }),
    },
    {
      soort: 'alinea',
      tekst: t('gesprekken.verslag.intro', {
        datum: dagTekst(data.gesprek.gemeldOp, locale),
        nummer: versie.nummer,
        wie: versie.auteurNaam ?? t('gesprekken.verslag.onbekend'),
      }),
    },
  ];
  if (versie.besluit)
    blokken.push({
      soort: 'alinea',
      tekst: t(`gesprekken.verslag.status.${versie.besluit}`, { naam: data.inwonerNaam }),
    });
  for (const p of v.perGebied) {
    blokken.push({ soort: 'kop', niveau: sub, tekst: gebiedNaam(data.gebieden, p.code, t) });
    blokken.push({ soort: 'alinea', tekst: p.tekst || t('gesprekken.verslag.niets') });
  }
  if (v.doelen.length > 0) {
    blokken.push({ soort: 'kop', niveau: sub, tekst: t('gesprekken.verslag.doelen') });
    blokken.push({
      soort: 'lijst',
      items: v.doelen.map((d) =>
        t('gesprekken.verslag.doel', { tekst: d.tekst, gebied: gebiedNaam(data.gebieden, d.gebied, t) }),
      ),
    });
  }
  if (v.betrokkenen) {
    blokken.push({ soort: 'kop', niveau: sub, tekst: t('gesprekken.verslag.betrokkenen') });
    blokken.push({ soort: 'alinea', tekst: v.betrokkenen });
  }
  if (v.regievoerder) {
    blokken.push({ soort: 'kop', niveau: sub, tekst: t('gesprekken.verslag.regievoerder') });
    blokken.push({ soort: 'alinea', tekst: v.regievoerder });
  }
  if (versie.reactie) {
    blokken.push({
      soort: 'kop',
      niveau: sub,
      tekst: t('gesprekken.verslag.reactie', { naam: data.inwonerNaam }),
    });
    blokken.push({ soort: 'alinea', tekst: versie.reactie });
  }
  return { taal: locale, titel, formaat: 'A4', blokken };
}
