import type { MessageKey } from '../platform/i18n/i18n.js';
import type { Toegang } from './door.js';

/**
 * An extension point: where a resident's record shows a levensgebied that is not going well,
 * the pages ask every registered source what could help there — the sociale kaart (services
 * for that domain), and later the network map (who in your network helps with this) and the
 * plan (your goals here). Sources get the resident's `Toegang`, so a source that reads
 * personal data can only do so through the door that let the viewer in.
 */

export type HulpSuggestie = {
  /** Shown as a link text; the source's own words (a service name, a person's name …) */
  titel: string;
  /** One short line under the title, optional */
  toelichting?: string;
  href: string;
};

export type HulpBron = {
  /** Stable id of the source, e.g. "sociale-kaart" */
  code: string;
  /** Heading above this source's suggestions */
  kop: MessageKey;
  /** At most `aantal` suggestions for one levensgebied (a code of the gemeente's catalog) */
  suggesties(toegang: Toegang, levensgebied: string, aantal: number): Promise<HulpSuggestie[]>;
  /** Where to see everything this source has for the levensgebied, if anywhere */
  meer?: (levensgebied: string) => string;
};

export type HulpPerBron = { bron: HulpBron; suggesties: HulpSuggestie[] };

export class HulpPerLevensgebied {
  private readonly bronnen: HulpBron[] = [];

  registreer(bron: HulpBron): void {
    if (this.bronnen.some((b) => b.code === bron.code)) throw new Error(`hulpbron ${bron.code} twice`);
    this.bronnen.push(bron);
  }

  /** Every source's suggestions for a levensgebied, leaving out sources that have none. */
  async voor(toegang: Toegang, levensgebied: string, aantal = 3): Promise<HulpPerBron[]> {
    const perBron: HulpPerBron[] = [];
    for (const bron of this.bronnen) {
      const suggesties = await bron.suggesties(toegang, levensgebied, aantal);
      if (suggesties.length > 0) perBron.push({ bron, suggesties: suggesties.slice(0, aantal) });
    }
    return perBron;
  }
}
