import type { Db } from '../../platform/db/database.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { type AuditActor, appendAudit, auditRegel } from '../audit/audit.js';
import {
  type Besluit,
  beslis,
  type DossierFeiten,
  NOODTOEGANG_SECTIE,
  type NoodtoegangFeiten,
  type ToegangFeiten,
} from '../rules.js';
import type { AuditActie, AuditUitkomst, Niveau } from '../schema.js';
import * as q from './queries.js';
import { kenVerpakteSleutel, leesSleutelMee, ontsleutelVeld, REGIE_VELDEN } from './sleutel.js';
import {
  type AggregaatReden,
  type AggregaatToegang,
  maakAggregaatToegang,
  maakToegang,
  ontsluit,
  Toegang,
  type ToegangVelden,
} from './toegang.js';

export { type AggregaatReden, AggregaatToegang, Toegang } from './toegang.js';

/**
 * The one door to a resident's personal data. Every read or write of a record goes through
 * `viaDeDeur`: it reads the grants, asks the pure rules (rules.ts), runs the work only when
 * allowed, and writes the audit entry in the same transaction — or, when refused, writes the
 * denial and answers 403. A change runs in a savepoint: when it refuses or fails itself (a
 * rule inside the use case, a conflict), only the work is undone and the attempt stays in the
 * trail with its outcome. A read has no savepoint: when it fails, its whole transaction is
 * rolled back and the failure is written just after. Section data functions take a `Toegang`,
 * which only this file can make, so code that skips the door does not type-check.
 *
 * The door cannot express everything: seed data, command-line tools, jobs, emergency access,
 * accepting an invitation link, a beheerder entering a legal representative, and (to come)
 * work across two residents' records or aggregates over many. Those take `systeemToegang`,
 * the one named bypass: grep for it to review every use; each is audited with its reason.
 */

export type Verzoek = {
  dossierId: string;
  /** null: the record as a whole (its grants, its trail, its export) */
  sectie: string | null;
  /** The level the action needs: lezen to read, bewerken to change … */
  nodig: Niveau;
  actie: AuditActie;
  itemId?: string;
  /** Sharing, the trail, export and erasure: the resident only. */
  alleenEigenaar?: boolean;
  /** Only for the owner's own reads that security.md asks to log anyway (reading the trail). */
  auditEigenLezen?: boolean;
};

export type DeurOpties = { now: Date; origin?: string };

type Afloop<T> =
  | { soort: 'gedaan'; result: T }
  | { soort: 'geweigerd' }
  | { soort: 'mislukt'; fout: unknown };

/** A read that failed inside its transaction: written to the trail after the rollback. */
class LezenMislukt {
  constructor(
    readonly fout: unknown,
    readonly besluit: Besluit,
    readonly dossier: DossierFeiten,
  ) {}
}

