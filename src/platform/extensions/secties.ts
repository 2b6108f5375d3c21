import type { Db } from '../db/database.js';
import type { FhirResource, Reference } from '../fhir/types.js';
import type { Locale, MessageKey, Translate } from '../i18n/i18n.js';
import type { PdfBlok } from '../pdf/pdf-document.js';

/**
 * Extension point: the sections of a resident's record, as she recognises them. Grants and
 * the audit trail speak of these. A capability that stores personal data registers its
 * section (in app.tsx) with a way to export, express in FHIR and erase its data. The data
 * functions get the access object `A` that the door hands out (regie's `Toegang`), so a
 * section can only reach its data through the door; the platform does not know the door.
 */

/** What a section needs to express its data in FHIR: who it is about, and when. */
export type FhirContext = { patient: Reference; patientId: string; nu: Date };

/** What a section's `leesbaar` gets besides the access: her language, now, and levensgebied names. */
export type LeesbaarContext = {
  t: Translate;
  locale: Locale;
  nu: Date;
  /** The one name of a levensgebied, the gemeente's own where it has one (issue 18 item 5) */
  gebied: (code: string) => string;
};

/**
 * Her own words as one sentence in a `leesbaar` line: a full stop added where her text ends
 * without one, so the next sentence of ours does not run into it ("Beter slapen Hoe belangrijk").
 */
export function alsZin(tekst: string): string {
  const schoon = tekst.trim();
  return schoon === '' || /[.!?…:;)"'”]$/.test(schoon) ? schoon : `${schoon}.`;
}

export type SectieDefinitie<A> = {
  code: string;
  label: MessageKey;
  uitleg: MessageKey;
  /** Everything of this section in the record, for the resident's download */
  exporteer?: (toegang: A) => Promise<unknown>;
  /** The section's data as FHIR R4 resources, for the download's Bundle (interoperability) */
  fhir?: (toegang: A, context: FhirContext) => Promise<FhirResource[]>;
  /**
   * The section in plain words, for "Alles wat Redzaam van je weet" (page and PDF): B1 sentences,
   * dates written out, statuses in words, people by their name — never a code, id or field name
   * (regie/alles-leesbaar.test.ts holds every registered section to that). Only a section that
   * has none falls back to its `exporteer` data as headings and lines (regie/leesbaar.ts).
   */
  leesbaar?: (toegang: A, context: LeesbaarContext) => Promise<PdfBlok[]>;
  /** Erasure: remove this section's data of the record (called inside the erasure transaction) */
  wis?: (toegang: A) => Promise<void>;
  /**
   * Field encryption (docs/decisions/020): the step at start finds the records whose section
   * data is still plain text (ids only) and encrypts it in place, one record at a time.
   */
  klareTekst?: {
    dossiers: (db: Db) => Promise<{ dossierId: string; gemeenteId: string }[]>;
    versleutel: (toegang: A) => Promise<number>;
  };
};

export class SectieRegister<A> {
  private readonly secties = new Map<string, SectieDefinitie<A>>();

  constructor(definities: SectieDefinitie<A>[] = []) {
    for (const definitie of definities) this.registreer(definitie);
  }

  /** A capability replaces the placeholder of its section with its own export and erase. */
  registreer(definitie: SectieDefinitie<A>): void {
    this.secties.set(definitie.code, definitie);
  }

  bestaat(code: string): boolean {
    return this.secties.has(code);
  }

  get(code: string): SectieDefinitie<A> | undefined {
    return this.secties.get(code);
  }

  alle(): SectieDefinitie<A>[] {
    return [...this.secties.values()];
  }
}
