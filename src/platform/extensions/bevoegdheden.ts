/**
 * Extension point: capability flags on an account (a "bevoegdheid"), such as "Samen
 * coordinator". A capability keeps its flag in its own table with the columns `gemeente_id` and
 * `account_id` (one row per flagged account, primary key on both) and registers it here, in
 * app.tsx. The session lookup — the one query every logged-in request runs (auth/queries.ts,
 * decision 031) — reads every registered flag in that same statement, so a page knows the flags
 * without a round trip of its own, and a flag taken away holds from the very next request (nothing
 * is cached between requests). Decision 031 (addendum).
 *
 * A flag only decides what the menu shows. A capability's pages still check the flag themselves
 * before they show or change anything.
 */
export type Bevoegdheid = {
  /** The flag's name on the viewer (`viewer.bevoegdheden`), e.g. `samen.coordinator`. */
  naam: string;
  /** The capability's table holding one row per flagged account: columns gemeente_id, account_id. */
  tabel: string;
};
