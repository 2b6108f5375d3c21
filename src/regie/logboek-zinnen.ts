import { formatDate, formatTime } from '../platform/dates.js';
import { isMessageKey, type Locale, type MessageKey, type Translate } from '../platform/i18n/i18n.js';
import type { AuditActie, AuditUitkomst } from './schema.js';
import type { SectieRegister } from './secties.js';

export type LogboekRegel = {
  occurred_at: Date;
  actor_account_id: string | null;
  actor_naam: string | null;
  /** The role the person acted in, as the entry recorded it */
  actor_rol: string | null;
  organisatie_naam: string | null;
  sectie: string | null;
  item_id: string | null;
  actie: AuditActie;
  uitkomst: AuditUitkomst;
  /** The ground; for the door's system path its reason (door/door.ts, SysteemReden) */
  grondslag: string;
  noodtoegang: boolean;
  /** Whose access a `toegang:<id>` entry is about (the grantee's name), when known */
  betrokken_naam?: string | null;
  /** Grouped lines (groepeerLogboek): how many entries, and when the oldest of them happened */
  aantal?: number;
  vanaf?: Date;
};

/** The system path's reasons that act without a person, each with its own sentence. */
const SYSTEEM_ZINNEN: Partial<Record<string, MessageKey>> = {
  voorbeeldgegevens: 'logboek.systeem.voorbeeldgegevens',
  versleuteling: 'logboek.systeem.versleuteling',
  'herstel-wissing': 'logboek.systeem.herstel-wissing',
};

/** An emergency access of the record, with the reason the professional gave (decrypted). */
export type NoodtoegangMetReden = {
  account_id: string;
  started_at: Date;
  expires_at: Date;
  reden: string;
};

export type LogboekContext = {
  t: Translate;
  locale: Locale;
  eigenAccountId: string;
  secties: SectieRegister;
  /** Staff without an organisation of their own act for the gemeente: "gemeente Lindewaard" */
  gemeenteNaam: string;
  /** The record's emergency accesses: an emergency line then says the reason given (the resident's eyes only) */
  noodtoegangen?: NoodtoegangMetReden[];
};

const ROLLEN: Record<string, MessageKey> = {
  inwoner: 'logboek.rol.inwoner',
  naaste: 'logboek.rol.naaste',
  professional: 'logboek.rol.professional',
  beheerder: 'logboek.rol.beheerder',
  analist: 'logboek.rol.analist',
  panelmedewerker: 'logboek.rol.panelmedewerker',
};
/** Roles that act for an organisation (their own, or else the gemeente). */
const MET_ORGANISATIE = new Set(['professional', 'beheerder', 'analist', 'panelmedewerker']);

/**
 * Who acted, with role and organisation (NEN 7513): "Lotte Smeets (beheerder, gemeente
 * Lindewaard)", "Yara Doğan (professional, Buurtteam Oost)", "Bram (naaste)".
 */
function wieZin(regel: LogboekRegel, context: LogboekContext): string {
  const { t } = context;
  if (regel.actor_account_id === context.eigenAccountId) return t('logboek.wie.jij');
  if (!regel.actor_naam) return t('logboek.wie.onbekend');
  const rolKey = regel.actor_rol ? ROLLEN[regel.actor_rol] : undefined;
  if (!rolKey) return regel.actor_naam;
  const rol = t(rolKey);
  if (!MET_ORGANISATIE.has(regel.actor_rol ?? ''))
    return t('logboek.wie.rol', { naam: regel.actor_naam, rol });
  const organisatie =
    regel.organisatie_naam ?? t('logboek.organisatie.gemeente', { gemeente: context.gemeenteNaam });
  return t('logboek.wie.rol-organisatie', { naam: regel.actor_naam, rol, organisatie });
}

/** The reason given for the emergency access an emergency entry belongs to (same person, within its hour). */
export function noodReden(regel: LogboekRegel, noodtoegangen: NoodtoegangMetReden[]): string | undefined {
  if (!regel.noodtoegang || regel.uitkomst !== 'allowed' || !regel.actor_account_id) return undefined;
  const moment = regel.occurred_at.getTime();
  return noodtoegangen.find(
    (n) =>
      n.account_id === regel.actor_account_id &&
      n.started_at.getTime() <= moment &&
      moment <= n.expires_at.getTime(),
  )?.reden;
}

/**
 * One audit entry as a plain sentence for the resident: "Yara Doğan (professional, Buurtteam
 * Oost) bekeek je crisiskaart op 3 maart 2027 om 14:02." An emergency line adds the reason the
 * professional gave. Pure: same input, same sentence.
 */
export function logboekZin(regel: LogboekRegel, context: LogboekContext): string {
  const zin = zinZonderReden(regel, context);
  const reden = context.noodtoegangen ? noodReden(regel, context.noodtoegangen) : undefined;
  if (reden === undefined) return zin;
  const naam = regel.actor_naam ?? context.t('logboek.wie.onbekend');
  return `${zin} ${context.t('logboek.nood.reden', { naam, reden })}`;
}

