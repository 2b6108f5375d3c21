import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('runs with nothing set: embedded database, port 3000, demo data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      demoData: true,
      defaultGemeente: 'demo',
    });
  });

  it('honours PORT, HOST and DATABASE_URL', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATABASE_URL: 'postgres://u@db:5432/redzaam',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
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
    const config = loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://redzaam.lindewaard.nl' });
    expect(config).toMatchObject({ demoData: false, defaultGemeente: undefined });
  });
});
