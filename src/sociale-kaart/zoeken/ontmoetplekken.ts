import type { Db } from '../../platform/db/database.js';
import type { OntmoetPlekBron } from '../../platform/extensions/ontmoetplekken.js';
import { plekkenIn, plekOpId } from './queries.js';
import { afstandKm, omhullende } from './rules.js';

/**
 * The sociale kaart as a source of meeting places for Samen groups: its named locations with
 * coordinates, nearest first. Public data only; it gets a point, never a person.
 */
export function socialeKaartOntmoetPlekken(db: Db): OntmoetPlekBron {
  return {
    async bij(gemeenteId, punt, km, aantal) {
      const plekken = await plekkenIn(db, gemeenteId, omhullende(punt, km));
      return plekken
        .map((p) => ({ id: p.id, naam: p.naam, adres: p.adres, afstandKm: afstandKm(punt, p) }))
        .filter((p) => p.afstandKm <= km)
        .sort((a, b) => a.afstandKm - b.afstandKm || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
        .slice(0, aantal);
    },
    async plek(gemeenteId, id) {
      const p = await plekOpId(db, gemeenteId, id);
      return p ? { id: p.id, naam: p.naam, adres: p.adres } : undefined;
    },
  };
}
