import type { Db } from '../platform/db/database.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import type { Viewer } from '../platform/http/request-context.js';
import { appendAudit } from './audit.js';
import * as q from './queries.js';
import { type Besluit, beslis, type Grondslag, NOODTOEGANG_SECTIE } from './rules.js';
import type { AuditActie, Niveau } from './schema.js';

/**
 * The one door to a resident's personal data. Every read or write of a record goes through
 * `viaDeDeur`: it reads the grants, asks the pure rules (rules.ts), runs the work only when
 * allowed, and writes the audit entry in the same transaction — or, when refused, writes the
 * denial and answers 403. Section data functions take a `Toegang`, which only this file can
 * make, so code that skips the door does not type-check.
 */

const maakToegang = Symbol('alleen de deur maakt toegang');

export class Toegang {
  readonly dossierId: string;
  readonly gemeenteId: string;
  readonly sectie: string | null;
  readonly niveau: Niveau;
  readonly grondslag: Grondslag;
  /** The transaction the audit entry is written in; use it for the data access itself. */
  readonly db: Db;

  constructor(
    token: typeof maakToegang,
    fields: {
      dossierId: string;
      gemeenteId: string;
      sectie: string | null;
      niveau: Niveau;
      grondslag: Grondslag;
      db: Db;
    },
  ) {
    if (token !== maakToegang) throw new Error('Toegang is only made by the door');
    this.dossierId = fields.dossierId;
    this.gemeenteId = fields.gemeenteId;
    this.sectie = fields.sectie;
    this.niveau = fields.niveau;
    this.grondslag = fields.grondslag;
    this.db = fields.db;
  }
}

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

export async function viaDeDeur<T>(
  db: Db,
  viewer: Viewer,
  verzoek: Verzoek,
  opties: DeurOpties,
  werk: (toegang: Toegang) => Promise<T>,
): Promise<T> {
  const outcome = await db.transaction().execute(async (trx) => {
    const dossierId = isUuid(verzoek.dossierId) ? verzoek.dossierId : null;
    const dossier = dossierId ? await q.findDossier(trx, dossierId) : undefined;
    // The owner needs no grant; anyone else's grant and emergency access are read fresh every time.
    const ander = dossier !== undefined && dossier.inwonerAccountId !== viewer.accountId;
    const toegang = ander ? await q.findLiveToegang(trx, dossier.id, viewer.accountId) : undefined;
    // Emergency access only ever opens the crisiskaart to read, for a professional: look it up only then.
    const kanNood =
      ander &&
      viewer.rol === 'professional' &&
      verzoek.sectie === NOODTOEGANG_SECTIE &&
      verzoek.nodig === 'lezen';
    const noodtoegang = kanNood
      ? await q.findActiveNoodtoegang(trx, dossier.id, viewer.accountId, opties.now)
      : undefined;
    const besluit = beslis({
      persoon: { accountId: viewer.accountId, gemeenteId: viewer.gemeenteId, rol: viewer.rol },
      dossier,
      toegang,
      noodtoegang,
      sectie: verzoek.sectie,
      nodig: verzoek.nodig,
      alleenEigenaar: verzoek.alleenEigenaar ?? false,
      nu: opties.now,
    });
    const audit = (b: Besluit) =>
      appendAudit(trx, {
        // A denied look at another gemeente's record is logged in the viewer's own chain.
        gemeenteId: viewer.gemeenteId,
        occurredAt: opties.now,
        actorAccountId: viewer.accountId,
        actorRol: viewer.rol,
        actorOrganisatieId: viewer.organisatieId,
        namensAccountId: null,
        dossierId: dossier && dossier.gemeenteId === viewer.gemeenteId ? dossier.id : null,
        sectie: verzoek.sectie,
        itemId: verzoek.itemId ?? (dossier ? null : `onbekend:${String(verzoek.dossierId).slice(0, 64)}`),
        actie: b.toegestaan && b.grondslag === 'noodtoegang' ? 'emergency' : verzoek.actie,
        uitkomst: b.toegestaan ? 'allowed' : 'denied',
        grondslag: b.toegestaan ? b.grondslag : `geweigerd:${b.reden}`,
        toegangId: b.toegangId,
        noodtoegang: b.toegestaan && b.grondslag === 'noodtoegang',
        origin: opties.origin ?? 'web',
      });
    if (!besluit.toegestaan || !dossier) {
      await audit(besluit);
      return { toegestaan: false as const };
    }
    const result = await werk(
      new Toegang(maakToegang, {
        dossierId: dossier.id,
        gemeenteId: dossier.gemeenteId,
        sectie: verzoek.sectie,
        niveau: besluit.niveau,
        grondslag: besluit.grondslag,
        db: trx,
      }),
    );
    // The owner's own reads are not logged (security.md: reads by others, writes by anyone).
    const eigenLezen =
      besluit.grondslag === 'eigenaar' && verzoek.actie === 'read' && !verzoek.auditEigenLezen;
    if (!eigenLezen) await audit(besluit);
    return { toegestaan: true as const, result };
  });
  // Refused: the denial is committed above; the answer is the same whatever the reason.
  if (!outcome.toegestaan) throw new HttpError('FORBIDDEN');
  return outcome.result;
}

/**
 * The resident's own record, for pages that act on "my" record (grants, trail, export).
 * Returns undefined for accounts that are not residents.
 */
export async function eigenDossierId(db: Db, viewer: Viewer): Promise<string | undefined> {
  if (viewer.rol !== 'inwoner') return undefined;
  return q.ensureDossier(db, viewer.gemeenteId, viewer.accountId);
}
