import type { Db } from '../platform/db/database.js';
import type { EigenLevensgebiedNamen } from '../platform/extensions/levensgebied-namen.js';
import { eigenGebiedNamen } from './queries.js';

/** The gemeente's own names of its levensgebieden, for capabilities that show them (app.tsx). */
export function levensgebiedNamenBron(db: Db): EigenLevensgebiedNamen {
  return (gemeenteId) => eigenGebiedNamen(db, gemeenteId);
}
