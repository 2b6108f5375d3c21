import { hashPassword } from '../auth/passwords.js';
import type { Db } from '../platform/db/database.js';
import type { Gemeente, Rol, ThemaSettings } from '../platform/db/schema.js';
import { insertGemeente } from '../platform/gemeente/queries.js';

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
