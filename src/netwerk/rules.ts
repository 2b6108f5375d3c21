import {
  type Contact,
  type LieverNietReden,
  RELATIE_CODES,
  type Relatie,
  type Samenvatting,
  STEUN,
  type Steun,
  wederkerigheidVan,
} from './codes.js';
import type { Balans, Cirkel, Vlag } from './kaart/types.js';
import { VLAGGEN } from './kaart/types.js';

/**
 * The pure rules of the netwerkkaart: balance, signals, the summary in the panel's three
 * groups, who may be asked per levensgebied, and what others may see. Data in, data out; the
 * same rules decide what the page shows and what the server allows (property tests in
 * rules.test.ts). Signals are conversation starters, never verdicts.
 */

/** What can be filled in about one person on the map. */
export type PersoonInvoer = {
  naam: string;
  naamZichtbaar: boolean;
  relatie: string;
  cirkel: Cirkel;
  contact: Contact;
  dichtbij: boolean;
  /** What she receives from them */
  krijgt: Steun[];
  /** What she does for them */
  geeft: Steun[];
  /** Levensgebied codes they help her with */
  helptBij: string[];
  eigenProblemen: boolean;
  zwaarBelast: boolean;
  lieverNiet: boolean;
  lieverNietReden: LieverNietReden | null;
  kostEnergie: boolean;
  notitie: string;
  /** The account of someone who holds a grant on the record, when she linked them */
  accountId: string | null;
};

export type Persoon = PersoonInvoer & { id: string; versie: number; createdAt: Date };

/** The fields of a person the rules look at (snapshots and proposals carry the same). */
export type Kern = Pick<
  PersoonInvoer,
  | 'relatie'
  | 'krijgt'
  | 'geeft'
  | 'helptBij'
  | 'dichtbij'
  | 'eigenProblemen'
  | 'zwaarBelast'
  | 'lieverNiet'
  | 'kostEnergie'
> & { id: string };

/** How much flows both ways together (line thickness): kinds received, given and domains helped with. */
export function steunVan(p: Kern): number {
  return p.krijgt.length + p.geeft.length + p.helptBij.length;
}

/** Which way giving and receiving leans, seen from her (kinds of support each way). */
export function balansVan(p: Kern): Balans {
  const krijgt = p.krijgt.length;
  const geeft = p.geeft.length;
  if (krijgt === 0 && geeft === 0) return 'geen';
  if (krijgt > geeft) return 'krijgt-meer';
  if (geeft > krijgt) return 'geeft-meer';
  return 'in-balans';
}

/** Capacity and strain flags, in the contract's order. Living far away is "not nearby". */
export function vlaggenVan(p: Kern): Vlag[] {
  const aan: Record<Vlag, boolean> = {
    'ver-weg': !p.dichtbij,
    'eigen-problemen': p.eigenProblemen,
    'zwaar-belast': p.zwaarBelast,
    'liever-niet-vragen': p.lieverNiet,
    'kost-energie': p.kostEnergie,
  };
  return VLAGGEN.filter((v) => aan[v]);
}

/**
 * Out of balance for what the relationship usually carries: only where balance is expected
 * (friends, acquaintances, neighbours, loose contacts), and only by two kinds or more.
 * Family gives without counting; paid or organised help expects nothing back.
 */
export const BALANS_MARGE = 2;
export function uitBalans(p: Kern): boolean {
  return (
    wederkerigheidVan(p.relatie) === 'evenwichtig' &&
    Math.abs(p.krijgt.length - p.geeft.length) >= BALANS_MARGE
  );
}

/** She wants to ask them, and they can carry it. */
export function kanGevraagdWorden(p: Kern): boolean {
  return !p.lieverNiet && !p.zwaarBelast;
}

/** Per levensgebied: is there someone I can and want to ask? */
export type GebiedStand = 'ja' | 'alleen-belast' | 'liever-niet' | 'niemand';

export function standPerGebied(personen: Kern[], codes: string[]): Record<string, GebiedStand> {
  const stand: Record<string, GebiedStand> = {};
  for (const code of codes) {
    const helpers = personen.filter((p) => p.helptBij.includes(code));
    if (helpers.some(kanGevraagdWorden)) stand[code] = 'ja';
    else if (helpers.some((p) => !p.lieverNiet)) stand[code] = 'alleen-belast';
    else if (helpers.length > 0) stand[code] = 'liever-niet';
    else stand[code] = 'niemand';
  }
  return stand;
}

/** The levensgebieden where nobody can or may be asked (next steps are offered there). */
export function tekorten(personen: Kern[], codes: string[]): string[] {
  const stand = standPerGebied(personen, codes);
  return codes.filter((code) => stand[code] !== 'ja');
}

/** "You ask a lot": receiving this many kinds of support and domains from one person. */
export const VEEL = 3;

export type Signaal =
  | { soort: 'veel-aan-belaste'; persoonId: string }
  | { soort: 'uit-balans'; persoonId: string; richting: 'krijgt-meer' | 'geeft-meer' }
  | { soort: 'niemand-voor-gebied'; code: string };

/**
 * Conversation starters: asking a lot of one person who is overloaded or has problems of their
 * own; give and take out of balance where balance is expected; a levensgebied she helps with
 * someone on the map but nobody she wants to (or can) ask. An empty map gives no per-domain
 * signals: the summary says it then ("te weinig mensen").
 */
