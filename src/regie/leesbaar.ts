import { formatDate, formatTime } from '../platform/dates.js';
import type { Locale, Translate } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';

/**
 * A section's download data as text a person can read (pure): every value in the section's
 * export, as headings and short lines, with dates written out and technical parts (ids, hashes,
 * versions) left out. A section that says it better in its own words registers `leesbaar`
 * (platform/extensions/secties.ts); this is what the others get, so no section is missing from
 * "Alles wat Redzaam van je weet".
 */

const TECHNISCH = /(^id$|Id$|_id$|^version$|^versie$|hash|token)/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const ISO_DAG = /^\d{4}-\d{2}-\d{2}$/;

export type LeesContext = { t: Translate; locale: Locale };

/** "gemaaktOp" and "eindigt_op" as "Gemaakt op" and "Eindigt op". */
export function veldNaam(sleutel: string): string {
  const woorden = sleutel
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .trim()
    .toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

function tekstVan(waarde: unknown, context: LeesContext): string | undefined {
  if (waarde === null || waarde === undefined || waarde === '') return undefined;
  if (typeof waarde === 'boolean') return context.t(waarde ? 'gegevens.alles.ja' : 'gegevens.alles.nee');
  if (typeof waarde === 'number') return String(waarde);
  if (waarde instanceof Date) return moment(waarde, context);
  if (typeof waarde !== 'string') return undefined;
  if (UUID.test(waarde)) return undefined;
  if (ISO_MOMENT.test(waarde)) {
    const d = new Date(waarde);
    if (!Number.isNaN(d.getTime())) return moment(d, context);
  }
  if (ISO_DAG.test(waarde)) {
    const d = new Date(`${waarde}T12:00:00Z`);
    if (!Number.isNaN(d.getTime())) return formatDate(d, context.locale);
  }
  return waarde;
}

function moment(d: Date, context: LeesContext): string {
  return context.t('gegevens.alles.moment', {
    datum: formatDate(d, context.locale),
    tijd: formatTime(d, context.locale),
  });
}

function isSamengesteld(waarde: unknown): waarde is object {
  return typeof waarde === 'object' && waarde !== null && !(waarde instanceof Date);
}

/** Whether a value holds anything a person would read (not only ids and empty parts). */
function heeftInhoud(waarde: unknown, context: LeesContext): boolean {
  if (Array.isArray(waarde)) return waarde.some((w) => heeftInhoud(w, context));
  if (isSamengesteld(waarde))
    return Object.entries(waarde).some(([k, w]) => !TECHNISCH.test(k) && heeftInhoud(w, context));
  return tekstVan(waarde, context) !== undefined;
}

/**
 * Lines of an object: its plain fields as "Naam: waarde"; deeper parts as "Naam – deel: waarde",
 * so a card's parts or an answer's details stay together without going deeper than one list.
 */
function regels(waarde: unknown, voorvoegsel: string, context: LeesContext): string[] {
  const tekst = tekstVan(waarde, context);
  if (!isSamengesteld(waarde))
    return tekst === undefined ? [] : [voorvoegsel ? `${voorvoegsel}: ${tekst}` : tekst];
  if (Array.isArray(waarde)) return waarde.flatMap((w) => regels(w, voorvoegsel, context));
  // A part named by its code (a card's "helpt", "helptNiet"): the code names its lines.
  const { code } = waarde as { code?: unknown };
  if (typeof code === 'string' && Object.keys(waarde).length > 1) {
    const { code: _, ...rest } = waarde as Record<string, unknown>;
    return regels(rest, veldNaam(code), context);
  }
  return Object.entries(waarde).flatMap(([k, w]) =>
    TECHNISCH.test(k)
      ? []
      : regels(w, voorvoegsel ? `${voorvoegsel} – ${veldNaam(k).toLowerCase()}` : veldNaam(k), context),
  );
}

/** One section's export as blocks: a heading per part, a list per item. Empty: one line saying so. */
export function leesbareBlokken(waarde: unknown, context: LeesContext): PdfBlok[] {
  if (!heeftInhoud(waarde, context)) return [{ soort: 'alinea', tekst: context.t('sectie.leeg') }];
  if (!isSamengesteld(waarde) || Array.isArray(waarde))
    return [
      {
        soort: 'lijst',
        items: Array.isArray(waarde) ? itemRegels(waarde, context) : regels(waarde, '', context),
      },
    ];
  const blokken: PdfBlok[] = [];
  const los: string[] = [];
  for (const [sleutel, deel] of Object.entries(waarde)) {
    if (TECHNISCH.test(sleutel) || !heeftInhoud(deel, context)) continue;
    if (!isSamengesteld(deel)) {
      los.push(...regels(deel, veldNaam(sleutel), context));
      continue;
    }
    blokken.push({ soort: 'kop', niveau: 3, tekst: veldNaam(sleutel) });
    if (Array.isArray(deel) && deel.some(isSamengesteld))
      for (const item of deel) {
        const r = regels(item, '', context);
        if (r.length > 0) blokken.push({ soort: 'lijst', items: r });
      }
    else
      blokken.push({
        soort: 'lijst',
        items: Array.isArray(deel) ? itemRegels(deel, context) : regels(deel, '', context),
      });
  }
  return los.length > 0 ? [{ soort: 'lijst', items: los }, ...blokken] : blokken;
}

function itemRegels(items: unknown[], context: LeesContext): string[] {
  return items.flatMap((item) => regels(item, '', context));
}
