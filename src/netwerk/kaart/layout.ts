import { breekLabel, LETTER, REGEL, tekstBreedte } from './labels.js';
import { CIRKELS, type Cirkel, type KaartPersoon, VLAGGEN, type Vlag } from './types.js';

/**
 * Where everything in the ecomap goes: pure arithmetic (text only to measure it), no SVG.
 * See README.md for the algorithm; in short:
 *
 * 1. **Fixed slots.** Every circle is a band with one or more *tracks* (radii); every track has
 *    slots at fixed angles. Each slot reserves room for the largest label box there can be
 *    (`BOX_MAX`) and for the person's mark with the arrow heads on the line to it. Slots are
 *    made so that no reserved area overlaps another, the centre or the circle names — checked
 *    here when the slots are built, not assumed. A real label is never bigger than the reserved
 *    box and sits inside it, so names cannot overlap, whatever they are.
 * 2. **Stable assignment.** Each person has a preferred slot from a hash of their id. People
 *    are taken in order of (preferred slot, id) and get their preferred slot or the next free
 *    one; when that runs past the end, a pass from the back pulls them in. Adding one person
 *    moves every other person by at most one slot along their circle, as long as no circle
 *    needs an extra track (`benodigdeBanen`; one track holds 6 / 14 / 14, see the README).
 * 3. **Crowded circles** get an extra track (up to `MAX_BANEN`); the picture grows outward.
 */

export type Punt = { x: number; y: number };
/** An axis-aligned box: top-left corner and size. */
export type Vak = { x: number; y: number; breedte: number; hoogte: number };

/** Padding inside a label box. */
export const RAND = 4;
/** The widest a line of label text may be, in viewBox units (6.4 em). */
export const TEKST_BREEDTE = Math.round(6 * LETTER);
/** At most this many lines of label text; more ends in "…". */
export const MAX_REGELS = 3;
/** Size of one flag mark and the gap between marks. */
export const VLAG = 10;
export const VLAG_TUSSEN = 3;
/** The row of flag marks under the label text. */
export const VLAG_RIJ = VLAG + 3;
/** The largest label box there can be. */
export const BOX_MAX = {
  breedte: TEKST_BREEDTE + 2 * RAND,
  hoogte: 2 * RAND + MAX_REGELS * REGEL + VLAG_RIJ,
};
/** Radius of a person's mark. */
export const MARKER = 7;
/** Room along the line, inside the mark, for the balance arrow heads. */
export const PIJL_ZONE = 16;
/** Minimum gap between any two reserved areas. */
const TUSSEN = 4;
/** The resident's box in the middle. */
export const MIDDEN_MAX = { breedte: TEKST_BREEDTE + 2 * RAND, hoogte: 2 * RAND + MAX_REGELS * REGEL };
/** The circle's name, written on its outer line at the top. */
export const CIRKELNAAM = { breedte: 124, hoogte: 20 };
/** The least distance between two tracks of one circle (the search for room starts there). */
const BAAN_STAP = BOX_MAX.hoogte;
/** A circle gets at most this many tracks; whoever does not fit is in the list only. */
export const MAX_BANEN = 4;
/** Margin around everything. */
const MARGE = 8;

export type Slot = {
  /** index in the circle, in order of angle */
  index: number;
  baan: number;
  hoek: number;
  straal: number;
  punt: Punt;
  /** unit vector from the centre to the mark */
  richting: Punt;
  /** the reserved label box (the largest possible label sits exactly here) */
  vak: Vak;
  /** the reserved area around the mark and the arrow heads on its line */
  zone: Vak;
};

export type CirkelGeometrie = {
  cirkel: Cirkel;
  /** the circle's band: a mark in this circle is strictly between these radii */
  binnen: number;
  buiten: number;
  banen: number[];
  slots: Slot[];
  /** where the circle's name is written (centre of its box) and its box */
  naam: Punt;
  naamVak: Vak;
};

export type Geometrie = {
  cirkels: CirkelGeometrie[];
  midden: Vak;
  viewBox: Vak;
  /** the most any person can move along their circle when one person is added (one slot step) */
  stapGrens: number;
};

const rond = (v: number) => Math.round(v * 100) / 100;

