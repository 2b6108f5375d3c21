import { type Aanvaller, type Dimensie, type Kubus, type Regels, TOTAAL } from '../onderdrukking.js';
import {
  beveiligGekoppeld,
  type Familie,
  type GekoppeldePublicatie,
  gedeeldeCode,
} from '../onderdrukking-gekoppeld.js';
import { type PanelUitkomst, waardenVan } from './rules.js';
import { type Antwoord, uitkomstVanSchaal, type Vraag, WEET_NIET, WIJK } from './vraagbank.js';

/**
 * Breakdowns of a peiling (docs/decisions/049, 057), pure: per question the answers per gender,
 * per age group, per area, gender and age crossed, or area and gender crossed. The groups come
 * from the answers themselves (the peiling's own gender, age and area questions), never from who
 * answered: the panel cannot tell.
 *
 * Every table published from the peiling's answers is protected together: the report per
 * question (its cells are fixed here, as it shows them), and every breakdown of every question,
 * whichever URL is asked. So the same cells are hidden on every page, and no page undoes
 * another's suppression.
 */

/** The breakdowns a peiling may offer, each only if the peiling asks its question (BRON). */
export const PANEL_UITSPLITSINGEN = ['geslacht', 'leeftijd', 'gebied'] as const;
export type PanelUitsplitsing = (typeof PANEL_UITSPLITSINGEN)[number];
/**
 * What the page offers: each one, gender and age crossed, area and gender crossed. Only these
 * tables are published, so only these are protected (area × age is not offered: with a few
 * areas its groups are almost all too small, and it would make every protection much larger).
 */
export const PANEL_KEUZES = [
  'geslacht',
  'leeftijd',
  'geslacht-leeftijd',
  'gebied',
  'gebied-geslacht',
] as const;

/** The question each breakdown is read from. */
export const BRON: Record<PanelUitsplitsing, string> = {
  geslacht: 'geslacht',
  leeftijd: 'leeftijd',
  gebied: WIJK,
};

/** The breakdowns of an offered choice, in the order of PANEL_UITSPLITSINGEN. */
const delenVan = (keuze: string) => {
  const delen = keuze.split('-');
  return PANEL_UITSPLITSINGEN.filter((u) => delen.includes(u));
};

/** Age groups from the answer to the age question (or "weet ik niet"). */
export const LEEFTIJDSGROEPEN = ['16-34', '35-49', '50-64', '65-plus', WEET_NIET] as const;

export function leeftijdsgroep(antwoord: string): string {
  if (antwoord === WEET_NIET || antwoord === '') return WEET_NIET;
  const jaar = Number(antwoord);
  if (!Number.isFinite(jaar)) return WEET_NIET;
  if (jaar < 35) return '16-34';
  if (jaar < 50) return '35-49';
  if (jaar < 65) return '50-64';
  return '65-plus';
}

/** The breakdown asked for in the URL, or 'ongeldig' (no such breakdown). */
export function leesPanelUitsplitsing(waarde: unknown): PanelUitsplitsing[] | 'ongeldig' {
  if (typeof waarde !== 'string') return 'ongeldig';
  const delen = waarde.split('-').filter((d) => d !== '');
  // Age groups contain no dash in their code; "geslacht-leeftijd" and "leeftijd-geslacht" agree.
  if (delen.length === 0 || delen.length > 2 || new Set(delen).size !== delen.length) return 'ongeldig';
  if (!delen.every((d): d is PanelUitsplitsing => (PANEL_UITSPLITSINGEN as readonly string[]).includes(d)))
    return 'ongeldig';
  const gevraagd = PANEL_UITSPLITSINGEN.filter((u) => delen.includes(u));
  // Only a crossing the page offers (its tables are the ones protected).
  const aangeboden = PANEL_KEUZES.some((k) => delenVan(k).join('-') === gevraagd.join('-'));
  return aangeboden ? gevraagd : 'ongeldig';
}

/** A summed count: question, answer value, and the submission's own gender, age and area answers. */
export type UitsplitsTelling = {
  vraag: string;
  waarde: string;
  geslacht: string;
  leeftijd: string;
  /** '' when the peiling has no area question */
  gebied: string;
  aantal: number;
};

