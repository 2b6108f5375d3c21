import type { MessageKey } from '../i18n/i18n.js';

/**
 * Extension point: links on a record's pages. A capability adds a link to its page on
 * another section's pages (the questionnaires on the levensgebieden overview) without either
 * importing the other; app.tsx wires them. A provider may read gemeente-level settings only:
 * it is asked after the door, with no personal data.
 */

export type DossierLink = { href: string; label: MessageKey };

export type DossierLinkBron = (plek: { dossierId: string; gemeenteId: string }) => Promise<DossierLink[]>;

export class DossierLinks {
  private readonly bronnen = new Map<string, DossierLinkBron[]>();

  /** Adds links to the pages of one section (by its code). */
  registreer(sectie: string, bron: DossierLinkBron): void {
    this.bronnen.set(sectie, [...(this.bronnen.get(sectie) ?? []), bron]);
  }

  async voor(sectie: string, plek: { dossierId: string; gemeenteId: string }): Promise<DossierLink[]> {
    const links: DossierLink[] = [];
    for (const bron of this.bronnen.get(sectie) ?? []) links.push(...(await bron(plek)));
    return links;
  }
}
