import type { Viewer } from '../http/request-context.js';
import type { MessageKey } from '../i18n/i18n.js';

/**
 * Extension point: the cards on "Mijn overzicht", the first page after login. Each
 * capability adds a card for what it offers the viewer, so a resident reaches every part of
 * her record in one step. A card that shows personal data reads it through the door itself.
 */

export type OverzichtKaart = {
  /** Stable id, also the card's HTML id */
  code: string;
  titel: MessageKey;
  /** A title the resident chose herself (her crisiskaart's calm name), shown as is instead of `titel` */
  eigenTitel?: string;
  /** One line under the title, optional */
  tekst?: MessageKey;
  href: string;
};

export type OverzichtVraag = {
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
