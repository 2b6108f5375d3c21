import type { FhirResource, Reference } from '../platform/fhir/types.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import type { Toegang } from './door.js';

/** What a section needs to express its data in FHIR: who it is about, and when. */
export type FhirContext = { patient: Reference; patientId: string; nu: Date };

/**
 * The sections of a record, as the resident recognises them. Grants and the audit trail
 * speak of these. A capability that stores personal data registers its section here (via
 * app.tsx) with a way to export and erase its data; only that section's data functions
 * see the data, always through a `Toegang` from the door.
 */
export type SectieDefinitie = {
  code: string;
  label: MessageKey;
  uitleg: MessageKey;
  /** Everything of this section in the record, for the resident's download */
  exporteer?: (toegang: Toegang) => Promise<unknown>;
  /** The section's data as FHIR R4 resources, for the download's Bundle (interoperability) */
  fhir?: (toegang: Toegang, context: FhirContext) => Promise<FhirResource[]>;
  /** Erasure: remove this section's data of the record (called inside the erasure transaction) */
  wis?: (toegang: Toegang) => Promise<void>;
};

export const STANDAARD_SECTIES: SectieDefinitie[] = [
  { code: 'plan', label: 'sectie.plan', uitleg: 'sectie.plan.uitleg' },
  { code: 'levensgebieden', label: 'sectie.levensgebieden', uitleg: 'sectie.levensgebieden.uitleg' },
  { code: 'netwerk', label: 'sectie.netwerk', uitleg: 'sectie.netwerk.uitleg' },
  { code: 'crisiskaart', label: 'sectie.crisiskaart', uitleg: 'sectie.crisiskaart.uitleg' },
  { code: 'gesprekken', label: 'sectie.gesprekken', uitleg: 'sectie.gesprekken.uitleg' },
  { code: 'waakvlam', label: 'sectie.waakvlam', uitleg: 'sectie.waakvlam.uitleg' },
  { code: 'documenten', label: 'sectie.documenten', uitleg: 'sectie.documenten.uitleg' },
];

export class SectieRegister {
  private readonly secties = new Map<string, SectieDefinitie>();

  constructor(definities: SectieDefinitie[] = STANDAARD_SECTIES) {
    for (const definitie of definities) this.registreer(definitie);
  }

  /** A capability replaces the placeholder of its section with its own export and erase. */
  registreer(definitie: SectieDefinitie): void {
    this.secties.set(definitie.code, definitie);
  }

  bestaat(code: string): boolean {
    return this.secties.has(code);
  }

  get(code: string): SectieDefinitie | undefined {
    return this.secties.get(code);
  }

  alle(): SectieDefinitie[] {
    return [...this.secties.values()];
  }
}
