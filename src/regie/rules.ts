import type { Niveau } from './schema.js';
import { NIVEAUS } from './schema.js';

/**
 * The rules of eigen regie, as pure functions: who may do what with a resident's record.
 * The door (door.ts) asks these with what it read from the database; pages use the same
 * functions to decide what to show, so the page and the server never disagree.
 */

export type { Niveau };
export { NIVEAUS };
export type NiveauOfGeen = Niveau | 'geen';

const RANG: Record<NiveauOfGeen, number> = { geen: 0, lezen: 1, reageren: 2, voorstellen: 3, bewerken: 4 };

/** True when `heeft` is at least `nodig`: bewerken includes voorstellen, reageren and lezen. */
export function niveauVolstaat(heeft: NiveauOfGeen | undefined, nodig: Niveau): boolean {
  return RANG[heeft ?? 'geen'] >= RANG[nodig];
}

export type Persoon = { accountId: string; gemeenteId: string; rol: string };
export type DossierFeiten = { id: string; gemeenteId: string; inwonerAccountId: string };
export type ToegangFeiten = {
  id: string;
  soort: 'uitnodiging' | 'vertegenwoordiger';
  eindigtOp: Date | null;
  ingetrokkenOp: Date | null;
  niveaus: Partial<Record<string, Niveau>>;
};
export type NoodtoegangFeiten = { id: string; expiresAt: Date };

/** systeem: the named bypass (door/door.ts systeemToegang), never the result of a decision */
export type Grondslag = 'eigenaar' | 'toegang' | 'vertegenwoordiger' | 'noodtoegang' | 'systeem';
export type Weigering =
  | 'geen-dossier'
  | 'andere-gemeente'
  | 'geen-toegang'
  | 'verlopen'
  | 'ingetrokken'
  | 'niveau-te-laag'
  | 'alleen-eigenaar'
  /** A neighbour's light record (Samen, decision 048) holds only her Samen part. */
  | 'alleen-samen';

/**
 * The sections a neighbour's own light record opens (decision 048): her Samen part; `null` is the
 * record as a whole (her trail, her download, erasure).
 */
export const BUUR_SECTIES: readonly (string | null)[] = [null, 'samen'];

/**
 * The roles the door knows. Anyone else — the panel worker (`panelmedewerker`, decision 051)
 * and any role added later without a rule here — is refused everything, fail closed.
 */
export const DEUR_ROLLEN: readonly string[] = [
  'inwoner',
  'naaste',
  'professional',
  'beheerder',
  'analist',
  'buur',
];

/** The roles a grant (an invitation or a representation) can open a record to. */
export const GRANT_ROLLEN: readonly string[] = ['inwoner', 'naaste', 'professional'];

export type Besluit =
  | {
      toegestaan: true;
      grondslag: Grondslag;
      toegangId: string | null;
      noodtoegangId: string | null;
      niveau: Niveau;
    }
  | { toegestaan: false; reden: Weigering; toegangId: string | null };

/** Only crisiskaart can be opened in an emergency, only to read, only by a professional. */
export const NOODTOEGANG_SECTIE = 'crisiskaart';
export const NOODTOEGANG_DUUR_MS = 60 * 60_000;

/**
 * Decides one access: may `persoon` do something that needs `nodig` on `sectie` of `dossier`?
 * Fails closed: anything not explicitly allowed is refused, with the reason for the audit.
 */
