import type { Db } from '../../platform/db/database.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { translator } from '../../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../../platform/levensgebied-codes.js';
import type { HsdsObject, HsdsRow } from '../hsds.js';
import {
  KENMERK_TAXONOMIE,
  KENMERKEN,
  kenmerkTermId,
  LEVENSGEBIED_TAXONOMIE,
  LEVENSGEBIEDEN,
  levensgebiedTermId,
} from '../zoeken/vocabulaire.js';
import type { Termen } from './onderhoud.js';
import { findTerms } from './queries.js';
import type { Term } from './rules.js';

/**
 * Redzaam's vocabulary (levensgebieden, kenmerken) as HSDS taxonomy terms, from the constants of
 * ../zoeken/vocabulaire.ts. A term the gemeente already stores keeps its stored name; a new one
 * is named in Dutch, the language of the data.
 */
export async function redzaamTermen(db: Db, gemeenteId: string): Promise<Termen> {
  const nl = translator('nl');
  const ids = [...LEVENSGEBIEDEN.map(levensgebiedTermId), ...KENMERKEN.map(kenmerkTermId)];
  const stored = await findTerms(db, gemeenteId, ids);
  const byId = new Map(stored.terms.map((term) => [term.id as string, term]));
  const taxonomies = new Map(stored.taxonomies.map((taxonomy) => [taxonomy.id as string, taxonomy]));
  const term = (id: string, code: string, name: string, taxonomy: HsdsObject): Term => {
    const row = byId.get(id);
    const detail = row?.taxonomy_id ? taxonomies.get(row.taxonomy_id as string) : undefined;
    return {
      id,
      code,
      name,
      description: name,
      taxonomy: taxonomy.name,
      taxonomy_id: taxonomy.id,
      language: 'nl',
      ...(row ? withoutNulls(row) : {}),
      taxonomy_detail: detail ? withoutNulls(detail) : { ...taxonomy },
    } as Term;
  };
  return {
    levensgebieden: new Map(
      LEVENSGEBIEDEN.map((code) => [
        code,
        term(levensgebiedTermId(code), code, levensgebiedNaam(code, undefined, nl), LEVENSGEBIED_TAXONOMIE),
      ]),
    ),
    kenmerken: new Map(
      KENMERKEN.map((code) => [
        code,
        term(kenmerkTermId(code), code, nl(`socialeKaartBeheer.kenmerk.${code}`), KENMERK_TAXONOMIE),
      ]),
    ),
  };
}

/** Check box choices in the reader's language; levensgebieden by the gemeente's own names. */
export function termKeuzes(t: Translate, eigenNamen: ReadonlyMap<string, string> = new Map()) {
  return {
    levensgebieden: LEVENSGEBIEDEN.map((code) => ({
      value: code,
      label: levensgebiedNaam(code, eigenNamen.get(code), t),
    })),
    kenmerken: KENMERKEN.map((code) => ({ value: code, label: t(`socialeKaartBeheer.kenmerk.${code}`) })),
  };
}

function withoutNulls(row: HsdsRow): HsdsObject {
  return Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null));
}