/** Whether two boxes overlap, or come closer than `tussen`. */
export function overlapt(a: Vak, b: Vak, tussen = 0): boolean {
  return (
    a.x < b.x + b.breedte + tussen &&
    b.x < a.x + a.breedte + tussen &&
    a.y < b.y + b.hoogte + tussen &&
    b.y < a.y + a.hoogte + tussen
  );
}

/** Whether `binnen` lies inside `buiten` (up to floating-point noise, 1e-6). */
export function omvat(buiten: Vak, binnen: Vak): boolean {
  const e = 1e-6;
  return (
    binnen.x >= buiten.x - e &&
    binnen.y >= buiten.y - e &&
    binnen.x + binnen.breedte <= buiten.x + buiten.breedte + e &&
    binnen.y + binnen.hoogte <= buiten.y + buiten.hoogte + e
  );
}

/**
 * The box of size `maat` that lies just outside point `p` in direction `u`: it touches the line
 * through p + u·afstand perpendicular to u, on the far side. The line from the centre to `p`
 * therefore never runs under the person's own label.
 */
function vakBuiten(p: Punt, u: Punt, afstand: number, maat: { breedte: number; hoogte: number }): Vak {
  const steun = (Math.abs(u.x) * maat.breedte) / 2 + (Math.abs(u.y) * maat.hoogte) / 2;
  const cx = p.x + u.x * (afstand + steun);
  const cy = p.y + u.y * (afstand + steun);
  return { x: cx - maat.breedte / 2, y: cy - maat.hoogte / 2, breedte: maat.breedte, hoogte: maat.hoogte };
}

function slotOp(straal: number, hoek: number, baan: number): Slot {
  const richting = { x: Math.cos(hoek), y: Math.sin(hoek) };
  const punt = { x: straal * richting.x, y: straal * richting.y };
  const binnenPunt = {
    x: punt.x - richting.x * (MARKER + PIJL_ZONE),
    y: punt.y - richting.y * (MARKER + PIJL_ZONE),
  };
  const r = MARKER + 1;
  const zone = {
    x: Math.min(punt.x, binnenPunt.x) - r,
    y: Math.min(punt.y, binnenPunt.y) - r,
    breedte: Math.abs(punt.x - binnenPunt.x) + 2 * r,
    hoogte: Math.abs(punt.y - binnenPunt.y) + 2 * r,
  };
  return {
    index: 0,
    baan,
    hoek,
    straal,
    punt,
    richting,
    vak: rondVak(vakBuiten(punt, richting, MARKER + TUSSEN, BOX_MAX)),
    zone: rondVak(zone),
  };
}

/** Rounded outward to 0.01, so a rounded box never ends up smaller than the computed one. */
function rondVak(v: Vak): Vak {
  const x = Math.floor(v.x * 100) / 100;
  const y = Math.floor(v.y * 100) / 100;
  return {
    x,
    y,
    breedte: Math.ceil((v.x + v.breedte - x) * 100) / 100,
    hoogte: Math.ceil((v.y + v.hoogte - y) * 100) / 100,
  };
}

function slotVrij(slot: Slot, obstakels: Vak[]): boolean {
  return obstakels.every((o) => !overlapt(slot.vak, o, TUSSEN) && !overlapt(slot.zone, o, TUSSEN));
}

/** Evenly spaced slots on a circle, as many as fit without their reserved areas overlapping. */
function ringSlots(straal: number, baan: number): Slot[] {
  for (let aantal = Math.max(1, Math.floor((2 * Math.PI * straal) / 24)); aantal >= 1; aantal--) {
    // Half a step right of the top: the top is kept for the circle names.
    const slots = Array.from({ length: aantal }, (_, i) =>
      slotOp(straal, -Math.PI / 2 + (Math.PI * (2 * i + 1)) / aantal, baan),
    );
    const vrij = slots.every((a, i) =>
      slots.slice(i + 1).every((b) => slotVrij(a, [b.vak, b.zone]) && slotVrij(b, [a.vak, a.zone])),
    );
    if (vrij) return slots;
  }
  return [];
}

/** Share of a track's slots that must be clear of what lies inside it before the track is used. */
const VRIJ_AANDEEL = 0.6;

