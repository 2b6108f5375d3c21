import { type Aanvaller, beveilig, celCode, type Regels, TOTAAL } from '../onderdrukking.js';
import { type Antwoord, uitkomstVanSchaal, type Vraag } from './vraagbank.js';

/**
 * The panel's rules, pure: the report of a peiling from summed counts (never an answer set),
 * the one-time code of an invitation, and the first automatic highlight of identifying details
 * in an open answer before the review step.
 */

/** A summed count per question and value, as the database gives it ('weet-niet' for "weet ik niet"). */
export type PanelTelling = { vraag: string; waarde: string; aantal: number };

export type VerdelingRij = { waarde: string; aantal: number | null };

export type PanelUitkomst =
  | {
      vraag: Vraag;
      soort: 'verdeling';
      /** People who answered the question (with "weet ik niet"); null when not shown */
      n: number | null;
      rijen: VerdelingRij[];
      teruggehouden: boolean;
      /** Several options may be chosen: the shares do not add up to 100 */
      meer: boolean;
    }
  | { vraag: Vraag; soort: 'gemiddelde'; n: number | null; gemiddelde: number | null }
  | { vraag: Vraag; soort: 'open'; n: number | null };

/** The values a question's table shows, in order (a scale is shown as manages / does not). */
export function waardenVan(vraag: Vraag): string[] {
  const eigen = vraag.soort === 'schaal' ? ['redt-zich', 'niet'] : [...vraag.opties];
  return vraag.weetNiet ? [...eigen, 'weet-niet'] : eigen;
}

/**
 * One question's distribution, protected with the monitor's suppression (onderdrukking.ts):
 * every shown count is at least the minimum, and a hidden count cannot be narrowed down to less
 * than the margin from the shown ones and the total. A value nobody chose is shown as 0 — it
 * says nothing about any one member — and takes no part in the table that is protected.
 */
async function verdeling(
  waarden: readonly string[],
  aantallen: readonly number[],
  regels: Regels,
  aanvaller: Aanvaller,
): Promise<{ n: number | null; aantallen: (number | null)[]; teruggehouden: boolean }> {
  const n = aantallen.reduce((a, b) => a + b, 0);
  if (n < regels.minimum) return { n: null, aantallen: waarden.map(() => null), teruggehouden: true };
  const plekken = aantallen.flatMap((a, i) => (a > 0 ? [i] : []));
  const publicatie = await beveilig(
    {
      dimensies: [{ code: 'waarde', waarden: plekken.map((i) => waarden[i] as string) }],
      tellingen: plekken.map((i) => aantallen[i] as number),
    },
    [['waarde']],
    regels,
    aanvaller,
  );
  const open = (sleutel: number) => publicatie.cellen.get(celCode([sleutel]))?.onderdrukt === null;
  if (!open(TOTAAL)) return { n: null, aantallen: waarden.map(() => null), teruggehouden: true };
  return {
    n,
    aantallen: aantallen.map((a, i) => {
      if (a === 0) return 0;
      return open(plekken.indexOf(i)) ? a : null;
    }),
    teruggehouden: false,
  };
}

/**
 * The report of a peiling: per question of it, from the counts of its submissions. `getal`
 * questions (age) show their mean, open questions only how many reviewed answers there are.
 * `sommen` holds per number question the sum and count of the answers.
 */
