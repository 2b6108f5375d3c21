import {
  type SectieDefinitie as Definitie,
  SectieRegister as Register,
} from '../platform/extensions/secties.js';
import type { Toegang } from './door/door.js';

export type { FhirContext } from '../platform/extensions/secties.js';

/**
 * The record's sections as regie knows them: the platform's extension point, bound to the
 * door's `Toegang`, so a section's export, FHIR and erasure only ever get data through the
 * door. The seven sections exist from the start (grants speak of them); a capability
 * replaces its placeholder with its own hooks in app.tsx. See README.md, "Adding a section".
 */
export type SectieDefinitie = Definitie<Toegang>;

export const STANDAARD_SECTIES: SectieDefinitie[] = [
  { code: 'plan', label: 'sectie.plan', uitleg: 'sectie.plan.uitleg' },
  { code: 'levensgebieden', label: 'sectie.levensgebieden', uitleg: 'sectie.levensgebieden.uitleg' },
  { code: 'netwerk', label: 'sectie.netwerk', uitleg: 'sectie.netwerk.uitleg' },
  { code: 'crisiskaart', label: 'sectie.crisiskaart', uitleg: 'sectie.crisiskaart.uitleg' },
  { code: 'gesprekken', label: 'sectie.gesprekken', uitleg: 'sectie.gesprekken.uitleg' },
  { code: 'waakvlam', label: 'sectie.waakvlam', uitleg: 'sectie.waakvlam.uitleg' },
  // No capability stores documents yet: in her words, the section holds nothing.
  {
    code: 'documenten',
    label: 'sectie.documenten',
    uitleg: 'sectie.documenten.uitleg',
    leesbaar: async (_toegang, { t }) => [{ soort: 'alinea', tekst: t('sectie.leeg') }],
  },
];

export class SectieRegister extends Register<Toegang> {
  constructor(definities: SectieDefinitie[] = STANDAARD_SECTIES) {
    super(definities);
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The record's sections, set by app.tsx (tests check every registered one is handled) */
    secties?: SectieRegister;
  }
}
