import type { MessageKey } from '../i18n/i18n.js';

/**
 * Extension point: the menu. Each capability adds its own entries in app.tsx; the layout
 * shows the entries meant for the logged-in role (or for visitors), in `volgorde`.
 */

/** Who sees an entry: a role, or "bezoeker" for someone not logged in. */
export type MenuPubliek = string | 'bezoeker';

export type MenuItem = {
  href: string;
  label: MessageKey;
  /** Lower comes first; capabilities leave gaps so others can slot in between */
  volgorde: number;
  voor: readonly MenuPubliek[];
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

  /** The entries for one role (undefined: a visitor), in order. */
  voor(rol: string | undefined): NavItem[] {
    const wie = rol ?? 'bezoeker';
    return this.items
      .filter((item) => item.voor.includes(wie))
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