export async function panelRapport(invoer: {
  vragen: readonly Vraag[];
  tellingen: readonly PanelTelling[];
  sommen: readonly { vraag: string; som: number; n: number }[];
  open: readonly { vraag: string; n: number }[];
  regels: Regels;
  aanvaller: Aanvaller;
}): Promise<PanelUitkomst[]> {
  const { regels } = invoer;
  const uit: PanelUitkomst[] = [];
  for (const vraag of invoer.vragen) {
    const eigen = invoer.tellingen.filter((t) => t.vraag === vraag.code);
    if (vraag.soort === 'getal') {
      const som = invoer.sommen.find((s) => s.vraag === vraag.code);
      const genoeg = som !== undefined && som.n >= regels.minimum;
      uit.push({
        vraag,
        soort: 'gemiddelde',
        n: genoeg ? som.n : null,
        gemiddelde: genoeg ? som.som / som.n : null,
      });
      continue;
    }
    if (vraag.soort === 'open') {
      const n = invoer.open.find((o) => o.vraag === vraag.code)?.n ?? 0;
      uit.push({ vraag, soort: 'open', n: n >= regels.minimum ? n : null });
      continue;
    }
    const waarden = waardenVan(vraag);
    const tel = (w: string) =>
      eigen
        .filter((t) =>
          t.waarde === ''
            ? false
            : vraag.soort === 'schaal' && t.waarde !== 'weet-niet'
              ? uitkomstVanSchaal(t.waarde) === w
              : t.waarde === w,
        )
        .reduce((a, t) => a + t.aantal, 0);
    if (vraag.soort === 'meerkeuze') {
      // Each option is its own table: chosen or not, out of everyone who answered.
      const n = eigen.find((t) => t.waarde === '')?.aantal ?? 0;
      const rijen: VerdelingRij[] = [];
      for (const w of waarden) {
        const gekozen = tel(w);
        const v = await verdeling(['ja', 'nee'], [gekozen, n - gekozen], regels, invoer.aanvaller);
        rijen.push({ waarde: w, aantal: v.aantallen[0] ?? null });
      }
      uit.push({
        vraag,
        soort: 'verdeling',
        n: n >= regels.minimum ? n : null,
        rijen,
        teruggehouden: n < regels.minimum,
        meer: true,
      });
      continue;
    }
    const v = await verdeling(waarden, waarden.map(tel), regels, invoer.aanvaller);
    uit.push({
      vraag,
      soort: 'verdeling',
      n: v.n,
      rijen: waarden.map((waarde, i) => ({ waarde, aantal: v.aantallen[i] ?? null })),
      teruggehouden: v.teruggehouden,
      meer: false,
    });
  }
  return uit;
}

/**
 * The counts of a list of answer sets, as the database sums them (the seed fixture and the
 * tests use it; the app sums in SQL). Value '' counts who answered the question at all.
 */
export function telAntwoorden(
  sets: readonly Record<string, Antwoord>[],
  vragen: readonly Vraag[],
): {
  tellingen: PanelTelling[];
  sommen: { vraag: string; som: number; n: number }[];
  open: { vraag: string; n: number }[];
} {
  const tellingen = new Map<string, number>();
  const sommen = new Map<string, { som: number; n: number }>();
  const open = new Map<string, number>();
  const tel = (vraag: string, waarde: string) => {
    const k = `${vraag}\u0000${waarde}`;
    tellingen.set(k, (tellingen.get(k) ?? 0) + 1);
  };
  for (const set of sets) {
    for (const vraag of vragen) {
      const a = set[vraag.code];
      if (!a) continue;
      if ('tekst' in a) {
        open.set(vraag.code, (open.get(vraag.code) ?? 0) + 1);
        continue;
      }
      if (vraag.soort === 'getal' && !a.weetNiet) {
        const s = sommen.get(vraag.code) ?? { som: 0, n: 0 };
        sommen.set(vraag.code, { som: s.som + Number(a.waarden[0]), n: s.n + 1 });
        continue;
      }
      if (a.weetNiet) tel(vraag.code, 'weet-niet');
      for (const w of a.waarden) tel(vraag.code, w);
      tel(vraag.code, '');
    }
  }
  return {
    tellingen: [...tellingen].map(([k, aantal]) => {
      const [vraag, waarde] = k.split('\u0000') as [string, string];
      return { vraag, waarde, aantal };
    }),
    sommen: [...sommen].map(([vraag, s]) => ({ vraag, ...s })),
    open: [...open].map(([vraag, n]) => ({ vraag, n })),
  };
}

/** A share in whole percents. */
export const procent = (aantal: number | null, n: number | null): number | null =>
  aantal === null || n === null || n === 0 ? null : Math.round((aantal / n) * 100);

// --- the one-time code -------------------------------------------------------------------------

/** Letters and digits that cannot be mistaken for each other on paper (no 0/O, 1/I/L). */
const TEKENS = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const CODE_LENGTE = 16;

/** A one-time code of 16 characters (about 79 bits) from random bytes; short enough for paper. */
export function codeVan(bytes: Uint8Array): string {
  let uit = '';
  for (const b of bytes) {
    // Rejection would be exact; the bias of b % 31 over 256 values is small and harmless here,
    // but we take only bytes below 248 (8 × 31) to keep every character equally likely.
    if (b < 248) uit += TEKENS[b % TEKENS.length];
    if (uit.length === CODE_LENGTE) break;
  }
  return uit;
}

/** How a code typed from a letter is read: spaces and dashes dropped, lower case allowed. */
export function normaliseerCode(invoer: string): string | undefined {
  const code = invoer.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CODE_LENGTE) return undefined;
  for (const c of code) if (!TEKENS.includes(c)) return undefined;
  return code;
}

