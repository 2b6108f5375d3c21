import type { Bundle, FhirResource } from './types.js';

/** Resources carry a uuid id; inside a Bundle they are addressed by `urn:uuid:<id>`. */
export function fullUrl(id: string): string {
  return `urn:uuid:${id}`;
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
