import type { Db } from '../platform/db/database.js';
import type { Gebied } from './catalogus.js';
import * as q from './queries.js';
import { nieuweCode, verplaats } from './rules.js';

/**
 * The beheerder's changes to the catalog. Each one writes a whole new version (copy of the
 * current one with the change); old versions stay, so old assessments keep their meaning.
 * `vanVersie` is the version the form showed: a newer one means someone else changed it → conflict.
 */

/** Path segments the questionnaires use next to the domains' own. */
const GERESERVEERD = ['positieve-gezondheid', 'eigen-regie', 'verplaats'];

export type CatalogusWijziging =
  | { soort: 'wijzig'; code: string; naam: string | null; uitleg: string; icoon: string; verborgen: boolean }
  | { soort: 'nieuw'; naam: string; uitleg: string; icoon: string }
  | { soort: 'verplaats'; code: string; richting: 1 | -1 };

export type WijzigUitkomst = 'ok' | 'conflict' | 'onbekend';

export async function wijzigCatalogus(
  db: Db,
  input: {
    gemeenteId: string;
    accountId: string;
    vanVersie: number;
    wijziging: CatalogusWijziging;
    nu: Date;
  },
): Promise<WijzigUitkomst> {
  const huidig = await q.huidigeCatalogus(db, input.gemeenteId);
  if (huidig.versie !== input.vanVersie) return 'conflict';
  const w = input.wijziging;
  let gebieden: Gebied[] = [...huidig.gebieden].sort((a, b) => a.volgorde - b.volgorde);
  if (w.soort === 'wijzig' || w.soort === 'verplaats') {
    const index = gebieden.findIndex((g) => g.code === w.code);
    if (index === -1) return 'onbekend';
    if (w.soort === 'verplaats') gebieden = verplaats(gebieden, index, w.richting);
    else {
      const oud = gebieden[index] as Gebied;
      gebieden[index] = {
        ...oud,
        naam: w.naam,
        // An empty description keeps the default text of a default domain.
        uitleg: w.uitleg === '' ? null : w.uitleg,
        icoon: w.icoon,
        verborgen: w.verborgen,
      };
    }
  } else {
    gebieden.push({
      // Codes of other pages under /beheer/levensgebieden/ are never a domain's code.
      code: nieuweCode(w.naam, [...gebieden.map((g) => g.code), ...GERESERVEERD]),
      naam: w.naam,
      uitleg: w.uitleg === '' ? null : w.uitleg,
      icoon: w.icoon,
      volgorde: gebieden.length + 1,
      verborgen: false,
    });
  }
  const gelukt = await q.nieuweCatalogusVersie(db, {
    gemeenteId: input.gemeenteId,
    vanVersie: huidig.versie,
    gebieden,
    accountId: input.accountId,
    nu: input.nu,
  });
  return gelukt ? 'ok' : 'conflict';
}
