import { fhirTekst } from '../platform/fhir/bundle.js';
import type { Extension, RelatedPerson } from '../platform/fhir/types.js';
import type { FhirContext } from '../regie/secties.js';
import { RELATIES } from './codes.js';
import type { exporteerNetwerk } from './sectie.js';

/**
 * The netwerkkaart in FHIR R4: every person on the map as a RelatedPerson of the resident.
 * The relationship maps to the HL7 v3 RoleCode value set where one fits (otherwise text only);
 * what FHIR has no element for — closeness, contact, the kinds of support each way, what they
 * help with, the balance and the capacity flags — travels in Redzaam extensions, documented in
 * README.md. Pure: the data comes from the section's export, so both downloads agree.
 */

export const ROLE_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-RoleCode';
export const EXTENSIE_BASIS = 'https://redzaam.nl/fhir/StructureDefinition/netwerk-';
export const EXTENSIES = {
  cirkel: `${EXTENSIE_BASIS}cirkel`,
  contact: `${EXTENSIE_BASIS}contact`,
  woontDichtbij: `${EXTENSIE_BASIS}woont-dichtbij`,
  steun: `${EXTENSIE_BASIS}steun`,
  helptBij: `${EXTENSIE_BASIS}helpt-bij`,
  balans: `${EXTENSIE_BASIS}balans`,
  draagkracht: `${EXTENSIE_BASIS}draagkracht`,
  lieverNietReden: `${EXTENSIE_BASIS}liever-niet-reden`,
} as const;

type Export = Awaited<ReturnType<typeof exporteerNetwerk>>;
type Persoon = Export['personen'][number];

const code = (url: string, valueCode: string): Extension => ({ url, valueCode });

function extensies(p: Persoon): Extension[] {
  const steun = (richting: 'ontvangt' | 'geeft', soorten: string[]) =>
    soorten.map(
      (soort): Extension => ({
        url: EXTENSIES.steun,
        extension: [
          { url: 'soort', valueCode: soort },
          { url: 'richting', valueCode: richting },
        ],
      }),
    );
  return [
    code(EXTENSIES.cirkel, p.cirkel),
    code(EXTENSIES.contact, p.contact),
    { url: EXTENSIES.woontDichtbij, valueBoolean: p.woontDichtbij },
    ...steun('ontvangt', p.ikKrijg),
    ...steun('geeft', p.ikGeef),
    ...p.helptBij.map((c) => code(EXTENSIES.helptBij, c)),
    code(EXTENSIES.balans, p.balans),
    ...p.draagkracht.map((v) => code(EXTENSIES.draagkracht, v)),
    ...(p.lieverNietReden ? [code(EXTENSIES.lieverNietReden, p.lieverNietReden)] : []),
  ];
}

export function netwerkNaarFhir(data: Export, context: FhirContext): RelatedPerson[] {
  return data.personen.map((p) => {
    const relatie = RELATIES.find((r) => r.code === p.relatie);
    const tekst = fhirTekst(p.relatieTekst);
    const naam = fhirTekst(p.naam);
    return {
      resourceType: 'RelatedPerson',
      id: p.id,
      extension: extensies(p),
      active: true,
      patient: context.patient,
      relationship: [
        {
          ...(relatie?.roleCode
            ? { coding: [{ system: ROLE_CODE_SYSTEM, code: relatie.roleCode, display: relatie.display }] }
            : {}),
          ...(tekst ? { text: tekst } : {}),
        },
      ],
      ...(naam ? { name: [{ text: naam }] } : {}),
    };
  });
}
