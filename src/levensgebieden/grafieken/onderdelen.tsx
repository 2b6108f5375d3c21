import type { ComponentChildren } from 'preact';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { taalVan } from './samenvatting.js';
import type { VeiligeSchaal } from './schaal.js';
import { getal } from './schaal.js';
import { markerPad, type ReeksStijl, STREEPJES } from './stijl.js';
import type { Translator } from './types.js';

/**
 * The drawn size of a chart: this many CSS pixels per unit of its viewBox, so text in every
 * chart has the same size (13 units ≈ 19 px); on a narrower screen CSS scales it down to fit.
 */
export const PIXELS_PER_EENHEID = 1.5;

/** Safe, unique-per-chart ids for aria references: the page's id with anything odd replaced. */
export function grafiekIds(id: string) {
  const basis = `grafiek-${String(id).replace(/[^A-Za-z0-9_-]/g, '-') || 'x'}`;
  return {
    figuur: basis,
    titel: `${basis}-titel`,
    svgTitel: `${basis}-svg-titel`,
    samenvatting: `${basis}-samenvatting`,
    tabel: `${basis}-tabel`,
  };
}

/** The CSS classes of a series: colour by soort, the rest by position (see stijl.ts). */
export function reeksKlasse(stijl: ReeksStijl): string {
  return `redzaam-grafiek__reeks redzaam-grafiek__reeks--${stijl.soort} redzaam-grafiek__reeks--${stijl.index % 5}`;
}

/** The small picture of a series' line and marker in the key; decorative, its words are beside it. */
function Staal({ stijl }: { stijl: ReeksStijl }) {
  return (
    <svg
      class="redzaam-grafiek__staal"
      viewBox="0 0 44 16"
      width="44"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <g class={reeksKlasse(stijl)}>
        <path class="redzaam-grafiek__lijn" d="M2 8H42" strokeDasharray={stijl.streepjes || undefined} />
        <path class="redzaam-grafiek__punt" d={markerPad(stijl.vorm, { x: 22, y: 8 }, 4.5)} />
      </g>
    </svg>
  );
}

function OvergeslagenStaal({ stijl }: { stijl: ReeksStijl }) {
  return (
    <svg
      class="redzaam-grafiek__staal"
      viewBox="0 0 44 16"
      width="44"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <g class={reeksKlasse(stijl)}>
        <path class="redzaam-grafiek__overgeslagen" d={markerPad(stijl.vorm, { x: 22, y: 8 }, 4)} />
      </g>
    </svg>
  );
}

/**
 * The key under the chart, in words as well as pictures: "Ik: a solid line with circles". So
 * nobody needs to tell colours apart, and the words work in forced colours and on paper.
 */
export function Legenda({
  reeksen,
  overgeslagenTekst,
  toonOvergeslagen,
  schaal,
  t,
}: {
  reeksen: { naam: string; stijl: ReeksStijl }[];
  overgeslagenTekst: string;
  toonOvergeslagen: boolean;
  schaal: VeiligeSchaal;
  t: Translator;
}) {
  const taal = taalVan(t);
  return (
    <div class="redzaam-grafiek__legenda">
      <p class="utrecht-paragraph redzaam-grafiek__legenda-kop">{t('grafiek.legenda.kop')}</p>
      <ul class="redzaam-grafiek__legenda-lijst">
        {reeksen.map((reeks, i) => (
          <li key={i}>
            <Staal stijl={reeks.stijl} />{' '}
            {t('grafiek.legenda.reeks', {
              naam: reeks.naam,
              lijn: t(`grafiek.lijn.${reeks.stijl.index % STREEPJES.length}` as MessageKey),
              vorm: t(`grafiek.vorm.${reeks.stijl.vorm}` as MessageKey),
            })}
          </li>
        ))}
        {toonOvergeslagen && reeksen[0] ? (
          <li>
            <OvergeslagenStaal stijl={reeksen[0].stijl} /> {overgeslagenTekst}
          </li>
        ) : null}
      </ul>
      <p class="utrecht-paragraph redzaam-grafiek__schaal">
        {t('grafiek.legenda.schaal')}{' '}
        {schaal.stappen.map((stap, i) => (
          <span key={i} class="redzaam-grafiek__stap">
            {t('grafiek.waarde', { getal: getal(stap.waarde, taal), label: stap.label })}
            {i < schaal.stappen.length - 1 ? '; ' : '.'}
          </span>
        ))}
      </p>
    </div>
  );
}

/** The visible text summary; the SVG's aria-describedby points here. */
export function Samenvatting({ id, zinnen }: { id: string; zinnen: string[] }) {
  return (
    <div class="redzaam-grafiek__samenvatting" id={id}>
      {zinnen.map((zin, i) => (
        <p class="utrecht-paragraph" key={i}>
          {zin}
        </p>
      ))}
    </div>
  );
}

/**
 * A data table that may scroll sideways on a narrow screen: the scrolling region can get
 * keyboard focus and has a name, so keyboard users can scroll it too (WCAG 2.1.1).
 *
 * The caption is for assistive technology (it names the table); sighted readers get the same
 * words just above the scrolling region, where they stay in view when the table scrolls. A
 * caption inside the region would scroll away and be half hidden on a phone.
 */
export function TabelVak({
  id,
  naam,
  caption,
  children,
}: {
  id: string;
  naam: string;
  caption: string;
  children: ComponentChildren;
}) {
  return (
    <>
      <p class="utrecht-paragraph redzaam-grafiek__caption" aria-hidden="true">
        {caption}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard. */}
      <section class="redzaam-table-wrapper redzaam-grafiek__tabel" aria-label={naam} tabIndex={0}>
        <table class="utrecht-table redzaam-table" id={id}>
          <caption class="redzaam-visually-hidden">{caption}</caption>
          {children}
        </table>
      </section>
    </>
  );
}
