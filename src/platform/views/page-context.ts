import type { NavItem } from '../extensions/menu.js';
import type { Locale, Translate } from '../i18n/i18n.js';

/** What every server-rendered page needs to know about the request it answers. */
export type PageContext = {
  t: Translate;
  locale: Locale;
  gemeente: { code: string; naam: string; hasLogo: boolean };
  /** The logged-in account, when there is one */
  account: { naam: string; rol: string } | undefined;
  csrfToken: string;
  /** CSP nonce for the few script tags we emit */
  nonce: string;
  /** Path of the current page, for the language switch and "aria-current" */
  path: string;
  /** The menu for this viewer's role (extension point: platform/extensions/menu.ts) */
  menu: NavItem[];
};