export function beslis(input: {
  persoon: Persoon;
  dossier: DossierFeiten | undefined;
  toegang: ToegangFeiten | undefined;
  noodtoegang: NoodtoegangFeiten | undefined;
  sectie: string | null;
  nodig: Niveau;
  /** Actions only the resident can take: sharing, the trail, export, erasure. No one passes access on. */
  alleenEigenaar?: boolean;
  nu: Date;
}): Besluit {
  const { persoon, dossier, toegang, noodtoegang, sectie, nodig, nu } = input;
  if (!dossier) return { toegestaan: false, reden: 'geen-dossier', toegangId: null };
  if (dossier.gemeenteId !== persoon.gemeenteId)
    return { toegestaan: false, reden: 'andere-gemeente', toegangId: null };
  // A role no rule below names (the panel worker, decision 051, or any role added later) gets
  // nothing: not even a record made with her account, nor a grant row that names her.
  if (!DEUR_ROLLEN.includes(persoon.rol))
    return { toegestaan: false, reden: 'geen-toegang', toegangId: null };
  if (dossier.inwonerAccountId === persoon.accountId) {
    if (persoon.rol === 'buur' && !BUUR_SECTIES.includes(sectie))
      return { toegestaan: false, reden: 'alleen-samen', toegangId: null };
    return {
      toegestaan: true,
      grondslag: 'eigenaar',
      toegangId: null,
      noodtoegangId: null,
      niveau: 'bewerken',
    };
  }
  if (input.alleenEigenaar)
    return { toegestaan: false, reden: 'alleen-eigenaar', toegangId: toegang?.id ?? null };
  // Only these roles can hold a grant: beheerders, analisten and neighbours (decision 048) never
  // see a person's record, not even with a grant row.
  if (!GRANT_ROLLEN.includes(persoon.rol))
    return { toegestaan: false, reden: 'geen-toegang', toegangId: null };
  if (
    noodtoegang &&
    persoon.rol === 'professional' &&
    sectie === NOODTOEGANG_SECTIE &&
    nodig === 'lezen' &&
    noodtoegang.expiresAt > nu
  ) {
    return {
      toegestaan: true,
      grondslag: 'noodtoegang',
      toegangId: null,
      noodtoegangId: noodtoegang.id,
      niveau: 'lezen',
    };
  }
  if (!toegang) return { toegestaan: false, reden: 'geen-toegang', toegangId: null };
  if (toegang.ingetrokkenOp) return { toegestaan: false, reden: 'ingetrokken', toegangId: toegang.id };
  if (toegang.eindigtOp && toegang.eindigtOp <= nu)
    return { toegestaan: false, reden: 'verlopen', toegangId: toegang.id };
  // A grant without a section (sectie null) is about the record as a whole: any section level will do to see it exists.
  const heeft = sectie === null ? hoogsteNiveau(toegang.niveaus) : toegang.niveaus[sectie];
  if (!niveauVolstaat(heeft, nodig))
    return { toegestaan: false, reden: 'niveau-te-laag', toegangId: toegang.id };
  return {
    toegestaan: true,
    grondslag: toegang.soort === 'vertegenwoordiger' ? 'vertegenwoordiger' : 'toegang',
    toegangId: toegang.id,
    noodtoegangId: null,
    niveau: heeft as Niveau,
  };
}

export function hoogsteNiveau(niveaus: Partial<Record<string, Niveau>>): NiveauOfGeen {
  let best: NiveauOfGeen = 'geen';
  for (const niveau of Object.values(niveaus)) if (niveau && RANG[niveau] > RANG[best]) best = niveau;
  return best;
}

/** A grant is live when not revoked and not past its end date. */
export function isLive(toegang: { ingetrokkenOp: Date | null; eindigtOp: Date | null }, nu: Date): boolean {
  return !toegang.ingetrokkenOp && (!toegang.eindigtOp || toegang.eindigtOp > nu);
}

/** Who may be invited for what: naasten and professionals; never the resident themselves. */
export function magUitnodigen(input: { eigenEmail: string; email: string }): 'ok' | 'zichzelf' {
  return input.email === input.eigenEmail ? 'zichzelf' : 'ok';
}

/** Invitation roles versus account roles: anyone but beheerder/analist can be a naaste; a professional must be one. */
export function rolPastBijUitnodiging(
  uitnodigingRol: 'naaste' | 'professional',
  accountRol: string,
): boolean {
  if (uitnodigingRol === 'professional') return accountRol === 'professional';
  return accountRol === 'naaste' || accountRol === 'inwoner';
}

/** How long "ongedaan maken" stays possible after she stopped someone's access. */
export const ONGEDAAN_MAKEN_MS = 10 * 60_000;

/** The grants she stopped so recently that she can still undo it, the newest first. */
export function nogTerugTeDraaien<T extends { soort: string; ingetrokken_op: Date | null }>(
  toegangen: readonly T[],
  nu: Date,
): T[] {
  return toegangen
    .filter(
      (t) =>
        t.soort === 'uitnodiging' &&
        t.ingetrokken_op !== null &&
        t.ingetrokken_op.getTime() <= nu.getTime() &&
        nu.getTime() - t.ingetrokken_op.getTime() < ONGEDAAN_MAKEN_MS,
    )
    .sort((a, b) => (b.ingetrokken_op as Date).getTime() - (a.ingetrokken_op as Date).getTime());
}