export async function viaDeDeur<T>(
  db: Db,
  viewer: Viewer,
  verzoek: Verzoek,
  opties: DeurOpties,
  werk: (toegang: Toegang) => Promise<T>,
): Promise<T> {
  const dossierId = isUuid(verzoek.dossierId) ? verzoek.dossierId : null;
  const lezen = verzoek.actie === 'read';
  let afloop: Afloop<T>;
  try {
    afloop = await db.transaction().execute(async (trx): Promise<Afloop<T>> => {
      // The record, its wrapped data key (a page that decrypts needs no extra round trip) and the
      // viewer's grant, read fresh every time, in one statement. The owner needs no grant.
      const gevonden = dossierId
        ? await q.findDossierSleutelEnToegang(trx, dossierId, viewer.accountId, leesSleutelMee())
        : undefined;
      const dossier = gevonden?.dossier;
      const ander = dossier !== undefined && dossier.inwonerAccountId !== viewer.accountId;
      const toegang = ander ? gevonden?.toegang : undefined;
      // Emergency access only ever opens the crisiskaart to read, for a professional: look it up only then.
      const kanNood =
        ander &&
        viewer.rol === 'professional' &&
        verzoek.sectie === NOODTOEGANG_SECTIE &&
        verzoek.nodig === 'lezen';
      const noodtoegang = kanNood
        ? await q.findActiveNoodtoegang(trx, dossier.id, viewer.accountId, opties.now)
        : undefined;
      const besluit = beslis(beslisFeiten(viewer, verzoek, opties, dossier, toegang, noodtoegang));
      if (!besluit.toegestaan || !dossier) {
        await appendAudit(
          trx,
          deurRegel(
            viewer,
            verzoek,
            opties,
            dossier,
            besluit,
            'denied',
            besluit.toegestaan ? 'geweigerd:geen-dossier' : `geweigerd:${besluit.reden}`,
          ),
        );
        return { soort: 'geweigerd' };
      }
      const sleutel = maakToegang(toegangVelden(dossier, verzoek, besluit, toegang, noodtoegang), trx);
      kenVerpakteSleutel(sleutel, gevonden?.sleutel);
      // A change runs in a savepoint: when it refuses or fails itself (a rule inside the use case,
      // a conflict), only the work is undone and the attempt stays in the trail with its outcome.
      // A read spares the savepoint's two round trips (issue 20): when it fails, the whole
      // transaction is rolled back — undoing anything it wrote — and the failure is written just
      // after (LezenMislukt).
      if (!lezen) await q.savepoint(trx);
      let result: T;
      try {
        result = await werk(sleutel);
      } catch (fout) {
        if (lezen) throw new LezenMislukt(fout, besluit, dossier);
        await q.rollbackToSavepoint(trx);
        await appendAudit(trx, mislukteRegel(viewer, verzoek, opties, dossier, besluit, fout));
        return { soort: 'mislukt', fout };
      }
      if (!lezen) await q.releaseSavepoint(trx);
      // The owner's own reads are not logged (security.md: reads by others, writes by anyone).
      const eigenLezen = besluit.grondslag === 'eigenaar' && lezen && !verzoek.auditEigenLezen;
      if (!eigenLezen)
        await appendAudit(
          trx,
          deurRegel(viewer, verzoek, opties, dossier, besluit, 'allowed', besluit.grondslag),
        );
      return { soort: 'gedaan', result };
    });
  } catch (fout) {
    if (!(fout instanceof LezenMislukt)) throw fout;
    await appendAudit(db, mislukteRegel(viewer, verzoek, opties, fout.dossier, fout.besluit, fout.fout));
    throw fout.fout;
  }
  // Refused: the denial is committed above; the answer is the same whatever the reason.
  if (afloop.soort === 'geweigerd') throw new HttpError('FORBIDDEN');
  if (afloop.soort === 'mislukt') throw afloop.fout;
  return afloop.result;
}

function beslisFeiten(
  viewer: Viewer,
  verzoek: Verzoek,
  opties: DeurOpties,
  dossier: DossierFeiten | undefined,
  toegang: ToegangFeiten | undefined,
  noodtoegang: NoodtoegangFeiten | undefined,
): Parameters<typeof beslis>[0] {
  return {
    persoon: { accountId: viewer.accountId, gemeenteId: viewer.gemeenteId, rol: viewer.rol },
    dossier,
    toegang,
    noodtoegang,
    sectie: verzoek.sectie,
    nodig: verzoek.nodig,
    alleenEigenaar: verzoek.alleenEigenaar ?? false,
    nu: opties.now,
  };
}

function toegangVelden(
  dossier: DossierFeiten,
  verzoek: Verzoek,
  besluit: Besluit & { toegestaan: true },
  toegang: ToegangFeiten | undefined,
  noodtoegang: NoodtoegangFeiten | undefined,
): ToegangVelden {
  return {
    dossierId: dossier.id,
    gemeenteId: dossier.gemeenteId,
    sectie: verzoek.sectie,
    niveau: besluit.niveau,
    grondslag: besluit.grondslag,
    niveaus: besluit.grondslag === 'eigenaar' ? {} : (toegang?.niveaus ?? {}),
    noodtoegangTot: besluit.grondslag === 'noodtoegang' ? (noodtoegang?.expiresAt ?? null) : null,
  };
}

/** The entry the door writes for one attempt. */
function deurRegel(
  viewer: Viewer,
  verzoek: Verzoek,
  opties: DeurOpties,
  dossier: DossierFeiten | undefined,
  besluit: Besluit,
  uitkomst: AuditUitkomst,
  grondslag: string,
) {
  return auditRegel(viewer, {
    // A denied look at another gemeente's record is logged in the viewer's own chain.
    gemeenteId: viewer.gemeenteId,
    occurredAt: opties.now,
    dossierId: dossier && dossier.gemeenteId === viewer.gemeenteId ? dossier.id : null,
    sectie: verzoek.sectie,
    itemId: verzoek.itemId ?? (dossier ? null : `onbekend:${String(verzoek.dossierId).slice(0, 64)}`),
    actie: besluit.toegestaan && besluit.grondslag === 'noodtoegang' ? 'emergency' : verzoek.actie,
    uitkomst,
    grondslag,
    toegangId: besluit.toegangId,
    noodtoegang: besluit.toegestaan && besluit.grondslag === 'noodtoegang',
    origin: opties.origin ?? 'web',
  });
}