export type UitsplitsRij = {
  /** The group's value per asked breakdown; empty for everyone */
  groep: string[];
  aantallen: (number | null)[];
  n: number | null;
};

export type UitsplitsVraag = {
  vraag: Vraag;
  waarden: string[];
  /** The first row is everyone (as in the report per question) */
  rijen: UitsplitsRij[];
  /** No group row shows an answer's count: only the message, no table */
  teruggehouden: boolean;
  onderdrukt: boolean;
};

export type PanelUitsplitsingUitkomst =
  | { soort: 'kan-niet'; reden: 'geen-vraag'; ontbreekt: PanelUitsplitsing[] }
  | { soort: 'te-weinig' }
  | {
      soort: 'tabellen';
      uitsplitsing: PanelUitsplitsing[];
      vragen: UitsplitsVraag[];
      teruggehouden: boolean;
    };

/** The questions a breakdown shows: single choices and scales, but not the groups' own questions. */
export const uitsplitsbaar = (vraag: Vraag) =>
  (vraag.soort === 'keuze' || vraag.soort === 'schaal') && vraag.code !== 'geslacht' && vraag.code !== WIJK;

/** A stored value as the value of its question's table (a scale point as manages / does not). */
function tabelWaarde(vraag: Vraag, waarde: string) {
  return vraag.soort === 'schaal' && waarde !== WEET_NIET ? uitkomstVanSchaal(waarde) : waarde;
}

export type Bescherming = {
  /** The breakdown dimensions in the cubes, in order (those the peiling has a question for) */
  dims: PanelUitsplitsing[];
  groepen: Record<PanelUitsplitsing, string[]>;
  vragen: { vraag: Vraag; waarden: string[] }[];
  publicatie: GekoppeldePublicatie;
};

/**
 * The protection of all the peiling's breakdowns at once: one cube per question (answer ×
 * gender × age group × area, with the values and groups somebody chose), the tables the page
 * offers, the report per question's shown cells fixed and its hidden ones hidden (the gender and
 * area questions' own distributions too: they are the groups' margins), the rest decided by
 * beveiligGekoppeld.
 */