/** The code in groups of four for a letter: "ABCD-EFGH-…". */
export const codeInGroepen = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? code;

/**
 * A member's e-mail address as the beheerder's list shows it: the first character of the name
 * part and the domain ("f•••@lindewaard.example") — enough to tell two members with the same
 * name apart, not enough to write to her.
 */
export function verborgenEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at < 1) return '•••';
  return `${Array.from(email.slice(0, at))[0]}•••${email.slice(at)}`;
}

// --- the review of open answers ----------------------------------------------------------------

export type Markering = {
  begin: number;
  eind: number;
  soort: 'telefoon' | 'email' | 'adres' | 'postcode' | 'naam';
};

const PATRONEN: { soort: Markering['soort']; patroon: RegExp }[] = [
  { soort: 'email', patroon: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu },
  // Dutch phone numbers: 06-12345678, 030 123 4567, +31 6 1234 5678, 0031…
  { soort: 'telefoon', patroon: /(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,9}\d?(?!\d)/g },
  { soort: 'postcode', patroon: /\b\d{4}\s?[A-Z]{2}\b/g },
  // A street with a house number: "Lange Nieuwstraat 12", "Biltstraat 7a", "Oudegracht 140-bis".
  {
    soort: 'adres',
    patroon:
      /\b(?:[A-Z][\p{L}'-]+\s)?[A-Z]?[\p{L}'-]*(?:straat|laan|weg|plein|gracht|kade|singel|dreef|hof|pad|steeg|dijk|park|markt|baan)\s\d{1,5}(?:\s?[a-zA-Z]\b|-\w+)?/gu,
  },
  // Names: a capitalised word after a title or "mijn buurman/zus/…", or two capitalised words in a row mid-sentence.
  {
    soort: 'naam',
    patroon:
      /(?:(?:\b(?:[Mm]eneer|[Mm]evrouw|[Mm]evr\.|[Dd]hr\.|[Mm]w\.|[Dd]okter|[Jj]uf|[Mm]eester|heet|genaamd)\s+)|(?:\b[Mm]ijn\s+(?:buurman|buurvrouw|zus|broer|moeder|vader|zoon|dochter|vriend|vriendin|man|vrouw|partner|oma|opa|tante|oom|neef|nicht)\s+))\p{Lu}[\p{L}'-]+(?:\s(?:(?:van|de|der|den|ter|ten|het)\s)*\p{Lu}[\p{L}'-]+)?/gu,
  },
  {
    soort: 'naam',
    patroon: /(?<=[\p{Ll},;:]\s)\p{Lu}\p{Ll}+\s(?:(?:van|de|der|den|ter|ten)\s)*\p{Lu}\p{Ll}+/gu,
  },
];

/**
 * The first automatic highlight of an open answer: where it may name a person, an address, a
 * postcode, a phone number or an e-mail address. It is a help for the reviewer, not a
 * guarantee: the reviewer reads every answer and removes what identifies anyone.
 */
export function markeer(tekst: string): Markering[] {
  const gevonden: Markering[] = [];
  for (const { soort, patroon } of PATRONEN) {
    for (const m of tekst.matchAll(patroon)) {
      let begin = m.index ?? 0;
      let woord = m[0];
      if (soort === 'naam') {
        // Highlight the name only, not the title in front of it.
        const naam = /\p{Lu}[\p{L}'-]+(?:\s(?:(?:van|de|der|den|ter|ten)\s)*\p{Lu}[\p{L}'-]+)?$/u.exec(woord);
        if (naam) {
          begin += naam.index;
          woord = naam[0];
        }
      }
      gevonden.push({ begin, eind: begin + woord.trimEnd().length, soort });
    }
  }
  // Overlaps merge into the first (and widest) highlight.
  gevonden.sort((a, b) => a.begin - b.begin || b.eind - a.eind);
  const uit: Markering[] = [];
  for (const m of gevonden) {
    const vorige = uit[uit.length - 1];
    if (vorige && m.begin < vorige.eind) vorige.eind = Math.max(vorige.eind, m.eind);
    else uit.push({ ...m });
  }
  return uit;
}

/** The text with every highlight replaced by "[weggehaald]" — the reviewer's starting point. */
export function zonderMarkeringen(tekst: string, vervanging = '[…]'): string {
  let uit = '';
  let plek = 0;
  for (const m of markeer(tekst)) {
    uit += tekst.slice(plek, m.begin) + vervanging;
    plek = m.eind;
  }
  return uit + tekst.slice(plek);
}
