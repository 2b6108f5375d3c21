import type { Db } from '../../platform/db/database.js';
import { VAARDIGHEDEN } from '../vaardigheden.js';
import * as q from './queries.js';
import { gemeenteLijst, naamBestaat, nieuweCode, type VaardigheidInstelling } from './rules.js';

/**
 * A gemeente's skill list and the beheerder's changes to it (gemeente-level data, no personal
 * data, so no door). The Samen page reads the list to offer and name skills; the beheer page
 * renames, hides and adds.
 */
export async function gemeenteVaardigheden(db: Db, gemeenteId: string): Promise<VaardigheidInstelling[]> {
  return gemeenteLijst(VAARDIGHEDEN, await q.vaardigheidInstellingen(db, gemeenteId));
}

/**
 * Saves the list form. Only codes that really change are written; `vanVersie` is what the form
 * showed, and a newer version of any of them means someone else saved in between → conflict,
 * nothing written.
 */
export async function bewaarLijst(
  db: Db,
  input: { gemeenteId: string; wijzigingen: q.VaardigheidWijziging[]; nu: Date },
): Promise<'ok' | 'conflict'> {
  const huidig = new Map((await gemeenteVaardigheden(db, input.gemeenteId)).map((v) => [v.code, v]));
  const echt = input.wijzigingen.filter((w) => {
    const nu = huidig.get(w.code);
    return (
      nu !== undefined &&
      (nu.versie !== w.vanVersie ||
        nu.naam !== w.naam ||
        nu.naamEn !== w.naamEn ||
        nu.verborgen !== w.verborgen)
    );
  });
  if (echt.some((w) => huidig.get(w.code)?.versie !== w.vanVersie)) return 'conflict';
  return (await q.bewaarVaardigheden(db, input.gemeenteId, echt, input.nu)) ? 'ok' : 'conflict';
}

/**
 * Adds a skill of the gemeente's own. A name the list already has (own or default text, hidden
 * or not) is refused: two skills with one name cannot be told apart on the form.
 */
export async function voegVaardigheidToe(
  db: Db,
  input: {
    gemeenteId: string;
    naam: string;
    naamEn: string | null;
    nu: Date;
    standaard: (code: string) => string;
  },
): Promise<'ok' | 'bestaat' | 'conflict'> {
  const lijst = await gemeenteVaardigheden(db, input.gemeenteId);
  if (naamBestaat(lijst, input.naam, input.standaard)) return 'bestaat';
  const code = nieuweCode(input.naam, new Set(lijst.map((v) => v.code)));
  const gelukt = await q.voegVaardigheidToe(
    db,
    input.gemeenteId,
    { code, naam: input.naam, naamEn: input.naamEn },
    input.nu,
  );
  return gelukt ? 'ok' : 'conflict';
}
