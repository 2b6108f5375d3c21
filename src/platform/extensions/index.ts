/**
 * The extension points capabilities plug into, each an interface here with its
 * implementations wired in app.tsx: no capability imports another (docs/decisions/017).
 */
import type { DossierLinks } from './dossier-links.js';
import type { HulpPerLevensgebied } from './hulp.js';
import type { Menu } from './menu.js';
import type { OverzichtKaarten } from './overzicht.js';

export type Uitbreidingen = {
  menu: Menu;
  overzicht: OverzichtKaarten;
  dossierLinks: DossierLinks;
  hulp: HulpPerLevensgebied;
};
