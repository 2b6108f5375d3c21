import type { HulpPerGebied } from '../platform/extensions/hulp-uit-dossier.js';

/**
 * From her netwerkkaart to a request (issue 14, item 1: "voor geld en post heb je niemand" → a
 * request suggestion). Pure: which parts of life have nobody on her map, and which skills
 * neighbours could help with there. Shown only to her, on her own Samen page; nothing is stored,
 * nothing is ticked for her.
 */

/** Parts of life (levensgebied codes) a neighbour's everyday skill can help with. */
export const GEBIED_VAARDIGHEDEN: Readonly<Record<string, readonly string[]>> = {
  financien: ['administratie'],
  'sociale-contacten': ['gezelschap', 'wandelen'],
  huishouden: ['boodschappen', 'klusjes', 'koken'],
  wonen: ['klusjes', 'tuin'],
  vervoer: ['vervoer'],
  'werk-en-dagbesteding': ['computer', 'taalles'],
};

/** At most this many tips, so the page stays calm. */
export const MAX_SUGGESTIES = 2;

export type Suggestie = { gebied: string; vaardigheden: string[] };

/**
 * The parts of life (in the order above) where no one on her map helps, each with the skills a
 * neighbour could offer there that the gemeente offers (`aangeboden`) and she does not ask yet.
 */
export function netwerkSuggesties(
  hulp: HulpPerGebied,
  gevraagd: readonly string[],
  aangeboden: readonly string[],
): Suggestie[] {
  return suggestiesVoor((gebied) => (hulp[gebied] ?? []).length === 0, gevraagd, aangeboden);
}

/**
 * From her levensgebieden to a request (issue 14, item 1): the parts of life where her own latest
 * answer says it is not going well (`zorgen`, from the levensgebieden through the door, hers
 * only), each with the skills a neighbour could offer there that the gemeente offers and she does
 * not ask yet. Same order and maximum as the tips from her map.
 */
export function levensgebiedSuggesties(
  zorgen: readonly string[],
  gevraagd: readonly string[],
  aangeboden: readonly string[],
): Suggestie[] {
  return suggestiesVoor((gebied) => zorgen.includes(gebied), gevraagd, aangeboden);
}

function suggestiesVoor(
  telt: (gebied: string) => boolean,
  gevraagd: readonly string[],
  aangeboden: readonly string[],
): Suggestie[] {
  const uit: Suggestie[] = [];
  for (const [gebied, vaardigheden] of Object.entries(GEBIED_VAARDIGHEDEN)) {
    if (!telt(gebied)) continue;
    const nieuw = vaardigheden.filter((v) => aangeboden.includes(v) && !gevraagd.includes(v));
    if (nieuw.length > 0) uit.push({ gebied, vaardigheden: nieuw });
    if (uit.length === MAX_SUGGESTIES) break;
  }
  return uit;
}
