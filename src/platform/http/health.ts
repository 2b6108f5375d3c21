import type { FastifyInstance } from 'fastify';
import { type Migration, Migrator } from 'kysely';
import { migrations as alleMigraties } from '../../../migrations/index.js';
import type { DatabaseHandle } from '../db/database.js';

/**
 * Whether every migration this code knows has run on the database: the code and the schema
 * match. Throws when the database cannot be reached.
 */
export async function migratiesBijgewerkt(
  database: DatabaseHandle,
  migrations: Record<string, Migration> = alleMigraties,
): Promise<{ bijgewerkt: boolean; ontbreekt: number }> {
  const migrator = new Migrator({ db: database.db, provider: { getMigrations: async () => migrations } });
  const lijst = await migrator.getMigrations();
  const ontbreekt = lijst.filter((m) => m.executedAt === undefined).length;
  return { bijgewerkt: ontbreekt === 0, ontbreekt };
}

/**
 * Health checks for a load balancer or orchestrator (docs/operations.md):
 * - /healthz/live: the process answers (restart it when this fails);
 * - /healthz/ready: the database answers and its migration level matches the code (send no
 *   traffic while this is 503); /healthz is the same as ready, for older set-ups.
 * They carry the app version and no personal data, and need no tenant.
 */
export function registerHealth(app: FastifyInstance, database: DatabaseHandle, version: string): void {
  app.get('/healthz/live', async (_request, reply) => reply.send({ status: 'ok', version }));
  const ready = async (_request: unknown, reply: import('fastify').FastifyReply) => {
    try {
      await database.ping();
      const { bijgewerkt, ontbreekt } = await migratiesBijgewerkt(database);
      if (!bijgewerkt) {
        return reply
          .status(503)
          .send({ status: 'unavailable', reason: 'migrations-pending', pending: ontbreekt, version });
      }
      return reply.send({ status: 'ok', version, database: database.engine });
    } catch {
      return reply.status(503).send({ status: 'unavailable', reason: 'database', version });
    }
  };
  app.get('/healthz/ready', ready);
  app.get('/healthz', ready);
}
