import type { VNode } from 'preact';
import { historieGeometrie, isDatum } from './historie-geometrie.js';
import {
  grafiekIds,
  Legenda,
  PIXELS_PER_EENHEID,
  reeksKlasse,
  Samenvatting,
  TabelVak,
} from './onderdelen.js';
import { viewBoxTekst } from './radar-geometrie.js';
import { datumTekst, historieSamenvatting, taalVan, waardeTekst } from './samenvatting.js';
import { getal, isWaarde } from './schaal.js';
import type { HistorieReeks, Meting, Schaal, Translator } from './types.js';

export type HistorieGrafiekProps = {
  /** unique on the page; used for the ids the SVG's aria attributes point to */
  id: string;
  titel: string;
  reeksen: HistorieReeks[];
  schaal: Schaal;
  t: Translator;
};

/** One table row per date; per series the answers given on that date (usually one). */
function tabelRijen(reeksen: HistorieReeks[]) {
  const perDag = new Map<number, { datum: Date; cellen: Meting[][] }>();
  reeksen.forEach((reeks, i) => {
    for (const meting of reeks.metingen ?? []) {
      if (!isDatum(meting.datum)) continue;
      const tijd = meting.datum.getTime();
      let rij = perDag.get(tijd);
      if (!rij) {
        rij = { datum: meting.datum, cellen: reeksen.map(() => []) };
        perDag.set(tijd, rij);
      }
      rij.cellen[i]?.push(meting);
    }
  });
  return [...perDag.entries()].sort((a, b) => a[0] - b[0]).map(([tijd, rij]) => ({ tijd, ...rij }));
}

/**
 * The history of one levensgebied: every view a line over time, in a <figure> with a title,
 * a key in words, a text summary and a table with the same answers. Plain SVG from the server.
 */
export function HistorieGrafiek(props: HistorieGrafiekProps): VNode {
  const { titel, reeksen, schaal, t } = props;
  const ids = grafiekIds(props.id);
  const g = historieGeometrie(reeksen, schaal);
  const taal = taalVan(t);
  const zinnen = historieSamenvatting({ reeksen, schaal }, t);
  const leeg = g.slots.length === 0;
  const rijen = tabelRijen(reeksen);
  return (
    <figure class="redzaam-grafiek redzaam-grafiek--historie" id={ids.figuur}>
      <figcaption class="redzaam-grafiek__titel" id={ids.titel}>
        {titel}
      </figcaption>
      {leeg ? null : (
        <>
          <svg
            class="redzaam-grafiek__svg redzaam-grafiek__svg--historie"
            xmlns="http://www.w3.org/2000/svg"
            viewBox={viewBoxTekst(g.viewBox)}
            width={Math.round(g.viewBox.breedte * PIXELS_PER_EENHEID)}
            height={Math.round(g.viewBox.hoogte * PIXELS_PER_EENHEID)}
            role="img"
            aria-labelledby={ids.svgTitel}
            aria-describedby={ids.samenvatting}
          >
            <title id={ids.svgTitel}>{titel}</title>
            <g class="redzaam-grafiek__raster">
              {g.rasterlijnen.map((lijn) => (
                <path
                  key={`r${lijn.waarde}`}
                  class="redzaam-grafiek__ring"
                  d={`M${g.plot.links} ${lijn.y}H${g.plot.rechts}`}
                />
              ))}
              <path class="redzaam-grafiek__as" d={`M${g.plot.links} ${g.plot.boven}V${g.plot.onder}`} />
            </g>
            <g class="redzaam-grafiek__ringtekst" textAnchor="end">
              {g.rasterlijnen.map((lijn) => (
                <text key={`t${lijn.waarde}`} x={lijn.tekst.x} y={lijn.tekst.y}>
                  {getal(lijn.waarde, taal)}
                </text>
              ))}
              {g.band ? (
                <text x={g.band.tekst.x} y={g.band.tekst.y}>
                  ?
                </text>
              ) : null}
            </g>
            {g.reeksen.map((reeks, i) => (
              <g key={`s${i}`} class={reeksKlasse(reeks.stijl)}>
                {reeks.paden.map((d, j) => (
                  <path
                    key={`p${j}`}
                    class="redzaam-grafiek__lijn"
                    d={d}
                    strokeDasharray={reeks.stijl.streepjes || undefined}
                  />
                ))}
                {reeks.punten.map((punt, j) => (
                  <path key={`m${j}`} class="redzaam-grafiek__punt" d={punt.marker} />
                ))}
                {reeks.overgeslagen.map((o, j) => (
                  <path key={`o${j}`} class="redzaam-grafiek__overgeslagen" d={o.marker} />
                ))}
              </g>
            ))}
            <g class="redzaam-grafiek__labels" textAnchor="middle">
              {g.datumLabels.map((label, j) => (
                <text key={`d${j}`} x={label.x} y={label.y}>
                  {datumTekst(label.datum, taal)}
                </text>
              ))}
            </g>
          </svg>
          <Legenda
            reeksen={g.reeksen}
            toonOvergeslagen={Boolean(g.band)}
            overgeslagenTekst={t('grafiek.legenda.overgeslagen-historie')}
            schaal={g.schaal}
            t={t}
          />
        </>
      )}
      <Samenvatting id={ids.samenvatting} zinnen={zinnen} />
      {leeg ? null : (
        <TabelVak
          id={ids.tabel}
          naam={t('grafiek.tabel.regio', { titel })}
          caption={t('grafiek.tabel.bijschrift', { titel })}
        >
          <thead>
            <tr>
              <th scope="col">{t('grafiek.tabel.datum')}</th>
              {reeksen.map((reeks, i) => (
                <th scope="col" key={i}>
                  {reeks.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rijen.map((rij) => (
              <tr key={rij.tijd}>
                <th scope="row" class="redzaam-grafiek__datum">
                  {datumTekst(rij.datum, taal)}
                </th>
                {rij.cellen.map((metingen, i) => (
                  <td
                    key={i}
                    data-label={reeksen[i]?.naam}
                    class={
                      metingen.length > 0 && metingen.every((m) => !isWaarde(m.waarde))
                        ? 'redzaam-grafiek__cel--overgeslagen'
                        : undefined
                    }
                  >
                    {metingen.length === 0
                      ? t('grafiek.geen-meting')
                      : metingen
                          .map(
                            (m) =>
                              `${isWaarde(m.waarde) ? waardeTekst(g.schaal, m.waarde, t) : t('grafiek.overgeslagen')}${
                                m.naam ? ` (${m.naam})` : ''
                              }`,
                          )
                          .join('; ')}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </TabelVak>
      )}
    </figure>
  );
}