/** The entry for work that refused (a 4xx of its own) or failed after the door let it in. */
function mislukteRegel(
  viewer: Viewer,
  verzoek: Verzoek,
  opties: DeurOpties,
  dossier: DossierFeiten,
  besluit: Besluit,
  fout: unknown,
) {
  const weigering = weigeringVan(fout);
  return deurRegel(
    viewer,
    verzoek,
    opties,
    dossier,
    besluit,
    weigering ? 'denied' : 'failed',
    weigering ?? 'mislukt',
  );
}

/** A refusal raised inside the work (403, 404, 409 …) as it is written in the trail; undefined for a failure. */
function weigeringVan(fout: unknown): string | undefined {
  if (fout instanceof HttpError && fout.status < 500)
    return `geweigerd:${fout.reden ?? fout.code.toLowerCase()}`;
  return undefined;
}

/** Why the system path was taken; it is written as the entry's ground, so the trail says it. */
export type SysteemReden =
  /** fictional demo and test data (src/demo) */
  | 'voorbeeldgegevens'
  /** a professional opens the crisiskaart in an emergency (noodtoegang.ts) */
  | 'noodtoegang'
  /** the holder of an invitation link accepts it (delen.ts) */
  | 'uitnodiging'
  /** a beheerder enters a court-appointed representative (vertegenwoordiging.ts) */
  | 'wettelijke-vertegenwoordiging'
  /** the step at start that encrypts text stored before field encryption (versleuteling.ts) */
  | 'versleuteling'
  /** an erased record found again after a restore is erased again (versleuteling.ts) */
  | 'herstel-wissing'
  /** the holder of a waakvlam check-in link reads and answers it without logging in (waakvlam/systeem.ts) */
  | 'waakvlam-checkin'
  /** the waakvlam's jobs: sending due check-ins, telling the chosen people of a rise (waakvlam/systeem.ts) */
  | 'waakvlam-taak'
  /** someone on the resident's network map answers a crisiskaart agreement by its e-mailed link (crisiskaart) */
  | 'afspraak-link'
  /** the job that asks to check a crisiskaart again after 18 months (crisiskaart) */
  | 'crisiskaart-hercontrole'
  /** a job warns the professionals before a legal deadline of a melding (gesprekken/herinnering.ts) */
  | 'termijnherinnering'
  /** Samen's matching round reads each participant's matching data and writes proposals (samen/systeem.ts) */
  | 'samen-matching'
  /** a member of a Samen proposal sees the others' first name and neighbourhood, contact once all accepted (samen/systeem.ts) */
  | 'samen-voorstel'
  /** Samen's coordinator reviews a report, pauses someone or records an identity/VOG check (samen/systeem.ts) */
  | 'samen-coordinatie'
  /** Samen's grouping reads each participant's grouping data and writes group proposals (samen/groepen/systeem.ts) */
  | 'samen-groepen'
  /** a member of a Samen group sees the others' first name and neighbourhood, contact once the group started (samen/groepen/systeem.ts) */
  | 'samen-groep'
  /** a job reminds the resident (and whom she chose) on a plan's evaluation day (plan/herinnering.ts) */
  | 'plan-evaluatie'
  /** a job puts the goals of a report (or a netwerkberaad's plan) she approved into her plan as proposals (gesprekken/doelen.ts) */
  | 'verslag-doelen'
  /** someone the resident invited to her netwerkberaad reads and answers the invitation by its e-mailed link (gesprekken/beraad-link.ts) */
  | 'beraad-uitnodiging'
  /** the job that asks, 4 weeks after a netwerkberaad, how its plan goes (gesprekken/doelen.ts) */
  | 'beraad-vervolg'
  /** a resident links her record to, or unlinks it from, a housemate's household: written in the other's record too (plan/huishouden.ts) */
  | 'huishouden'
  /** her plan's coordination warning counts the professionals of the other records of her household, numbers only (plan/lezen.ts) */
  | 'huishouden-telling';

