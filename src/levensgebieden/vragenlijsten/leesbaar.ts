import { formatDate, formatIsoDate } from '../../platform/dates.js';
import { alsZin, type LeesbaarContext } from '../../platform/extensions/secties.js';
import { isMessageKey, type MessageKey } from '../../platform/i18n/i18n.js';
import type { PdfBlok } from '../../platform/pdf/pdf-document.js';
import type { exporteerVragenlijsten } from './invullen.js';
import { pgTitel, regieItemTitel, regieSchaalLabel, type Vragenlijst } from './items.js';

type Export = Awaited<ReturnType<typeof exporteerVragenlijsten>>;

const TITEL: Record<Vragenlijst, MessageKey> = {
  'eigen-regie': 'vragenlijst.regie.titel',
  'positieve-gezondheid': 'vragenlijst.pg.titel',
};

/**
 * The two questionnaires in plain words for "Alles wat Redzaam van je weet" (pure): every round,
 * by whom and when, each statement or dimension by its plain title with the answer in words, what
 * she wants to talk about and the notes.
 */
export function vragenlijstenLeesbaar(data: Export, { t, locale }: LeesbaarContext): PdfBlok[] {
  const datum = (d: Date | string) =>
    typeof d === 'string' ? formatIsoDate(d, locale) : formatDate(d, locale);
  const blokken: PdfBlok[] = [];
  for (const vragenlijst of Object.keys(TITEL) as Vragenlijst[])
    for (const ronde of data[vragenlijst]) {
      const eigen = ronde.ingevuldDoor.rol === 'inwoner';
      const wanneer = datum(ronde.ingediend ?? ronde.bijgewerkt);
      blokken.push({
        soort: 'kop',
        niveau: 3,
        tekst: eigen
          ? t('levensgebieden.alles.vragenlijst.eigen', {
              vragenlijst: t(TITEL[vragenlijst]),
              datum: wanneer,
            })
          : t('levensgebieden.alles.vragenlijst.ander', {
              vragenlijst: t(TITEL[vragenlijst]),
              naam: ronde.ingevuldDoor.naam ?? t('levensgebieden.alles.iemand'),
              datum: wanneer,
            }),
      });
      if (ronde.status !== 'ingediend')
        blokken.push({ soort: 'alinea', tekst: t('levensgebieden.alles.concept', { datum: wanneer }) });
      const items = ronde.antwoorden.map((a) => {
        const titelSleutel = vragenlijst === 'eigen-regie' ? regieItemTitel(a.item) : pgTitel(a.item);
        const titel = isMessageKey(titelSleutel) ? t(titelSleutel) : a.item;
        const antwoord = a.weetIkNiet
          ? t('vragenlijst.weet-niet')
          : a.score === null
            ? t('levensgebieden.alles.overgeslagen')
            : vragenlijst === 'eigen-regie'
              ? t('vragenlijst.regie.score', {
                  score: a.score,
                  label: t(regieSchaalLabel(a.score)).toLowerCase(),
                })
              : t('vragenlijst.pg.score', { score: a.score });
        return [
          `${titel}: ${antwoord}.`,
          ...(a.hierWilIkOverPraten ? [t('levensgebieden.alles.praten')] : []),
          ...(a.toelichting ? [t('levensgebieden.alles.uitleg', { tekst: alsZin(a.toelichting) })] : []),
        ].join(' ');
      });
      if (ronde.toelichting)
        items.push(t('levensgebieden.alles.uitleg', { tekst: alsZin(ronde.toelichting) }));
      blokken.push(
        items.length > 0
          ? { soort: 'lijst', items }
          : { soort: 'alinea', tekst: t('levensgebieden.alles.ronde.leeg') },
      );
    }
  return blokken;
}