function zinZonderReden(regel: LogboekRegel, context: LogboekContext): string {
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
  const wie = wieZin(regel, context);
  const sectie = regel.sectie ? context.secties.get(regel.sectie) : undefined;
  const wat = sectie
    ? t(`${sectie.label}.je` as MessageKey)
    : regel.actie === 'export' || regel.item_id === 'alles-leesbaar'
      ? t('logboek.wat.alles')
      : regel.item_id === 'logboek'
        ? t('logboek.wat.logboek')
        : regel.item_id?.startsWith('vertegenwoordiging')
          ? t('logboek.wat.vertegenwoordiging')
          : regel.item_id?.startsWith('toegang') ||
              regel.item_id?.startsWith('herstel-toegang:') ||
              regel.item_id === 'uitnodiging'
            ? t('logboek.wat.toegang')
            : t('logboek.wat.gegevens');
  const values = {
    wie,
    wat,
    datum: formatDate(regel.occurred_at, locale),
    tijd: formatTime(regel.occurred_at, locale),
  };
  if (regel.uitkomst === 'denied') {
    // A refused change says what was tried; a refused look (or emergency opening) says "openen".
    const poging = `logboek.geweigerd.${regel.actie}`;
    return t(isMessageKey(poging) ? poging : 'logboek.geweigerd', values);
  }
  if (regel.uitkomst === 'failed') return t('logboek.mislukt', values);
  // A system path taken on someone's action with a sentence of its own (a household link).
  const grondZin = `logboek.grond.${regel.grondslag}.${regel.actie}`;
  if (isMessageKey(grondZin)) return t(grondZin, values);
  const soort = regel.item_id?.split(':')[0];
  if (regel.aantal !== undefined && regel.aantal > 1) {
    const groep = {
      ...values,
      aantal: regel.aantal,
      sectie: sectie ? t(sectie.label) : wat,
      van: formatTime(regel.vanaf ?? regel.occurred_at, locale),
      tot: values.tijd,
    };
    const eigenGroep = `logboek.groep.${soort}.${regel.actie}`;
    if (isMessageKey(eigenGroep)) return t(eigenGroep, groep);
    return t(`logboek.groep.${regel.actie}`, groep);
  }
  // Changes to who may see what get their own plain sentence, naming whose access it is.
  const eigen = `logboek.${soort}.${regel.actie}`;
  if (soort && !sectie && isMessageKey(eigen)) {
    const naam = regel.betrokken_naam ?? t('logboek.wie.iemand');
    // Access she gave herself (not an invitation someone accepted) says so.
    const doorHaar = `${eigen}.eigen`;
    if (regel.actor_account_id === context.eigenAccountId && isMessageKey(doorHaar))
      return t(doorHaar, { ...values, naam });
    return t(eigen, { ...values, naam });
  }
  return t(`logboek.${regel.actie}`, values);
}

/** The kind of item a group may be made of: `beoordeling:financien` → `beoordeling` (an item with an id only). */
function groepSoort(regel: LogboekRegel): string | undefined {
  const [soort, rest] = (regel.item_id ?? '').split(':');
  return soort && rest !== undefined ? soort : undefined;
}

/** May these two entries (next to each other in the trail) be said in one line? */
function zelfdeSoortRegel(a: LogboekRegel, b: LogboekRegel, locale: Locale): boolean {
  return (
    a.actor_account_id !== null &&
    a.actor_account_id === b.actor_account_id &&
    a.sectie !== null &&
    a.sectie === b.sectie &&
    a.actie === b.actie &&
    a.actie !== 'emergency' &&
    a.uitkomst === 'allowed' &&
    b.uitkomst === 'allowed' &&
    !a.noodtoegang &&
    !b.noodtoegang &&
    a.grondslag === b.grondslag &&
    a.actor_rol === b.actor_rol &&
    groepSoort(a) === groepSoort(b) &&
    formatDate(a.occurred_at, locale) === formatDate(b.occurred_at, locale)
  );
}

/**
 * Entries that would read as the same sentence, next to each other in the trail (newest first),
 * become one line with a count: "Jij veranderde 4 antwoorden bij Hoe het gaat op …". Only
 * allowed entries by the same person, on the same part, the same day; never an emergency line,
 * a refusal, or a change to who may see what (each of those stays on its own). Pure.
 */
export function groepeerLogboek<R extends LogboekRegel>(regels: readonly R[], locale: Locale): R[] {
  const uit: R[] = [];
  for (const regel of regels) {
    const vorige = uit.at(-1);
    if (vorige && zelfdeSoortRegel(vorige, regel, locale)) {
      uit[uit.length - 1] = { ...vorige, aantal: (vorige.aantal ?? 1) + 1, vanaf: regel.occurred_at };
    } else uit.push(regel);
  }
  return uit;
}
