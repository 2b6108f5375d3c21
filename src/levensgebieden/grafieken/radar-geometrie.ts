import { fractie, isWaarde, rond, type VeiligeSchaal, veiligeSchaal } from './schaal.js';
import { lijnPad, markerPad, type ReeksStijl, reeksStijl } from './stijl.js';
import type { As, Punt, Reeks, Schaal } from './types.js';

/**
 * The geometry of the radar ("spider") chart, without JSX or I/O: data in, coordinates and
 * path strings out, every number rounded to one decimal and never NaN or Infinity.
 *
 * The centre is (0, 0). The lowest value of the scale (`min`) is a ring at `binnenStraal`, not
 * the centre point: so a low answer is a visible point on a ring, and the small hole in the
 * middle is free for the markers of skipped answers ("weet ik niet"), which are therefore never
 * drawn where a real answer could be. A series' line breaks at a skipped answer.
 */
export const RADAR = {
  /** radius of the ring of `max` */
  straal: 80,
  /** radius of the ring of `min` */
  binnenStraal: 16,
  /** gap between the outer ring and the axis labels */
  labelAfstand: 10,
  letter: 14,
  regelHoogte: 16,
  /** characters per label line before it wraps */
  maxTekens: 12,
  /** estimated width of one character, as a share of the font size (system-ui, mixed case) */
  tekenBreedte: 0.6,
  marker: 3.5,
  marge: 6,
} as const;

export type Anker = 'start' | 'middle' | 'end';
export type Vak = { x: number; y: number; breedte: number; hoogte: number };

export type RadarAs = As & {
  /** angle in radians; 0 is straight up, clockwise */
  hoek: number;
  /** end of the axis line, on the outer ring */
  eind: Punt;
  /** anchor point of the label's first line (text baseline) */
  labelPunt: Punt;
  anker: Anker;
  regels: string[];
  /** the estimated box the label takes */
  vak: Vak;
};

export type RadarPunt = { as: string; waarde: number; punt: Punt; marker: string };
export type RadarOvergeslagen = { as: string; punt: Punt; marker: string };

export type RadarReeksGeometrie = {
  naam: string;
  soort: Reeks['soort'];
  stijl: ReeksStijl;
  punten: RadarPunt[];
  overgeslagen: RadarOvergeslagen[];
  /** one path per unbroken run of answers; a run of one answer, or a chart of 1–2 axes, has only markers */
  paden: string[];
  /** true when every axis has an answer and the line is a closed polygon */
  gesloten: boolean;
};

export type RadarRing = { waarde: number; label: string; straal: number; pad: string; tekst: Punt };

export type RadarGeometrie = {
  viewBox: Vak;
  assen: RadarAs[];
  ringen: RadarRing[];
  reeksen: RadarReeksGeometrie[];
  schaal: VeiligeSchaal;
  /** radius of the ring of `min`: where an answer equal to min is drawn */
  minStraal: number;
  maxStraal: number;
};

/** Splits a label into lines of at most `max` characters, at spaces (a longer word keeps its own line). */
export function wrapLabel(label: string, max: number = RADAR.maxTekens): string[] {
  const woorden = label.trim().split(/\s+/).filter(Boolean);
  const regels: string[] = [];
  for (const woord of woorden) {
    const laatste = regels[regels.length - 1];
    if (laatste !== undefined && laatste.length + 1 + woord.length <= max)
      regels[regels.length - 1] = `${laatste} ${woord}`;
    else regels.push(woord);
  }
  return regels.length > 0 ? regels : [''];
}

/** The point at a distance from the centre along an angle (0 = up, clockwise). */
export function polair(hoek: number, afstand: number): Punt {
  return { x: rond(Math.sin(hoek) * afstand), y: rond(-Math.cos(hoek) * afstand) };
}

/** The angle of axis i of n: the first axis points up, the others follow clockwise. */
export function asHoek(i: number, n: number): number {
  return n > 0 ? (2 * Math.PI * i) / n : 0;
}

function labelGeometrie(hoek: number, regels: string[]): Pick<RadarAs, 'labelPunt' | 'anker' | 'vak'> {
  const afstand = RADAR.straal + RADAR.labelAfstand;
  const p = { x: Math.sin(hoek) * afstand, y: -Math.cos(hoek) * afstand };
  const dx = Math.sin(hoek);
  const dy = -Math.cos(hoek);
  // Left of the chart the text ends at the point, right of it it starts there, near the top
  // and bottom it is centred: so the text always runs away from the plot, never into it.
  const anker: Anker = dx > 0.3 ? 'start' : dx < -0.3 ? 'end' : 'middle';
  const breedte = Math.max(...regels.map((r) => r.length)) * RADAR.letter * RADAR.tekenBreedte;
  const hoogte = regels.length * RADAR.regelHoogte;
  const boven = dy < -0.3 ? p.y - hoogte : dy > 0.3 ? p.y : p.y - hoogte / 2;
  const links = anker === 'start' ? p.x : anker === 'end' ? p.x - breedte : p.x - breedte / 2;
  // The baseline of the first line: about 0.8 of the font size under the top of its line box.
  const basis = boven + (RADAR.regelHoogte - RADAR.letter) / 2 + RADAR.letter * 0.8;
  return {
    labelPunt: { x: rond(p.x), y: rond(basis) },
    anker,
    vak: { x: rond(links), y: rond(boven), breedte: rond(breedte), hoogte: rond(hoogte) },
  };
}

