/**
 * The small part of FHIR R4 that Redzaam exports, typed by hand (only the elements we fill).
 * The schema in r4-schema/ is the authority; the export tests validate against it.
 */

export type Coding = { system?: string; code: string; display?: string };
export type Identifier = { system?: string; value: string };
export type Reference = { reference?: string; display?: string; identifier?: Identifier };
export type Extension = {
  url: string;
  valueBoolean?: boolean;
  valueString?: string;
  valueCode?: string;
  /** A calendar day (YYYY-MM-DD) */
  valueDate?: string;
  /** A complex extension carries its parts as extensions (and no value of its own) */
  extension?: Extension[];
};
export type CodeableConcept = { coding?: Coding[]; text?: string };

export type QuestionnaireItemType =
  | 'group'
  | 'display'
  | 'boolean'
  | 'decimal'
  | 'integer'
  | 'date'
  | 'dateTime'
  | 'string'
  | 'text'
  | 'choice'
  | 'open-choice';

export type QuestionnaireItem = {
  linkId: string;
  text?: string;
  type: QuestionnaireItemType;
  code?: Coding[];
  required?: boolean;
  repeats?: boolean;
  answerOption?: { valueCoding?: Coding; valueInteger?: number; valueString?: string }[];
  item?: QuestionnaireItem[];
  extension?: Extension[];
};

export type Questionnaire = {
  resourceType: 'Questionnaire';
  id?: string;
  url?: string;
  identifier?: Identifier[];
  version?: string;
  name?: string;
  title?: string;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  date?: string;
  publisher?: string;
  description?: string;
  language?: string;
  item?: QuestionnaireItem[];
};

export type QuestionnaireResponseAnswer = {
  valueBoolean?: boolean;
  valueInteger?: number;
  valueDecimal?: number;
  valueString?: string;
  valueCoding?: Coding;
  valueDateTime?: string;
};

export type QuestionnaireResponseItem = {
  linkId: string;
  text?: string;
  answer?: QuestionnaireResponseAnswer[];
  item?: QuestionnaireResponseItem[];
};

export type QuestionnaireResponse = {
  resourceType: 'QuestionnaireResponse';
  id?: string;
  identifier?: Identifier;
  questionnaire?: string;
  status: 'in-progress' | 'completed' | 'amended' | 'entered-in-error' | 'stopped';
  subject?: Reference;
  authored?: string;
  author?: Reference;
  source?: Reference;
  language?: string;
  item?: QuestionnaireResponseItem[];
};

export type Patient = {
  resourceType: 'Patient';
  id?: string;
  identifier?: Identifier[];
  name?: { text?: string }[];
  telecom?: { system: 'email' | 'phone'; value: string }[];
};

export type RelatedPerson = {
  resourceType: 'RelatedPerson';
  id?: string;
  extension?: Extension[];
  active?: boolean;
  patient: Reference;
  relationship?: CodeableConcept[];
  name?: { text?: string }[];
};

export type Practitioner = {
  resourceType: 'Practitioner';
  id?: string;
  name?: { text?: string }[];
};

// Mijn plan (src/plan): the support plan, its goals and everyone on it.
export type Annotation = { authorString?: string; time?: string; text: string };

export type Goal = {
  resourceType: 'Goal';
  id?: string;
  extension?: Extension[];
  lifecycleStatus: 'proposed' | 'planned' | 'accepted' | 'active' | 'on-hold' | 'completed' | 'cancelled';
  category?: CodeableConcept[];
  description: CodeableConcept;
  subject: Reference;
  startDate?: string;
  note?: Annotation[];
};

export type CarePlanActivity = {
  progress?: Annotation[];
  detail?: {
    extension?: Extension[];
    code?: CodeableConcept;
    status:
      | 'not-started'
      | 'scheduled'
      | 'in-progress'
      | 'on-hold'
      | 'completed'
      | 'cancelled'
      | 'stopped'
      | 'unknown'
      | 'entered-in-error';
    statusReason?: CodeableConcept;
    goal?: Reference[];
    description?: string;
    scheduledPeriod?: { start?: string };
    performer?: Reference[];
  };
};

/** A plan of care: Mijn plan (with goals and care team), the waakvlam's signaleringsplan (by category). */
export type CarePlan = {
  resourceType: 'CarePlan';
  id?: string;
  extension?: Extension[];
  status: 'draft' | 'active' | 'on-hold' | 'revoked' | 'completed' | 'entered-in-error' | 'unknown';
  intent: 'proposal' | 'plan' | 'order' | 'option';
  category?: CodeableConcept[];
  title?: string;
  description?: string;
  subject: Reference;
  created?: string;
  careTeam?: Reference[];
  goal?: Reference[];
  activity?: CarePlanActivity[];
};

export type CareTeam = {
  resourceType: 'CareTeam';
  id?: string;
  status?: 'proposed' | 'active' | 'suspended' | 'inactive' | 'entered-in-error';
  name?: string;
  subject?: Reference;
  participant?: { role?: CodeableConcept[]; member?: Reference }[];
};

/** XHTML for people: a section's text (`div` holds one <div xmlns="http://www.w3.org/1999/xhtml">). */
export type Narrative = { status: 'generated' | 'extensions' | 'additional' | 'empty'; div: string };

export type CompositionSection = {
  title?: string;
  code?: CodeableConcept;
  text?: Narrative;
  section?: CompositionSection[];
};

/**
 * A document: the keukentafelgesprek's final report, her persoonlijk plan. Not in the
 * `FhirResource` union (adding it there loosens the checks of other resources' literals);
 * a section returns it as `FhirResource` by `alsFhirResource`.
 */
export type Composition = {
  resourceType: 'Composition';
  id?: string;
  extension?: Extension[];
  status: 'preliminary' | 'final' | 'amended' | 'entered-in-error';
  type: CodeableConcept;
  subject?: Reference;
  date: string;
  author: Reference[];
  title: string;
  attester?: { mode: 'personal' | 'professional' | 'legal' | 'official'; time?: string; party?: Reference }[];
  relatesTo?: { code: 'replaces' | 'transforms' | 'signs' | 'appends'; targetReference?: Reference }[];
  section?: CompositionSection[];
};

export type FhirResource =
  | CarePlan
  | Questionnaire
  | QuestionnaireResponse
  | Patient
  | RelatedPerson
  | Practitioner
  | Goal
  | CareTeam
  | Bundle;

export type Bundle = {
  resourceType: 'Bundle';
  id?: string;
  type: 'collection' | 'document' | 'searchset';
  timestamp?: string;
  entry?: { fullUrl?: string; resource: FhirResource }[];
};

/** A Composition in a list of resources (see `Composition`). */
export const alsFhirResource = (c: Composition): FhirResource => c as unknown as FhirResource;
