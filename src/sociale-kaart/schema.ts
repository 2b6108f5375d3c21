/**
 * Row types of the sociale kaart: HSDS 3.0 objects with HSDS field names; ids are the
 * publisher's strings (migrations 0003, 0005), added to the platform's Database by declaration
 * merging. Kept by hand: a migration that changes a table changes its type here in the same
 * commit.
 */
declare module '../platform/db/schema.js' {
  interface Database {
    organization: HsdsOrganizationTable;
    service: HsdsServiceTable;
    location: HsdsLocationTable;
    service_at_location: HsdsServiceAtLocationTable;
    address: HsdsAddressTable;
    phone: HsdsPhoneTable;
    schedule: HsdsScheduleTable;
    contact: HsdsContactTable;
    taxonomy: HsdsTaxonomyTable;
    taxonomy_term: HsdsTaxonomyTermTable;
    attribute: HsdsAttributeTable;
    cost_option: HsdsCostOptionTable;
    language: HsdsLanguageTable;
    accessibility: HsdsAccessibilityTable;
    funding: HsdsFundingTable;
    service_area: HsdsServiceAreaTable;
    required_document: HsdsRequiredDocumentTable;
    program: HsdsProgramTable;
    organization_identifier: HsdsOrganizationIdentifierTable;
    metadata: HsdsMetadataTable;
    meta_table_description: HsdsMetaTableDescriptionTable;
  }
}

/** Sociale kaart: HSDS 3.0 objects, HSDS field names; ids are the publisher's strings. */
export type HsdsOrganizationTable = {
  gemeente_id: string;
  id: string;
  name: string;
  alternate_name: string | null;
  description: string;
  email: string | null;
  website: string | null;
  tax_status: string | null;
  tax_id: string | null;
  year_incorporated: number | null;
  legal_status: string | null;
  logo: string | null;
  uri: string | null;
  parent_organization_id: string | null;
};

export type HsdsServiceTable = {
  gemeente_id: string;
  id: string;
  organization_id: string | null;
  program_id: string | null;
  name: string;
  alternate_name: string | null;
  description: string | null;
  url: string | null;
  email: string | null;
  status: string;
  interpretation_services: string | null;
  application_process: string | null;
  fees_description: string | null;
  wait_time: string | null;
  fees: string | null;
  accreditations: string | null;
  eligibility_description: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  assured_date: string | null;
  assurer_email: string | null;
  licenses: string | null;
  alert: string | null;
  last_modified: string | null;
};

export type HsdsLocationTable = {
  gemeente_id: string;
  id: string;
  location_type: string;
  url: string | null;
  organization_id: string | null;
  name: string | null;
  alternate_name: string | null;
  description: string | null;
  transportation: string | null;
  latitude: number | null;
  longitude: number | null;
  external_identifier: string | null;
  external_identifier_type: string | null;
};

export type HsdsServiceAtLocationTable = {
  gemeente_id: string;
  id: string;
  service_id: string | null;
  location_id: string | null;
  description: string | null;
};

export type HsdsAddressTable = {
  gemeente_id: string;
  id: string;
  location_id: string | null;
  attention: string | null;
  address_1: string;
  address_2: string | null;
  city: string;
  region: string | null;
  state_province: string;
  postal_code: string;
  country: string;
  address_type: string;
};

export type HsdsPhoneTable = {
  gemeente_id: string;
  id: string;
  location_id: string | null;
  service_id: string | null;
  organization_id: string | null;
  contact_id: string | null;
  service_at_location_id: string | null;
  number: string;
  extension: number | null;
  type: string | null;
  description: string | null;
};

export type HsdsScheduleTable = {
  gemeente_id: string;
  id: string;
  service_id: string | null;
  location_id: string | null;
  service_at_location_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  dtstart: string | null;
  timezone: number | null;
  until: string | null;
  count: number | null;
  wkst: string | null;
  freq: string | null;
  interval: number | null;
  byday: string | null;
  byweekno: string | null;
  bymonthday: string | null;
  byyearday: string | null;
  description: string | null;
  opens_at: string | null;
  closes_at: string | null;
  schedule_link: string | null;
  attending_type: string | null;
  notes: string | null;
};

export type HsdsContactTable = {
  gemeente_id: string;
  id: string;
  organization_id: string | null;
  service_id: string | null;
  service_at_location_id: string | null;
  location_id: string | null;
  name: string | null;
  title: string | null;
  department: string | null;
  email: string | null;
};

export type HsdsTaxonomyTable = {
  gemeente_id: string;
  id: string;
  name: string;
  description: string;
  uri: string | null;
  version: string | null;
};

export type HsdsTaxonomyTermTable = {
  gemeente_id: string;
  id: string;
  code: string | null;
  name: string;
  description: string;
  parent_id: string | null;
  taxonomy: string | null;
  language: string | null;
  taxonomy_id: string | null;
  term_uri: string | null;
};

export type HsdsAttributeTable = {
  gemeente_id: string;
  id: string;
  link_id: string | null;
  taxonomy_term_id: string | null;
  link_type: string | null;
  link_entity: string | null;
  value: string | null;
};

export type HsdsCostOptionTable = {
  gemeente_id: string;
  id: string;
  service_id: string | null;
  valid_from: string | null;
  valid_to: string | null;
  option: string | null;
  currency: string | null;
  amount: number | null;
  amount_description: string | null;
};

export type HsdsLanguageTable = {
  gemeente_id: string;
  id: string;
  service_id: string | null;
  location_id: string | null;
  phone_id: string | null;
  name: string | null;
  code: string | null;
  note: string | null;
};

export type HsdsAccessibilityTable = {
  gemeente_id: string;
  id: string;
  location_id: string | null;
  description: string | null;
  details: string | null;
  url: string | null;
};

export type HsdsFundingTable = {
  gemeente_id: string;
  id: string;
  organization_id: string | null;
  service_id: string | null;
  source: string | null;
};

export type HsdsServiceAreaTable = {
  gemeente_id: string;
  id: string;
  service_id: string | null;
  name: string | null;
  description: string | null;
  extent: string | null;
  extent_type: string | null;
  uri: string | null;
};

export type HsdsRequiredDocumentTable = {
  gemeente_id: string;
  id: string;
  service_id: string | null;
  document: string | null;
  uri: string | null;
};

export type HsdsProgramTable = {
  gemeente_id: string;
  id: string;
  organization_id: string | null;
  name: string;
  alternate_name: string | null;
  description: string;
};

export type HsdsOrganizationIdentifierTable = {
  gemeente_id: string;
  id: string;
  organization_id: string | null;
  identifier_scheme: string | null;
  identifier_type: string;
  identifier: string;
};

export type HsdsMetadataTable = {
  gemeente_id: string;
  id: string;
  resource_id: string | null;
  resource_type: string | null;
  last_action_date: string;
  last_action_type: string;
  field_name: string;
  previous_value: string;
  replacement_value: string;
  updated_by: string;
};

export type HsdsMetaTableDescriptionTable = {
  gemeente_id: string;
  id: string;
  name: string | null;
  language: string | null;
  character_set: string | null;
};
