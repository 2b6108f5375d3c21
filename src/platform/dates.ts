/** Dates as people in the Netherlands read and type them. */

const ZONE = 'Europe/Amsterdam';

/** Offset of Amsterdam from UTC at a moment, e.g. "+01:00" or "+02:00". */
function amsterdamOffset(at: Date): string {
  const part = new Intl.DateTimeFormat('en-GB', { timeZone: ZONE, timeZoneName: 'shortOffset' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{1,2})(?::(\d{2}))?/.exec(part ?? '');
  if (!match) return '+00:00';
  return `${match[1]}${(match[2] as string).padStart(2, '0')}:${match[3] ?? '00'}`;
}

/** Year, month and day of a date typed as 31-12-2026, 31/12/2026 or sent by a date field as 2026-12-31. */
function parseDay(input: string): { year: number; month: number; day: number; ymd: string } | undefined {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  const [year, month, day] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : dutch
      ? [Number(dutch[3]), Number(dutch[2]), Number(dutch[1])]
      : [Number.NaN, Number.NaN, Number.NaN];
  if (!year || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  if (new Date(Date.UTC(year, month - 1, day, 12)).getUTCDate() !== day) return undefined;
  const ymd = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { year, month, day, ymd };
}

/** The end of that day in Amsterdam (an end date includes its whole day); undefined when not a real date. */
export function parseEndDate(input: string): Date | undefined {
  const day = parseDay(input);
  if (!day) return undefined;
  return new Date(
    `${day.ymd}T23:59:59.999${amsterdamOffset(new Date(Date.UTC(day.year, day.month - 1, day.day, 21)))}`,
  );
}

/** The start of that day in Amsterdam, also on the days the clocks change; undefined when not a real date. */
export function parseStartOfDay(input: string): Date | undefined {
  const day = parseDay(input);
  if (!day) return undefined;
  // 00:00 UTC is 01:00 or 02:00 in Amsterdam, before any change at 02:00/03:00: midnight's offset.
  return new Date(
    `${day.ymd}T00:00:00${amsterdamOffset(new Date(Date.UTC(day.year, day.month - 1, day.day, 0)))}`,
  );
}

/**
 * Intl formatters are costly to make (≈ 6 µs each, dozens per page) and hold no data of anyone:
 * made once per locale and style, then reused (issue 20).
 */
const opmaak = new Map<string, Intl.DateTimeFormat>();

function datumOpmaak(locale: 'nl' | 'en', stijl: 'dateStyle' | 'timeStyle', waarde: 'long' | 'short') {
  const sleutel = `${locale} ${stijl}`;
  let formatter = opmaak.get(sleutel);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
      [stijl]: waarde,
      timeZone: ZONE,
    });
    opmaak.set(sleutel, formatter);
  }
  return formatter;
}

/** "3 maart 2027" / "3 March 2027" */
export function formatDate(date: Date, locale: 'nl' | 'en'): string {
  return datumOpmaak(locale, 'dateStyle', 'long').format(date);
}

/** "14:02" */
export function formatTime(date: Date, locale: 'nl' | 'en'): string {
  return datumOpmaak(locale, 'timeStyle', 'short').format(date);
}

/** The value for an <input type="date">: 2026-12-31 in Amsterdam. */
export function dateInputValue(date: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(date);
}

/**
 * A date from an export written out ("3 maart 2027"): an ISO moment, or a day "2027-03-03" (read
 * at noon in Amsterdam, so it is that day). For the sections' words in "Alles wat Redzaam van je weet".
 */
export function formatIsoDate(iso: string, locale: 'nl' | 'en'): string {
  return formatDate(new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T12:00:00+01:00` : iso), locale);
}
