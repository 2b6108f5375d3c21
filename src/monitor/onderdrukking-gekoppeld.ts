import {
  type Aanvaller,
  type AanvalVraag,
  aantalBinnencellen,
  binnencellen,
  breedGenoeg,
  type Cel,
  type CelSleutel,
  celCode,
  cellenVan,
  hyperkubussen,
  type Interval,
  type Kubus,
  margesVan,
  type Regels,
  type TabelVorm,
  TOTAAL,
  waardeVan,
} from './onderdrukking.js';

/**
 * Disclosure control over several cubes of the same people (docs/decisions/049), pure: a
 * peiling's questions each make a cube (answer × the breakdowns), and every respondent is in
 * every cube once. So a cell with the answer on "total" (a group of people, such as "women
 * aged 35–49") is the same cell in every cube, and the attacker knows that the cubes' groups
 * hold the same people even where their sizes are not shown.
 *
 * The rules are those of onderdrukking.ts (primary suppression under the minimum, hypercubes,
 * the attacker's LP until every suppressed cell is wide enough), decided for all cubes at once:
 * - A shared cell (answer on total) has one state for all cubes.
 * - The attacker's LP holds every cube's inner cells, every published cell of every cube, and
 *   per inner group the equality "this cube's group adds up to the first cube's group" (the
 *   same people), whose value it does not know. By a product of the cubes' counts per group,
 *   every solution of that LP is a possible set of answers of the respondents, so its
 *   intervals are exactly what someone who sees all published tables can learn.
 * - Cells in `vast` stay published whatever happens (tables already published on their own,
 *   such as the peiling's report per question); a hypercube with such a corner is not used.
 *   Cells in `verborgen` start suppressed (what such a table hid).
 */

export type Familie = { kubus: Kubus; tabellen: readonly TabelVorm[] };

/** A cell's key over all cubes: the shared cells once, the others per cube. */
export const gedeeldeCode = (familie: number, sleutel: CelSleutel) =>
  sleutel[0] === TOTAAL ? `*|${celCode(sleutel)}` : `${familie}|${celCode(sleutel)}`;

export type GekoppeldeCel = Cel & { familie: number };

export type GekoppeldePublicatie = {
  /** Per key (gedeeldeCode) the cell and whether it is shown */
  cellen: Map<string, GekoppeldeCel>;
  intervallen: Map<string, Interval>;
  rondes: number;
  /** The fixed cells could not be kept while protecting the rest: nothing but them is shown */
  alleenVast: boolean;
};

const MAX_RONDES = 200;

