import {
  type Aanvaller,
  beveilig,
  celCode,
  type Dimensie,
  type Kubus,
  type Regels,
  type TabelVorm,
  TOTAAL,
  teruggehouden,
} from './onderdrukking.js';
import type { Geslacht } from './schema.js';

/**
 * The monitor's rules, pure: what a participant tells about herself, which breakdowns exist,
 * and how a report's tables are made from summed counts (through the suppression of
 * onderdrukking.ts). Nothing here ever sees a person: the input is counts per group.
 */

/** How someone manages a life domain, by her own latest view. */
export const UITKOMSTEN = ['redt-zich', 'niet', 'weet-niet'] as const;
/** Someone else's latest view against her own: over- or underestimated, or the same. */
export const SCHATTINGEN = ['overschat', 'gelijk', 'onderschat'] as const;
export const GESLACHTEN: readonly Geslacht[] = ['man', 'vrouw', 'anders', 'onbekend'];
export const UITSPLITSINGEN = ['geboortejaren', 'gebied', 'geslacht'] as const;
export type Uitsplitsing = (typeof UITSPLITSINGEN)[number];
export type Variabele = 'redzaamheid' | 'schatting';
export const VARIABELEN: readonly Variabele[] = ['redzaamheid', 'schatting'];

/** Birth-year bands of ten years, from 1920 up to the one of eighteen years ago. */
export function geboortejarenBanden(nu: Date): string[] {
  const laatste = Math.floor((nu.getUTCFullYear() - 18) / 10) * 10;
  const banden: string[] = [];
  for (let jaar = 1920; jaar <= laatste; jaar += 10) banden.push(String(jaar));
  return banden;
}

/**
 * The breakdown asked for in the URL: nothing, one of the three, or two of them crossed
 * ("gebied-geslacht"), in a fixed order. Anything else is no breakdown we offer.
 */
export function leesUitsplitsing(waarde: string | undefined): Uitsplitsing[] | 'ongeldig' {
  if (waarde === undefined || waarde === '') return [];
  const delen = waarde.split('-');
  if (delen.length > 2 || new Set(delen).size !== delen.length) return 'ongeldig';
  if (!delen.every((d): d is Uitsplitsing => (UITSPLITSINGEN as readonly string[]).includes(d)))
    return 'ongeldig';
  return UITSPLITSINGEN.filter((u) => delen.includes(u));
}

export const uitsplitsingCode = (delen: readonly Uitsplitsing[]) => delen.join('-');

/** Every breakdown the report offers: none, each one, and each pair. */
export function alleUitsplitsingen(): Uitsplitsing[][] {
  const uit: Uitsplitsing[][] = [[]];
  UITSPLITSINGEN.forEach((a, i) => {
    uit.push([a]);
    for (const b of UITSPLITSINGEN.slice(i + 1)) uit.push([a, b]);
  });
  return uit;
}

export type Groepen = Record<Uitsplitsing, readonly string[]>;

/** The values of each breakdown: bands, the gemeente's areas (and "not given"), genders. */
export function groepenVan(nu: Date, gebieden: readonly string[]): Groepen {
  return { geboortejaren: geboortejarenBanden(nu), gebied: [...gebieden, ''], geslacht: GESLACHTEN };
}

/** A summed count as the database gives it. */
export type Telling = {
  code: string;
  waarde: string;
  geboortejaren: string;
  gebied: string;
  geslacht: string;
  aantal: number;
};

/** One row of a published table: its group (a value per breakdown), counts per answer and n. */
export type Rij = { iedereen: boolean; groep: string[]; aantallen: (number | null)[]; n: number | null };

export type Tabel = {
  code: string;
  variabele: Variabele;
  waarden: readonly string[];
  uitsplitsing: Uitsplitsing[];
  /** The table's rows; the first is everyone (the total) */
  rijen: Rij[];
  /** Nothing of this domain could be published safely */
  teruggehouden: boolean;
  /** Some cells are not shown (under the minimum, or to protect one that is) */
  onderdrukt: boolean;
};

