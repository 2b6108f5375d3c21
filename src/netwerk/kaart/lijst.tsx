import type { VNode } from 'preact';
import { VlagStaal } from './ecomap.js';
import { schoneLabel } from './labels.js';
import { bekendeVlaggen, cirkelIndex } from './layout.js';
import { balansTekst, cirkelNaam, groepenVan, steunTekst, vlagTekst } from './teksten.js';
import { CIRKELS, type KaartPersoon, type Translator } from './types.js';

export type NetwerkLijstProps = {
  personen: KaartPersoon[];
  t: Translator;
  /** the heading above the list; default "Iedereen op de kaart" */
  kop?: string;
  /** the resident's name, for "Hier vraagt Ilse liever niet om hulp"; default "de bewoner" */
  ik?: string;
};

/**
 * The same content as the ecomap, as text: per circle a heading and a list with, per person,
 * the label, the relationship, how much support, the balance and the flags in words. For screen
 * readers, for print without images and for small screens (put it first there). Everyone is
 * here, also people the picture had no room for.
 */
export function NetwerkLijst(props: NetwerkLijstProps): VNode {
  const { personen, t } = props;
  const ik = props.ik ?? t('ecomap.ik-algemeen');
  return (
    <div class="redzaam-ecomap-lijst">
      <h2 class="utrecht-heading-2">{props.kop ?? t('ecomap.lijst.kop')}</h2>
      {CIRKELS.map((cirkel, k) => {
        const hier = personen.filter((p) => !p.groep && cirkelIndex(p.cirkel) === k);
        return (
          <section key={cirkel} class="redzaam-ecomap-lijst__cirkel" data-cirkel={cirkel}>
            <h3 class="utrecht-heading-3">
              {t('ecomap.lijst.cirkel', { cirkel: cirkelNaam(cirkel, t), aantal: hier.length })}
            </h3>
            {hier.length === 0 ? (
              <p class="utrecht-paragraph">{t('ecomap.lijst.niemand')}</p>
            ) : (
              <ul class="redzaam-ecomap-lijst__mensen">
                {hier.map((p, i) => {
                  const vlaggen = bekendeVlaggen(p);
                  return (
                    <li key={`${p.id}-${i}`} class="redzaam-ecomap-lijst__persoon" data-id={p.id}>
                      <p class="utrecht-paragraph redzaam-ecomap-lijst__naam">{schoneLabel(p.label)}</p>
                      <dl class="redzaam-ecomap-lijst__gegevens">
                        <dt>{t('ecomap.lijst.relatie')}</dt>
                        <dd>{p.relatie}</dd>
                        <dt>{t('ecomap.lijst.steun')}</dt>
                        <dd>{steunTekst(p.steun, t)}</dd>
                        <dt>{t('ecomap.lijst.balans')}</dt>
                        <dd>{balansTekst(p, t)}</dd>
                        <dt>{t('ecomap.lijst.vlaggen')}</dt>
                        {vlaggen.length === 0 ? (
                          <dd>{t('ecomap.lijst.geen-vlaggen')}</dd>
                        ) : (
                          vlaggen.map((v) => (
                            <dd key={v} data-vlag={v}>
                              <VlagStaal vlag={v} /> {vlagTekst(v, ik, t)}
                            </dd>
                          ))
                        )}
                      </dl>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {groepenVan(personen).map((g) => {
        // A group from elsewhere in her record (Via Samen, decision 050): its own heading and lines.
        const hier = personen.filter((p) => p.groep?.code === g.code);
        return (
          <section key={g.code} class="redzaam-ecomap-lijst__cirkel" data-groep={g.code}>
            <h3 class="utrecht-heading-3">
              {t('ecomap.lijst.groep', { groep: g.naam, aantal: hier.length })}
            </h3>
            <p class="utrecht-paragraph">{g.uitleg}</p>
            <ul class="redzaam-ecomap-lijst__mensen">
              {hier.map((p, i) => (
                <li key={`${p.id}-${i}`} class="redzaam-ecomap-lijst__persoon" data-id={p.id}>
                  <p class="utrecht-paragraph redzaam-ecomap-lijst__naam">{schoneLabel(p.label)}</p>
                  <ul class="utrecht-unordered-list">
                    {(p.groep?.regels ?? []).map((r) => (
                      <li key={r} class="utrecht-unordered-list__item">
                        {r}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