export async function beschermUitsplitsingen(invoer: {
  vragen: readonly Vraag[];
  tellingen: readonly UitsplitsTelling[];
  rapport: readonly PanelUitkomst[];
  regels: Regels;
  aanvaller: Aanvaller;
}): Promise<Bescherming> {
  const codes = new Set(invoer.vragen.map((v) => v.code));
  const dims = PANEL_UITSPLITSINGEN.filter((d) => codes.has(BRON[d]));
  const gevraagd = invoer.vragen.filter(uitsplitsbaar);
  // Every submission answers every closed question (the form asks each), so each cube counts
  // the same people. A question fewer people answered (an answer set loaded from elsewhere) is
  // not broken down: its cube would count other people than the rest.
  const totaal = (code: string) =>
    invoer.tellingen.filter((t) => t.vraag === code).reduce((som, t) => som + t.aantal, 0);
  const iedereen = Math.max(0, ...gevraagd.map((v) => totaal(v.code)));
  const eerste = gevraagd.find((v) => totaal(v.code) === iedereen);
  // The groups somebody is in (counted on one question: everyone answers every closed one).
  const groepVan = (t: UitsplitsTelling): Record<PanelUitsplitsing, string> => ({
    geslacht: t.geslacht === '' ? WEET_NIET : t.geslacht,
    leeftijd: leeftijdsgroep(t.leeftijd),
    gebied: t.gebied === '' ? WEET_NIET : t.gebied,
  });
  const gezien = { geslacht: new Set<string>(), leeftijd: new Set<string>(), gebied: new Set<string>() };
  for (const t of invoer.tellingen)
    if (t.vraag === eerste?.code && t.aantal > 0) {
      const g = groepVan(t);
      for (const d of PANEL_UITSPLITSINGEN) gezien[d].add(g[d]);
    }
  // A question's groups in its own order; an area answered before the gemeente renamed or
  // removed it stays a group of its own (after the listed ones), so every answer is counted.
  const groepenVan = (code: string, d: PanelUitsplitsing) => {
    const vraag = invoer.vragen.find((v) => v.code === code);
    const eigen = vraag ? waardenVan(vraag) : [];
    return [
      ...eigen.filter((w) => gezien[d].has(w)),
      ...[...gezien[d]].filter((w) => !eigen.includes(w)).sort(),
    ];
  };
  const groepen: Record<PanelUitsplitsing, string[]> = {
    geslacht: groepenVan('geslacht', 'geslacht'),
    leeftijd: LEEFTIJDSGROEPEN.filter((w) => gezien.leeftijd.has(w)) as string[],
    gebied: groepenVan(WIJK, 'gebied'),
  };
  const groepDims: Dimensie[] = dims.map((d) => ({ code: d, waarden: groepen[d] }));
  const maten = groepDims.map((d) => d.waarden.length);
  // The tables published: the question alone and every offered breakdown the peiling can make.
  const aangeboden = PANEL_KEUZES.map((k) => delenVan(k).join('-'));
  const tabellen: string[][] = [];
  for (let deel = 0; deel < 1 << dims.length; deel++) {
    const delen = dims.filter((_, i) => deel & (1 << i));
    if (deel === 0 || aangeboden.includes(delen.join('-'))) tabellen.push(['waarde', ...delen]);
  }

  const vast = new Set<string>();
  const verborgen = new Set<string>();
  const alleTotaal = (w: number) => [w, ...dims.map(() => TOTAAL)];
  const families: Familie[] = [];
  const vragen: Bescherming['vragen'] = [];
  for (const vraag of gevraagd) {
    if (totaal(vraag.code) !== iedereen) continue;
    const eigen = invoer.tellingen.filter((t) => t.vraag === vraag.code);
    const alle = waardenVan(vraag);
    const waarden = alle.filter((w) => eigen.some((t) => t.aantal > 0 && tabelWaarde(vraag, t.waarde) === w));
    if (waarden.length === 0) continue;
    const grootte = waarden.length * maten.reduce((a, b) => a * b, 1);
    const tellingen = new Float64Array(grootte);
    for (const t of eigen) {
      const w = waarden.indexOf(tabelWaarde(vraag, t.waarde));
      const g = groepVan(t);
      const plek = dims.map((d) => groepen[d].indexOf(g[d]));
      if (w < 0 || plek.some((p) => p < 0)) continue;
      const index = plek.reduce((som, p, d) => som * (maten[d] as number) + p, w);
      tellingen[index] = (tellingen[index] ?? 0) + t.aantal;
    }
    const kubus: Kubus = { dimensies: [{ code: 'waarde', waarden }, ...groepDims], tellingen };
    const fi = families.length;
    families.push({ kubus, tabellen });
    vragen.push({ vraag, waarden });
    // The report per question as it is shown: its shown counts fixed, its hidden ones hidden.
    const uit = invoer.rapport.find((u) => u.vraag.code === vraag.code);
    if (uit?.soort === 'verdeling' && !uit.teruggehouden && uit.n !== null) {
      vast.add(gedeeldeCode(fi, alleTotaal(TOTAAL)));
      for (const r of uit.rijen) {
        const w = waarden.indexOf(r.waarde);
        if (w < 0) continue;
        (r.aantal === null ? verborgen : vast).add(gedeeldeCode(fi, alleTotaal(w)));
      }
    } else verborgen.add(gedeeldeCode(fi, alleTotaal(TOTAAL)));
  }
  // The gender and area questions' own distributions are the groups' margins of every cube.
  for (const d of ['geslacht', 'gebied'] as const) {
    const eigen = invoer.rapport.find((u) => u.vraag.code === BRON[d]);
    const plek = dims.indexOf(d);
    if (eigen?.soort !== 'verdeling' || plek < 0) continue;
    for (const r of eigen.rijen) {
      const g = groepen[d].indexOf(r.waarde);
      if (g < 0) continue;
      const sleutel = [TOTAAL, ...dims.map((_, i) => (i === plek ? g : TOTAAL))];
      (r.aantal === null ? verborgen : vast).add(gedeeldeCode(0, sleutel));
    }
  }
  const publicatie = await beveiligGekoppeld(families, invoer.regels, invoer.aanvaller, { vast, verborgen });
  return { dims, groepen, vragen, publicatie };
}