/** The cube of one domain: answer × birth-year band × area × gender. */
function kubusVan(tellingen: readonly Telling[], waarden: readonly string[], groepen: Groepen): Kubus {
  const dimensies: Dimensie[] = [
    { code: 'waarde', waarden },
    ...UITSPLITSINGEN.map((code) => ({ code, waarden: groepen[code] })),
  ];
  const maten = dimensies.map((d) => d.waarden.length);
  const tellingenArr = new Float64Array(maten.reduce((a, b) => a * b, 1));
  const index = dimensies.map((d) => new Map(d.waarden.map((w, i) => [w, i])));
  const geenGebied = groepen.gebied.length - 1;
  for (const t of tellingen) {
    // An area the gemeente took off its list counts as "not given"; other unknowns do not count.
    const plekken = [
      index[0]?.get(t.waarde),
      index[1]?.get(t.geboortejaren),
      index[2]?.get(t.gebied) ?? geenGebied,
      index[3]?.get(t.geslacht),
    ];
    if (plekken.some((i) => i === undefined)) continue;
    const plek = plekken.reduce<number>((som, i, d) => som * (maten[d] as number) + (i as number), 0);
    tellingenArr[plek] = (tellingenArr[plek] ?? 0) + t.aantal;
  }
  return { dimensies, tellingen: tellingenArr };
}

/**
 * The family of tables published from one domain's data: every breakdown we offer over
 * groups that tell something (a breakdown with one value, such as areas when the gemeente set
 * none, is not published: it would only repeat the totals).
 */
export function familie(groepen: Groepen): TabelVorm[] {
  return alleUitsplitsingen()
    .filter((u) => u.every((d) => groepen[d].length > 1))
    .map((u) => ['waarde', ...u]);
}

/**
 * The report's tables for one breakdown: per life domain, the suppression decided over the
 * whole family of tables (so every breakdown shows the same protected figures), then the
 * asked table read from it. A suppressed cell comes out as null.
 */
export async function maakTabellen(invoer: {
  tellingen: readonly Telling[];
  variabele: Variabele;
  codes: readonly string[];
  groepen: Groepen;
  uitsplitsing: Uitsplitsing[];
  regels: Regels;
  aanvaller: Aanvaller;
}): Promise<Tabel[]> {
  const waarden = invoer.variabele === 'redzaamheid' ? UITKOMSTEN : SCHATTINGEN;
  const perCode = new Map<string, Telling[]>();
  for (const t of invoer.tellingen) {
    const lijst = perCode.get(t.code) ?? [];
    lijst.push(t);
    perCode.set(t.code, lijst);
  }
  const tabellen: Tabel[] = [];
  for (const code of invoer.codes) {
    const kubus = kubusVan(perCode.get(code) ?? [], waarden, invoer.groepen);
    const publicatie = await beveilig(kubus, familie(invoer.groepen), invoer.regels, invoer.aanvaller);
    const dims = invoer.uitsplitsing.map((u) => 1 + UITSPLITSINGEN.indexOf(u));
    // Rows: everyone, then every combination of the breakdown's values.
    let groepen: number[][] = [[]];
    for (const d of dims) {
      const n = (kubus.dimensies[d] as Dimensie).waarden.length;
      groepen = groepen.flatMap((g) => Array.from({ length: n }, (_, i) => [...g, i]));
    }
    if (dims.length > 0) groepen.unshift(dims.map(() => TOTAAL));
    let onderdrukt = false;
    const lees = (sleutel: number[]) => {
      const cel = publicatie.cellen.get(celCode(sleutel));
      if (!cel || cel.onderdrukt !== null) {
        onderdrukt = true;
        return null;
      }
      return cel.waarde;
    };
    const rijen = groepen.map((groep): Rij => {
      const sleutel = (w: number) => {
        const s = new Array<number>(kubus.dimensies.length).fill(TOTAAL);
        s[0] = w;
        dims.forEach((d, i) => {
          s[d] = groep[i] as number;
        });
        return s;
      };
      return {
        iedereen: groep.every((g) => g === TOTAAL),
        groep: groep.map((g, i) =>
          g === TOTAAL ? '' : ((kubus.dimensies[dims[i] as number] as Dimensie).waarden[g] as string),
        ),
        aantallen: waarden.map((_, w) => lees(sleutel(w))),
        n: lees(sleutel(TOTAAL)),
      };
    });
    tabellen.push({
      code,
      variabele: invoer.variabele,
      waarden,
      uitsplitsing: invoer.uitsplitsing,
      rijen,
      teruggehouden: teruggehouden(publicatie, kubus.dimensies.length),
      onderdrukt,
    });
  }
  return tabellen;
}

/** A share in whole percents, only where both counts are published. */
export function aandeel(aantal: number | null, n: number | null): number | null {
  if (aantal === null || n === null || n === 0) return null;
  return Math.round((aantal / n) * 100);
}

/** Every count a table shows: none of them may be under the minimum (the access matrix checks it). */
export function getoondeAantallen(tabel: Tabel): number[] {
  return tabel.rijen.flatMap((r) => [...r.aantallen, r.n].filter((a): a is number => a !== null));
}
