import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/**
 * Row types of the tables that migrations/ creates. Kept by hand next to the migrations:
 * a migration that changes a table changes its type here in the same commit.
 */
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;

export const ROLLEN = ['inwoner', 'naaste', 'professional', 'beheerder', 'analist'] as const;
export type Rol = (typeof ROLLEN)[number];

export type GemeenteTable = {
  id: Generated<string>;
  code: string;
  naam: string;
  /** Host names this gemeente is served on, e.g. redzaam.lindewaard.nl */
  hostnames: ColumnType<string[], string[] | undefined, string[]>;
  /** NL Design System token overrides and logo, see platform/theme.ts */
  thema: ColumnType<ThemaSettings, string | ThemaSettings, string | ThemaSettings>;
  created_at: CreatedAt;
};

export type ThemaSettings = {
  /** CSS custom properties (design tokens) without the leading "--", e.g. "utrecht-button-primary-action-background-color" */
  tokens?: Record<string, string>;
  /** Inline SVG logo, sanitised by the beheerder tooling; served from /thema/logo.svg */
  logoSvg?: string;
};

export type OrganisatieTable = {
  id: Generated<string>;
  gemeente_id: string;
  naam: string;
  created_at: CreatedAt;
};

export type AccountTable = {
  id: Generated<string>;
  gemeente_id: string;
  email: string;
  naam: string;
  rol: Rol;
  organisatie_id: string | null;
  /** argon2id PHC string; null until the account holder sets a password via the activation link */
  password_hash: string | null;
  disabled_at: Date | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type SessionTable = {
  /** SHA-256 of the cookie token: a database leak does not hand out live sessions */
  id: string;
  account_id: string;
  gemeente_id: string;
  created_at: CreatedAt;
  last_seen_at: ColumnType<Date, Date, Date>;
  absolute_expires_at: ColumnType<Date, Date, never>;
  /** Coarse description ("Chrome op Android") so people recognise their own sessions */
  device: string;
};

export type AccountTokenTable = {
  id: string;
  account_id: string;
  gemeente_id: string;
  purpose: 'wachtwoord-herstel' | 'activatie';
  expires_at: ColumnType<Date, Date, never>;
  used_at: Date | null;
  created_at: CreatedAt;
};

export type LoginAttemptTable = {
  id: Generated<string>;
  /** SHA-256 of gemeente + e-mail + client address; no plain e-mail or IP is stored */
  key_hash: string;
  attempted_at: ColumnType<Date, Date, never>;
};

export type MailOutboxTable = {
  id: Generated<string>;
  gemeente_id: string;
  to_address: string;
  subject: string;
  /** Emptied once sent: a queued reset link must not outlive its delivery in the database */
  body: string;
  created_at: CreatedAt;
  sent_at: Date | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | undefined, Date>;
};

export const NIVEAUS = ['lezen', 'reageren', 'voorstellen', 'bewerken'] as const;
export type Niveau = (typeof NIVEAUS)[number];
export const AUDIT_ACTIES = ['read', 'create', 'update', 'delete', 'export', 'emergency'] as const;
export type AuditActie = (typeof AUDIT_ACTIES)[number];

export type DossierTable = {
  id: Generated<string>;
  gemeente_id: string;
  inwoner_account_id: string;
  created_at: CreatedAt;
};

export type ToegangTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  grantee_account_id: string;
  soort: 'uitnodiging' | 'vertegenwoordiger';
  /** "Waarom": the purpose the resident gave, in their words */
  doel: ColumnType<string, string | undefined, string>;
  /** For a representative: bewindvoering, mentorschap or curatele, with the court decision */
  wettelijke_grondslag: string | null;
  eindigt_op: Date | null;
  ingetrokken_op: Date | null;
  created_at: CreatedAt;
  created_by_account_id: string;
  /** Optimistic locking: a change names the version it saw */
  version: ColumnType<number, number | undefined, number>;
};

export type ToegangSectieTable = {
  toegang_id: string;
  gemeente_id: string;
  sectie: string;
  niveau: Niveau;
};

export type UitnodigingTable = {
  /** SHA-256 of the link's token */
  id: string;
  gemeente_id: string;
  dossier_id: string;
  email: string;
  rol: 'naaste' | 'professional';
  secties: ColumnType<Record<string, Niveau>, string, string>;
  doel: ColumnType<string, string | undefined, string>;
  eindigt_op: Date | null;
  expires_at: ColumnType<Date, Date, never>;
  accepted_at: Date | null;
  ingetrokken_op: Date | null;
  created_at: CreatedAt;
};

export type NoodtoegangTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  professional_account_id: string;
  reden: string;
  started_at: ColumnType<Date, Date, never>;
  expires_at: ColumnType<Date, Date, never>;
};

export type AuditEventTable = {
  seq: ColumnType<number, never, never>;
  id: Generated<string>;
  gemeente_id: string;
  occurred_at: ColumnType<Date, Date, never>;
  actor_account_id: string | null;
  actor_rol: string | null;
  actor_organisatie_id: string | null;
  namens_account_id: string | null;
  dossier_id: string | null;
  sectie: string | null;
  item_id: string | null;
  actie: AuditActie;
  uitkomst: 'allowed' | 'denied';
  grondslag: string;
  toegang_id: string | null;
  noodtoegang: boolean;
  origin: string;
  /** Filled in once by the sealer: position in the gemeente's chain, previous hash, own hash */
  chain_pos: ColumnType<number | null, never, number>;
  prev_hash: ColumnType<string | null, never, string>;
  hash: ColumnType<string | null, never, string>;
};

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

export type Database = {
  gemeente: GemeenteTable;
  organisatie: OrganisatieTable;
  account: AccountTable;
  session: SessionTable;
  account_token: AccountTokenTable;
  login_attempt: LoginAttemptTable;
  mail_outbox: MailOutboxTable;
  dossier: DossierTable;
  toegang: ToegangTable;
  toegang_sectie: ToegangSectieTable;
  uitnodiging: UitnodigingTable;
  noodtoegang: NoodtoegangTable;
  audit_event: AuditEventTable;
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
};

export type Gemeente = Selectable<GemeenteTable>;
export type Account = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
