import type { Db } from '../platform/db/database.js';
import { type HsdsObject, nest } from './hsds.js';
import { loadHsdsRows } from './queries.js';
import type { HsdsObjectType } from './validate.js';

/** HSDS's paginated list, as in examples/service_list.json; an export is one page. */
export type HsdsList = {
  total_items: number;
  total_pages: number;
  page_number: number;
  size: number;
  first_page: boolean;
  last_page: boolean;
  empty: boolean;
  contents: HsdsObject[];
};

/**
 * Every service of the gemeente, fully nested: organization, locations, phones, schedules, …
 * As a list of organizations (each with its services) instead, nothing is left out: an
 * organization without services has no place in a service list.
 */
export async function exportHsds(
  db: Db,
  gemeenteId: string,
  type: HsdsObjectType = 'service',
): Promise<HsdsList> {
  const rows = await loadHsdsRows(db, gemeenteId);
  const contents = rows[type].map((row) => nest(type, row, rows));
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}
