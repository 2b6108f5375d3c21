import type { ThemaSettings } from '../db/schema.js';

const TOKEN_NAME = /^[a-z][a-z0-9-]{0,80}$/;
// Colours, lengths, font stacks: no url(), no escapes, nothing that ends the declaration.
const TOKEN_VALUE = /^[a-zA-Z0-9 #%(),.\-"']{1,120}$/;

/**
 * Turns a gemeente's design-token overrides into the CSS of /thema.css. Tokens that could
 * break out of the declaration or load something from elsewhere are dropped, so a
 * beheerder's typo cannot break the page or the Content Security Policy.
 */
export function themeCss(thema: ThemaSettings): string {
  const declarations = Object.entries(thema.tokens ?? {})
    .filter(([name, value]) => TOKEN_NAME.test(name) && TOKEN_VALUE.test(value) && !/url\s*\(/i.test(value))
    .map(([name, value]) => `  --${name}: ${value};`);
  return `.redzaam-theme {\n${declarations.join('\n')}\n}\n`;
}

/** The theme of the fictional demo gemeente Lindewaard: a deep green instead of Utrecht red. */
export const LINDEWAARD_THEMA: ThemaSettings = {
  tokens: {
    'redzaam-brand-color': '#0b5e3c',
    'redzaam-brand-color-contrast': '#ffffff',
    'utrecht-button-primary-action-background-color': '#0b5e3c',
    'utrecht-button-primary-action-hover-background-color': '#084a2f',
    'utrecht-button-primary-action-border-color': '#0b5e3c',
    'utrecht-link-color': '#0a5132',
    'utrecht-link-visited-color': '#4a2a6b',
    'utrecht-link-hover-color': '#062e1d',
    'utrecht-heading-color': '#0f1f17',
  },
  logoSvg:
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40" width="40" height="40"><rect width="40" height="40" rx="6" fill="#0b5e3c"/><path d="M20 7c-6 7-9 12-9 17a9 9 0 0 0 18 0c0-5-3-10-9-17z" fill="#fff"/><path d="M20 16v17" stroke="#0b5e3c" stroke-width="2"/></svg>',
};
