import { createHash } from 'node:crypto';
import type { Bundle, FhirResource } from './types.js';

/** Resources carry a uuid id; inside a Bundle they are addressed by `urn:uuid:<id>`. */
export function fullUrl(id: string): string {
  return `urn:uuid:${id}`;
}

// Redzaam's namespace for name-based uuids (RFC 4122 §4.3, version 5).
const NAMESPACE = Buffer.from('6f2d1c3e8a4b5d7e9f0a1b2c3d4e5f60', 'hex');

/**
 * A stable uuid for something identified by a name (a catalog version, say), so every download
 * gives the same resource the same id and a receiving system can recognise it again.
 */
export function naamUuid(naam: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(naam, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A `collection` Bundle: a set of resources exported together, without a document's composition. */
export function verzameling(resources: FhirResource[], timestamp: Date): Bundle {
  return {
    resourceType: 'Bundle',
    type: 'collection',
    timestamp: timestamp.toISOString(),
    entry: resources.map((resource) => ({
      ...('id' in resource && resource.id ? { fullUrl: fullUrl(resource.id) } : {}),
      resource,
    })),
  };
}

/**
 * Free text as a FHIR string: FHIR allows no whitespace but space, tab and newlines (a
 * non-breaking space pasted into a note would make the file invalid), and no empty strings.
 * undefined when nothing is left.
 */
export function fhirTekst(tekst: string | null | undefined): string | undefined {
  const schoon = (tekst ?? '').replace(/[^\S \r\n\t]/gu, ' ');
  return schoon.trim() === '' ? undefined : schoon;
}
