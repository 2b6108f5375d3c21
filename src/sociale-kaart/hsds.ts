/**
 * Pure mapping between HSDS 3.0 JSON objects and our table rows: nested objects are flattened
 * into one row per HSDS object on import, and nested again on export. No I/O here.
 */
export const HSDS_TABLES = [
  'organization',
  'service',
  'location',
  'service_at_location',
  'address',
  'phone',
  'schedule',
  'contact',
  'taxonomy',
  'taxonomy_term',
  'attribute',
  'cost_option',
  'language',
  'accessibility',
  'funding',
  'service_area',
  'required_document',
  'program',
  'organization_identifier',
  'metadata',
  'meta_table_description',
] as const;
export type HsdsTable = (typeof HSDS_TABLES)[number];

/** A row as HSDS holds it (field name → value), without our gemeente_id. */
export type HsdsRow = Record<string, string | number | boolean | null>;
export type HsdsRows = Record<HsdsTable, HsdsRow[]>;
// biome-ignore lint/suspicious/noExplicitAny: HSDS JSON as parsed
export type HsdsObject = Record<string, any>;

/** The HSDS fields each table stores as columns: every scalar field of its 3.0 schema. */
export const COLUMNS: Record<HsdsTable, readonly string[]> = {
  organization: [
    'id',
    'name',
    'alternate_name',
    'description',
    'email',
    'website',
    'tax_status',
    'tax_id',
    'year_incorporated',
    'legal_status',
    'logo',
    'uri',
    'parent_organization_id',
  ],
  service: [
    'id',
    'organization_id',
    'program_id',
    'name',
    'alternate_name',
    'description',
    'url',
    'email',
    'status',
    'interpretation_services',
    'application_process',
    'fees_description',
    'wait_time',
    'fees',
    'accreditations',
    'eligibility_description',
    'minimum_age',
    'maximum_age',
    'assured_date',
    'assurer_email',
    'licenses',
    'alert',
    'last_modified',
  ],
  location: [
    'id',
    'location_type',
    'url',
    'organization_id',
    'name',
    'alternate_name',
    'description',
    'transportation',
    'latitude',
    'longitude',
    'external_identifier',
    'external_identifier_type',
  ],
  service_at_location: ['id', 'service_id', 'location_id', 'description'],
  address: [
    'id',
    'location_id',
    'attention',
    'address_1',
    'address_2',
    'city',
    'region',
    'state_province',
    'postal_code',
    'country',
    'address_type',
  ],
  phone: [
    'id',
    'location_id',
    'service_id',
    'organization_id',
    'contact_id',
    'service_at_location_id',
    'number',
    'extension',
    'type',
    'description',
  ],
  schedule: [
    'id',
    'service_id',
    'location_id',
    'service_at_location_id',
    'valid_from',
    'valid_to',
    'dtstart',
    'timezone',
    'until',
    'count',
    'wkst',
    'freq',
    'interval',
    'byday',
    'byweekno',
    'bymonthday',
    'byyearday',
    'description',
    'opens_at',
    'closes_at',
    'schedule_link',
    'attending_type',
    'notes',
  ],
  contact: [
    'id',
    'organization_id',
    'service_id',
    'service_at_location_id',
    'location_id',
    'name',
    'title',
    'department',
    'email',
  ],
  taxonomy: ['id', 'name', 'description', 'uri', 'version'],
  taxonomy_term: [
    'id',
    'code',
    'name',
    'description',
    'parent_id',
    'taxonomy',
    'language',
    'taxonomy_id',
    'term_uri',
  ],
  attribute: ['id', 'link_id', 'taxonomy_term_id', 'link_type', 'link_entity', 'value'],
  cost_option: [
    'id',
    'service_id',
    'valid_from',
    'valid_to',
    'option',
    'currency',
    'amount',
    'amount_description',
  ],
  language: ['id', 'service_id', 'location_id', 'phone_id', 'name', 'code', 'note'],
  accessibility: ['id', 'location_id', 'description', 'details', 'url'],
  funding: ['id', 'organization_id', 'service_id', 'source'],
  service_area: ['id', 'service_id', 'name', 'description', 'extent', 'extent_type', 'uri'],
  required_document: ['id', 'service_id', 'document', 'uri'],
  program: ['id', 'organization_id', 'name', 'alternate_name', 'description'],
  organization_identifier: ['id', 'organization_id', 'identifier_scheme', 'identifier_type', 'identifier'],
  metadata: [
    'id',
    'resource_id',
    'resource_type',
    'last_action_date',
    'last_action_type',
    'field_name',
    'previous_value',
    'replacement_value',
    'updated_by',
  ],
  meta_table_description: ['id', 'name', 'language', 'character_set'],
};

/**
 * How HSDS nests objects. `childKey`: the child's field holding the parent's id (a service's
 * phones have service_id); `parentKey`: the parent's field holding the child's id (a service's
 * organization is its organization_id). Attributes and metadata may hang on any object: they
 * link by `linkKey` (link_id, resource_id) and name the object's table in `entityKey`
 * (link_entity, resource_type) when the publisher left that out.
 */
