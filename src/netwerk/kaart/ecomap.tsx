import type { VNode } from 'preact';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { REGEL } from './labels.js';
import { bekendeVlaggen, indeling, RAND, type Vak, VLAG, VLAG_TUSSEN } from './layout.js';
import {
  groepMarkerPad,
  lijnDikte,
  lijnStreepjes,
  markerPad,
  pijlPaden,
  vlagGevuld,
  vlagPad,
} from './tekens.js';
import { cirkelNaam, groepenVan, samenvatting } from './teksten.js';
import { BALANSEN, type KaartPersoon, type Translator, VLAGGEN, type Vlag } from './types.js';

export type EcomapProps = { id: string; titel: string; ik: string; personen: KaartPersoon[]; t: Translator };

/**
 * CSS pixels per viewBox unit at the page's normal text size: the SVG's width and height are
 * given in em (1 em = 16 units), so label text (14 units) is 14/16 of the body text and grows
 * with the reader's text size. See README.md "Size".
 */
export const EENHEDEN_PER_EM = 16;

/** Safe ids for the aria references: the page's id with anything odd replaced. */
export function ecomapIds(id: string) {
  const basis = `ecomap-${String(id).replace(/[^A-Za-z0-9_-]/g, '-') || 'x'}`;
  return {
    figuur: basis,
    titel: `${basis}-titel`,
    svgTitel: `${basis}-svg-titel`,
    samenvatting: `${basis}-samenvatting`,
  };
}

/**
 * The size class of a drawing, for its smallest width in CSS (`redzaam-ecomap__svg--maat-N`):
 * the upper bound of its viewBox width, in units. The CSS floor per class keeps labels ≥ 12 px
 * at 100 % text: upper bound × 12/14 px.
 */
export const MAAT_GRENZEN = [1000, 1300, 1800, 2500] as const;
export function maatKlasse(breedte: number): number {
  const i = MAAT_GRENZEN.findIndex((grens) => breedte <= grens);
  return i < 0 ? MAAT_GRENZEN.length + 1 : i + 1;
}

const viewBoxTekst = (v: Vak) => `${v.x} ${v.y} ${v.breedte} ${v.hoogte}`;
const em = (eenheden: number) => `${Math.round((eenheden / EENHEDEN_PER_EM) * 100) / 100}em`;

/** The small picture of a flag's mark, for the key and the list; decorative, the words are beside it. */
export function VlagStaal({ vlag }: { vlag: Vlag }) {
  return (
    <svg
      class="redzaam-ecomap__staal"
      viewBox="-1 -1 12 12"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        class={`redzaam-ecomap__vlag ${vlagGevuld(vlag) ? 'redzaam-ecomap__vlag--gevuld' : ''}`}
        d={vlagPad(vlag, 0, 0, 10)}
      />
    </svg>
  );
}

function Legenda({
  ik,
  personen,
  afgekort,
  nietGetekend,
  t,
}: {
  ik: string;
  personen: KaartPersoon[];
  afgekort: boolean;
  nietGetekend: number;
  t: Translator;
}) {
  const eigen = personen.filter((p) => !p.groep);
  const balansen = BALANSEN.filter((b) => eigen.some((p) => p.balans === b));
  const vlaggen = VLAGGEN.filter((v) => eigen.some((p) => bekendeVlaggen(p).includes(v)));
  return (
    <div class="redzaam-ecomap__legenda">
      <p class="utrecht-paragraph redzaam-ecomap__legenda-kop">{t('ecomap.legenda.kop')}</p>
      <ul class="redzaam-ecomap__legenda-lijst">
        <li>{t('ecomap.legenda.midden', { ik })}</li>
        <li>{t('ecomap.legenda.cirkels')}</li>
        {personen.length > 0 ? <li>{t('ecomap.legenda.lijn')}</li> : null}
        {balansen.map((b) => (
          <li key={b} data-balans={b}>
            {t(`ecomap.legenda.pijl.${b}` as MessageKey, { ik })}
          </li>
        ))}
        {vlaggen.map((v) => (
          <li key={v} data-vlag={v}>
            <VlagStaal vlag={v} />{' '}
            {t('ecomap.legenda.vlag', {
              teken: t(`ecomap.vlagteken.${v}` as MessageKey),
              betekenis: t(`ecomap.vlag.${v}` as MessageKey, { ik }),
            })}
          </li>
        ))}
        {groepenVan(personen).map((g) => (
          <li key={g.code} data-groep={g.code}>
            {t('ecomap.legenda.groep', { groep: g.naam, uitleg: g.uitleg })}
          </li>
        ))}
        {afgekort ? <li>{t('ecomap.legenda.afgekort')}</li> : null}
        {nietGetekend > 0 ? <li>{t('ecomap.legenda.niet-getekend', { aantal: nietGetekend })}</li> : null}
      </ul>
    </div>
  );
}

/** Text lines in a label box, one <tspan> per line. */
function Regels({ regels, x, y }: { regels: string[]; x: number; y: number }) {
  return (
    <>
      {regels.map((regel, i) => (
        <tspan key={i} x={x} y={Math.round((y + i * REGEL) * 100) / 100}>
          {regel}
        </tspan>
      ))}
    </>
  );
}

/**
 * The ecomap: the resident in the middle, three labelled circles, everyone in their circle with
 * a line whose thickness shows support, arrow heads for the balance and marks for the flags.
 * In a <figure> with the title, a key in words and a one-paragraph summary; the SVG itself is
 * one image for assistive technology (the words carry the content, and NetwerkLijst has it all).
 */
