import type { Bevoegdheid } from '../platform/extensions/bevoegdheden.js';
import type { MenuItem, MenuKijker } from '../platform/extensions/menu.js';
import type { OverzichtBron } from '../platform/extensions/overzicht.js';
import { eigenBuurDossierId } from '../regie/door/door.js';
import { leesSamenKaartStand, samenKaart } from './kaart.js';

/** The capability flag of a Samen coordinator (table `samen_coordinator`, decision 030). */
export const SAMEN_COORDINATOR = 'samen.coordinator';

/**
 * Samen's capability flags, read with the session on every request (decision 031, addendum): the menu knows
 * who coordinates without a query of its own. The pages still check the table themselves.
 */
export const samenBevoegdheden: Bevoegdheid[] = [{ naam: SAMEN_COORDINATOR, tabel: 'samen_coordinator' }];

const coordinator = (k: MenuKijker) => k.bevoegdheden.includes(SAMEN_COORDINATOR);

/**
 * "Samen" in the resident's menu; the coordinator's pages only for a professional marked as Samen
 * coordinator (the pages themselves refuse anyone else as well).
 */
export const samenMenu: MenuItem[] = [
  // A neighbour without a resident's record (decision 048) has Samen and her account pages only.
  { href: '/mijn-samen', label: 'samen.menu', volgorde: 45, voor: ['inwoner', 'buur'] },
  {
    href: '/samen/coordinatie',
    label: 'samen.menu.coordinatie',
    volgorde: 45,
    voor: ['professional'],
    alleenAls: coordinator,
  },
  {
    href: '/samen/groepen',
    label: 'samen.menu.groepen',
    volgorde: 46,
    voor: ['professional'],
    alleenAls: coordinator,
  },
];

/**
 * The resident — or a neighbour with her light record (decision 048) — reaches Samen from her
 * overview in one step; a proposal or a group waiting for her answer makes it the next step
 * (kaart.ts).
 */
export const samenKaarten: OverzichtBron = {
  volgorde: 55,
  kaarten: async ({ db, viewer, eigenDossierId, nu }) => {
    const buur = viewer.rol === 'buur';
    const eigen = buur && db ? await eigenBuurDossierId(db, viewer) : eigenDossierId;
    if (!eigen) return [];
    const rustig = buur ? 'samen.buren.kaart.tekst' : 'samen.kaart.tekst';
    if (!db) return [samenKaart(eigen, { soort: 'rustig' }, rustig)];
    return [samenKaart(eigen, await leesSamenKaartStand(db, viewer, eigen, nu), rustig)];
  },
};