type Nesting = {
  field: string;
  table: HsdsTable;
  many: boolean;
  childKey?: string;
  parentKey?: string;
  linkKey?: string;
  entityKey?: string;
};

const attributes: Nesting = {
  field: 'attributes',
  table: 'attribute',
  many: true,
  linkKey: 'link_id',
  entityKey: 'link_entity',
};
const metadata: Nesting = {
  field: 'metadata',
  table: 'metadata',
  many: true,
  linkKey: 'resource_id',
  entityKey: 'resource_type',
};

export const NESTING: Record<HsdsTable, readonly Nesting[]> = {
  service: [
    { field: 'organization', table: 'organization', many: false, parentKey: 'organization_id' },
    { field: 'program', table: 'program', many: false, parentKey: 'program_id' },
    { field: 'phones', table: 'phone', many: true, childKey: 'service_id' },
    { field: 'schedules', table: 'schedule', many: true, childKey: 'service_id' },
    { field: 'service_areas', table: 'service_area', many: true, childKey: 'service_id' },
    { field: 'service_at_locations', table: 'service_at_location', many: true, childKey: 'service_id' },
    { field: 'languages', table: 'language', many: true, childKey: 'service_id' },
    { field: 'funding', table: 'funding', many: true, childKey: 'service_id' },
    { field: 'cost_options', table: 'cost_option', many: true, childKey: 'service_id' },
    { field: 'required_documents', table: 'required_document', many: true, childKey: 'service_id' },
    { field: 'contacts', table: 'contact', many: true, childKey: 'service_id' },
    attributes,
    metadata,
  ],
  organization: [
    { field: 'funding', table: 'funding', many: true, childKey: 'organization_id' },
    { field: 'contacts', table: 'contact', many: true, childKey: 'organization_id' },
    { field: 'phones', table: 'phone', many: true, childKey: 'organization_id' },
    { field: 'locations', table: 'location', many: true, childKey: 'organization_id' },
    { field: 'programs', table: 'program', many: true, childKey: 'organization_id' },
    {
      field: 'organization_identifiers',
      table: 'organization_identifier',
      many: true,
      childKey: 'organization_id',
    },
    { field: 'services', table: 'service', many: true, childKey: 'organization_id' },
    attributes,
    metadata,
  ],
  location: [
    { field: 'languages', table: 'language', many: true, childKey: 'location_id' },
    { field: 'addresses', table: 'address', many: true, childKey: 'location_id' },
    { field: 'contacts', table: 'contact', many: true, childKey: 'location_id' },
    { field: 'accessibility', table: 'accessibility', many: true, childKey: 'location_id' },
    { field: 'phones', table: 'phone', many: true, childKey: 'location_id' },
    { field: 'schedules', table: 'schedule', many: true, childKey: 'location_id' },
    attributes,
    metadata,
  ],
  service_at_location: [
    { field: 'service', table: 'service', many: false, parentKey: 'service_id' },
    { field: 'location', table: 'location', many: false, parentKey: 'location_id' },
    { field: 'contacts', table: 'contact', many: true, childKey: 'service_at_location_id' },
    { field: 'phones', table: 'phone', many: true, childKey: 'service_at_location_id' },
    { field: 'schedules', table: 'schedule', many: true, childKey: 'service_at_location_id' },
    attributes,
    metadata,
  ],
  contact: [{ field: 'phones', table: 'phone', many: true, childKey: 'contact_id' }, attributes, metadata],
  phone: [{ field: 'languages', table: 'language', many: true, childKey: 'phone_id' }, attributes, metadata],
  attribute: [
    { field: 'taxonomy_term', table: 'taxonomy_term', many: false, parentKey: 'taxonomy_term_id' },
    metadata,
  ],
  taxonomy_term: [
    { field: 'taxonomy_detail', table: 'taxonomy', many: false, parentKey: 'taxonomy_id' },
    metadata,
  ],
  taxonomy: [metadata],
  address: [attributes, metadata],
  schedule: [attributes, metadata],
  cost_option: [attributes, metadata],
  language: [attributes, metadata],
  accessibility: [attributes, metadata],
  funding: [attributes, metadata],
  service_area: [attributes, metadata],
  required_document: [attributes, metadata],
  program: [attributes, metadata],
  organization_identifier: [attributes, metadata],
  meta_table_description: [attributes, metadata],
  metadata: [],
};

export function emptyRows(): HsdsRows {
  return Object.fromEntries(HSDS_TABLES.map((table) => [table, []])) as unknown as HsdsRows;
}

/**
 * Flattens one HSDS object with everything nested in it into `rows`. Nesting is taken as the
 * truth about links: a phone inside a service gets that service's id as service_id. An object
 * seen twice (the same organisation inside several services) becomes one row, later fields
 * filling in what earlier copies left out.
 */
