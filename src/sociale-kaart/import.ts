import type { Db } from '../platform/db/database.js';
import {
  emptyRows,
  flatten,
  HSDS_TABLES,
  type HsdsObject,
  type HsdsRows,
  recordsOf,
  recordType,
} from './hsds.js';
import { upsertHsdsRows } from './queries.js';
import { type FieldProblem, type HsdsObjectType, validateHsds } from './validate.js';
import { geraakteServices, verversZoekindex } from './zoeken/queries.js';

export type RejectedRecord = {
  /** Position of the record in the file, from 0 */
  index: number;
  /** JSON pointer of the record in the file, e.g. "/contents/2" */
  pointer: string;
  id: string | undefined;
  name: string | undefined;
  /** Field pointers are relative to the record */
  problems: FieldProblem[];
};

export type ImportReport = {
  type: HsdsObjectType;
  imported: number;
  rejected: RejectedRecord[];
};

/**
 * Imports an HSDS JSON document (a paginated list, an array, or one service or organization)
 * into a gemeente's sociale kaart. Every record is checked against the HSDS schema first; the
 * valid ones are written in one transaction, so a failure leaves nothing half-written. Records
 * are matched on their HSDS id: importing again updates instead of duplicating.
 */
export async function importHsds(db: Db, gemeenteId: string, document: unknown): Promise<ImportReport> {
  const { records, pointer } = recordsOf(document);
  const type = recordType(records);
  const rows = emptyRows();
  const rejected: RejectedRecord[] = [];
  let imported = 0;
  records.forEach((record, index) => {
    const problems = validateHsds(type, record);
    if (problems.length > 0) {
      const object = typeof record === 'object' && record !== null ? (record as HsdsObject) : {};
      rejected.push({
        index,
        pointer: pointer(index),
        id: typeof object.id === 'string' ? object.id : undefined,
        name: typeof object.name === 'string' ? object.name : undefined,
        problems,
      });
      return;
    }
    flatten(type, record as HsdsObject, rows);
    imported++;
  });
  if (imported > 0) await storeHsdsRows(db, gemeenteId, rows);
  return { type, imported, rejected };
}

/**
 * Writes checked HSDS rows in one transaction, upserting on HSDS id: the one way rows get into
 * the sociale kaart, for JSON (importHsds) and the CSV datapackage (tabular.ts) alike. A failure
 * leaves nothing half-written. Given an open transaction (the beheerder's edit, which checks its
 * version first), the rows join it instead.
 */
export async function storeHsdsRows(db: Db, gemeenteId: string, rows: HsdsRows): Promise<void> {
  const store = async (trx: Db) => {
    for (const table of HSDS_TABLES) await upsertHsdsRows(trx, gemeenteId, table, rows[table]);
    // The search index follows in the same transaction (zoeken/queries.ts).
    await verversZoekindex(trx, gemeenteId, await geraakteServices(trx, gemeenteId, rows));
  };
  if (db.isTransaction) await store(db);
  else await db.transaction().execute(store);
}
