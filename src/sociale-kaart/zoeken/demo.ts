import { readFile } from 'node:fs/promises';
import type { Db } from '../../platform/db/database.js';
import { importHsds } from '../import.js';
import { leesPostcodeCsv } from './postcodes.js';
import { slaPostcodesOp } from './queries.js';

const DIENSTEN = new URL('./demo/lindewaard-diensten.json', import.meta.url);
const POSTCODES = new URL('./demo/lindewaard-postcodes.csv', import.meta.url);

/** The source recorded with the demo postcodes: fictional, never a real address lookup. */
export const DEMO_POSTCODE_BRON = 'Redzaam demo (fictief: postcodes 0101-0106 bestaan niet)';

/**
 * The demo gemeente's sociale kaart: 35 fictional services of Lindewaard (one retired) and
 * their fictional postcodes, through the normal HSDS import. Running it again changes nothing.
 */
export async function laadDemoSocialeKaart(db: Db, gemeenteId: string): Promise<number> {
  const { rijen } = leesPostcodeCsv(await readFile(POSTCODES, 'utf8'));
  await slaPostcodesOp(db, rijen, DEMO_POSTCODE_BRON);
  const report = await importHsds(db, gemeenteId, JSON.parse(await readFile(DIENSTEN, 'utf8')));
  if (report.rejected.length > 0)
    throw new Error(`demo sociale kaart: ${report.rejected.length} records rejected`);
  return report.imported;
}
