/**
 * A counter of changes to the search index in this process. Caches of public search results
 * (the levensgebieden page's help suggestions, hulpbron.ts) compare it to know they are stale
 * the moment this instance changed the sociale kaart; other instances' caches expire by time.
 */
let generatie = 0;

export function zoekindexGewijzigd(): void {
  generatie += 1;
}

export function zoekindexGeneratie(): number {
  return generatie;
}
