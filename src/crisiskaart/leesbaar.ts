import { formatIsoDate } from '../platform/dates.js';
import type { LeesbaarContext } from '../platform/extensions/secties.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import type { exporteerCrisiskaart } from './sectie.js';

type Export = Awaited<ReturnType<typeof exporteerCrisiskaart>>;

/**
 * The crisiskaart in plain words for "Alles wat Redzaam van je weet" (pure): the card with each
 * part as she wrote it and whether it is on the small card, whom to warn, what she asked of whom
 * and how they answered, and proposals of others.
 */
export function crisiskaartLeesbaar(data: Export, { t, locale }: LeesbaarContext): PdfBlok[] {
  const datum = (iso: string) => formatIsoDate(iso, locale);
  if (!data.kaart && data.afspraken.length === 0 && data.voorstellen.length === 0)
    return [{ soort: 'alinea', tekst: t('sectie.leeg') }];
  const blokken: PdfBlok[] = [];
  if (data.kaart) {
    const { kaart } = data;
    blokken.push({ soort: 'kop', niveau: 3, tekst: t('crisiskaart.alles.kaart', { naam: kaart.naam }) });
    blokken.push({
      soort: 'alinea',
      tekst: t('crisiskaart.alles.gemaakt', {
        gemaakt: datum(kaart.gemaaktOp),
        gecontroleerd: datum(kaart.gecontroleerdOp),
      }),
    });
    const delen = kaart.delen.filter((d) => (d.tekst ?? '').trim() !== '');
    if (delen.length > 0)
      blokken.push({
        soort: 'lijst',
        items: delen.map(
          (d) =>
            `${t(`crisiskaart.deel.${d.code}`)}: ${d.tekst} ${t(d.opKaart ? 'crisiskaart.alles.op-kaart' : 'crisiskaart.alles.niet-op-kaart')}`,
        ),
      });
    const namen = kaart.waarschuwen.map((w) => w.naam).filter((n): n is string => !!n);
    blokken.push({
      soort: 'alinea',
      tekst:
        namen.length > 0
          ? t('crisiskaart.alles.waarschuwen', { namen: namen.join(', ') })
          : t('crisiskaart.alles.waarschuwen.niemand'),
    });
  }
  if (data.afspraken.length > 0) {
    blokken.push({ soort: 'kop', niveau: 3, tekst: t('crisiskaart.alles.afspraken') });
    blokken.push({
      soort: 'lijst',
      items: data.afspraken.map((a) =>
        [
          t('crisiskaart.alles.afspraak', {
            wie: a.wie || t('crisiskaart.alles.iemand'),
            taak: t(`crisiskaart.taak.${a.taak}`).toLowerCase(),
            datum: datum(a.gevraagd),
          }),
          t(`crisiskaart.status.${a.status}`),
          a.toelichting ? `${t('crisiskaart.alles.toelichting')}: ${a.toelichting}` : '',
        ]
          .filter(Boolean)
          .join('. '),
      ),
    });
  }
  if (data.voorstellen.length > 0) {
    blokken.push({ soort: 'kop', niveau: 3, tekst: t('crisiskaart.alles.voorstellen') });
    blokken.push({
      soort: 'lijst',
      items: data.voorstellen.map((v) =>
        t('crisiskaart.alles.voorstel', {
          naam: v.van.naam,
          datum: datum(v.aangemaakt),
          status: t(`crisiskaart.voorstel.status.${v.status}`),
        }),
      ),
    });
  }
  return blokken;
}
