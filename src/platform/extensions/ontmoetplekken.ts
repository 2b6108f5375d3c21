/**
 * Extension point: places where a group can meet, near a point (the centre of its members'
 * postcode centroids). The sociale kaart registers one (its organisations' and services'
 * locations). Public, gemeente-level data only: it gets a point, never a person.
 */

export type OntmoetPlek = {
  /** The source's own id of the place (a sociale kaart location id). */
  id: string;
  naam: string;
  /** One line: street and city, as the source has it. */
  adres: string;
  afstandKm: number;
};

export type OntmoetPlekBron = {
  /** The nearest places within `km` of `punt`, nearest first (ties on id), at most `aantal`. */
  bij(
    gemeenteId: string,
    punt: { lat: number; lon: number },
    km: number,
    aantal: number,
  ): Promise<OntmoetPlek[]>;
  /** One place by its id (a coordinator's choice is checked against it), or undefined. */
  plek(gemeenteId: string, id: string): Promise<Omit<OntmoetPlek, 'afstandKm'> | undefined>;
};

/** No source registered (tests, or a gemeente without a sociale kaart): no places. */
export const geenOntmoetPlekken: OntmoetPlekBron = {
  bij: async () => [],
  plek: async () => undefined,
};
