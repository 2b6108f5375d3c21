import type { MessageKey } from '../i18n/i18n.js';

/**
 * Extension point: the menu. Each capability adds its own entries in app.tsx; the layout
 * shows the entries meant for the logged-in role (or for visitors), in `volgorde`, and of those
 * with an `alleenAls` only the ones it allows for this viewer (e.g. a capability flag).
 */

/** Who sees an entry: a role, or "bezoeker" for someone not logged in. */
export type MenuPubliek = string | 'bezoeker';

/** Who is looking, as far as the menu needs to know: the role and the capability flags. */
export type MenuKijker = { rol: string; bevoegdheden: readonly string[] };

export type MenuItem = {
  href: string;
  label: MessageKey;
  /** Lower comes first; capabilities leave gaps so others can slot in between */
  volgorde: number;
  voor: readonly MenuPubliek[];
  /**
   * Optional: shown only when this also holds for the logged-in viewer, e.g. a capability flag
   * (`bevoegdheden`, read with the session on every request: extensions/bevoegdheden.ts). Never
   * asked for a visitor. Must not query anything: the menu is built on every page.
   */
  alleenAls?: (kijker: MenuKijker) => boolean;
};

export type NavItem = { href: string; label: MessageKey };

export class Menu {
  private readonly items: MenuItem[] = [];

  registreer(...items: MenuItem[]): void {
    for (const item of items) {
      if (this.items.some((i) => i.href === item.href)) throw new Error(`menu item ${item.href} twice`);
      this.items.push(item);
    }
  }

  /** The entries for a logged-in viewer (undefined: a visitor), in order. */
  voor(kijker: MenuKijker | undefined): NavItem[] {
    const wie = kijker?.rol ?? 'bezoeker';
    return this.items
      .filter((item) => item.voor.includes(wie))
      .filter((item) => !item.alleenAls || (kijker !== undefined && item.alleenAls(kijker)))
      .sort((a, b) => a.volgorde - b.volgorde)
      .map(({ href, label }) => ({ href, label }));
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Set by app.tsx; read by pageContext for the layout */
    menu?: Menu;
  }
}
