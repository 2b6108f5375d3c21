import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccountWithPassword, createGemeente } from '../../src/demo/factories.js';
import { loadConfig } from '../../src/platform/config.js';
import { MigrationError } from '../../src/platform/db/database.js';
import {
  AUDIT_NIET_BESCHERMD,
  type GeopendeDatabase,
  meldAuditRechten,
  openVoorConfig,
} from '../../src/platform/db/open.js';
import { appendAudit, sealAudit, verifyAuditChains } from '../../src/regie/audit/audit.js';
import { BrowserClient } from '../support/browser-client.js';
import { startTestApp } from '../support/test-app.js';

const ADMIN = process.env.TEST_DATABASE_URL;
const PASSWORD = 'een lange zin als wachtwoord';

function urlVoor(rol: string, database: string): string {
  const url = new URL(ADMIN as string);
  url.username = rol;
  url.password = '';
  url.pathname = `/${database}`;
  return url.toString();
}

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

const stil = { info: () => {}, warn: () => {}, error: () => {} };

/**
 * Issue 17, item 4, on real PostgreSQL: an owner role migrates, the runtime role the app uses
 * cannot delete, update, truncate, alter or switch off the audit trail, and the app runs with it.
 */
describe.runIf(Boolean(ADMIN))('separate owner and runtime roles', () => {
  const naam = `rz_${randomBytes(4).toString('hex')}`;
  const eigenaar = `${naam}_eigenaar`;
  const app = `${naam}_app`;
  let dataDir: string;
  let database: GeopendeDatabase;

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'redzaam-rollen-'));
    // What docs/sql/rollen.sql does, with the test's own names.
    await admin(`create role ${eigenaar} login`);
    await admin(`create role ${app} login`);
    await admin(`create database ${naam} owner ${eigenaar}`);
    const config = loadConfig({
      NODE_ENV: 'test',
      DATA_DIR: dataDir,
      DATABASE_URL: urlVoor(app, naam),
      DATABASE_MIGRATION_URL: urlVoor(eigenaar, naam),
    });
    database = await openVoorConfig(config, { wie: 'test', log: stil });
  });
  afterAll(async () => {
    await database?.close();
    await admin(`drop database if exists ${naam} with (force)`);
    await admin(`drop role if exists ${app}`);
    await admin(`drop role if exists ${eigenaar}`);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('migrates as the owner and finds the runtime role unable to change the audit trail', () => {
    expect(database.applied.length).toBeGreaterThan(10);
    expect(database.auditRechten).toEqual({ rol: app, problemen: [] });
  });

  it('runs the app with the runtime role: log in, read pages, write and seal audit entries', async () => {
    const gemeente = await createGemeente(database.db, { code: 'lindewaard', naam: 'Lindewaard' });
    await createAccountWithPassword(database.db, {
      gemeenteId: gemeente.id,
      naam: 'Ilse',
      email: 'ilse@example.test',
      rol: 'inwoner',
      password: PASSWORD,
    });
    const test = await startTestApp('postgres', {
      database: database,
      env: { DEFAULT_GEMEENTE: 'lindewaard' },
    });
    try {
      const browser = new BrowserClient(test.app);
      expect((await browser.login('ilse@example.test', PASSWORD)).statusCode).toBe(303);
      expect((await browser.get('/mijn-overzicht')).statusCode).toBe(200);
      expect((await browser.get('/mijn-gegevens')).statusCode).toBeLessThan(500);
    } finally {
      await test.close();
    }
    // An entry as the door writes one (the role inserts), then sealed by the role.
    for (const actie of ['read', 'update'] as const) {
      await appendAudit(database.db, {
        gemeenteId: gemeente.id,
        occurredAt: new Date(),
        actorAccountId: null,
        actorRol: 'inwoner',
        actorOrganisatieId: null,
        namensAccountId: null,
        dossierId: null,
        sectie: 'levensgebieden',
        itemId: null,
        actie,
        uitkomst: 'allowed',
        grondslag: 'eigen-dossier',
        toegangId: null,
        noodtoegang: false,
        origin: 'test',
      });
    }
    expect(await sealAudit(database.db)).toBeGreaterThanOrEqual(2);
    const report = await verifyAuditChains(database.db);
    expect(report.broken).toBeNull();
    expect(report.checked).toBeGreaterThan(0);
    expect(report.unsealed).toBe(0);
  });

  it('refuses DELETE, UPDATE, TRUNCATE, ALTER and DISABLE TRIGGER on audit_event to the runtime role', async () => {
    const client = new pg.Client({ connectionString: urlVoor(app, naam) });
    await client.connect();
    try {
      await expect(client.query('delete from audit_event')).rejects.toThrow(/permission denied/);
      await expect(client.query(`update audit_event set actie = 'read'`)).rejects.toThrow(
        /permission denied/,
      );
      await expect(client.query('truncate audit_event')).rejects.toThrow(/permission denied/);
      await expect(client.query('alter table audit_event disable trigger all')).rejects.toThrow(
        /must be owner/,
      );
      await expect(
        client.query('alter table audit_event disable trigger audit_event_no_update'),
      ).rejects.toThrow(/must be owner/);
      await expect(client.query('drop table audit_event')).rejects.toThrow(/must be owner/);
      // Sealing an entry again is refused by the trigger, which the role cannot switch off.
      await expect(client.query(`update audit_event set hash = 'x' where hash is not null`)).rejects.toThrow(
        /append-only/,
      );
    } finally {
      await client.end();
    }
  });

  it('warns loudly in production when the app connects with the owner role', async () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://redzaam.example.test',
      REDZAAM_MASTER_KEY: randomBytes(32).toString('base64'),
      DATA_DIR: dataDir,
      DATABASE_URL: urlVoor(eigenaar, naam),
    });
    const alsEigenaar = await openVoorConfig(config, { wie: 'test', log: stil });
    try {
      expect(alsEigenaar.auditRechten?.problemen).toContain(
        'owns audit_event (can ALTER it and DISABLE its triggers)',
      );
      const lines: { level: string; message: string; details: object }[] = [];
      meldAuditRechten(alsEigenaar.auditRechten, 'production', {
        info: (details, message) => lines.push({ level: 'info', message, details }),
        warn: (details, message) => lines.push({ level: 'warn', message, details }),
        error: (details, message) => lines.push({ level: 'error', message, details }),
      });
      expect(lines).toEqual([
        {
          level: 'error',
          message: AUDIT_NIET_BESCHERMD,
          details: expect.objectContaining({ role: eigenaar }),
        },
      ]);
    } finally {
      await alsEigenaar.close();
    }
  });

  it('names the role, the schema and the fix when the role may not create in the schema (a restore by another role)', async () => {
    // A database the superuser made and owns, as after `createdb` + `pg_restore` as postgres.
    await admin(`create database ${naam}_su`);
    try {
      const config = loadConfig({
        NODE_ENV: 'test',
        DATA_DIR: dataDir,
        DATABASE_URL: urlVoor(eigenaar, `${naam}_su`),
      });
      const poging = openVoorConfig(config, { wie: 'test', log: stil });
      await expect(poging).rejects.toThrow(MigrationError);
      await expect(poging).rejects.toThrow(
        new RegExp(
          `permission denied for schema public[\\s\\S]*role ${eigenaar} may not use schema public[\\s\\S]*createdb --owner=${eigenaar}[\\s\\S]*docs/operations.md`,
        ),
      );
    } finally {
      await admin(`drop database if exists ${naam}_su with (force)`);
    }
  });
});