export type SysteemAanvraag = {
  reden: SysteemReden;
  /** Added to the reason in the trail, e.g. the legal basis ("bewindvoering") */
  detail?: string;
  gemeenteId: string;
  dossierId: string;
  now: Date;
  /** The person on whose action this happens, if any (the professional, the beheerder …) */
  actor: AuditActor | null;
  actie: AuditActie;
  sectie?: string | null;
  itemId?: string;
  noodtoegang?: boolean;
  origin?: string;
};

/** What the work can add to its audit entry once it knows it (the id of the grant it wrote). */
export type SysteemNotitie = { itemId?: string; toegangId?: string };

/**
 * The one bypass of the door, for work that no grant can allow (see the list at the top).
 * It opens the record at the level `bewerken`, runs the work and writes one audit entry with
 * the reason as its ground, all in one transaction. A record of another gemeente is not found.
 */
export async function systeemToegang<T>(
  dbOfToegang: Db | Toegang,
  aanvraag: SysteemAanvraag,
  werk: (toegang: Toegang, notitie: SysteemNotitie) => Promise<T>,
): Promise<T> {
  // Work across two residents' records (a household): given the Toegang the door opened for
  // one, the other is opened in that same transaction, so both entries and the work commit
  // together or not at all.
  const db = dbOfToegang instanceof Toegang ? ontsluit(dbOfToegang) : dbOfToegang;
  // Seed data writes many records in one transaction of its own: join it rather than nest.
  const inTransactie = <R>(werkIn: (trx: Db) => Promise<R>) =>
    db.isTransaction ? werkIn(db) : db.transaction().execute(werkIn);
  return inTransactie(async (trx) => {
    const dossier = isUuid(aanvraag.dossierId) ? await q.findDossier(trx, aanvraag.dossierId) : undefined;
    if (!dossier || dossier.gemeenteId !== aanvraag.gemeenteId) throw new HttpError('NOT_FOUND');
    const notitie: SysteemNotitie = {};
    const result = await werk(
      maakToegang(
        {
          dossierId: dossier.id,
          gemeenteId: dossier.gemeenteId,
          sectie: aanvraag.sectie ?? null,
          niveau: 'bewerken',
          grondslag: 'systeem',
          niveaus: {},
          noodtoegangTot: null,
        },
        trx,
      ),
      notitie,
    );
    await appendAudit(
      trx,
      auditRegel(aanvraag.actor, {
        gemeenteId: dossier.gemeenteId,
        occurredAt: aanvraag.now,
        dossierId: dossier.id,
        sectie: aanvraag.sectie ?? null,
        itemId: notitie.itemId ?? aanvraag.itemId ?? null,
        actie: aanvraag.actie,
        uitkomst: 'allowed',
        grondslag: aanvraag.detail ? `${aanvraag.reden}:${aanvraag.detail}` : aanvraag.reden,
        toegangId: notitie.toegangId ?? null,
        noodtoegang: aanvraag.noodtoegang ?? false,
        origin: aanvraag.origin ?? 'web',
      }),
    );
    return result;
  });
}

/**
 * The named system path for sums over many records of one gemeente (the monitor's figures):
 * the work gets an `AggregaatToegang`, which opens no single record, and one audit entry
 * without a record says who asked and why, in the same transaction. What the work may read
 * across records is reviewed where the purpose is named (`AggregaatReden`).
 */
export async function systeemAggregaat<T>(
  db: Db,
  aanvraag: {
    reden: AggregaatReden;
    gemeenteId: string;
    now: Date;
    actor: AuditActor | null;
    origin?: string;
    /** What the work does: reading (the default) or, for the review of open answers, changing. */
    actie?: AuditActie;
  },
  werk: (toegang: AggregaatToegang) => Promise<T>,
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    const result = await werk(
      maakAggregaatToegang({ gemeenteId: aanvraag.gemeenteId, reden: aanvraag.reden }, trx),
    );
    await appendAudit(
      trx,
      auditRegel(aanvraag.actor, {
        gemeenteId: aanvraag.gemeenteId,
        occurredAt: aanvraag.now,
        dossierId: null,
        actie: aanvraag.actie ?? 'read',
        uitkomst: 'allowed',
        grondslag: `aggregaat:${aanvraag.reden}`,
        origin: aanvraag.origin ?? 'web',
      }),
    );
    return result;
  });
}

