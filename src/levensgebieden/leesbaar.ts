import { formatIsoDate } from '../platform/dates.js';
import { alsZin, type LeesbaarContext } from '../platform/extensions/secties.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import type { exporteerLevensgebieden } from './sectie.js';

type Export = Awaited<ReturnType<typeof exporteerLevensgebieden>>;
type Antwoord = Export['beoordelingen'][number]['antwoorden'][number];

/**
 * Hoe het gaat in plain words for "Alles wat Redzaam van je weet" (pure): who sees her answers
 * first, and every round — hers and the views of others, drafts too — with per part of life how
 * it goes, who helps, what she wants to reach, how important it is, what goes well and what she
 * is proud of. Parts by the gemeente's one name (`gebied`), never a code or a number alone.
 */
export function levensgebiedenLeesbaar(data: Export, { t, locale, gebied }: LeesbaarContext): PdfBlok[] {
  const datum = (iso: string) => formatIsoDate(iso, locale);
  const blokken: PdfBlok[] = [
    {
      soort: 'alinea',
      tekst: t(
        data.instelling.anderenZienMijnAntwoordenEerst
          ? 'levensgebieden.alles.instelling.ja'
          : 'levensgebieden.instelling.nu-nee',
      ),
    },
  ];
  if (data.beoordelingen.length === 0)
    blokken.push({ soort: 'alinea', tekst: t('levensgebieden.alles.geen') });
  for (const b of data.beoordelingen) {
    const eigen = b.perspectief === 'eigen';
    const wanneer = datum(b.afgerond ?? b.bijgewerkt);
    blokken.push({
      soort: 'kop',
      niveau: 3,
      tekst: eigen
        ? t('levensgebieden.alles.ronde.eigen', { datum: wanneer })
        : t('levensgebieden.alles.ronde.ander', {
            naam: b.auteur.naam ?? t('levensgebieden.alles.iemand'),
            datum: wanneer,
          }),
    });
    if (b.status !== 'afgerond')
      blokken.push({ soort: 'alinea', tekst: t('levensgebieden.alles.concept', { datum: wanneer }) });
    const items = b.antwoorden.map((a) => antwoordRegel(a, { t, gebied })).filter((r) => r !== '');
    blokken.push(
      items.length > 0
        ? { soort: 'lijst', items }
        : { soort: 'alinea', tekst: t('levensgebieden.alles.ronde.leeg') },
    );
  }
  return blokken;
}

/** One part of life in one round, as short sentences; empty when nothing was said about it. */
function antwoordRegel(a: Antwoord, { t, gebied }: Pick<LeesbaarContext, 't' | 'gebied'>): string {
  const zinnen = [
    ...(a.weetIkNiet
      ? [t('levensgebieden.alles.weet-niet')]
      : a.score !== null
        ? [t(`levensgebieden.alles.score.${a.score}` as MessageKey)]
        : []),
    ...(a.wieHelpt.length > 0
      ? [
          t('levensgebieden.alles.wie-helpt', {
            wie: a.wieHelpt
              .map((w) =>
                t(
                  w === 'ikzelf'
                    ? 'levensgebieden.alles.jij-zelf'
                    : w === 'netwerk'
                      ? 'levensgebieden.alles.netwerk'
                      : (`levensgebieden.wie-helpt.${w}` as MessageKey),
                ).toLowerCase(),
              )
              .join(', '),
          }),
        ]
      : []),
    ...(a.doel ? [t('levensgebieden.alles.doel', { tekst: alsZin(a.doel) })] : []),
    ...(a.belang
      ? [
          t('levensgebieden.alles.belang', {
            belang: t(`levensgebieden.belang.${a.belang}` as MessageKey).toLowerCase(),
          }),
        ]
      : []),
    ...(a.watGoedGaat ? [t('levensgebieden.alles.goed', { tekst: alsZin(a.watGoedGaat) })] : []),
    ...(a.waarIkTrotsOpBen ? [t('levensgebieden.alles.trots', { tekst: alsZin(a.waarIkTrotsOpBen) })] : []),
  ];
  return zinnen.length === 0 ? '' : `${gebied(a.levensgebied)}: ${zinnen.join(' ')}`;
}