export function signalen(personen: Kern[], codes: string[]): Signaal[] {
  const uit: Signaal[] = [];
  for (const p of personen) {
    if ((p.zwaarBelast || p.eigenProblemen) && p.krijgt.length + p.helptBij.length >= VEEL)
      uit.push({ soort: 'veel-aan-belaste', persoonId: p.id });
    if (uitBalans(p))
      uit.push({
        soort: 'uit-balans',
        persoonId: p.id,
        richting: p.krijgt.length > p.geeft.length ? 'krijgt-meer' : 'geeft-meer',
      });
  }
  if (personen.length > 0)
    for (const code of tekorten(personen, codes)) uit.push({ soort: 'niemand-voor-gebied', code });
  return uit;
}

/** At least this many people outside paid or organised help count as "enough people". */
export const GENOEG = 3;

/**
 * The panel's three groups, derived from the map: too few people (fewer than three outside
 * paid or organised help); enough people and she asks at least one of them for something; or
 * enough people but she asks none of them (or would rather not).
 */
export function afgeleideSamenvatting(personen: Kern[]): Samenvatting {
  const mensen = personen.filter((p) => wederkerigheidVan(p.relatie) !== 'geen');
  if (mensen.length < GENOEG) return 'te-weinig';
  const vraagt = mensen.some((p) => !p.lieverNiet && (p.krijgt.length > 0 || p.helptBij.length > 0));
  return vraagt ? 'genoeg-en-vraagt' : 'genoeg-vraagt-niet';
}

/** What counts: her own choice where she made one, otherwise what the map says. */
export function geldendeSamenvatting(afgeleid: Samenvatting, keuze: Samenvatting | null): Samenvatting {
  return keuze ?? afgeleid;
}

/** Names are the same person when they match ignoring case, accents' composition and spacing. */
export function gelijkeNaam(a: string, b: string): boolean {
  const norm = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
  return norm(a) === norm(b);
}

/** Whether this name is already on the map (another person than `behalve`). */
export function isDubbel(naam: string, bestaande: { id: string; naam: string }[], behalve?: string): boolean {
  return bestaande.some((p) => p.id !== behalve && gelijkeNaam(p.naam, naam));
}

/**
 * The number shown instead of a name ("Vriend 2"): per relationship, in the order people were
 * added (then by id), so it stays the same when someone else is added.
 */
export function nummers(personen: { id: string; relatie: string; createdAt: Date }[]): Map<string, number> {
  const volgorde = [...personen].sort(
    (a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id),
  );
  const teller = new Map<string, number>();
  const uit = new Map<string, number>();
  for (const p of volgorde) {
    const n = (teller.get(p.relatie) ?? 0) + 1;
    teller.set(p.relatie, n);
    uit.set(p.id, n);
  }
  return uit;
}

/** The resident sees every name; anyone else only the names she chose to show. */
export function magNaamZien(eigenaar: boolean, p: Pick<PersoonInvoer, 'naamZichtbaar'>): boolean {
  return eigenaar || p.naamZichtbaar;
}

/** Her notes are hers: only she reads them (and her download). */
export function magNotitieZien(eigenaar: boolean): boolean {
  return eigenaar;
}

/**
 * What a grantee's change may touch: the name's visibility and the notes are the resident's
 * alone, and a hidden name stays as it is. The result is what gets stored.
 */
export function wijzigingVanAnder(huidig: PersoonInvoer | undefined, voorstel: PersoonInvoer): PersoonInvoer {
  if (!huidig) return { ...voorstel, naamZichtbaar: false, notitie: '' };
  return {
    ...voorstel,
    naam: huidig.naamZichtbaar ? voorstel.naam : huidig.naam,
    naamZichtbaar: huidig.naamZichtbaar,
    notitie: huidig.notitie,
  };
}

/** The kinds of support in a stable order, without doubles (forms may repeat a value). */
export function steunSet(values: readonly string[]): Steun[] {
  return STEUN.filter((s) => values.includes(s));
}

/**
 * A person as one viewer may see them: for anyone but the resident a hidden name becomes the
 * label ("Vriend 2") and the notes are left out. Pages never get what they may not show.
 */
export function voorKijker<P extends Persoon>(eigenaar: boolean, p: P, label: string): P {
  return {
    ...p,
    naam: magNaamZien(eigenaar, p) ? p.naam : label,
    notitie: magNotitieZien(eigenaar) ? p.notitie : '',
  };
}

/** The picture's and the list's view of a person (the ecomap contract), from the rules above. */
export function naarKaartPersoon(p: Kern & { cirkel: Cirkel }, label: string, relatie: string) {
  return {
    id: p.id,
    label,
    relatie,
    cirkel: p.cirkel,
    steun: steunVan(p),
    balans: balansVan(p),
    vlaggen: vlaggenVan(p),
  };
}

/**
 * The relationships offered in the form: every code the gemeente did not hide, plus the
 * person's own (someone who has a hidden code keeps it). In the spectrum's order.
 */
export function aangebodenRelaties(
  instellingen: readonly { code: string; verborgen: boolean }[],
  huidige?: string,
): Relatie[] {
  const verborgen = new Set(instellingen.filter((i) => i.verborgen).map((i) => i.code));
  return RELATIE_CODES.filter((code) => !verborgen.has(code) || code === huidige);
}
