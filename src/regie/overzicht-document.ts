import { formatDate, formatTime } from '../platform/dates.js';
import type { Locale, MessageKey, Translate } from '../platform/i18n/i18n.js';
import type { PdfBlok, PdfDocument } from '../platform/pdf/pdf-document.js';
import { groepeerLogboek, logboekZin } from './logboek-zinnen.js';
import type { OverzichtGegevens } from './overzicht.js';
import type { SectieRegister } from './secties.js';

/**
 * The overview of "Mijn gegevens" as one document description (pure): the page shows it and
 * the PDF is made from it, so both say the same, in the resident's language (B1 Dutch or English).
 * With `data.secties` (read by `leesOverzicht` with `alles`) it is "Alles wat Redzaam van je
 * weet": every section with what it holds, and the whole log — the download, to read.
 */
export function overzichtDocument(
  data: OverzichtGegevens,
  context: {
    t: Translate;
    locale: Locale;
    nu: Date;
    eigenAccountId: string;
    secties: SectieRegister;
    gemeenteNaam: string;
  },
): PdfDocument {
  const { t, locale, secties } = context;
  const datum = (d: Date) => formatDate(d, locale);
  const persoon = (naam: string, organisatie: string | null) =>
    organisatie ? t('toegang.persoon.organisatie', { naam, organisatie }) : t('toegang.persoon', { naam });
  const sectieNaam = (code: string) => {
    const sectie = secties.get(code);
    return sectie ? t(sectie.label) : code;
  };
  const alles = data.secties !== undefined;
  const titel = t(alles ? 'gegevens.alles.titel' : 'gegevens.overzicht.titel');
  const blokken: PdfBlok[] = [
    { soort: 'kop', niveau: 1, tekst: titel },
    {
      soort: 'alinea',
      tekst: t(alles ? 'gegevens.alles.intro' : 'gegevens.overzicht.intro', {
        datum: datum(context.nu),
        tijd: formatTime(context.nu, locale),
      }),
    },
    { soort: 'kop', niveau: 2, tekst: t('gegevens.overzicht.jij.kop') },
    {
      soort: 'lijst',
      items: [
        t('gegevens.overzicht.jij.naam', { naam: data.naam }),
        t('gegevens.overzicht.jij.email', { email: data.email }),
      ],
    },
  ];
  if (data.secties)
    // Every section in words: its name, what it is for, and what it holds.
    for (const { code, blokken: inhoud } of data.secties) {
      const sectie = secties.get(code);
      blokken.push({ soort: 'kop', niveau: 2, tekst: sectieNaam(code) });
      if (sectie) blokken.push({ soort: 'alinea', tekst: t(sectie.uitleg) });
      blokken.push(...inhoud);
    }
  else
    blokken.push(
      { soort: 'kop', niveau: 2, tekst: t('gegevens.overzicht.secties.kop') },
      { soort: 'alinea', tekst: t('gegevens.overzicht.secties.tekst') },
      {
        soort: 'lijst',
        items: secties.alle().map((s) => `${t(s.label)}: ${t(s.uitleg)}`),
      },
    );
  blokken.push({ soort: 'kop', niveau: 2, tekst: t('gegevens.overzicht.toegang.kop') });
  if (data.toegangen.length === 0)
    blokken.push({ soort: 'alinea', tekst: t('gegevens.overzicht.toegang.niemand') });
  else
    blokken.push({
      soort: 'lijst',
      items: data.toegangen.map((g) => {
        const niveaus = Object.entries(g.niveaus)
          .filter(([, niveau]) => niveau)
          .map(
            ([code, niveau]) => `${sectieNaam(code)} (${t(`niveau.${niveau}` as MessageKey).toLowerCase()})`,
          )
          .join(', ');
        const wie = persoon(g.naam, g.organisatie_naam);
        const wat = niveaus || t('niveau.geen').toLowerCase();
        return g.eindigt_op
          ? t('gegevens.overzicht.toegang.regel-tot', { wie, wat, datum: datum(g.eindigt_op) })
          : t('gegevens.overzicht.toegang.regel', { wie, wat });
      }),
    });
  if (data.uitnodigingen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 2, tekst: t('gegevens.overzicht.uitnodigingen.kop') },
      {
        soort: 'lijst',
        items: data.uitnodigingen.map((u) =>
          t('gegevens.overzicht.uitnodigingen.regel', { email: u.email, datum: datum(u.expires_at) }),
        ),
      },
    );
  if (data.noodtoegangen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 2, tekst: t('gegevens.overzicht.noodtoegang.kop') },
      {
        soort: 'lijst',
        items: data.noodtoegangen.map((n) =>
          t('gegevens.overzicht.noodtoegang.regel', {
            wie: persoon(n.naam, n.organisatie_naam),
            datum: datum(n.started_at),
            tijd: formatTime(n.started_at, locale),
            reden: n.reden,
          }),
        ),
      },
    );
  blokken.push({
    soort: 'kop',
    niveau: 2,
    tekst: t(alles ? 'gegevens.alles.logboek.kop' : 'gegevens.overzicht.logboek.kop'),
  });
  const regels = groepeerLogboek(data.logboek, locale);
  if (regels.length === 0) blokken.push({ soort: 'alinea', tekst: t('gegevens.overzicht.logboek.leeg') });
  else
    blokken.push(
      {
        soort: 'alinea',
        tekst: t(alles ? 'gegevens.alles.logboek.tekst' : 'gegevens.overzicht.logboek.tekst', {
          aantal: regels.length,
        }),
      },
      {
        soort: 'lijst',
        items: regels.map((regel) =>
          logboekZin(regel, {
            t,
            locale,
            eigenAccountId: context.eigenAccountId,
            secties,
            gemeenteNaam: context.gemeenteNaam,
            noodtoegangen: data.noodtoegangen,
          }),
        ),
      },
    );
  if (!alles)
    blokken.push(
      { soort: 'kop', niveau: 2, tekst: t('gegevens.overzicht.meer.kop') },
      { soort: 'alinea', tekst: t('gegevens.overzicht.meer.tekst') },
    );
  return { taal: locale, titel, formaat: 'A4', blokken };
}
