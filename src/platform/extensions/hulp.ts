import type { MessageKey } from '../i18n/i18n.js';

/**
 * Extension point: where a resident's own view says a levensgebied is not going well, the
 * page offers what could help there. A source answers from public, gemeente-level data only
 * (the sociale kaart's services for that domain): it gets no personal data and no record, and
 * it is asked after the door has closed, outside the record's transaction.
 */

export type HulpSuggestie = {
  /** Shown as a link text; the source's own words (a service name …) */
  titel: string;
  /** One short line under the title, optional */
  toelichting?: string;
  href: string;
};

export type HulpVraag = {
  gemeenteId: string;
  /** A code of the gemeente's levensgebieden catalog */
  levensgebied: string;
  aantal: number;
  /** The app's clock (opening hours, "nu open") */
  nu: Date;
};

export type HulpBron = {
  /** Stable id of the source, e.g. "sociale-kaart" */
  code: string;
  /** Heading above this source's suggestions */
  kop: MessageKey;
  suggesties(vraag: HulpVraag): Promise<HulpSuggestie[]>;
  /** Where to see everything this source has for the levensgebied, if anywhere */
  meer?: (levensgebied: string) => string;
};

export type HulpPerBron = {
  bron: { code: string; kop: MessageKey; meer?: string };
  suggesties: HulpSuggestie[];
};

export class HulpPerLevensgebied {
  private readonly bronnen: HulpBron[] = [];

  registreer(bron: HulpBron): void {
    if (this.bronnen.some((b) => b.code === bron.code)) throw new Error(`hulpbron ${bron.code} twice`);
    this.bronnen.push(bron);
  }

  /** Every source's suggestions for a levensgebied, leaving out sources that have none. */
  async voor(vraag: HulpVraag): Promise<HulpPerBron[]> {
    const perBron: HulpPerBron[] = [];
    for (const bron of this.bronnen) {
      const suggesties = await bron.suggesties(vraag);
      if (suggesties.length === 0) continue;
      const meer = bron.meer?.(vraag.levensgebied);
      perBron.push({
        bron: { code: bron.code, kop: bron.kop, ...(meer ? { meer } : {}) },
        suggesties: suggesties.slice(0, vraag.aantal),
      });
    }
    return perBron;
  }
}