const overlapt = (a: Vak, b: Vak) =>
  a.x < b.x + b.breedte && b.x < a.x + a.breedte && a.y < b.y + b.hoogte && b.y < a.y + a.hoogte;

function verschuif(as: RadarAs, dx: number, dy: number): RadarAs {
  return {
    ...as,
    labelPunt: { x: rond(as.labelPunt.x + dx), y: rond(as.labelPunt.y + dy) },
    vak: { ...as.vak, x: rond(as.vak.x + dx), y: rond(as.vak.y + dy) },
  };
}

/**
 * With many axes, neighbouring labels can overlap. Moves them apart, always *away* from the
 * centre (a side label up or down away from the horizontal middle line, or sideways away from
 * a centred top/bottom label), so a label never moves onto the plot. Exported for the tests.
 */
export function spreidLabels(assen: RadarAs[]): RadarAs[] {
  const uit = [...assen];
  const ruimte = 2;
  for (let ronde = 0; ronde < 4 * uit.length + 4; ronde++) {
    let bewogen = false;
    for (let i = 0; i < uit.length; i++) {
      for (let j = i + 1; j < uit.length; j++) {
        const a = uit[i] as RadarAs;
        const b = uit[j] as RadarAs;
        if (!overlapt(a.vak, b.vak)) continue;
        bewogen = true;
        if (a.anker === 'middle' || b.anker === 'middle') {
          // Move the side label sideways, away from the centred one (and from the centre).
          const [zij, midden, k] = a.anker === 'middle' ? [b, a, j] : [a, b, i];
          if (zij.anker === 'middle') {
            // Two centred labels near the top or the bottom: the outer one moves further out.
            const [boven, onder, kb, ko] = a.vak.y <= b.vak.y ? [a, b, i, j] : [b, a, j, i];
            const overlap = boven.vak.y + boven.vak.hoogte + ruimte - onder.vak.y;
            if (onder.vak.y + onder.vak.hoogte / 2 > 0) uit[ko] = verschuif(onder, 0, overlap);
            else uit[kb] = verschuif(boven, 0, -overlap);
            continue;
          }
          const dx =
            zij.anker === 'start'
              ? midden.vak.x + midden.vak.breedte + ruimte - zij.vak.x
              : midden.vak.x - ruimte - (zij.vak.x + zij.vak.breedte);
          uit[k] = verschuif(zij, dx, 0);
          continue;
        }
        // Two labels on one side: the one further from the middle line moves further out.
        const midA = a.vak.y + a.vak.hoogte / 2;
        const midB = b.vak.y + b.vak.hoogte / 2;
        const [boven, onder, kb, ko] = midA <= midB ? [a, b, i, j] : [b, a, j, i];
        const overlap = boven.vak.y + boven.vak.hoogte + ruimte - onder.vak.y;
        const middenOnder = onder.vak.y + onder.vak.hoogte / 2;
        const middenBoven = boven.vak.y + boven.vak.hoogte / 2;
        if (middenBoven >= 0) uit[ko] = verschuif(onder, 0, overlap);
        else if (middenOnder <= 0) uit[kb] = verschuif(boven, 0, -overlap);
        else {
          uit[kb] = verschuif(boven, 0, -overlap / 2);
          uit[ko] = verschuif(onder, 0, overlap / 2);
        }
      }
    }
    if (!bewogen) break;
  }
  return uit;
}

/** The radius at which a value is drawn: `binnenStraal` for min, `straal` for max. */
export function radarStraal(schaal: VeiligeSchaal, waarde: number): number {
  return RADAR.binnenStraal + fractie(schaal, waarde) * (RADAR.straal - RADAR.binnenStraal);
}

/**
 * Where the marker of a skipped answer goes: inside the hole, below the ring of min, a little
 * further out per series so that skipped answers of several series stay apart.
 */
export function overgeslagenAfstand(reeksIndex: number): number {
  return RADAR.binnenStraal * (0.25 + 0.25 * (Math.abs(reeksIndex) % 3));
}

