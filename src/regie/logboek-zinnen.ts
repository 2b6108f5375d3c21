import { formatDate, formatTime } from '../platform/dates.js';
import { isMessageKey, type Locale, type MessageKey, type Translate } from '../platform/i18n/i18n.js';
import type { AuditActie, AuditUitkomst } from './schema.js';
import type { SectieRegister } from './secties.js';

export type LogboekRegel = {
  occurred_at: Date;
  actor_account_id: string | null;
  actor_naam: string | null;
  organisatie_naam: string | null;
  sectie: string | null;
  item_id: string | null;
  actie: AuditActie;
  uitkomst: AuditUitkomst;
  /** The ground; for the door's system path its reason (door/door.ts, SysteemReden) */
  grondslag: string;
  noodtoegang: boolean;
};

/** The system path's reasons that act without a person, each with its own sentence. */
const SYSTEEM_ZINNEN: Partial<Record<string, MessageKey>> = {
  voorbeeldgegevens: 'logboek.systeem.voorbeeldgegevens',
  versleuteling: 'logboek.systeem.versleuteling',
  'herstel-wissing': 'logboek.systeem.herstel-wissing',
};

/**
 * One audit entry as a plain sentence for the resident: "Yara Doğan van Buurtteam Oost
 * bekeek je crisiskaart op 3 maart 2027 om 14:02." Pure: same input, same sentence.
 */
export function logboekZin(
  regel: LogboekRegel,
  context: { t: Translate; locale: Locale; eigenAccountId: string; secties: SectieRegister },
): string {
  const { t, locale } = context;
  // Written by the system path without a person: say so, never "someone whose account is gone".
  const systeemZin = SYSTEEM_ZINNEN[regel.grondslag];
  if (!regel.actor_account_id && systeemZin) {
    const sectieVan = regel.sectie ? context.secties.get(regel.sectie) : undefined;
    return t(systeemZin, {
      wat: sectieVan ? t(`${sectieVan.label}.je` as MessageKey) : t('logboek.wat.gegevens'),
      datum: formatDate(regel.occurred_at, locale),
      tijd: formatTime(regel.occurred_at, locale),
    });
  }
  const wie =
    regel.actor_account_id === context.eigenAccountId
      ? t('logboek.wie.jij')
      : !regel.actor_naam
        ? t('logboek.wie.onbekend')
        : regel.organisatie_naam
          ? t('toegang.persoon.organisatie', { naam: regel.actor_naam, organisatie: regel.organisatie_naam })
          : regel.actor_naam;
  const sectie = regel.sectie ? context.secties.get(regel.sectie) : undefined;
  const wat = sectie
    ? t(`${sectie.label}.je` as MessageKey)
    : regel.actie === 'export'
      ? t('logboek.wat.alles')
      : regel.item_id === 'logboek'
        ? t('logboek.wat.logboek')
        : regel.item_id?.startsWith('vertegenwoordiging')
          ? t('logboek.wat.vertegenwoordiging')
          : regel.item_id?.startsWith('toegang') || regel.item_id === 'uitnodiging'
            ? t('logboek.wat.toegang')
            : t('logboek.wat.gegevens');
  const values = {
    wie,
    wat,
    datum: formatDate(regel.occurred_at, locale),
    tijd: formatTime(regel.occurred_at, locale),
  };
  if (regel.uitkomst === 'denied') return t('logboek.geweigerd', values);
  if (regel.uitkomst === 'failed') return t('logboek.mislukt', values);
  // Changes to who may see what get their own plain sentence instead of "voegde iets toe aan".
  const soort = regel.item_id?.split(':')[0];
  const eigen = `logboek.${soort}.${regel.actie}`;
  if (soort && !sectie && isMessageKey(eigen)) return t(eigen, values);
  return t(`logboek.${regel.actie}`, values);
}