export function flatten(table: HsdsTable, object: HsdsObject, rows: HsdsRows): void {
  const row: HsdsRow = {};
  for (const column of COLUMNS[table]) row[column] = scalar(object[column]);
  const children: Array<[HsdsTable, HsdsObject]> = [];
  for (const nesting of NESTING[table]) {
    const value = object[nesting.field];
    if (value === undefined || value === null) continue;
    const list: HsdsObject[] = nesting.many ? value : [value];
    for (const child of list) {
      if (nesting.parentKey) row[nesting.parentKey] = child.id;
      const linked: HsdsObject = { ...child };
      if (nesting.childKey) linked[nesting.childKey] = object.id;
      if (nesting.linkKey && nesting.entityKey) {
        linked[nesting.linkKey] = object.id;
        linked[nesting.entityKey] ??= table;
      }
      children.push([nesting.table, linked]);
    }
  }
  addRow(rows[table], row);
  for (const [childTable, child] of children) flatten(childTable, child, rows);
}

function addRow(list: HsdsRow[], row: HsdsRow): void {
  const existing = list.find((other) => other.id === row.id);
  if (!existing) {
    list.push(row);
    return;
  }
  for (const [column, value] of Object.entries(row)) if (value !== null) existing[column] = value;
}

function scalar(value: unknown): string | number | boolean | null {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null;
}

/**
 * Nests rows back into an HSDS object. A nesting whose table is already on the way down is left
 * out (a service's organization does not list the services again), which also stops cycles.
 * Empty fields and empty lists are left out: HSDS types do not allow null.
 */
export function nest(
  table: HsdsTable,
  row: HsdsRow,
  rows: HsdsRows,
  above: readonly HsdsTable[] = [],
): HsdsObject {
  const object: HsdsObject = {};
  for (const column of COLUMNS[table])
    if (row[column] !== null && row[column] !== undefined) object[column] = row[column];
  const path = [...above, table];
  for (const nesting of NESTING[table]) {
    if (path.includes(nesting.table)) continue;
    const found = rows[nesting.table]
      .filter((child) =>
        nesting.parentKey
          ? child.id === row[nesting.parentKey]
          : nesting.childKey
            ? child[nesting.childKey] === row.id
            : // Attributes, metadata: publishers fill link_entity and resource_type
              // inconsistently; link_id or resource_id alone decides.
              nesting.linkKey !== undefined && child[nesting.linkKey] === row.id,
      )
      .sort(byId)
      .map((child) => nest(nesting.table, child, rows, path));
    if (nesting.many && found.length > 0) object[nesting.field] = found;
    if (!nesting.many && found[0]) object[nesting.field] = found[0];
  }
  return object;
}

export function byId(a: { id?: unknown }, b: { id?: unknown }): number {
  return String(a.id).localeCompare(String(b.id));
}

/**
 * Which HSDS object type a list of records holds: services unless they look like organizations,
 * services at a location (which nest a service and a location), locations, taxonomy terms or
 * taxonomies, judged by fields only that type has.
 */
export function recordType(
  records: readonly unknown[],
): 'service' | 'organization' | 'service_at_location' | 'location' | 'taxonomy' | 'taxonomy_term' {
  const objects = records.filter(
    (r): r is HsdsObject => typeof r === 'object' && r !== null && !Array.isArray(r),
  );
  const has = (fields: string[]) => objects.some((o) => fields.some((field) => field in o));
  if (has(['service', 'location', 'service_id', 'location_id'])) return 'service_at_location';
  if (has(['location_type', 'addresses', 'accessibility', 'latitude', 'longitude', 'transportation'])) {
    return 'location';
  }
  const serviceOnly = ['status', 'organization', 'service_at_locations', 'organization_id', 'program'];
  serviceOnly.push('program_id', 'service_areas', 'required_documents', 'cost_options');
  if (has(serviceOnly)) return 'service';
  const organizationOnly = ['services', 'locations', 'website', 'legal_status', 'tax_status', 'tax_id'];
  organizationOnly.push('year_incorporated', 'parent_organization_id', 'logo', 'programs');
  organizationOnly.push('organization_identifiers');
  if (has(organizationOnly)) return 'organization';
  if (has(['taxonomy_detail', 'parent_id', 'taxonomy_id', 'term_uri', 'taxonomy', 'code']))
    return 'taxonomy_term';
  if (has(['version'])) return 'taxonomy';
  return 'service';
}

/** The records of an HSDS JSON document: a paginated list's contents, a plain array, or one object. */
export function recordsOf(document: unknown): { records: unknown[]; pointer: (index: number) => string } {
  if (Array.isArray(document)) return { records: document, pointer: (i) => `/${i}` };
  if (typeof document === 'object' && document !== null && Array.isArray((document as HsdsObject).contents)) {
    return { records: (document as HsdsObject).contents, pointer: (i) => `/contents/${i}` };
  }
  return { records: [document], pointer: () => '' };
}
