import path from 'node:path';
import { z } from 'zod';
import { type Inlogdiensten, leesInlogdiensten } from './config-inlogdiensten.js';

/**
 * Runtime configuration, read once from the environment and validated at start-up,
 * so a typo in an operator's setting stops the app with a clear message instead of
 * surfacing as odd behaviour later. See docs/configuration.md.
 */
const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  PUBLIC_URL: z.string().url().optional(),
  SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24)
    .default(12),
  DEFAULT_GEMEENTE: z.string().min(1).optional(),
  DEMO_DATA: booleanFromEnv.optional(),
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().min(3).default('Redzaam <noreply@redzaam.invalid>'),
  TRUST_PROXY: booleanFromEnv.optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  REDZAAM_MASTER_KEY: z.string().min(1).optional(),
  REDZAAM_MASTER_KEY_PREVIOUS: z.string().min(1).optional(),
  REDZAAM_KEY_DIR: z.string().min(1).optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  dataDir: string;
  publicUrl: string | undefined;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Tenant used when a request's host name matches no gemeente (development, single-tenant installs). */
  defaultGemeente: string | undefined;
  demoData: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  trustProxy: boolean;
  logLevel: string;
  /** REDZAAM_MASTER_KEY: base64 of 32 bytes; wraps every resident's data key (docs/decisions/020) */
  masterKey: string | undefined;
  /** REDZAAM_MASTER_KEY_PREVIOUS: comma-separated older master keys, during a rotation only */
  previousMasterKeys: string[];
  /** REDZAAM_KEY_DIR: the master key file (without REDZAAM_MASTER_KEY) and the erasure log */
  keyDir: string;
  /** OIDC_<GEMEENTE>_* and WACHTWOORD_UIT_<GEMEENTE>: identity brokers per gemeente (docs/decisions/021) */
  inlogdiensten: Inlogdiensten;
};

export class ConfigError extends Error {}

/** Reads and validates the environment. Throws ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && e.DEMO_DATA) {
    // Demo accounts have a password printed in the README: never in production.
    throw new ConfigError('Invalid configuration:\n  DEMO_DATA: not allowed when NODE_ENV=production');
  }
  if (production && !e.PUBLIC_URL) {
    // Links in e-mail must never be built from a request's Host header in production.
    throw new ConfigError('Invalid configuration:\n  PUBLIC_URL: required when NODE_ENV=production');
  }
  if (production && !e.REDZAAM_MASTER_KEY) {
    // Without it every record's data key would be wrapped by a key file beside the data.
    throw new ConfigError(
      'Invalid configuration:\n  REDZAAM_MASTER_KEY: required when NODE_ENV=production (base64 of 32 random bytes: `openssl rand -base64 32`); keep it apart from the database and its backups',
    );
  }
  const sleutelFouten = [
    ...(e.REDZAAM_MASTER_KEY && !isSleutel(e.REDZAAM_MASTER_KEY) ? ['REDZAAM_MASTER_KEY'] : []),
    ...(e.REDZAAM_MASTER_KEY_PREVIOUS?.split(',').some((k) => !isSleutel(k))
      ? ['REDZAAM_MASTER_KEY_PREVIOUS']
      : []),
  ];
  if (sleutelFouten.length > 0) {
    throw new ConfigError(
      `Invalid configuration:\n${sleutelFouten.map((naam) => `  ${naam}: not a key (base64 of exactly 32 bytes; make one with \`openssl rand -base64 32\`)`).join('\n')}`,
    );
  }
  const { inlogdiensten, fouten: inlogFouten } = leesInlogdiensten(env, production);
  if (inlogFouten.length > 0) throw new ConfigError(`Invalid configuration:\n${inlogFouten.join('\n')}`);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR,
    publicUrl: e.PUBLIC_URL,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    defaultGemeente: e.DEFAULT_GEMEENTE ?? (production ? undefined : 'demo'),
    demoData: e.DEMO_DATA ?? !production,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    trustProxy: e.TRUST_PROXY ?? false,
    logLevel: e.LOG_LEVEL,
    masterKey: e.REDZAAM_MASTER_KEY,
    previousMasterKeys: e.REDZAAM_MASTER_KEY_PREVIOUS?.split(',').map((k) => k.trim()) ?? [],
    keyDir: e.REDZAAM_KEY_DIR ?? path.join(e.DATA_DIR, 'sleutels'),
    inlogdiensten,
  };
}

function isSleutel(tekst: string): boolean {
  const schoon = tekst.trim();
  return /^[A-Za-z0-9+/]+={0,2}$/.test(schoon) && Buffer.from(schoon, 'base64').length === 32;
}
