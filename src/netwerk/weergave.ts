import type { KaartGroep } from '../platform/extensions/kaart-groepen.js';
import { isMessageKey, type Translate } from '../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../platform/levensgebied-codes.js';
import { isRelatie } from './codes.js';
import type { KaartPersoon } from './kaart/types.js';
import type { GebiedNaam, RelatieInstelling } from './queries.js';
import { naarKaartPersoon, nummers, type Persoon, voorKijker } from './rules.js';

/**
 * Words for codes, and people as one viewer may see them. Pure apart from the translator:
 * the use cases call it inside the door, so pages only ever get what they may show.
 */

/**
 * A relationship in words: the gemeente's own name in this language where set
 * (`eigen`, from the beheer page), else our default text, else the code.
 */
export function relatieTekst(
  relatie: string,
  t: Translate,
  eigen: readonly RelatieInstelling[] = [],
): string {
  const instelling = eigen.find((e) => e.code === relatie);
  const naam = t('netwerk.taal') === 'en' ? instelling?.naamEn : instelling?.naam;
  if (naam) return naam;
  return isRelatie(relatie) ? t(`netwerk.relatie.${relatie}`) : relatie;
}

/** The gemeente's own name of a levensgebied, else the one default name, else the code. */
export function gebiedTekst(gebieden: GebiedNaam[], code: string, t: Translate): string {
  return levensgebiedNaam(code, gebieden.find((g) => g.code === code)?.naam, t);
}

/** `label`: what this viewer sees as the name; `anoniem`: what others see when the name is hidden. */
export type Zichtbaar = { persoon: Persoon; label: string; anoniem: string; kaart: KaartPersoon };

/** Everyone on a map as this viewer may see them, with their picture's view. */
export function zichtbarePersonen(
  alle: Persoon[],
  eigenaar: boolean,
  t: Translate,
  eigen: readonly RelatieInstelling[] = [],
): Zichtbaar[] {
  const nr = nummers(alle);
  return alle.map((p) => {
    const relatie = relatieTekst(p.relatie, t, eigen);
    const anoniem = t('netwerk.label.nummer', { relatie, nummer: nr.get(p.id) ?? 1 });
    const persoon = voorKijker(eigenaar, p, anoniem);
    return { persoon, label: persoon.naam, anoniem, kaart: naarKaartPersoon(p, persoon.naam, relatie) };
  });
}

/**
 * The map page in the words of whoever reads it: the resident's own texts ("Volgens je kaart"),
 * or for anyone else a text's `.ander` form with her name as `{inwoner}` ("Volgens de kaart van
 * Ilse") where the text speaks to her. Texts without an `.ander` form speak to no one in particular.
 */
export function voorLezer(t: Translate, eigenaar: boolean, inwonerNaam: string): Translate {
  if (eigenaar) return t;
  return (key, values) => {
    const ander = `${key}.ander`;
    return isMessageKey(ander) ? t(ander, { ...values, inwoner: inwonerNaam }) : t(key, values);
  };
}

/**
 * People from another part of her record (the `KaartGroepen` extension point, e.g. Via Samen,
 * decision 050) as the ecomap draws and lists them: in the outer circle, in their own group, with
 * no balance (what went each way is in the group's own words).
 */
export function groepPersonen(groepen: readonly KaartGroep[]): KaartPersoon[] {
  return groepen.flatMap((g) =>
    g.personen.map((p) => ({
      id: `${g.code}-${p.id}`,
      label: p.naam,
      relatie: g.naam,
      cirkel: 'verder-weg' as const,
      steun: p.steun,
      balans: 'geen' as const,
      vlaggen: [],
      groep: { code: g.code, naam: g.naam, uitleg: g.uitleg, regels: p.regels },
    })),
  );
}
