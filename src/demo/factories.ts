import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../platform/db/database.js';
import type { AuditActie, Gemeente, Niveau, Rol, ThemaSettings } from '../platform/db/schema.js';
import { insertGemeente } from '../platform/gemeente/queries.js';
import { appendAudit } from '../regie/audit.js';
import { insertToegang } from '../regie/queries.js';

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
