import type { VNode } from 'preact';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { Ecomap, ecomapIds } from './ecomap.js';
import { schoneLabel } from './labels.js';
import { cirkelIndex } from './layout.js';
import { datumTekst, lijstTekst } from './teksten.js';
import { CIRKELS, type Cirkel, type KaartPersoon, type Translator, type Verandering } from './types.js';
import { type KaartVerandering, vergelijkKaarten } from './vergelijk.js';

export type NetwerkVergelijkingProps = {
  id: string;
  ik: string;
  toen: KaartPersoon[];
  nu: KaartPersoon[];
  toenDatum: Date;
  t: Translator;
};

const inWoorden = (cirkel: Cirkel, t: Translator) =>
  t(`ecomap.vergelijking.cirkel.${CIRKELS[cirkelIndex(cirkel)]}` as MessageKey);

/** The changes in words, one sentence per kind of change; pure. */
export function veranderingZinnen(veranderingen: KaartVerandering[], t: Translator): string[] {
  const namen = (soort: Verandering) =>
    veranderingen.filter((v) => v.verandering === soort).map((v) => schoneLabel(v.persoon.label));
  const zinnen: string[] = [];
  for (const soort of ['nieuw', 'weg'] as const) {
    const wie = namen(soort);
    if (wie.length > 0) zinnen.push(t(`ecomap.vergelijking.${soort}`, { lijst: lijstTekst(wie, t) }));
  }
  for (const v of veranderingen.filter((v) => v.verandering === 'verplaatst')) {
    zinnen.push(
      t('ecomap.vergelijking.verplaatst', {
        naam: schoneLabel(v.persoon.label),
        naar: inWoorden(v.persoon.cirkel, t),
        van: inWoorden(v.vorigeCirkel ?? v.persoon.cirkel, t),
      }),
    );
  }
  for (const soort of ['meer-steun', 'minder-steun'] as const) {
    const wie = namen(soort);
    if (wie.length > 0) zinnen.push(t(`ecomap.vergelijking.${soort}`, { lijst: lijstTekst(wie, t) }));
  }
  const zelfde = namen('zelfde').length;
  if (zinnen.length === 0) zinnen.push(t('ecomap.vergelijking.niets'));
  else if (zelfde > 0) zinnen.push(t('ecomap.vergelijking.zelfde', { aantal: zelfde }));
  return zinnen;
}

/**
 * The network earlier and now: two ecomaps side by side (stacked on a small screen), then what
 * changed in words — who came, who left, who moved to another circle, where support grew or
 * shrank. Each picture has its own key and summary; the people keep their places where they can
 * (the layout is by id).
 */
export function NetwerkVergelijking(props: NetwerkVergelijkingProps): VNode {
  const { ik, toen, nu, toenDatum, t } = props;
  const datum = datumTekst(toenDatum, t);
  const zinnen = veranderingZinnen(vergelijkKaarten(toen, nu), t);
  const kopId = `${ecomapIds(props.id).figuur}-veranderingen`;
  return (
    <div class="redzaam-ecomap-vergelijking">
      <div class="redzaam-ecomap-vergelijking__kaarten">
        <Ecomap
          id={`${props.id}-toen`}
          titel={t('ecomap.vergelijking.titel-toen', { ik, datum })}
          ik={ik}
          personen={toen}
          t={t}
        />
        <Ecomap
          id={`${props.id}-nu`}
          titel={t('ecomap.vergelijking.titel-nu', { ik })}
          ik={ik}
          personen={nu}
          t={t}
        />
      </div>
      <section class="redzaam-ecomap-vergelijking__veranderingen" aria-labelledby={kopId}>
        <h3 class="utrecht-heading-3" id={kopId}>
          {t('ecomap.vergelijking.kop', { datum })}
        </h3>
        <ul class="utrecht-unordered-list">
          {zinnen.map((zin, i) => (
            <li key={i} class="utrecht-unordered-list__item">
              {zin}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
