import type { Db } from '../platform/db/database.js';
import type { OverzichtKaart } from '../platform/extensions/overzicht.js';
import type { Viewer } from '../platform/http/request-context.js';
import { viaDeDeur } from '../regie/door/door.js';
import * as gq from './groepen/queries.js';
import { type Groep, type GroepSoort, groepStatus } from './groepen/rules.js';
import { alsGroep } from './groepen/systeem.js';
import * as q from './queries.js';
import { statusVan, type Voorstel } from './rules.js';
import { alsVoorstel, SECTIE } from './systeem.js';

/**
 * Samen's card on "Mijn overzicht": what waits for her answer leads (a match, then a group), else
 * the group she takes part in, else the gentle invitation. Nothing about other people: the card
 * names no one, only kinds of things.
 */
export type SamenKaartStand =
  | { soort: 'voorstel' }
  | { soort: 'groep-voorstel'; groep: GroepSoort }
  | { soort: 'in-groep'; groep: GroepSoort }
  | { soort: 'rustig' };

/** Pure: her proposals and groups (as the rules see them) at `nu` → what the card says. */
export function samenKaartStand(
  eigen: string,
  voorstellen: readonly Voorstel[],
  groepen: readonly Groep[],
  nu: Date,
): SamenKaartStand {
  if (voorstellen.some((v) => statusVan(v, nu) === 'open' && (v.antwoorden[eigen] ?? 'open') === 'open'))
    return { soort: 'voorstel' };
  const wacht = groepen.find(
    (g) => groepStatus(g, nu) === 'open' && (g.antwoorden[eigen] ?? 'open') === 'open',
  );
  if (wacht) return { soort: 'groep-voorstel', groep: wacht.soort };
  const mee = groepen.find((g) => groepStatus(g, nu) === 'gestart' && g.antwoorden[eigen] === 'ja');
  if (mee) return { soort: 'in-groep', groep: mee.soort };
  return { soort: 'rustig' };
}

/** Her proposals and groups, read through the door as her own (one audit entry). */
export async function leesSamenKaartStand(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<SamenKaartStand> {
  const { voorstellen, groepen } = await viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: SECTIE, nodig: 'lezen', actie: 'read', alleenEigenaar: true, itemId: 'overzicht' },
    { now: nu },
    async (toegang) => ({
      voorstellen: await q.mijnVoorstellen(toegang),
      groepen: await gq.mijnGroepen(toegang),
    }),
  );
  return samenKaartStand(dossierId, voorstellen.map(alsVoorstel), groepen.map(alsGroep), nu);
}

/** The card for a stand: the step (if any) links to where she answers. */
export function samenKaart(
  dossierId: string,
  stand: SamenKaartStand,
  rustig: OverzichtKaart['tekst'] = 'samen.kaart.tekst',
): OverzichtKaart {
  const basis = `/dossiers/${dossierId}/samen`;
  const kaart: OverzichtKaart = { code: 'samen', titel: 'sectie.samen', tekst: rustig, href: basis };
  switch (stand.soort) {
    case 'voorstel':
      return {
        ...kaart,
        tekst: 'samen.kaart.voorstel',
        stap: { tekst: 'samen.stap.voorstel', link: 'samen.stap.voorstel.link', href: basis, belang: 25 },
      };
    case 'groep-voorstel':
      return {
        ...kaart,
        tekst: 'samen.kaart.groep-voorstel',
        tekstWaarden: { groep: stand.groep },
        stap: {
          tekst: 'samen.stap.groep',
          waarden: { groep: stand.groep },
          link: 'samen.stap.groep.link',
          href: `${basis}/groepen`,
          belang: 26,
        },
      };
    case 'in-groep':
      return { ...kaart, tekst: 'samen.kaart.in-groep', tekstWaarden: { groep: stand.groep } };
    case 'rustig':
      return kaart;
  }
}
