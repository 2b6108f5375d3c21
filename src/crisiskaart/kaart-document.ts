import { formatDate } from '../platform/dates.js';
import type { Locale, Translate } from '../platform/i18n/i18n.js';
import type { PdfBlok, PdfDocument } from '../platform/pdf/pdf-document.js';
import type { KaartData } from './lezen.js';

/** The QR code's width on the card's back, quiet zone included (big enough for an old phone's camera). */
export const QR_MM = 26;

/**
 * The link on the card's QR code: the emergency-access page for this record. It opens nothing
 * by itself: a professional logs in and gives a reason, and the resident is told (regie).
 */
export function noodtoegangUrl(baseUrl: string, dossierId: string): string {
  return `${baseUrl}/noodtoegang?dossier=${encodeURIComponent(dossierId)}`;
}

/**
 * The printable card (pure): ID-1 pages to fold — the front with whose card it is and the date
 * made, the inside with exactly what the phone page shows (the parts she ticked, whom to warn,
 * the confirmed agreements), the back with the QR code for professionals. Never the longer plan.
 */
export function kaartDocument(
  data: KaartData,
  context: { t: Translate; locale: Locale; noodUrl: string },
): PdfDocument {
  const { t, locale } = context;
  const titel = t('crisiskaart.pdf.voor', { naam: data.inwonerNaam });
  const datums = [
    data.gemaaktOp ? `${t('crisiskaart.gemaakt', { datum: formatDate(data.gemaaktOp, locale) })}.` : '',
    data.gecontroleerdOp
      ? `${t('crisiskaart.gecontroleerd', { datum: formatDate(data.gecontroleerdOp, locale) })}.`
      : '',
  ].filter(Boolean);
  const binnen: PdfBlok[] = data.delen.flatMap((deel): PdfBlok[] => [
    { soort: 'kop', niveau: 2, tekst: t(`crisiskaart.deel.${deel.code}`) },
    ...deel.tekst
      .split(/\r?\n/)
      .map((regel) => regel.trim())
      .filter(Boolean)
      .map((regel): PdfBlok => ({ soort: 'alinea', tekst: regel })),
  ]);
  if (data.waarschuwen.length > 0)
    binnen.push(
      { soort: 'kop', niveau: 2, tekst: t('crisiskaart.waarschuwen.kop') },
      { soort: 'lijst', items: data.waarschuwen },
    );
  if (data.afspraken.length > 0)
    binnen.push(
      { soort: 'kop', niveau: 2, tekst: t('crisiskaart.afspraken.kop') },
      {
        soort: 'lijst',
        items: data.afspraken.map((a) =>
          t('crisiskaart.afspraak.regel', { taak: t(`crisiskaart.taak.${a.taak}`), wie: a.wie }),
        ),
      },
    );
  if (binnen.length === 0) binnen.push({ soort: 'alinea', tekst: t('crisiskaart.leeg') });
  return {
    taal: locale,
    titel,
    formaat: 'ID-1',
    blokken: [
      { soort: 'kop', niveau: 1, tekst: titel },
      ...datums.map((tekst): PdfBlok => ({ soort: 'alinea', tekst })),
      { soort: 'pagina' },
      ...binnen,
      { soort: 'pagina' },
      { soort: 'kop', niveau: 2, tekst: t('crisiskaart.pdf.achter') },
      { soort: 'alinea', tekst: t('crisiskaart.pdf.qr') },
      { soort: 'qr', inhoud: context.noodUrl, alt: t('crisiskaart.pdf.qr.alt'), mm: QR_MM },
    ],
  };
}
