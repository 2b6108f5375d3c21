import { formatIsoDate } from '../platform/dates.js';
import type { LeesbaarContext } from '../platform/extensions/secties.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import type { exporteerMeetellen } from './sectie.js';

/** Her choice to count, in plain words for "Alles wat Redzaam van je weet" (pure). */
export function meetellenLeesbaar(
  data: Awaited<ReturnType<typeof exporteerMeetellen>>,
  { t, locale }: LeesbaarContext,
): PdfBlok[] {
  if (!data.telMee) return [{ soort: 'alinea', tekst: t('monitor.alles.telt-niet-mee') }];
  const [van, tot] = data.geboortejaren.split('-');
  return [
    { soort: 'alinea', tekst: t('monitor.alles.telt-mee', { datum: formatIsoDate(data.sinds, locale) }) },
    {
      soort: 'lijst',
      items: [
        t('monitor.alles.jaren', { van: van ?? '', tot: tot ?? '' }),
        ...(data.gebied ? [t('monitor.alles.gebied', { gebied: data.gebied })] : []),
        t('monitor.alles.geslacht', { geslacht: t(`monitor.meetellen.geslacht.${data.geslacht}`) }),
      ],
    },
  ];
}
