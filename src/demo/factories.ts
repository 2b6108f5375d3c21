import { hashPassword } from '../auth/passwords.js';
import { huidigeCatalogus } from '../levensgebieden/queries.js';
import { VERSIE, type Vragenlijst } from '../levensgebieden/vragenlijsten/items.js';
import type { Db } from '../platform/db/database.js';
import type { AuditActie, Gemeente, Niveau, Rol, ThemaSettings } from '../platform/db/schema.js';
import { insertGemeente } from '../platform/gemeente/queries.js';
import { appendAudit } from '../regie/audit.js';
import { insertNoodtoegang, insertToegang } from '../regie/queries.js';
import { NOODTOEGANG_DUUR_MS } from '../regie/rules.js';

/**
 * Builders for fictional data, shared by the demo seed and the tests, so the demo shows
 * exactly what the tests exercise.
 */

export function createGemeente(
  db: Db,
  input: { code: string; naam: string; hostnames?: string[]; thema?: ThemaSettings },
): Promise<Gemeente> {
  return insertGemeente(db, input);
}

export async function createOrganisatie(db: Db, gemeenteId: string, naam: string): Promise<{ id: string }> {
  return db
    .insertInto('organisatie')
    .values({ gemeente_id: gemeenteId, naam })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function createAccountWithPassword(
  db: Db,
  input: {
    gemeenteId: string;
    naam: string;
    email: string;
    rol: Rol;
    password: string;
    organisatieId?: string;
  },
): Promise<{ id: string; email: string; naam: string; rol: Rol }> {
  return db
    .insertInto('account')
    .values({
      gemeente_id: input.gemeenteId,
      naam: input.naam,
      email: input.email.toLowerCase(),
      rol: input.rol,
      organisatie_id: input.organisatieId ?? null,
      password_hash: await hashPassword(input.password),
    })
    .returning(['id', 'email', 'naam', 'rol'])
    .executeTakeFirstOrThrow();
}

export function createToegang(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    granteeAccountId: string;
    createdBy: string;
    doel?: string;
    eindigtOp: Date | null;
    niveaus: Partial<Record<string, Niveau>>;
  },
): Promise<string> {
  return insertToegang(db, {
    ...input,
    doel: input.doel ?? '',
    soort: 'uitnodiging',
    wettelijkeGrondslag: null,
  });
}

/**
 * A professional's emergency access to one record's crisiskaart, opened at `geopendOp` and
 * running for the usual hour (so one opened more than an hour ago has ended). Only the row:
 * the real path (regie/noodtoegang.ts) also logs it and mails the resident.
 */
export function createNoodtoegang(
  db: Db,
  input: { gemeenteId: string; dossierId: string; professionalId: string; reden: string; geopendOp: Date },
): Promise<string> {
  return insertNoodtoegang(db, {
    gemeenteId: input.gemeenteId,
    dossierId: input.dossierId,
    accountId: input.professionalId,
    reden: input.reden,
    now: input.geopendOp,
    expiresAt: new Date(input.geopendOp.getTime() + NOODTOEGANG_DUUR_MS),
  });
}

/** A past audit entry for the demo's lived-in log, chained like any other. */
export function recordDemoAudit(
  db: Db,
  event: {
    gemeenteId: string;
    dossierId: string;
    at: Date;
    actor: string;
    rol: Rol;
    organisatieId?: string;
    actie: AuditActie;
    sectie?: string;
    itemId?: string;
    grondslag: string;
    toegangId?: string;
  },
): Promise<void> {
  return appendAudit(db, {
    gemeenteId: event.gemeenteId,
    occurredAt: event.at,
    actorAccountId: event.actor,
    actorRol: event.rol,
    actorOrganisatieId: event.organisatieId ?? null,
    namensAccountId: null,
    dossierId: event.dossierId,
    sectie: event.sectie ?? null,
    itemId: event.itemId ?? null,
    actie: event.actie,
    uitkomst: 'allowed',
    grondslag: event.grondslag,
    toegangId: event.toegangId ?? null,
    noodtoegang: false,
    origin: 'demo',
  });
}

