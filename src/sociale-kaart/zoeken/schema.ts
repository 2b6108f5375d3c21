/**
 * Row types of the sociale kaart's search index and postcode centroids (migration 0004), added
 * to the platform's Database by declaration merging. Kept by hand: a migration that changes a
 * table changes its type here in the same commit.
 */
declare module '../../platform/db/schema.js' {
  interface Database {
    sociale_kaart_zoekdocument: SocialeKaartZoekdocumentTable;
    sociale_kaart_woord: SocialeKaartWoordTable;
    sociale_kaart_openingstijd: SocialeKaartOpeningstijdTable;
    postcode: PostcodeTable;
  }
}

/** Sociale kaart search (migration 0004): one search document per HSDS service. */
export type SocialeKaartZoekdocumentTable = {
  gemeente_id: string;
  service_id: string;
  actief: boolean;
  naam: string;
  document: string;
  naam_document: string;
  levensgebieden: string[];
  kenmerken: string[];
  latitude: number | null;
  longitude: number | null;
  woorden: string[];
};

/** The sociale kaart's words, for typo correction: in how many services' documents each occurs. */
export type SocialeKaartWoordTable = {
  gemeente_id: string;
  woord: string;
  aantal: number;
};

/** A weekly opening window of a service, minutes since Monday 00:00 Amsterdam time. */
export type SocialeKaartOpeningstijdTable = {
  gemeente_id: string;
  service_id: string;
  van: number;
  tot: number;
  geldig_van: string | null;
  geldig_tot: string | null;
};

/** Postcode centroids (PC4 and PC6, WGS84), imported with `npm run sociale-kaart -- postcodes`. */
export type PostcodeTable = {
  postcode: string;
  latitude: number;
  longitude: number;
  bron: string;
};
