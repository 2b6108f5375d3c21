import type { Db } from '../../platform/db/database.js';
import type { Translate } from '../../platform/i18n/i18n.js';
import { leesInstelling } from './queries.js';

/**
 * The links to the questionnaires for the levensgebieden overview (its `extraLinks`): eigen
 * regie always, positieve gezondheid only where the gemeente turned it on. The overview has
 * already passed the door; the setting itself holds no personal data.
 */
export function vragenlijstLinks(db: Db) {
  return async (dossierId: string, t: Translate, gemeenteId: string) => {
    const basis = `/dossiers/${dossierId}/levensgebieden`;
    const links = [{ href: `${basis}/eigen-regie`, label: t('vragenlijst.regie.titel') }];
    if ((await leesInstelling(db, gemeenteId)).positieveGezondheid)
      links.push({ href: `${basis}/positieve-gezondheid`, label: t('vragenlijst.pg.titel') });
    return links;
  };
}
