import type { Db } from '../db/database.js';
import type { Viewer } from '../http/request-context.js';
import type { Locale, Translate } from '../i18n/i18n.js';

/**
 * Extension point: a group of people from another part of her record shown on her netwerkkaart
 * as its own group — "Via Samen": the neighbours she exchanged help with (decision 050). Personal
 * data: a source reads through the door itself (its own section, the record's owner only) and
 * decides whether she chose to show it; the netwerkkaart asks only when the viewer is the owner,
 * draws and lists what it gets, and never reads the source's tables. app.tsx wires the sources.
 */

export type KaartGroepPersoon = {
  /** Stable id within the group (not a record id): the picture keeps places by it. */
  id: string;
  /** What may be shown: a first name. */
  naam: string;
  /** How much went back and forth, for the line's thickness (a count, never a balance). */
  steun: number;
  /** Lines in words for the list ("Jij hielp met: Boodschappen doen"). */
  regels: string[];
};

export type KaartGroep = {
  /** Stable code, e.g. "samen" */
  code: string;
  /** The group's name in the viewer's language ("Via Samen") */
  naam: string;
  /** One sentence for the key: who these people are */
  uitleg: string;
  personen: KaartGroepPersoon[];
};

export type KaartGroepBron = {
  code: string;
  /** Her group, or undefined when she did not choose to show it (or there is nobody). Owner only. */
  lees(
    db: Db,
    viewer: Viewer,
    dossierId: string,
    nu: Date,
    taal: { t: Translate; locale: Locale },
  ): Promise<KaartGroep | undefined>;
};

export class KaartGroepen {
  private readonly bronnen: KaartGroepBron[] = [];

  registreer(bron: KaartGroepBron): void {
    if (this.bronnen.some((b) => b.code === bron.code)) throw new Error(`kaartgroep ${bron.code} twice`);
    this.bronnen.push(bron);
  }

  /** Every source's group that has people, in the order registered. */
  async voor(...args: Parameters<KaartGroepBron['lees']>): Promise<KaartGroep[]> {
    const uit: KaartGroep[] = [];
    for (const bron of this.bronnen) {
      const groep = await bron.lees(...args);
      if (groep && groep.personen.length > 0) uit.push(groep);
    }
    return uit;
  }
}
