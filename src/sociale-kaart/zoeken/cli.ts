// The catalog of UI text first: every capability's messages (see catalog.ts).
import '../../catalog.js';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../platform/config.js';
import { cliLog, openVoorConfig } from '../../platform/db/open.js';
import { findGemeenteByCode } from '../../platform/gemeente/queries.js';
import { leesPostcodeCsv } from './postcodes.js';
import { herindexeerGemeente, slaPostcodesOp } from './queries.js';

export const ZOEKEN_USAGE =
  '       npm run sociale-kaart -- postcodes <file.csv>\n       npm run sociale-kaart -- herindexeer [--gemeente <code>]';

/**
 * `postcodes <file.csv>`: imports postcode centroids (national, for every gemeente; columns in
 * README.md), recording the file name as their source. `herindexeer`: rebuilds the search
 * index of one gemeente (after renaming a taxonomy term). Exit code 0 = done, 1 = some lines
 * skipped, 2 = error.
 */
export async function zoekenCommando(
  command: 'postcodes' | 'herindexeer',
  file: string | undefined,
  gemeenteCode: string,
): Promise<number> {
  if (command === 'postcodes' && !file) {
    console.error(`Usage:\n${ZOEKEN_USAGE}`);
    return 2;
  }
  const csv = command === 'postcodes' && file ? leesPostcodeCsv(await readFile(file, 'utf8')) : undefined;
  const config = loadConfig();
  // Embedded: under the DATA_DIR lock, so it refuses while the app runs (docs/operations.md).
  const database = await openVoorConfig(config, { wie: 'npm run sociale-kaart', log: cliLog });
  try {
    if (csv && file) {
      await slaPostcodesOp(database.db, csv.rijen, path.basename(file));
      console.log(`Imported ${csv.rijen.length} postcodes from ${file}.`);
      for (const problem of csv.problemen.slice(0, 50))
        console.log(`  line ${problem.regel}: ${problem.tekst}`);
      if (csv.problemen.length > 50) console.log(`  … and ${csv.problemen.length - 50} more lines skipped`);
      return csv.problemen.length > 0 ? 1 : 0;
    }
    const gemeente = await findGemeenteByCode(database.db, gemeenteCode);
    if (!gemeente) {
      console.error(
        `No gemeente with code "${gemeenteCode}" exists; pass an existing one with --gemeente <code>.`,
      );
      return 2;
    }
    const count = await database.db.transaction().execute((trx) => herindexeerGemeente(trx, gemeente.id));
    console.log(`Rebuilt the search index of ${count} services of gemeente ${gemeenteCode}.`);
    return 0;
  } finally {
    await database.close();
  }
}