/**
 * A completed levensgebieden assessment (the resident's own view or someone else's), in the
 * gemeente's current catalog version. Answers: per domain code a score 1–5, "weet-niet", or
 * an object with the other answers too.
 */
export async function createBeoordeling(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    auteurId: string;
    perspectief: 'eigen' | 'ander';
    afgerondAt: Date;
    antwoorden: Record<
      string,
      | number
      | 'weet-niet'
      | {
          score: number | 'weet-niet' | null;
          wieHelpt?: ('ikzelf' | 'netwerk' | 'vrijwilliger' | 'professional')[];
          doel?: string;
          belang?: 'niet' | 'beetje' | 'erg';
          goedGaat?: string;
          trots?: string;
        }
    >;
  },
): Promise<string> {
  const catalogus = await huidigeCatalogus(db, input.gemeenteId);
  const beoordeling = await db
    .insertInto('beoordeling')
    .values({
      gemeente_id: input.gemeenteId,
      dossier_id: input.dossierId,
      catalogus_versie: catalogus.versie,
      auteur_account_id: input.auteurId,
      perspectief: input.perspectief,
      status: 'afgerond',
      created_at: input.afgerondAt,
      updated_at: input.afgerondAt,
      afgerond_at: input.afgerondAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const [code, waarde] of Object.entries(input.antwoorden)) {
    const a = typeof waarde === 'object' ? waarde : { score: waarde };
    await db
      .insertInto('beoordeling_antwoord')
      .values({
        gemeente_id: input.gemeenteId,
        beoordeling_id: beoordeling.id,
        catalogus_versie: catalogus.versie,
        code,
        score: typeof a.score === 'number' ? a.score : null,
        weet_niet: a.score === 'weet-niet',
        wie_helpt: a.wieHelpt ?? [],
        doel: a.doel ?? '',
        belang: a.belang ?? null,
        goed_gaat: a.goedGaat ?? '',
        trots: a.trots ?? '',
        updated_at: input.afgerondAt,
      })
      .execute();
  }
  return beoordeling.id;
}

type VragenlijstAntwoorden = Record<
  string,
  { score?: number; weetNiet?: boolean; praten?: boolean; toelichting?: string }
>;

/** A submitted questionnaire round (demo and tests), with its answers. */
export async function createVragenlijstRonde(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    vragenlijst: Vragenlijst;
    accountId: string;
    rol: 'inwoner' | 'professional';
    op: Date;
    toelichting: string;
    antwoorden: VragenlijstAntwoorden;
  },
): Promise<string> {
  const { id } = await db
    .insertInto('vragenlijst_ronde')
    .values({
      gemeente_id: input.gemeenteId,
      dossier_id: input.dossierId,
      vragenlijst: input.vragenlijst,
      vragenlijst_versie: VERSIE[input.vragenlijst],
      invuller_account_id: input.accountId,
      invuller_rol: input.rol,
      status: 'ingediend',
      toelichting: input.toelichting,
      created_at: input.op,
      updated_at: input.op,
      ingediend_op: input.op,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('vragenlijst_antwoord')
    .values(
      Object.entries(input.antwoorden).map(([code, a]) => ({
        ronde_id: id,
        gemeente_id: input.gemeenteId,
        item_code: code,
        score: a.score ?? null,
        weet_niet: a.weetNiet ?? false,
        praten: a.praten ?? false,
        toelichting: a.toelichting ?? '',
      })),
    )
    .execute();
  return id;
}

/** Turns the positieve-gezondheid questionnaire on for a gemeente (demo). */
export async function zetPositieveGezondheidAan(db: Db, gemeenteId: string, now: Date): Promise<void> {
  await db
    .insertInto('vragenlijst_instelling')
    .values({ gemeente_id: gemeenteId, positieve_gezondheid: true, updated_at: now })
    .onConflict((oc) => oc.column('gemeente_id').doNothing())
    .execute();
}
