import type { VNode } from 'preact';
import {
  grafiekIds,
  Legenda,
  PIXELS_PER_EENHEID,
  reeksKlasse,
  Samenvatting,
  TabelVak,
} from './onderdelen.js';
import { radarGeometrie, viewBoxTekst } from './radar-geometrie.js';
import { type Kijker, radarSamenvatting, taalVan, waardeTekst, waardeVan } from './samenvatting.js';
import { getal } from './schaal.js';
import type { As, Reeks, Schaal, Translator } from './types.js';

export type RadarGrafiekProps = {
  /** unique on the page; used for the ids the SVG's aria attributes point to */
  id: string;
  titel: string;
  assen: As[];
  reeksen: Reeks[];
  schaal: Schaal;
  t: Translator;
  /** who looks: the owner ("jij", the default) or someone else (then the "ik" series is named) */
  kijker?: Kijker;
  /** heading of the first table column; default "Levensgebied" */
  asKop?: string;
};

/**
 * The radar ("spider") chart: every levensgebied an axis, every view a line, in a <figure>
 * with a title, a key in words, a text summary and a table with the same numbers.
 * Rendered on the server as plain SVG; no script.
 */
export function RadarGrafiek(props: RadarGrafiekProps): VNode {
  const { titel, assen, reeksen, schaal, t } = props;
  const ids = grafiekIds(props.id);
  const g = radarGeometrie(assen, reeksen, schaal);
  const zinnen = radarSamenvatting({ assen, reeksen, schaal, kijker: props.kijker ?? 'eigenaar' }, t);
  const taal = taalVan(t);
  const leeg = assen.length === 0 || reeksen.length === 0;
  const heeftOvergeslagen = g.reeksen.some((r) => r.overgeslagen.length > 0);
  return (
    <figure class="redzaam-grafiek redzaam-grafiek--radar" id={ids.figuur}>
      <figcaption class="redzaam-grafiek__titel" id={ids.titel}>
        {titel}
      </figcaption>
      {leeg ? (
        <p class="utrecht-paragraph">{t('grafiek.leeg')}</p>
      ) : (
        <>
          <svg
            class="redzaam-grafiek__svg redzaam-grafiek__svg--radar"
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
              {g.ringen.map((ring) => (
                <path key={`r${ring.waarde}`} class="redzaam-grafiek__ring" d={ring.pad} />
              ))}
              {g.assen.map((as) => (
                <path key={`a${as.code}`} class="redzaam-grafiek__as" d={`M0 0L${as.eind.x} ${as.eind.y}`} />
              ))}
            </g>
            <g class="redzaam-grafiek__ringtekst">
              {g.ringen.map((ring) => (
                <text key={`t${ring.waarde}`} x={ring.tekst.x} y={ring.tekst.y}>
                  {getal(ring.waarde, taal)}
                </text>
              ))}
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
                {reeks.punten.map((punt) => (
                  <path key={`m${punt.as}`} class="redzaam-grafiek__punt" d={punt.marker} />
                ))}
                {reeks.overgeslagen.map((o) => (
                  <path key={`o${o.as}`} class="redzaam-grafiek__overgeslagen" d={o.marker} />
                ))}
              </g>
            ))}
            <g class="redzaam-grafiek__labels">
              {g.assen.map((as) => (
                <text key={`l${as.code}`} x={as.labelPunt.x} y={as.labelPunt.y} textAnchor={as.anker}>
                  {as.regels.map((regel, j) => (
                    <tspan key={j} x={as.labelPunt.x} dy={j === 0 ? undefined : '1.15em'}>
                      {regel}
                    </tspan>
                  ))}
                </text>
              ))}
            </g>
          </svg>
          <Legenda
            reeksen={g.reeksen}
            toonOvergeslagen={heeftOvergeslagen}
            overgeslagenTekst={t('grafiek.legenda.overgeslagen-radar')}
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
              <th scope="col">{props.asKop ?? t('grafiek.tabel.levensgebied')}</th>
              {reeksen.map((reeks, i) => (
                <th scope="col" key={i}>
                  {reeks.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {assen.map((as) => (
              <tr key={as.code}>
                <th scope="row">{as.label}</th>
                {reeksen.map((reeks, i) => {
                  const waarde = waardeVan(reeks, as.code);
                  return (
                    <td
                      key={i}
                      data-label={reeks.naam}
                      class={waarde === null ? 'redzaam-grafiek__cel--overgeslagen' : undefined}
                    >
                      {waarde === null ? t('grafiek.overgeslagen') : waardeTekst(g.schaal, waarde, t)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </TabelVak>
      )}
    </figure>
  );
}
