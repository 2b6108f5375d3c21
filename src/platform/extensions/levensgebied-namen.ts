/**
 * Extension point: the gemeente's own names of its levensgebieden, from its catalog (the
 * levensgebieden capability owns it), for a capability that shows levensgebieden without owning
 * them (the sociale kaart's filter and service pages). Gemeente-level data, no personal data.
 * `src/app.tsx` plugs the levensgebieden capability's implementation in; the names are then
 * written with `levensgebiedNaam` (platform/levensgebied-codes.ts), as everywhere else.
 */
export type EigenLevensgebiedNamen = (gemeenteId: string) => Promise<ReadonlyMap<string, string>>;

/** Without a catalog (tests of one capability alone): every levensgebied by its default name. */
export const geenEigenNamen: EigenLevensgebiedNamen = async () => new Map();
