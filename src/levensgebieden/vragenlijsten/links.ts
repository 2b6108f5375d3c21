import type { Db } from '../../platform/db/database.js';
import type { DossierLink, DossierLinkBron } from '../../platform/extensions/dossier-links.js';
import { leesInstelling } from './queries.js';

/**
 * The links to the questionnaires on the levensgebieden overview (a `DossierLinks` source):
 * eigen regie always, positieve gezondheid only where the gemeente turned it on. Asked after
 * the door; the setting itself holds no personal data.
 */
export function vragenlijstLinks(db: Db): DossierLinkBron {
  return async ({ dossierId, gemeenteId }) => {
    const basis = `/dossiers/${dossierId}/levensgebieden`;
    const links: DossierLink[] = [{ href: `${basis}/eigen-regie`, label: 'vragenlijst.regie.titel' }];
    if ((await leesInstelling(db, gemeenteId)).positieveGezondheid)
      links.push({ href: `${basis}/positieve-gezondheid`, label: 'vragenlijst.pg.titel' });
    return links;
  };
}
