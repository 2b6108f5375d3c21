import { createHash } from 'node:crypto';
import { STANDAARD_LEVENSGEBIEDEN, type StandaardLevensgebied } from '../../platform/levensgebied-codes.js';

/**
 * What Redzaam adds to HSDS, carried as HSDS taxonomy terms (linked to a service or its
 * organization through an HSDS attribute), not as side tables, so any HSDS tool can read and
 * write it. Two taxonomies: the levensgebieden (term codes = the permanent codes of
 * src/platform/levensgebied-codes.ts) and the kenmerken (how you get in, cost, group, who runs it).
 * HSDS 3.0 ids are UUIDs, so the two taxonomies have fixed UUIDs; the search index (queries.ts)
 * recognises a term by its taxonomy (that UUID, or the taxonomy's uri) and its code. A term's
 * own id and name are free. See ../README.md.
 */

export const LEVENSGEBIED_TAXONOMIE = {
  id: '91cee157-1fa7-585e-a96a-dce0d5ed7f14',
  name: 'Redzaam levensgebieden',
  description:
    'De levensgebieden waar een dienst bij helpt (Redzaam, zie src/platform/levensgebied-codes.ts).',
  uri: 'urn:redzaam:hsds:taxonomie:levensgebied',
  version: '1',
} as const;

export const KENMERK_TAXONOMIE = {
  id: '9d132a75-a4de-5479-9265-baf9f0c29dc5',
  name: 'Redzaam kenmerken',
  description: 'Hoe je bij een dienst komt en wat die kost: zonder indicatie, gratis, in een groep, …',
  uri: 'urn:redzaam:hsds:taxonomie:kenmerk',
  version: '1',
} as const;

export const LEVENSGEBIEDEN = STANDAARD_LEVENSGEBIEDEN;
export type Levensgebied = StandaardLevensgebied;

/**
 * zonder-indicatie: no assessment decision (beschikking), referral or diagnosis needed.
 * gratis / eigen-bijdrage: costs nothing / the resident pays part.
 * groep / individueel: takes place in a group / one to one.
 * ervaringsdeskundigen: run by or with (trained) experts by experience.
 * vereniging-of-buurtinitiatief: an association, club or neighbourhood initiative (not a professional provider).
 */
export const KENMERKEN = [
  'zonder-indicatie',
  'gratis',
  'eigen-bijdrage',
  'groep',
  'individueel',
  'ervaringsdeskundigen',
  'vereniging-of-buurtinitiatief',
] as const;
export type Kenmerk = (typeof KENMERKEN)[number];

/**
 * A stable UUID (version 5 layout, SHA-1 of "redzaam:" + name) for ids Redzaam's own datasets
 * need to repeat: taxonomy terms, demo and benchmark records. The taxonomy ids above are
 * sleutelUuid('taxonomie/levensgebied') and sleutelUuid('taxonomie/kenmerk').
 */
export function sleutelUuid(naam: string): string {
  const hash = createHash('sha1').update(`redzaam:${naam}`).digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The HSDS taxonomy_term id Redzaam's own datasets use for a levensgebied (any id works on import). */
export function levensgebiedTermId(code: Levensgebied): string {
  return sleutelUuid(`levensgebied/${code}`);
}

export function kenmerkTermId(code: Kenmerk): string {
  return sleutelUuid(`kenmerk/${code}`);
}

export function isLevensgebied(value: string): value is Levensgebied {
  return (LEVENSGEBIEDEN as readonly string[]).includes(value);
}

export function isKenmerk(value: string): value is Kenmerk {
  return (KENMERKEN as readonly string[]).includes(value);
}
