import { rond } from './schaal.js';
import type { Punt, Reeks } from './types.js';

/**
 * How the series look apart from colour, so the chart reads in greyscale, in forced colours
 * and on paper: each series gets its own line pattern and marker shape, by its position.
 * Colour comes on top, from CSS (classes per soort), never from here.
 */
export const VORMEN = ['cirkel', 'vierkant', 'driehoek', 'ruit', 'driehoek-omlaag'] as const;
export type Vorm = (typeof VORMEN)[number];

/** stroke-dasharray per series position; '' is a solid line. */
export const STREEPJES = ['', '7 4', '2 3', '10 3 2 3', '4 2 1 2'] as const;

export type ReeksStijl = { vorm: Vorm; streepjes: string; soort: Reeks['soort']; index: number };

export function reeksStijl(index: number, soort: Reeks['soort']): ReeksStijl {
  const i = Math.abs(Math.trunc(index)) || 0;
  return {
    vorm: VORMEN[i % VORMEN.length] as Vorm,
    streepjes: STREEPJES[i % STREEPJES.length] as string,
    soort,
    index: i,
  };
}

const n = (value: number) => String(rond(value));

/** The SVG path of a marker of this shape around a point; `r` is about half its width. */
export function markerPad(vorm: Vorm, p: Punt, r: number): string {
  const { x, y } = p;
  switch (vorm) {
    case 'cirkel':
      return `M${n(x - r)} ${n(y)}a${n(r)} ${n(r)} 0 1 0 ${n(2 * r)} 0a${n(r)} ${n(r)} 0 1 0 ${n(-2 * r)} 0Z`;
    case 'vierkant': {
      const s = r * 0.9;
      return `M${n(x - s)} ${n(y - s)}H${n(x + s)}V${n(y + s)}H${n(x - s)}Z`;
    }
    case 'driehoek': {
      const s = r * 1.15;
      return `M${n(x)} ${n(y - s)}L${n(x + s)} ${n(y + s * 0.8)}H${n(x - s)}Z`;
    }
    case 'driehoek-omlaag': {
      const s = r * 1.15;
      return `M${n(x)} ${n(y + s)}L${n(x + s)} ${n(y - s * 0.8)}H${n(x - s)}Z`;
    }
    case 'ruit': {
      const s = r * 1.25;
      return `M${n(x)} ${n(y - s)}L${n(x + s)} ${n(y)}L${n(x)} ${n(y + s)}L${n(x - s)} ${n(y)}Z`;
    }
  }
}

/** A polyline through the points: "M x y L x y …", optionally closed with Z. */
export function lijnPad(punten: Punt[], gesloten = false): string {
  if (punten.length === 0) return '';
  const [eerste, ...rest] = punten as [Punt, ...Punt[]];
  return `M${n(eerste.x)} ${n(eerste.y)}${rest.map((p) => `L${n(p.x)} ${n(p.y)}`).join('')}${gesloten ? 'Z' : ''}`;
}
