// The catalog of UI text first: every capability's messages (see catalog.ts).
import './catalog.js';
import { AFGELEIDE_SOORTEN } from './afgeleide-sleutels.js';
import { ConfigError, loadConfig } from './platform/config.js';
import { herversleutelAlles } from './platform/crypto/herversleutelen.js';
import {
  gebruikSleutelring,
  laadSleutelring,
  SleutelFout,
  sleutelConfigVan,
} from './platform/crypto/sleutelring.js';
import { cliLog, openVoorConfig } from './platform/db/open.js';
import { gebruikWislog, roteer, sleuteltelling } from './regie/door/sleutel.js';
import { herstelWissingen } from './regie/versleuteling.js';

/**
 * `npm run sleutels -- <command>` (docs/operations.md, "Keys"):
 * - `status`: how many data keys are wrapped, and how many other values are encrypted, under
 *   which master key. Only the current key's id may be left before REDZAAM_MASTER_KEY_PREVIOUS
 *   is removed.
 * - `roteer`: re-wraps every data key under REDZAAM_MASTER_KEY, and re-encrypts what hangs off
 *   the master key itself (src/afgeleide-sleutels.ts, docs/decisions/052); the old key(s) must be in
 *   REDZAAM_MASTER_KEY_PREVIOUS while it runs. Records' data is not touched. Safe to run again.
 * - `herstel-wissingen`: after restoring a backup, applies the erasure log again (the app also
 *   does this at every start).
 * Uses DATABASE_URL, or the embedded database in DATA_DIR (stop the app first). Exit 0 = done,
 * 1 = a key could not be re-wrapped, 2 = wrong use or configuration.
 */
async function main(argv: string[]): Promise<number> {
  const opdracht = argv[0];
  if (opdracht !== 'status' && opdracht !== 'roteer' && opdracht !== 'herstel-wissingen') {
    console.error('Gebruik: npm run sleutels -- status | roteer | herstel-wissingen');
    return 2;
  }
  const config = loadConfig();
  gebruikSleutelring(await laadSleutelring(sleutelConfigVan(config)));
  gebruikWislog(config.keyDir);
  // Embedded: under the DATA_DIR lock, so it refuses while the app runs (docs/operations.md).
  const database = await openVoorConfig(config, { wie: 'npm run sleutels', log: cliLog });
  try {
    if (opdracht === 'roteer') {
      const aantal = await roteer(database.db);
      console.log(`${aantal} data keys re-wrapped under the current master key.`);
      for (const [naam, n] of await herversleutelAlles(database.db, AFGELEIDE_SOORTEN))
        console.log(`${n} ${naam} re-encrypted under the current master key.`);
    }
    if (opdracht === 'herstel-wissingen') {
      const r = await herstelWissingen(database.db, new Date());
      console.log(
        `Erasure log: ${r.wissingen} erased records; ${r.sleutelsVernietigd} keys destroyed again, ${r.dossiersOpnieuwGewist} restored records erased again.`,
      );
    }
    for (const rij of await sleuteltelling(database.db))
      console.log(`master key ${rij.meester_id}: ${rij.aantal} data keys`);
    for (const soort of AFGELEIDE_SOORTEN)
      for (const rij of await soort.telling(database.db))
        console.log(
          rij.meesterId === null
            ? `not encrypted yet: ${rij.aantal} ${soort.naam}`
            : `master key ${rij.meesterId}: ${rij.aantal} ${soort.naam}`,
        );
    return 0;
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError || error instanceof SleutelFout) {
      console.error(error.message);
      process.exit(2);
    }
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
