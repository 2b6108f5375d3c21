import { isIP } from 'node:net';
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
  // Only this machine by default: the demo's passwords are public (README). Set HOST=0.0.0.0 to serve others.
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_URL: z.string().url().optional(),
  DATABASE_MIGRATION_URL: z.string().url().optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(30_000),
  DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
  DATABASE_CONNECT_RETRIES: z.coerce.number().int().min(0).max(1_000).default(10),
  REQUEST_CONCURRENCY: z.coerce.number().int().min(1).max(10_000).optional(),
  REQUEST_QUEUE: z.coerce.number().int().min(0).max(100_000).default(2_000),
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
  METRICS_TOKEN: z.string().min(24, 'use at least 24 characters (openssl rand -hex 24)').optional(),
  METRICS_ALLOW: z
    .string()
    .optional()
    .transform((value) =>
      (value ?? '')
        .split(',')
        .map((cidr) => cidr.trim())
        .filter((cidr) => cidr !== ''),
    )
    .refine((lijst) => lijst.every(isCidr), 'a comma-separated list of networks, like 10.0.0.0/8,::1/128'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl: string | undefined;
  /** DATABASE_MIGRATION_URL: the owner role that runs migrations; without it DATABASE_URL migrates. */
  databaseMigrationUrl: string | undefined;
  /** PostgreSQL connection settings (docs/configuration.md, "Database connections"). */
  databasePool: DatabasePoolConfig;
  /** Requests worked on at once and requests that may wait (docs/configuration.md, "Load"). */
  toelating: { gelijktijdig: number; wachtrij: number };
  dataDir: string;
  publicUrl: string | undefined;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** Tenant used when a request's host name matches no gemeente (outside production only). */
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
  /** METRICS_TOKEN: the bearer token that opens /metrics (docs/decisions/023) */
  metricsToken: string | undefined;
  /** METRICS_ALLOW: networks (CIDR) that may read /metrics without the token */
  metricsAllow: string[];
  /** OIDC_<GEMEENTE>_* and WACHTWOORD_UIT_<GEMEENTE>: identity brokers per gemeente (docs/decisions/021) */
  inlogdiensten: Inlogdiensten;
};

export type DatabasePoolConfig = {
  /** Connections per instance. */
  size: number;
  /** statement_timeout of every connection; 0 = none. */
  statementTimeoutMs: number;
  /** How long one attempt to connect may take. */
  connectTimeoutMs: number;
  /** Extra attempts at start when the database does not answer (back-off 0.5 s, 1 s, 2 s … at most 30 s). */
  connectRetries: number;
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
  if (production && e.DEFAULT_GEMEENTE) {
    // An unknown host must never be served as some gemeente (issue 16): register host names.
    throw new ConfigError(
      "Invalid configuration:\n  DEFAULT_GEMEENTE: not allowed when NODE_ENV=production; register each gemeente's host names instead (docs/configuration.md)",
    );
  }
  if (production && !e.PUBLIC_URL) {
    // Links in e-mail must never be built from a request's Host header in production.
    throw new ConfigError('Invalid configuration:\n  PUBLIC_URL: required when NODE_ENV=production');
  }
  if (e.DATABASE_MIGRATION_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  DATABASE_MIGRATION_URL: only together with DATABASE_URL (the runtime role)',
    );
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
    databaseMigrationUrl: e.DATABASE_MIGRATION_URL,
    databasePool: {
      size: e.DATABASE_POOL_SIZE,
      statementTimeoutMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      connectRetries: e.DATABASE_CONNECT_RETRIES,
    },
    toelating: {
      // Twice the pool keeps every connection busy while the next request is being rendered;
      // the embedded database is one connection.
      gelijktijdig: e.REQUEST_CONCURRENCY ?? (e.DATABASE_URL ? 2 * e.DATABASE_POOL_SIZE : 4),
      wachtrij: e.REQUEST_QUEUE,
    },
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
    metricsToken: e.METRICS_TOKEN,
    metricsAllow: e.METRICS_ALLOW,
    inlogdiensten,
  };
}

function isSleutel(tekst: string): boolean {
  const schoon = tekst.trim();
  return /^[A-Za-z0-9+/]+={0,2}$/.test(schoon) && Buffer.from(schoon, 'base64').length === 32;
}

/** "10.0.0.0/8", "::1/128": an IP address and a prefix length that fits it. */
function isCidr(tekst: string): boolean {
  const [adres = '', lengte, ...rest] = tekst.split('/');
  const versie = isIP(adres);
  if (versie === 0 || rest.length > 0 || lengte === undefined || !/^\d{1,3}$/.test(lengte)) return false;
  return Number(lengte) <= (versie === 4 ? 32 : 128);
}
