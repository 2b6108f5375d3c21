import type { VNode } from 'preact';
import { formatDate } from '../../platform/dates.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { OvergangRij } from '../queries.js';
import { FASEN, rang, type Samenvatting } from '../rules.js';

/**
 * The waakvlam's history, in the style of the levensgebieden charts (src/levensgebieden/
 * grafieken): a <figure> with a title, an SVG drawn on the server (phase as a solid line,
 * support as a dashed one, so they read in greyscale and print), a key in words, a one-line
 * summary the SVG points to, and a table with the same moves.
 */

const VAK = { breedte: 600, hoogte: 240, links: 96, rechts: 584, boven: 24, onder: 196 };
const niveauY = (niveau: number) => VAK.onder - (niveau * (VAK.onder - VAK.boven)) / 2;

/** A step line through the moments: horizontal until the next moment, then up or down. */
function trap(punten: { x: number; y: number }[], totX: number): string {
  if (punten.length === 0) return '';
  const [eerste, ...rest] = punten as [{ x: number; y: number }, ...{ x: number; y: number }[]];
  let d = `M${eerste.x.toFixed(1)} ${eerste.y.toFixed(1)}`;
  for (const p of rest) d += `H${p.x.toFixed(1)}V${p.y.toFixed(1)}`;
  return `${d}H${totX.toFixed(1)}`;
}

export function samenvattingZin(ctx: PageContext, s: Samenvatting): string {
  const { t } = ctx;
  if (s.nu === null || s.intensiteit === null) return t('waakvlam.historie.leeg');
  return t('waakvlam.historie.samenvatting', {
    weken: s.weken,
    omhoog: s.omhoog,
    omlaag: s.omlaag,
    fase: t(`waakvlam.fase.${s.nu}`),
    steun: t(`waakvlam.intensiteit.${s.intensiteit}`),
  });
}

export function HistorieGrafiek({
  ctx,
  overgangen,
  samenvatting,
  nu,
}: {
  ctx: PageContext;
  overgangen: OvergangRij[];
  samenvatting: Samenvatting;
  nu: Date;
}): VNode {
  const { t, locale } = ctx;
  const zin = samenvattingZin(ctx, samenvatting);
  const tabel = t('waakvlam.historie.tabel');
  const begin = overgangen[0]?.op.getTime() ?? nu.getTime();
  const eind = Math.max(nu.getTime(), begin + 1);
  const x = (tijd: number) => VAK.links + ((tijd - begin) / (eind - begin)) * (VAK.rechts - VAK.links);
  const fase = overgangen.map((o) => ({ x: x(o.op.getTime()), y: niveauY(rang(o.naar)) }));
  const steun = overgangen.map((o) => ({ x: x(o.op.getTime()), y: niveauY(o.intensiteit - 1) }));
  return (
    <figure class="redzaam-grafiek redzaam-grafiek--historie" id="waakvlam-historie">
      <figcaption class="redzaam-grafiek__titel" id="waakvlam-historie-titel">
        {t('waakvlam.historie.titel')}
      </figcaption>
      {overgangen.length === 0 ? null : (
        <>
          <svg
            class="redzaam-grafiek__svg redzaam-grafiek__svg--historie"
            xmlns="http://www.w3.org/2000/svg"
            viewBox={`0 0 ${VAK.breedte} ${VAK.hoogte}`}
            width={VAK.breedte}
            height={VAK.hoogte}
            role="img"
            aria-labelledby="waakvlam-historie-svg-titel"
            aria-describedby="waakvlam-historie-samenvatting"
          >
            <title id="waakvlam-historie-svg-titel">{t('waakvlam.historie.titel')}</title>
            <g class="redzaam-grafiek__raster">
              {FASEN.map((f, i) => (
                <path key={f} class="redzaam-grafiek__ring" d={`M${VAK.links} ${niveauY(i)}H${VAK.rechts}`} />
              ))}
            </g>
            <g class="redzaam-grafiek__labels">
              {FASEN.map((f, i) => (
                <text key={f} x={VAK.links - 8} y={niveauY(i) + 4} text-anchor="end">
                  {t(`waakvlam.fase.${f}`)}
                </text>
              ))}
              <text x={VAK.links} y={VAK.hoogte - 14}>
                {formatDate(new Date(begin), locale)}
              </text>
              <text x={VAK.rechts} y={VAK.hoogte - 14} text-anchor="end">
                {formatDate(new Date(eind), locale)}
              </text>
            </g>
            <g class="redzaam-grafiek__reeks redzaam-grafiek__reeks--eerder">
              <path class="redzaam-grafiek__lijn" d={trap(steun, x(eind))} strokeDasharray="6 4" />
            </g>
            <g class="redzaam-grafiek__reeks">
              <path class="redzaam-grafiek__lijn" d={trap(fase, x(eind))} />
              {fase.map((p, i) => (
                <circle key={i} class="redzaam-grafiek__punt" cx={p.x} cy={p.y} r={4} />
              ))}
            </g>
          </svg>
          <div class="redzaam-grafiek__legenda">
            <p class="utrecht-paragraph redzaam-grafiek__legenda-kop">{t('waakvlam.historie.legenda')}</p>
            <ul class="redzaam-grafiek__legenda-lijst">
              <li>
                <svg
                  class="redzaam-grafiek__staal"
                  width="44"
                  height="16"
                  viewBox="0 0 44 16"
                  aria-hidden="true"
                >
                  <g class="redzaam-grafiek__reeks">
                    <path class="redzaam-grafiek__lijn" d="M2 8H42" />
                  </g>
                </svg>
                {t('waakvlam.historie.lijn.fase')}
              </li>
              <li>
                <svg
                  class="redzaam-grafiek__staal"
                  width="44"
                  height="16"
                  viewBox="0 0 44 16"
                  aria-hidden="true"
                >
                  <g class="redzaam-grafiek__reeks redzaam-grafiek__reeks--eerder">
                    <path class="redzaam-grafiek__lijn" d="M2 8H42" strokeDasharray="6 4" />
                  </g>
                </svg>
                {t('waakvlam.historie.lijn.steun')}
              </li>
            </ul>
          </div>
        </>
      )}
      <div class="redzaam-grafiek__samenvatting" id="waakvlam-historie-samenvatting">
        <p class="utrecht-paragraph">{zin}</p>
      </div>
      {overgangen.length === 0 ? null : (
        <>
          <p class="utrecht-paragraph redzaam-grafiek__caption" aria-hidden="true">
            {t('waakvlam.historie.tabel')}
          </p>
          {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
          <section class="redzaam-table-wrapper redzaam-grafiek__tabel" aria-label={tabel} tabIndex={0}>
            <table class="utrecht-table redzaam-table" id="waakvlam-historie-tabel">
              <caption class="redzaam-visually-hidden">{t('waakvlam.historie.tabel')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('waakvlam.historie.kolom.datum')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('waakvlam.historie.kolom.fase')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('waakvlam.historie.kolom.steun')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('waakvlam.historie.kolom.wat')}
                  </th>
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {[...overgangen].reverse().map((o) => (
                  <tr class="utrecht-table__row" key={o.id}>
                    <td class="utrecht-table__cell redzaam-grafiek__datum">{formatDate(o.op, locale)}</td>
                    <td class="utrecht-table__cell">{t(`waakvlam.fase.${o.naar}`)}</td>
                    <td class="utrecht-table__cell">{t(`waakvlam.intensiteit.${o.intensiteit}`)}</td>
                    <td class="utrecht-table__cell">{t(`waakvlam.reden.${o.reden}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </>
      )}
    </figure>
  );
}
