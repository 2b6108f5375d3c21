/**
 * A small fixed set of icons for the domains, drawn as inline SVG with `currentColor`, so they
 * follow the text colour (also in high contrast and print). Always decorative: the domain's
 * name stands beside it, so the icon is hidden from screen readers.
 */
export const ICONEN = {
  geld: 'M4 7h16v10H4z M12 9.5a2.5 2.5 0 1 0 0 5 2.5 2.5 0 1 0 0-5 M6 9v6 M18 9v6',
  werk: 'M4 8h16v11H4z M9 8V5h6v3 M4 13h16',
  mensen:
    'M8 11a3 3 0 1 0 0-6 3 3 0 1 0 0 6 M16 11a3 3 0 1 0 0-6 3 3 0 1 0 0 6 M2 20c0-4 3-6 6-6s6 2 6 6 M12 20c0-4 2-6 4-6s6 2 6 6',
  hart: 'M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z',
  hoofd: 'M12 3a7 7 0 0 0-7 7c0 3 2 4 2 6v4h8v-3h2a2 2 0 0 0 2-2v-2l2-1-2-3a7 7 0 0 0-7-6z',
  huis: 'M3 11l9-7 9 7 M5 10v10h14V10 M10 20v-6h4v6',
  bezem: 'M14 3l-4 10 M6 13h8l2 8H4z M8 17v4 M12 17v4',
  handen: 'M4 12l4-4 4 3 4-3 4 4-8 8z M8 8l4 3',
  fiets: 'M6 17a3 3 0 1 0 0-6 3 3 0 1 0 0 6 M18 17a3 3 0 1 0 0-6 3 3 0 1 0 0 6 M6 14l4-6h5l3 6 M10 8l2 6h-6',
  ster: 'M12 3l2.7 5.6 6.1.9-4.4 4.3 1 6.1L12 17l-5.4 2.9 1-6.1-4.4-4.3 6.1-.9z',
  boek: 'M4 5h7v14H4z M13 5h7v14h-7z',
  zon: 'M12 8a4 4 0 1 0 0 8 4 4 0 1 0 0-8 M12 2v3 M12 19v3 M2 12h3 M19 12h3 M5 5l2 2 M17 17l2 2 M5 19l2-2 M17 7l2-2',
} as const;

export type Icoon = keyof typeof ICONEN;
export const ICOON_NAMEN = Object.keys(ICONEN) as Icoon[];

export function isIcoon(value: unknown): value is Icoon {
  return typeof value === 'string' && Object.hasOwn(ICONEN, value);
}

/** The icon of a domain, decorative (aria-hidden), 1.5em square. */
export function GebiedIcoon({ icoon }: { icoon: string }) {
  const pad = isIcoon(icoon) ? ICONEN[icoon] : ICONEN.ster;
  return (
    <svg
      class="redzaam-levensgebied-icoon"
      viewBox="0 0 24 24"
      width="24"
      height="24"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      stroke-width="2"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <path d={pad} />
    </svg>
  );
}