export async function beveiligGekoppeld(
  families: readonly Familie[],
  regels: Regels,
  aanvaller: Aanvaller,
  opties: { vast?: ReadonlySet<string>; verborgen?: ReadonlySet<string> } = {},
): Promise<GekoppeldePublicatie> {
  const vast = opties.vast ?? new Set<string>();
  const eerste = families[0];
  if (!eerste) return { cellen: new Map(), intervallen: new Map(), rondes: 0, alleenVast: false };
  // The groups (every dimension but the answer) must be the same in every cube.
  const groepCode = (k: Kubus) => JSON.stringify(k.dimensies.slice(1));
  for (const f of families)
    if (groepCode(f.kubus) !== groepCode(eerste.kubus)) throw new Error('cubes with other groups');

  const offset: number[] = [];
  let totaalBinnen = 0;
  for (const f of families) {
    offset.push(totaalBinnen);
    totaalBinnen += aantalBinnencellen(f.kubus.dimensies);
  }

  const cellen = new Map<string, GekoppeldeCel>();
  families.forEach((f, fi) => {
    for (const sleutel of cellenVan(f.kubus, f.tabellen)) {
      const code = gedeeldeCode(fi, sleutel);
      if (cellen.has(code)) continue;
      const waarde = waardeVan(f.kubus, sleutel);
      cellen.set(code, {
        familie: sleutel[0] === TOTAAL ? 0 : fi,
        sleutel,
        waarde,
        onderdrukt: vast.has(code)
          ? null
          : waarde < regels.minimum || opties.verborgen?.has(code)
            ? 'primair'
            : null,
      });
    }
  });
  // A shared cell is the same number in every cube; a cube that counts other people is a bug.
  families.forEach((f, fi) => {
    for (const sleutel of cellenVan(f.kubus, f.tabellen)) {
      if (sleutel[0] !== TOTAAL) continue;
      if (cellen.get(gedeeldeCode(fi, sleutel))?.waarde !== waardeVan(f.kubus, sleutel))
        throw new Error('cubes that count other people');
    }
  });

  const binnen = new Map<string, number[]>();
  const binnenVan = (code: string, cel: GekoppeldeCel) => {
    let b = binnen.get(code);
    if (!b) {
      const f = families[cel.familie] as Familie;
      const o = offset[cel.familie] as number;
      b = binnencellen(f.kubus, cel.sleutel).map((i) => i + o);
      binnen.set(code, b);
    }
    return b;
  };
  // The same people: per inner group, cube f's group adds up to the first cube's.
  const gelijk: NonNullable<AanvalVraag['gelijk']> = [];
  const groepen = aantalBinnencellen(eerste.kubus.dimensies.slice(1));
  const groepSleutel = (g: number) => {
    const s: number[] = [TOTAAL];
    let rest = g;
    const dims = eerste.kubus.dimensies.slice(1);
    const waarden: number[] = [];
    for (let d = dims.length - 1; d >= 0; d--) {
      const n = (dims[d] as { waarden: readonly string[] }).waarden.length;
      waarden.unshift(rest % n);
      rest = Math.floor(rest / n);
    }
    return [...s, ...waarden];
  };
  for (let fi = 1; fi < families.length; fi++)
    for (let g = 0; g < groepen; g++) {
      const sleutel = groepSleutel(g);
      gelijk.push({
        plus: binnencellen((families[fi] as Familie).kubus, sleutel).map((i) => i + (offset[fi] as number)),
        min: binnencellen(eerste.kubus, sleutel),
      });
    }
  const binnenwaarden = new Float64Array(totaalBinnen);
  families.forEach((f, fi) => {
    for (let i = 0; i < f.kubus.tellingen.length; i++)
      binnenwaarden[(offset[fi] as number) + i] = f.kubus.tellingen[i] ?? 0;
  });

  const breed = new Map<string, Interval>();
  const intervallen = new Map<string, Interval>();
  const cel = (fi: number, s: CelSleutel) => cellen.get(gedeeldeCode(fi, s));
  const open = (fi: number, s: CelSleutel) => {
    const code = gedeeldeCode(fi, s);
    return cellen.get(code)?.onderdrukt === null && !vast.has(code);
  };
  const onderdruk = (fi: number, sleutels: readonly CelSleutel[]) => {
    let iets = false;
    for (const s of sleutels)
      if (open(fi, s)) {
        (cel(fi, s) as GekoppeldeCel).onderdrukt = 'secundair';
        iets = true;
      }
    return iets;
  };

  for (let ronde = 1; ronde <= MAX_RONDES; ronde++) {
    const alle = [...cellen.entries()];
    const onderdrukt = alle.filter(([, c]) => c.onderdrukt !== null);
    if (onderdrukt.length === 0) return { cellen, intervallen, rondes: 0, alleenVast: false };
    const vragen = onderdrukt.filter(([code]) => !breed.has(code));
    const uitkomst =
      vragen.length === 0
        ? []
        : await aanvaller({
            aantalBinnencellen: totaalBinnen,
            gepubliceerd: alle
              .filter(([, c]) => c.onderdrukt === null)
              .map(([code, c]) => ({ binnen: binnenVan(code, c), waarde: c.waarde })),
            gevraagd: vragen.map(([code, c]) => binnenVan(code, c)),
            binnenwaarden,
            marge: regels.marge,
            gelijk,
          });
    intervallen.clear();
    for (const [code, interval] of breed) intervallen.set(code, interval);
    const zwak: GekoppeldeCel[] = [];
    vragen.forEach(([code, c], i) => {
      const interval = uitkomst[i] as Interval;
      intervallen.set(code, interval);
      if (breedGenoeg(interval, regels.marge)) breed.set(code, interval);
      else zwak.push(c);
    });
    if (zwak.length === 0) return { cellen, intervallen, rondes: ronde, alleenVast: false };

    // Repair as in onderdrukking.ts, per cell in its own cube; fixed cells are never corners.
    let toegevoegd = false;
    for (const c of zwak) {
      const f = families[c.familie] as Familie;
      const waardeOf = (code: string) => {
        const s = code.split(',').map(Number);
        return cel(c.familie, s)?.waarde ?? Number.POSITIVE_INFINITY;
      };
      const kandidaten = hyperkubussen(f.kubus, c.sleutel, waardeOf)
        .filter((h) => !h.hoeken.some((s) => vast.has(gedeeldeCode(c.familie, s))))
        .map((h) => {
          const nieuw = h.hoeken.filter((s) => open(c.familie, s));
          return { ...h, nieuw, kosten: nieuw.reduce((som, s) => som + waardeOf(celCode(s)), 0) };
        })
        .filter((h) => h.nieuw.length > 0);
      const genoeg = kandidaten.filter((h) => h.breedte >= regels.marge);
      const keuze = (genoeg.length > 0 ? genoeg : kandidaten).sort(
        (a, b) => a.kosten - b.kosten || b.breedte - a.breedte,
      )[0];
      if (keuze && onderdruk(c.familie, keuze.nieuw)) toegevoegd = true;
    }
    if (!toegevoegd) for (const c of zwak) if (onderdruk(c.familie, margesVan(c.sleutel))) toegevoegd = true;
    if (!toegevoegd) {
      for (const [code, c] of cellen)
        if (!vast.has(code) && c.onderdrukt === null) {
          c.onderdrukt = 'secundair';
          toegevoegd = true;
        }
      // Everything but the fixed cells is hidden already, and still a cell is too narrow: the
      // fixed tables alone give it away. Show nothing beyond them.
      if (!toegevoegd) return { cellen, intervallen, rondes: ronde, alleenVast: true };
    }
  }
  throw new Error('suppression did not converge');
}