/**
 * One track: the smallest radius from `vanaf` (in steps of 4) where at least three quarters of
 * the evenly spaced slots are clear of everything already placed; the others are left out.
 */
function baan(vanaf: number, index: number, obstakels: Vak[]): { straal: number; slots: Slot[] } {
  for (let straal = vanaf; ; straal += 4) {
    const alle = ringSlots(straal, index);
    const vrij = alle.filter((s) => slotVrij(s, obstakels));
    if (vrij.length >= Math.max(1, Math.ceil(alle.length * VRIJ_AANDEEL))) return { straal, slots: vrij };
  }
}

const geometrieCache = new Map<string, Geometrie>();

/**
 * The fixed geometry for a given number of tracks per circle. Deterministic and cached: the
 * same track counts give exactly the same slots, whoever is on the map.
 */
export function geometrie(banen: readonly number[]): Geometrie {
  const aantallen = CIRKELS.map((_, k) => Math.min(MAX_BANEN, Math.max(1, Math.trunc(banen[k] ?? 1) || 1)));
  const sleutel = aantallen.join(',');
  const bewaard = geometrieCache.get(sleutel);
  if (bewaard) return bewaard;

  const midden: Vak = {
    x: -MIDDEN_MAX.breedte / 2,
    y: -MIDDEN_MAX.hoogte / 2,
    breedte: MIDDEN_MAX.breedte,
    hoogte: MIDDEN_MAX.hoogte,
  };
  const obstakels: Vak[] = [midden];
  // The first track starts where a mark and its arrow heads are clear of the resident's box.
  let vanaf = Math.ceil(Math.hypot(MIDDEN_MAX.breedte / 2, MIDDEN_MAX.hoogte / 2) + MARKER + TUSSEN);
  let binnen = 0;
  const cirkels: CirkelGeometrie[] = [];
  CIRKELS.forEach((cirkel, k) => {
    const radii: number[] = [];
    let slots: Slot[] = [];
    for (let b = 0; b < (aantallen[k] as number); b++) {
      const nieuw = baan(vanaf, b, obstakels);
      radii.push(rond(nieuw.straal));
      slots.push(...nieuw.slots);
      obstakels.push(...nieuw.slots.flatMap((s) => [s.vak, s.zone]));
      vanaf = nieuw.straal + BAAN_STAP;
    }
    // The circle's line runs through the middle of its outer track's labels (under them).
    const buiten = (radii.at(-1) as number) + MARKER + TUSSEN + BOX_MAX.hoogte / 2;
    const naamVak = {
      x: -CIRKELNAAM.breedte / 2,
      y: -buiten - CIRKELNAAM.hoogte / 2,
      breedte: CIRKELNAAM.breedte,
      hoogte: CIRKELNAAM.hoogte,
    };
    // The circle's own name must not cover its people either.
    slots = slots.filter((s) => slotVrij(s, [naamVak]));
    obstakels.push(naamVak);
    slots.sort((a, b) => a.hoek - b.hoek || a.baan - b.baan);
    cirkels.push({
      cirkel,
      binnen: rond(binnen),
      buiten: rond(buiten),
      banen: radii,
      slots: slots.map((s, index) => ({ ...s, index })),
      naam: { x: 0, y: rond(-buiten) },
      naamVak,
    });
    binnen = buiten;
    vanaf = Math.ceil(buiten + MARKER + 2);
  });

  // Square and centred on the resident, big enough for every slot of every track.
  const alles = [midden, ...cirkels.flatMap((c) => [c.naamVak, ...c.slots.flatMap((s) => [s.vak, s.zone])])];
  const buitenRand = Math.max(
    ...alles.flatMap((v) => [
      Math.abs(v.x),
      Math.abs(v.y),
      Math.abs(v.x + v.breedte),
      Math.abs(v.y + v.hoogte),
    ]),
    (cirkels.at(-1)?.buiten ?? 0) + CIRKELNAAM.hoogte,
  );
  const half = Math.ceil(buitenRand + MARGE);
  const stapGrens = Math.max(
    0,
    ...cirkels.map((c) =>
      Math.max(
        0,
        ...c.slots.map((s, i) => {
          const volgende = c.slots[(i + 1) % c.slots.length] as Slot;
          return Math.hypot(s.punt.x - volgende.punt.x, s.punt.y - volgende.punt.y);
        }),
      ),
    ),
  );
  const uitkomst: Geometrie = {
    cirkels,
    midden,
    viewBox: { x: -half, y: -half, breedte: 2 * half, hoogte: 2 * half },
    stapGrens: Math.ceil(stapGrens),
  };
  geometrieCache.set(sleutel, uitkomst);
  return uitkomst;
}

