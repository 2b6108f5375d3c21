import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

const SLEUTEL = Buffer.alloc(32, 1).toString('base64');

describe('loadConfig', () => {
  it('runs with nothing set: embedded database, port 3000, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      // Only this machine: the demo accounts' passwords are in the README.
      host: '127.0.0.1',
      databaseUrl: undefined,
      dataDir: './data',
      demoData: true,
      defaultGemeente: 'demo',
    });
  });

  it('honours PORT, HOST and DATABASE_URL', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db:5432/redzaam',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgres://u@db:5432/redzaam',
    });
  });

  it('names every bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'geen url' })).toThrow(
      /PORT[\s\S]*DATABASE_URL|DATABASE_URL[\s\S]*PORT/,
    );
  });

  it('is strict in production: no demo data, no default gemeente, PUBLIC_URL required', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() =>
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://x.nl', DEMO_DATA: 'true' }),
    ).toThrow(/DEMO_DATA/);
    const config = loadConfig({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://redzaam.lindewaard.nl',
      REDZAAM_MASTER_KEY: SLEUTEL,
    });
    expect(config).toMatchObject({ demoData: false, defaultGemeente: undefined, masterKey: SLEUTEL });
  });

  it('refuses production without a master key, saying what to set; and a malformed key anywhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://x.nl' })).toThrow(
      /REDZAAM_MASTER_KEY: required when NODE_ENV=production .*openssl rand -base64 32/,
    );
    expect(() =>
      loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://x.nl', REDZAAM_MASTER_KEY: 'geheim' }),
    ).toThrow(/REDZAAM_MASTER_KEY: not a key/);
    expect(() => loadConfig({ REDZAAM_MASTER_KEY: Buffer.alloc(16).toString('base64') })).toThrow(
      /REDZAAM_MASTER_KEY: not a key/,
    );
    expect(() =>
      loadConfig({ REDZAAM_MASTER_KEY: SLEUTEL, REDZAAM_MASTER_KEY_PREVIOUS: `${SLEUTEL},x` }),
    ).toThrow(/REDZAAM_MASTER_KEY_PREVIOUS: not a key/);
    expect(loadConfig({ DATA_DIR: '/srv/r' }).keyDir).toBe('/srv/r/sleutels');
  });

  it('reads the database connection settings, with defaults an operator can rely on', () => {
    expect(loadConfig({}).databasePool).toEqual({
      size: 10,
      statementTimeoutMs: 30_000,
      connectTimeoutMs: 5_000,
      connectRetries: 10,
    });
    const config = loadConfig({
      DATABASE_URL: 'postgres://redzaam_app@db/redzaam',
      DATABASE_MIGRATION_URL: 'postgres://redzaam_eigenaar@db/redzaam',
      DATABASE_POOL_SIZE: '25',
      DATABASE_STATEMENT_TIMEOUT_MS: '0',
      DATABASE_CONNECT_TIMEOUT_MS: '2000',
      DATABASE_CONNECT_RETRIES: '0',
    });
    expect(config.databaseMigrationUrl).toBe('postgres://redzaam_eigenaar@db/redzaam');
    expect(config.databasePool).toEqual({
      size: 25,
      statementTimeoutMs: 0,
      connectTimeoutMs: 2000,
      connectRetries: 0,
    });
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '0', DATABASE_CONNECT_RETRIES: '-1' })).toThrow(
      /DATABASE_POOL_SIZE[\s\S]*DATABASE_CONNECT_RETRIES/,
    );
    expect(() => loadConfig({ DATABASE_MIGRATION_URL: 'postgres://o@db/redzaam' })).toThrow(
      /DATABASE_MIGRATION_URL: only together with DATABASE_URL/,
    );
  });
});
