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
/** allowed: done; denied: refused (by the door or by a rule inside the work); failed: went wrong */
export type AuditUitkomst = 'allowed' | 'denied' | 'failed';

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
  uitkomst: AuditUitkomst;
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

/** Sociale kaart upkeep (migration 0006): per gemeente, how long an entry may go unchecked. */
export type SocialeKaartInstellingTable = {
  gemeente_id: string;
  controle_maanden: number;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** A one-time "kloppen je gegevens nog?" link sent to an organisation; id is the SHA-256 of the token. */
export type SocialeKaartControleLinkTable = {
  id: string;
  gemeente_id: string;
  service_id: string;
  email: string;
  expires_at: ColumnType<Date, Date, never>;
  used_at: Date | null;
  created_at: CreatedAt;
  created_by_account_id: string;
};

/** "Er is iets veranderd": an organisation's note about its entry, for the beheerder. */
export type SocialeKaartMeldingTable = {
  id: Generated<string>;
  gemeente_id: string;
  service_id: string;
  tekst: string;
  email: string;
  created_at: CreatedAt;
  afgehandeld_op: Date | null;
};

/** Levensgebieden (migration 0007): one version of a gemeente's domain catalog; versions never change. */
export type LevensgebiedCatalogusTable = {
  gemeente_id: string;
  versie: number;
  created_at: CreatedAt;
  /** The beheerder who made this version; null for the first version, made from the defaults */
  created_by_account_id: string | null;
};

/** One domain in one catalog version. naam/uitleg null: the default text of the i18n catalog. */
export type LevensgebiedTable = {
  gemeente_id: string;
  catalogus_versie: number;
  code: string;
  naam: string | null;
  uitleg: string | null;
  icoon: string;
  volgorde: number;
  verborgen: boolean;
};

/** The resident's choice: do others see her answers before they give their own view? */
export type LevensgebiedenInstellingTable = {
  gemeente_id: string;
  dossier_id: string;
  anderen_zien_eerst: boolean;
  versie: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** An assessment of a record's domains: the resident's own view or someone else's. */
export type BeoordelingTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  catalogus_versie: number;
  auteur_account_id: string;
  perspectief: 'eigen' | 'ander';
  status: 'concept' | 'afgerond';
  /** Optimistic concurrency: every save raises it; a form with an older number gets 409 */
  versie: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  afgerond_at: Date | null;
};

/** The answers about one domain in one assessment; every question may be left empty. */
export type BeoordelingAntwoordTable = {
  gemeente_id: string;
  beoordeling_id: string;
  catalogus_versie: number;
  code: string;
  /** 1 "het gaat helemaal niet" … 5 "ik doe dit helemaal zelf"; null: skipped or "weet ik niet" */
  score: number | null;
  weet_niet: boolean;
  wie_helpt: ColumnType<string[], string[] | undefined, string[]>;
  doel: string;
  belang: 'niet' | 'beetje' | 'erg' | null;
  goed_gaat: string;
  trots: string;
  updated_at: ColumnType<Date, Date | undefined, Date>;
};

/** Sociale kaart search (migration 0004): one search document per HSDS service. */
export type SocialeKaartZoekdocumentTable = {
  gemeente_id: string;
  service_id: string;
  actief: boolean;
  naam: string;
  document: string;
  naam_document: string;
  levensgebieden: string[];
  kenmerken: string[];
  latitude: number | null;
  longitude: number | null;
  woorden: string[];
};

/** The sociale kaart's words, for typo correction: in how many services' documents each occurs. */
export type SocialeKaartWoordTable = {
  gemeente_id: string;
  woord: string;
  aantal: number;
};

/** A weekly opening window of a service, minutes since Monday 00:00 Amsterdam time. */
export type SocialeKaartOpeningstijdTable = {
  gemeente_id: string;
  service_id: string;
  van: number;
  tot: number;
  geldig_van: string | null;
  geldig_tot: string | null;
};

/** Postcode centroids (PC4 and PC6, WGS84), imported with `npm run sociale-kaart -- postcodes`. */
export type PostcodeTable = {
  postcode: string;
  latitude: number;
  longitude: number;
  bron: string;
};

/** Questionnaires of the levensgebieden section (src/levensgebieden/vragenlijsten/README.md). */
export type VragenlijstInstellingTable = {
  gemeente_id: string;
  /** The optional positieve-gezondheid lens: off until the beheerder turns it on */
  positieve_gezondheid: ColumnType<boolean, boolean | undefined, boolean>;
  version: ColumnType<number, number | undefined, number>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type VragenlijstRondeTable = {
  id: Generated<string>;
  gemeente_id: string;
  dossier_id: string;
  vragenlijst: 'eigen-regie' | 'positieve-gezondheid';
  vragenlijst_versie: string;
  invuller_account_id: string;
  invuller_rol: 'inwoner' | 'professional';
  status: 'concept' | 'ingediend';
  /** The note about the questionnaire as a whole, in the person's own words */
  toelichting: ColumnType<string, string | undefined, string>;
  /** Optimistic locking: a save names the version it saw */
  version: ColumnType<number, number | undefined, number>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
  ingediend_op: Date | null;
};

export type VragenlijstAntwoordTable = {
  ronde_id: string;
  gemeente_id: string;
  item_code: string;
  /** 1–5 (eigen regie) or 0–10 (positieve gezondheid); null with weet_niet or a note only */
  score: number | null;
  weet_niet: ColumnType<boolean, boolean | undefined, boolean>;
  /** Positieve gezondheid: "hier wil ik over praten" */
  praten: ColumnType<boolean, boolean | undefined, boolean>;
  toelichting: ColumnType<string, string | undefined, string>;
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
  vragenlijst_instelling: VragenlijstInstellingTable;
  vragenlijst_ronde: VragenlijstRondeTable;
  vragenlijst_antwoord: VragenlijstAntwoordTable;
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
  sociale_kaart_zoekdocument: SocialeKaartZoekdocumentTable;
  sociale_kaart_woord: SocialeKaartWoordTable;
  sociale_kaart_openingstijd: SocialeKaartOpeningstijdTable;
  postcode: PostcodeTable;
  funding: HsdsFundingTable;
  service_area: HsdsServiceAreaTable;
  required_document: HsdsRequiredDocumentTable;
  program: HsdsProgramTable;
  organization_identifier: HsdsOrganizationIdentifierTable;
  metadata: HsdsMetadataTable;
  meta_table_description: HsdsMetaTableDescriptionTable;
  sociale_kaart_instelling: SocialeKaartInstellingTable;
  sociale_kaart_controle_link: SocialeKaartControleLinkTable;
  sociale_kaart_melding: SocialeKaartMeldingTable;
  levensgebied_catalogus: LevensgebiedCatalogusTable;
  levensgebied: LevensgebiedTable;
  levensgebieden_instelling: LevensgebiedenInstellingTable;
  beoordeling: BeoordelingTable;
  beoordeling_antwoord: BeoordelingAntwoordTable;
};

export type Gemeente = Selectable<GemeenteTable>;
export type Account = Selectable<AccountTable>;
export type NewAccount = Insertable<AccountTable>;