/**
 * Logs a refused attempt that never reached the work because the request itself broke a
 * rule of eigen regie (inviting oneself, a section that does not exist, an invitation for
 * someone else, too many emergency look-ups). Nothing else is written.
 */
export async function registreerPoging(
  db: Db,
  viewer: Viewer,
  poging: {
    dossierId: string | null;
    sectie: string | null;
    actie: AuditActie;
    reden: string;
    itemId?: string;
  },
  now: Date,
): Promise<void> {
  await db.transaction().execute((trx) =>
    appendAudit(
      trx,
      auditRegel(viewer, {
        gemeenteId: viewer.gemeenteId,
        occurredAt: now,
        // An id from a URL is only kept when it is a real id; garbage is not stored (nor able to fail the insert).
        dossierId: isUuid(poging.dossierId) ? poging.dossierId : null,
        sectie: poging.sectie,
        itemId: poging.itemId ?? null,
        actie: poging.actie,
        uitkomst: 'denied',
        grondslag: `geweigerd:${poging.reden}`,
      }),
    ),
  );
}

/**
 * The resident's own record, for pages that act on "my" record (grants, trail, export).
 * Only reads: a GET never makes a record (security.md). Undefined for accounts that are not
 * residents, and for a resident whose record was not made yet (an account made outside the
 * app): her pages say so and offer to start (`maakEigenDossier`, a POST).
 */
export async function eigenDossierId(db: Db, viewer: Viewer): Promise<string | undefined> {
  if (viewer.rol !== 'inwoner') return undefined;
  return (await q.findDossierOfInwoner(db, viewer.gemeenteId, viewer.accountId))?.id;
}

/**
 * A neighbour's own light record (Samen, decision 048), for Samen's own pages: made with her
 * account when the coordinator approved her; the door opens only its Samen part to her.
 */
export async function eigenBuurDossierId(db: Db, viewer: Viewer): Promise<string | undefined> {
  if (viewer.rol !== 'buur') return undefined;
  return (await q.findDossierOfInwoner(db, viewer.gemeenteId, viewer.accountId))?.id;
}

/** The resident starts her own record (her first POST, when it was not made with her account). */
export async function maakEigenDossier(db: Db, viewer: Viewer): Promise<string> {
  if (viewer.rol !== 'inwoner') throw new HttpError('FORBIDDEN');
  return q.ensureDossier(db, viewer.gemeenteId, viewer.accountId);
}

/**
 * The record of a resident, made when it does not exist yet: when her account is made (by a
 * beheerder, or as demo data, in that transaction), or when a beheerder or professional acts
 * on it by a POST (a representative, emergency access). Never on a GET.
 */
export async function dossierVanInwoner(
  db: Db,
  gemeenteId: string,
  inwonerAccountId: string,
): Promise<string> {
  return q.ensureDossier(db, gemeenteId, inwonerAccountId);
}

/**
 * The records shared with this person (live grants only): a naaste's or professional's only
 * "client list". Read by the door because it is the door's own knowledge: who holds a grant.
 */
export async function gedeeldMet(db: Db, viewer: Viewer, now: Date) {
  if (viewer.rol !== 'naaste' && viewer.rol !== 'professional' && viewer.rol !== 'inwoner') return [];
  return q.listDossiersGrantedTo(db, viewer.gemeenteId, viewer.accountId, now);
}

/** An invitation by the hash of its link's token; the link itself is the key, so it is read here. */
export async function uitnodigingVanLink(db: Db, gemeenteId: string, tokenHash: string) {
  const uitnodiging = await q.findUitnodiging(db, gemeenteId, tokenHash);
  if (!uitnodiging) return undefined;
  // The link is the key: its holder may read the invitation's "waarom", so the door unlocks
  // that one field of the record for reading here, without a grant and without other data.
  const alleenDitVeld = maakToegang(
    {
      dossierId: uitnodiging.dossier_id,
      gemeenteId,
      sectie: null,
      niveau: 'lezen',
      grondslag: 'systeem',
      niveaus: {},
      noodtoegangTot: null,
    },
    db,
  );
  const doel = await ontsleutelVeld(
    alleenDitVeld,
    REGIE_VELDEN.uitnodigingDoel(uitnodiging.id),
    uitnodiging.doel,
  );
  return { ...uitnodiging, doel };
}