/** How many people fit in each circle with this many tracks (index 0 = one track). */
export function plaatsen(cirkelIndex: number, banenVanCirkels: readonly number[]): number {
  return geometrie(banenVanCirkels).cirkels[cirkelIndex]?.slots.length ?? 0;
}

/** FNV-1a, 32 bits: a stable number for an id (the same on every run and machine). */
export function hash(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/**
 * Slot per person in one circle: preferred slot from the hash, taken in order of (preferred,
 * id); each takes its preferred slot or the first free one after it; if that runs past the last
 * slot, a pass from the back pulls people in just enough. Needs `ids.length <= aantal`.
 *
 * Adding one id changes every other id's slot by at most one: the forward pass can push later
 * people one further, the backward pass pull earlier ones one back (README; property-tested).
 */
export function kiesSlots(ids: readonly string[], aantal: number): Map<string, number> {
  const volgorde = [...ids]
    .map((id) => ({ id, voorkeur: Math.floor((hash(id) / 2 ** 32) * aantal) }))
    .sort((a, b) => a.voorkeur - b.voorkeur || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const vooruit: number[] = [];
  for (const [i, p] of volgorde.entries())
    vooruit.push(Math.max(p.voorkeur, i === 0 ? 0 : (vooruit[i - 1] as number) + 1));
  const slots = new Map<string, number>();
  let volgende = aantal;
  for (let i = volgorde.length - 1; i >= 0; i--) {
    const slot = Math.min(vooruit[i] as number, volgende - 1);
    slots.set((volgorde[i] as { id: string }).id, slot);
    volgende = slot;
  }
  return slots;
}

/** A person as placed: the mark, the line's end and the label box with its lines of text. */
export type Plaatsing = {
  persoon: KaartPersoon;
  slot: Slot;
  punt: Punt;
  /** the label box actually used (inside the slot's reserved box) */
  vak: Vak;
  regels: string[];
  afgekort: boolean;
  /** how the text lines are anchored in the box */
  anker: 'start' | 'middle' | 'end';
  tekstX: number;
  /** y of the baseline of the first line */
  tekstY: number;
  /** top-left of the flag marks' row, if any */
  vlaggen: Punt | null;
};

export type Indeling = {
  geometrie: Geometrie;
  geplaatst: Plaatsing[];
  /** the resident's label lines in the middle */
  midden: { regels: string[]; afgekort: boolean; vak: Vak };
  /** people for whom there was no room (more than the largest map holds): in the list only */
  nietGetekend: KaartPersoon[];
};

/** Which circle a person is in; an unknown value counts as the outer circle. */
export function cirkelIndex(cirkel: Cirkel): number {
  const i = CIRKELS.indexOf(cirkel);
  return i < 0 ? CIRKELS.length - 1 : i;
}

/** How many tracks each circle needs for these people (the fewest that hold them, at most MAX_BANEN). */
export function benodigdeBanen(personen: readonly KaartPersoon[]): number[] {
  const per = CIRKELS.map((_, k) => personen.filter((p) => cirkelIndex(p.cirkel) === k).length);
  const banen = CIRKELS.map(() => 1);
  // Growing an inner circle moves the outer ones out (and changes their slots), so settle
  // from the inside out.
  for (let k = 0; k < CIRKELS.length; k++) {
    while ((banen[k] as number) < MAX_BANEN && plaatsen(k, banen) < (per[k] as number)) {
      banen[k] = (banen[k] as number) + 1;
    }
  }
  return banen;
}

/** The flags of a person that the ecomap knows, each once, in the order of VLAGGEN. */
export function bekendeVlaggen(persoon: KaartPersoon): Vlag[] {
  return VLAGGEN.filter((v) => Array.isArray(persoon.vlaggen) && persoon.vlaggen.includes(v));
}

function plaatsLabel(slot: Slot, persoon: KaartPersoon): Plaatsing {
  const { regels, afgekort } = breekLabel(persoon.label, TEKST_BREEDTE, MAX_REGELS);
  const aantalVlaggen = bekendeVlaggen(persoon).length;
  const vlagBreedte = aantalVlaggen * (VLAG + VLAG_TUSSEN) - VLAG_TUSSEN;
  const breedte = Math.min(
    BOX_MAX.breedte,
    Math.ceil(Math.max(vlagBreedte, ...regels.map(tekstBreedte)) + 2 * RAND),
  );
  const hoogte = 2 * RAND + regels.length * REGEL + (aantalVlaggen > 0 ? VLAG_RIJ : 0);
  const u = slot.richting;
  const reserve = slot.vak;
  // The real box sits inside the reserved one, on the side of the mark.
  const x =
    u.x > 0.35
      ? reserve.x
      : u.x < -0.35
        ? reserve.x + reserve.breedte - breedte
        : reserve.x + (reserve.breedte - breedte) / 2;
  const y =
    u.y > 0.2
      ? reserve.y
      : u.y < -0.2
        ? reserve.y + reserve.hoogte - hoogte
        : reserve.y + (reserve.hoogte - hoogte) / 2;
  const anker = u.x > 0.35 ? 'start' : u.x < -0.35 ? 'end' : 'middle';
  const tekstX = anker === 'start' ? x + RAND : anker === 'end' ? x + breedte - RAND : x + breedte / 2;
  const vlagX =
    anker === 'start'
      ? x + RAND
      : anker === 'end'
        ? x + breedte - RAND - vlagBreedte
        : x + (breedte - vlagBreedte) / 2;
  return {
    persoon,
    slot,
    punt: { x: rond(slot.punt.x), y: rond(slot.punt.y) },
    vak: { x: rond(x), y: rond(y), breedte, hoogte },
    regels,
    afgekort,
    anker,
    tekstX: rond(tekstX),
    tekstY: rond(y + RAND + REGEL * 0.75),
    vlaggen: aantalVlaggen > 0 ? { x: rond(vlagX), y: rond(y + RAND + regels.length * REGEL + 2) } : null,
  };
}

/**
 * The whole layout of an ecomap: the geometry for the tracks these people need, every person
 * in a slot of their own circle, and their label box. Pure; the same people give the same
 * picture. Duplicate ids are placed once (the first); the list still shows everyone.
 */
export function indeling(ik: string, personen: readonly KaartPersoon[]): Indeling {
  const gezien = new Set<string>();
  const uniek: KaartPersoon[] = [];
  const nietGetekend: KaartPersoon[] = [];
  for (const p of personen) {
    if (gezien.has(p.id)) nietGetekend.push(p);
    else uniek.push(p);
    gezien.add(p.id);
  }
  const banen = benodigdeBanen(uniek);
  const geo = geometrie(banen);
  const geplaatst: Plaatsing[] = [];
  geo.cirkels.forEach((c, k) => {
    const hier = uniek.filter((p) => cirkelIndex(p.cirkel) === k);
    // Too many for the largest circle: the ones with the highest ids are left out of the picture.
    const getekend = [...hier]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, c.slots.length);
    nietGetekend.push(...hier.filter((p) => !getekend.includes(p)));
    const keuze = kiesSlots(
      getekend.map((p) => p.id),
      c.slots.length,
    );
    for (const persoon of hier) {
      const index = keuze.get(persoon.id);
      if (index === undefined) continue;
      geplaatst.push(plaatsLabel(c.slots[index] as Slot, persoon));
    }
  });
  const midden = breekLabel(ik, TEKST_BREEDTE, MAX_REGELS);
  const hoogte = 2 * RAND + midden.regels.length * REGEL;
  return {
    geometrie: geo,
    geplaatst,
    midden: {
      ...midden,
      vak: { x: geo.midden.x, y: rond(-hoogte / 2), breedte: geo.midden.breedte, hoogte },
    },
    nietGetekend,
  };
}