/** Consecutive runs of answered axes; with `rond` a run may go on past the last axis to the first. */
export function aaneengeslotenReeksen(aanwezig: boolean[], cyclisch: boolean): number[][] {
  const n = aanwezig.length;
  if (n === 0) return [];
  if (aanwezig.every(Boolean)) return [aanwezig.map((_, i) => i)];
  const runs: number[][] = [];
  // Start right after a gap, so a run that wraps around is not cut in two.
  const start = cyclisch ? aanwezig.indexOf(false) + 1 : 0;
  let huidig: number[] = [];
  for (let k = 0; k < n; k++) {
    const i = (start + k) % n;
    if (aanwezig[i]) huidig.push(i);
    else if (huidig.length > 0) {
      runs.push(huidig);
      huidig = [];
    }
  }
  if (huidig.length > 0) runs.push(huidig);
  return runs;
}

/** Computes everything the radar chart draws. Axes keep their order; codes are matched to `waarden`. */
export function radarGeometrie(assen: As[], reeksen: Reeks[], schaalIn: Schaal): RadarGeometrie {
  const schaal = veiligeSchaal(schaalIn);
  const n = assen.length;
  const radarAssen: RadarAs[] = spreidLabels(
    assen.map((as, i) => {
      const hoek = asHoek(i, n);
      const regels = wrapLabel(as.label);
      return { ...as, hoek, eind: polair(hoek, RADAR.straal), regels, ...labelGeometrie(hoek, regels) };
    }),
  );

  // Rings: polygons that follow the axes with three or more axes, circles with fewer.
  const ringen: RadarRing[] = schaal.stappen.map((stap) => {
    const straal = radarStraal(schaal, stap.waarde);
    const pad =
      n >= 3
        ? lijnPad(
            radarAssen.map((as) => polair(as.hoek, straal)),
            true,
          )
        : `M${rond(-straal)} 0a${rond(straal)} ${rond(straal)} 0 1 0 ${rond(2 * straal)} 0a${rond(straal)} ${rond(straal)} 0 1 0 ${rond(-2 * straal)} 0Z`;
    return {
      waarde: stap.waarde,
      label: stap.label,
      straal: rond(straal),
      pad,
      tekst: { x: 3, y: rond(-straal - 2) },
    };
  });

  const reeksGeometrie = reeksen.map((reeks, index): RadarReeksGeometrie => {
    const stijl = reeksStijl(index, reeks.soort);
    const waarden = assen.map((as) => {
      const waarde = Object.hasOwn(reeks.waarden ?? {}, as.code) ? reeks.waarden[as.code] : null;
      return isWaarde(waarde) ? waarde : null;
    });
    const hoekpunten = waarden.map((waarde, i) =>
      waarde === null ? null : polair(asHoek(i, n), radarStraal(schaal, waarde)),
    );
    const punten: RadarPunt[] = [];
    const overgeslagen: RadarOvergeslagen[] = [];
    waarden.forEach((waarde, i) => {
      const as = assen[i] as As;
      const punt = hoekpunten[i];
      if (waarde !== null && punt)
        punten.push({ as: as.code, waarde, punt, marker: markerPad(stijl.vorm, punt, RADAR.marker) });
      else {
        const p = polair(asHoek(i, n), overgeslagenAfstand(index));
        overgeslagen.push({ as: as.code, punt: p, marker: markerPad(stijl.vorm, p, RADAR.marker * 0.8) });
      }
    });
    const gesloten = n >= 3 && overgeslagen.length === 0;
    const runs = aaneengeslotenReeksen(
      waarden.map((w) => w !== null),
      n >= 3,
    );
    // With one or two axes there is no shape to draw: a line between two opposite axes would
    // suggest a meaning it does not have. Then the markers alone show the answers.
    const paden = runs
      .filter((run) => n >= 3 && run.length >= 2)
      .map((run) =>
        lijnPad(
          run.map((i) => hoekpunten[i] as Punt),
          gesloten,
        ),
      );
    return { naam: reeks.naam, soort: reeks.soort, stijl, punten, overgeslagen, paden, gesloten };
  });

  // The viewBox holds the outer ring and every label box, plus a margin.
  let minX: number = -RADAR.straal;
  let maxX: number = RADAR.straal;
  let minY: number = -RADAR.straal;
  let maxY: number = RADAR.straal;
  for (const as of radarAssen) {
    minX = Math.min(minX, as.vak.x);
    maxX = Math.max(maxX, as.vak.x + as.vak.breedte);
    minY = Math.min(minY, as.vak.y);
    maxY = Math.max(maxY, as.vak.y + as.vak.hoogte);
  }
  const m = RADAR.marge;
  const viewBox = {
    x: rond(minX - m),
    y: rond(minY - m),
    breedte: rond(maxX - minX + 2 * m),
    hoogte: rond(maxY - minY + 2 * m),
  };
  return {
    viewBox,
    assen: radarAssen,
    ringen,
    reeksen: reeksGeometrie,
    schaal,
    minStraal: RADAR.binnenStraal,
    maxStraal: RADAR.straal,
  };
}

export function viewBoxTekst(vak: Vak): string {
  return `${vak.x} ${vak.y} ${vak.breedte} ${vak.hoogte}`;
}
