import type { Db } from '../db/database.js';
import type { Viewer } from '../http/request-context.js';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * Extension point: the cards on "Mijn overzicht", the first page after login. Each
 * capability adds a card for what it offers the viewer, so a resident reaches every part of
 * her record in one step. A card that shows personal data reads it through the door itself.
 */

/** Values for a message's placeholders; a Date is written as a day in the reader's language. */
export type KaartWaarden = Record<string, string | number | Date>;

export type OverzichtKaart = {
  /** Stable id, also the card's HTML id */
  code: string;
  titel: MessageKey;
  /** A title the resident chose herself (her crisiskaart's calm name), shown as is instead of `titel` */
  eigenTitel?: string;
  /** One line under the title, optional: the latest state of this part of her record */
  tekst?: MessageKey;
  /** Values for `tekst` ("Laatst ingevuld op {datum}") */
  tekstWaarden?: KaartWaarden;
  href: string;
  /**
   * The next useful step here, if there is one ("Je hebt Hoe het gaat 3 maanden geleden
   * ingevuld. Wil je kijken of het nog klopt?"). "Mijn overzicht" puts the most urgent step
   * (lowest `belang`) at the top of the page, and shows each card's own step on the card.
   */
  stap?: OverzichtStap;
  /**
   * 'sectie' (the default): a part of her record or something to do. 'privacy': who can see
   * what and the log, shown together under their own heading.
   */
  soort?: 'sectie' | 'privacy';
};

export type OverzichtStap = {
  tekst: MessageKey;
  waarden?: KaartWaarden;
  /** The link's text and target */
  link: MessageKey;
  href: string;
  /** Lower is more urgent; the most urgent step leads the page. Default 50. */
  belang?: number;
};

export type OverzichtVraag = {
  /**
   * To read the card's state, through the door (viaDeDeur), as the viewer. "Mijn overzicht"
   * always sets it; optional so a source's own tests can ask for cards without a database.
   */
  db?: Db;
  viewer: Viewer;
  /** The resident's own record; undefined for other roles */
  eigenDossierId: string | undefined;
  nu: Date;
};

export type OverzichtBron = {
  /** Lower comes first */
  volgorde: number;
  kaarten(vraag: OverzichtVraag): Promise<OverzichtKaart[]> | OverzichtKaart[];
};

export class OverzichtKaarten {
  private readonly bronnen: OverzichtBron[] = [];

  registreer(bron: OverzichtBron): void {
    this.bronnen.push(bron);
  }

  async voor(vraag: OverzichtVraag): Promise<OverzichtKaart[]> {
    const kaarten: OverzichtKaart[] = [];
    for (const bron of [...this.bronnen].sort((a, b) => a.volgorde - b.volgorde))
      kaarten.push(...(await bron.kaarten(vraag)));
    return kaarten;
  }
}
