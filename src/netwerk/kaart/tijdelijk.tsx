// TEMPORARY: replaced by the wt-ecomap branch at merge
import type { VNode } from 'preact';
import type { Cirkel, KaartPersoon, Translator, Verandering } from './types.js';

/**
 * A stand-in with the agreed signatures, so the netwerk pages build and test before the real
 * ecomap lands (branch wt-ecomap). It draws nothing: it lists what the picture would show.
 */

export function Ecomap(props: {
  id: string;
  titel: string;
  ik: string;
  personen: KaartPersoon[];
  t: Translator;
}): VNode {
  return (
    <figure id={props.id}>
      <figcaption>{props.titel}</figcaption>
      <ul>
        {props.personen.map((p) => (
          <li key={p.id}>
            {p.label} ({p.relatie})
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function NetwerkLijst(props: { personen: KaartPersoon[]; t: Translator; kop?: string }): VNode {
  return (
    <div>
      {props.kop ? <h3>{props.kop}</h3> : null}
      <ul>
        {props.personen.map((p) => (
          <li key={p.id}>
            {p.label} ({p.relatie})
          </li>
        ))}
      </ul>
    </div>
  );
}

export function vergelijkKaarten(
  toen: KaartPersoon[],
  nu: KaartPersoon[],
): { persoon: KaartPersoon; verandering: Verandering; vorigeCirkel?: Cirkel }[] {
  const vroeger = new Map(toen.map((p) => [p.id, p]));
  const uit: { persoon: KaartPersoon; verandering: Verandering; vorigeCirkel?: Cirkel }[] = [];
  for (const p of nu) {
    const oud = vroeger.get(p.id);
    if (!oud) uit.push({ persoon: p, verandering: 'nieuw' });
    else if (oud.cirkel !== p.cirkel)
      uit.push({ persoon: p, verandering: 'verplaatst', vorigeCirkel: oud.cirkel });
    else if (p.steun > oud.steun) uit.push({ persoon: p, verandering: 'meer-steun' });
    else if (p.steun < oud.steun) uit.push({ persoon: p, verandering: 'minder-steun' });
    else uit.push({ persoon: p, verandering: 'zelfde' });
  }
  const nuIds = new Set(nu.map((p) => p.id));
  for (const p of toen) if (!nuIds.has(p.id)) uit.push({ persoon: p, verandering: 'weg' });
  return uit;
}

export function NetwerkVergelijking(props: {
  id: string;
  ik: string;
  toen: KaartPersoon[];
  nu: KaartPersoon[];
  toenDatum: Date;
  t: Translator;
}): VNode {
  return (
    <div id={props.id}>
      <ul>
        {vergelijkKaarten(props.toen, props.nu).map((v) => (
          <li key={v.persoon.id}>
            {v.persoon.label}: {v.verandering}
          </li>
        ))}
      </ul>
    </div>
  );
}