/** The tables of one breakdown, read from the protection of all of them. */
export function uitsplitsingVan(
  bescherming: Bescherming,
  uitsplitsing: PanelUitsplitsing[],
): PanelUitsplitsingUitkomst {
  const ontbreekt = uitsplitsing.filter((u) => !bescherming.dims.includes(u));
  if (ontbreekt.length > 0) return { soort: 'kan-niet', reden: 'geen-vraag', ontbreekt };
  if (bescherming.vragen.length === 0) return { soort: 'te-weinig' };
  const { dims, groepen, publicatie } = bescherming;
  const gevraagd = uitsplitsing;
  // Rows: everyone, then every combination of the asked groups.
  let combinaties: number[][] = [[]];
  for (const d of gevraagd) combinaties = combinaties.flatMap((c) => groepen[d].map((_, i) => [...c, i]));
  const vragen = bescherming.vragen.map(({ vraag, waarden }, fi): UitsplitsVraag => {
    let onderdrukt = false;
    const lees = (sleutel: number[]) => {
      const cel = publicatie.cellen.get(gedeeldeCode(fi, sleutel));
      if (
        !cel ||
        cel.onderdrukt !== null ||
        (publicatie.alleenVast && sleutel.slice(1).some((k) => k !== TOTAAL))
      ) {
        onderdrukt = true;
        return null;
      }
      return cel.waarde;
    };
    const rij = (combinatie: number[] | undefined): UitsplitsRij => {
      const sleutel = (w: number) => [
        w,
        ...dims.map((d) => {
          const i = gevraagd.indexOf(d);
          return combinatie && i >= 0 ? (combinatie[i] as number) : TOTAAL;
        }),
      ];
      return {
        groep: combinatie
          ? combinatie.map((c, i) => groepen[gevraagd[i] as PanelUitsplitsing][c] as string)
          : [],
        aantallen: waarden.map((_, w) => lees(sleutel(w))),
        n: lees(sleutel(TOTAAL)),
      };
    };
    const iedereen = rij(undefined);
    const groepRijen = combinaties.map(rij);
    // Group sizes alone say nothing about the answers: then only the message, no table.
    const teruggehouden = groepRijen.every((r) => r.aantallen.every((a) => a === null));
    return { vraag, waarden, rijen: [iedereen, ...groepRijen], teruggehouden, onderdrukt };
  });
  return {
    soort: 'tabellen',
    uitsplitsing,
    vragen,
    teruggehouden: vragen.every((v) => v.teruggehouden),
  };
}

/** Every count a breakdown shows: none may be under the minimum (the access matrix checks it). */
export function getoondeUitsplitsAantallen(uit: PanelUitsplitsingUitkomst): number[] {
  if (uit.soort !== 'tabellen') return [];
  return uit.vragen.flatMap((v) =>
    v.teruggehouden
      ? []
      : v.rijen.flatMap((r) => [...r.aantallen, r.n].filter((a): a is number => a !== null)),
  );
}

/**
 * The counts of a list of answer sets as the database sums them for the breakdowns (the seed
 * fixture and the tests use it; the app sums in SQL, queries.ts `uitsplitsTellingen`).
 */
export function telUitsplitsing(
  sets: readonly Record<string, Antwoord>[],
  vragen: readonly Vraag[],
): UitsplitsTelling[] {
  const tellingen = new Map<string, UitsplitsTelling>();
  const eerste = (a: Antwoord | undefined) =>
    !a || 'tekst' in a ? '' : a.weetNiet ? WEET_NIET : (a.waarden[0] ?? '');
  for (const set of sets) {
    const geslacht = eerste(set.geslacht);
    const leeftijd = eerste(set.leeftijd);
    const gebied = eerste(set[WIJK]);
    for (const vraag of vragen) {
      if (vraag.soort !== 'keuze' && vraag.soort !== 'schaal') continue;
      const a = set[vraag.code];
      if (!a || 'tekst' in a) continue;
      for (const waarde of a.weetNiet ? [WEET_NIET] : a.waarden) {
        const k = [vraag.code, waarde, geslacht, leeftijd, gebied].join('\u0000');
        const t = tellingen.get(k) ?? { vraag: vraag.code, waarde, geslacht, leeftijd, gebied, aantal: 0 };
        t.aantal++;
        tellingen.set(k, t);
      }
    }
  }
  return [...tellingen.values()];
}
