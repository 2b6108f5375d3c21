// The catalog of UI text first: every capability's messages (see catalog.ts).
import './catalog.js';
import closeWithGrace from 'close-with-grace';
import { buildApp } from './app.js';
import { logDemoAccounts } from './demo/banner.js';
import { seedDemo } from './demo/seed.js';
import { ConfigError, loadConfig } from './platform/config.js';
import {
  gebruikSleutelring,
  laadSleutelring,
  SleutelFout,
  sleutelConfigVan,
} from './platform/crypto/sleutelring.js';
import { meldAuditRechten, openVoorConfig } from './platform/db/open.js';
import { createLogger } from './platform/logging.js';
import { gebruikWislog, ontsleutelenUitVoorBench } from './regie/door/sleutel.js';

/** Starts Redzaam: validated config, database (PGlite or PostgreSQL), migrations, demo data, HTTP. */
async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  try {
    // The master key (or, outside production, the key file) before any record is touched.
    gebruikSleutelring(await laadSleutelring(sleutelConfigVan(config)));
    gebruikWislog(config.keyDir);
  } catch (error) {
    if (error instanceof SleutelFout) {
      console.error(`Invalid configuration:\n  ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  if (process.env.REDZAAM_BENCH_ZONDER_ONTSLEUTELEN === 'ja') {
    ontsleutelenUitVoorBench();
    logger.warn('decryption switched off for the benchmark: pages show ciphertext');
  }
  // Embedded: under the DATA_DIR lock (a second process refuses to start). PostgreSQL: retries
  // the first connection, migrates (as the owner role when DATABASE_MIGRATION_URL is set).
  const database = await openVoorConfig(config, { wie: 'npm start', log: logger });
  logger.info({ engine: database.engine, applied: database.applied }, 'database ready');
  meldAuditRechten(database.auditRechten, config.env, logger);

  if (config.demoData && (await seedDemo(database.db))) logger.info('demo gemeente Lindewaard created');

  const app = await buildApp({ config, database, logger });
  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) logger.error({ err }, 'stopping after an error');
    else logger.info({ signal }, 'stopping');
    await app.close();
    await database.close();
  });

  await app.listen({ port: config.port, host: config.host });
  if (config.demoData) logDemoAccounts(logger, config.port);
}

main().catch((error) => {
  console.error('Redzaam could not start:', error instanceof Error ? error.message : error);
  process.exit(1);
});