export function Ecomap(props: EcomapProps): VNode {
  const { titel, ik, personen, t } = props;
  const ids = ecomapIds(props.id);
  const uit = indeling(ik, personen);
  const { geometrie: geo } = uit;
  const afgekort = uit.midden.afgekort || uit.geplaatst.some((g) => g.afgekort);
  return (
    <figure
      class="redzaam-ecomap"
      id={ids.figuur}
      aria-labelledby={ids.titel}
      aria-describedby={ids.samenvatting}
    >
      <figcaption class="redzaam-ecomap__titel" id={ids.titel}>
        {titel}
      </figcaption>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll sideways must be reachable by keyboard. */}
      <section class="redzaam-ecomap__vak" aria-label={t('ecomap.vak', { titel })} tabIndex={0}>
        <svg
          class={`redzaam-ecomap__svg redzaam-ecomap__svg--maat-${maatKlasse(geo.viewBox.breedte)}`}
          xmlns="http://www.w3.org/2000/svg"
          viewBox={viewBoxTekst(geo.viewBox)}
          width={em(geo.viewBox.breedte)}
          height={em(geo.viewBox.hoogte)}
          role="img"
          aria-labelledby={ids.svgTitel}
          aria-describedby={ids.samenvatting}
        >
          <title id={ids.svgTitel}>{titel}</title>
          <g class="redzaam-ecomap__cirkels">
            {geo.cirkels.map((c) => (
              <circle
                key={c.cirkel}
                class={`redzaam-ecomap__cirkel redzaam-ecomap__cirkel--${c.cirkel}`}
                cx="0"
                cy="0"
                r={c.buiten}
              />
            ))}
          </g>
          <g class="redzaam-ecomap__lijnen">
            {uit.geplaatst.map((g) => (
              <g
                key={g.persoon.id}
                class="redzaam-ecomap__verbinding"
                data-id={g.persoon.id}
                data-balans={g.persoon.groep ? undefined : g.persoon.balans}
                data-groep={g.persoon.groep?.code}
              >
                <path
                  class="redzaam-ecomap__lijn"
                  d={`M0 0L${g.punt.x} ${g.punt.y}`}
                  strokeWidth={lijnDikte(g.persoon.steun)}
                  strokeDasharray={lijnStreepjes(g.persoon.steun) || undefined}
                />
                {/* A group member (Via Samen) gets no arrow heads: what went each way is in words. */}
                {(g.persoon.groep
                  ? []
                  : pijlPaden(g.punt, g.slot.richting, g.persoon.balans, g.persoon.steun)
                ).map((d, i) => (
                  <path key={i} class="redzaam-ecomap__pijl" d={d} />
                ))}
                <path
                  class="redzaam-ecomap__marker"
                  d={g.persoon.groep ? groepMarkerPad(g.punt) : markerPad(g.punt)}
                />
              </g>
            ))}
          </g>
          <g class="redzaam-ecomap__cirkelnamen">
            {geo.cirkels.map((c) => (
              <text key={c.cirkel} x={c.naam.x} y={c.naam.y} dy="0.35em" textAnchor="middle">
                {cirkelNaam(c.cirkel, t)}
              </text>
            ))}
          </g>
          <g class="redzaam-ecomap__midden">
            <rect
              class="redzaam-ecomap__middenvak"
              x={uit.midden.vak.x}
              y={uit.midden.vak.y}
              width={uit.midden.vak.breedte}
              height={uit.midden.vak.hoogte}
              rx="6"
            />
            <text class="redzaam-ecomap__label redzaam-ecomap__label--ik" textAnchor="middle">
              {uit.midden.afgekort ? <title>{ik}</title> : null}
              <Regels regels={uit.midden.regels} x={0} y={uit.midden.vak.y + RAND + REGEL * 0.75} />
            </text>
          </g>
          <g class="redzaam-ecomap__personen">
            {uit.geplaatst.map((g) => (
              <g key={g.persoon.id} class="redzaam-ecomap__persoon" data-id={g.persoon.id}>
                {g.afgekort ? <title>{g.persoon.label}</title> : null}
                <rect
                  class="redzaam-ecomap__labelvak"
                  x={g.vak.x}
                  y={g.vak.y}
                  width={g.vak.breedte}
                  height={g.vak.hoogte}
                  rx="3"
                />
                <text class="redzaam-ecomap__label" textAnchor={g.anker}>
                  <Regels regels={g.regels} x={g.tekstX} y={g.tekstY} />
                </text>
                {g.vlaggen
                  ? bekendeVlaggen(g.persoon).map((v, i) => (
                      <path
                        key={v}
                        class={`redzaam-ecomap__vlag ${vlagGevuld(v) ? 'redzaam-ecomap__vlag--gevuld' : ''}`}
                        data-vlag={v}
                        d={vlagPad(v, (g.vlaggen?.x ?? 0) + i * (VLAG + VLAG_TUSSEN), g.vlaggen?.y ?? 0)}
                      />
                    ))
                  : null}
              </g>
            ))}
          </g>
        </svg>
      </section>
      <Legenda ik={ik} personen={personen} afgekort={afgekort} nietGetekend={uit.nietGetekend.length} t={t} />
      <p class="utrecht-paragraph redzaam-ecomap__samenvatting" id={ids.samenvatting}>
        {samenvatting(ik, personen, t)}
      </p>
    </figure>
  );
}
