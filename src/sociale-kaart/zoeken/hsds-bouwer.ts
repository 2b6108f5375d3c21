import type { HsdsObject } from '../hsds.js';
import {
  KENMERK_TAXONOMIE,
  type Kenmerk,
  kenmerkTermId,
  LEVENSGEBIED_TAXONOMIE,
  type Levensgebied,
  levensgebiedTermId,
  sleutelUuid,
} from './vocabulaire.js';

/**
 * Builds HSDS 3.0 service records with Redzaam's vocabulary (levensgebieden and kenmerken as
 * attributes with their taxonomy terms): for the demo dataset, the tests and the benchmark.
 * What it makes passes the HSDS schema, so it goes through the normal import. HSDS ids are
 * UUIDs: the spec's ids and keys are names, turned into stable UUIDs with sleutelUuid, so the
 * same spec always gives the same records (dienstId('wandelgroep') finds it back).
 */
export type DienstSpec = {
  /** A key, e.g. "wandelgroep"; the HSDS id is dienstId(key) */
  id: string;
  naam: string;
  beschrijving: string;
  alternatieveNaam?: string;
  status?: 'active' | 'inactive' | 'defunct' | 'temporarily closed';
  organisatie: { id: string; naam: string; beschrijving?: string; website?: string };
  levensgebieden?: Levensgebied[];
  kenmerken?: Kenmerk[];
  voorWie?: string;
  aanmelden?: string;
  kosten?: string;
  email?: string;
  website?: string;
  telefoon?: string;
  gecontroleerd?: string;
  plek?: {
    id: string;
    naam?: string;
    adres: string;
    postcode: string;
    plaats: string;
    lat?: number;
    lon?: number;
  };
  /** Weekly opening hours: days as iCal BYDAY ("MO,WE"), times "09:00" */
  roosters?: { dagen: string; open: string; dicht: string; omschrijving?: string }[];
};

const LEVENSGEBIED_NAMEN: Record<Levensgebied, string> = {
  financien: 'Geld en schulden',
  'werk-en-dagbesteding': 'Werk en dagbesteding',
  'sociale-contacten': 'Contact met anderen',
  'lichamelijke-gezondheid': 'Lichamelijke gezondheid',
  'psychische-gezondheid': 'Psychische gezondheid',
  wonen: 'Wonen',
  huishouden: 'Huishouden',
  zelfzorg: 'Zelfzorg',
  vervoer: 'Vervoer',
};

const KENMERK_NAMEN: Record<Kenmerk, string> = {
  'zonder-indicatie': 'Zonder indicatie of verwijzing',
  gratis: 'Gratis',
  'eigen-bijdrage': 'Eigen bijdrage',
  groep: 'In een groep',
  individueel: 'Individueel',
  ervaringsdeskundigen: 'Met ervaringsdeskundigen',
  'vereniging-of-buurtinitiatief': 'Vereniging of buurtinitiatief',
};

/** The HSDS id of a service built from a spec with this key. */
export function dienstId(key: string): string {
  return sleutelUuid(`dienst/${key}`);
}

const uuid = (soort: string, key: string) => sleutelUuid(`${soort}/${key}`);

function attribuut(
  serviceId: string,
  termId: string,
  code: string,
  naam: string,
  taxonomie: typeof LEVENSGEBIED_TAXONOMIE | typeof KENMERK_TAXONOMIE,
): HsdsObject {
  return {
    id: uuid('attribuut', `${serviceId}/${termId}`),
    link_type: 'kenmerk',
    link_entity: 'service',
    value: 'ja',
    taxonomy_term: {
      id: termId,
      code,
      name: naam,
      description: naam,
      taxonomy: taxonomie.name,
      taxonomy_detail: { ...taxonomie },
      language: 'nl',
    },
  };
}

export function maakDienst(spec: DienstSpec): HsdsObject {
  const id = dienstId(spec.id);
  const service: HsdsObject = {
    id,
    name: spec.naam,
    description: spec.beschrijving,
    status: spec.status ?? 'active',
    organization: {
      id: uuid('organisatie', spec.organisatie.id),
      name: spec.organisatie.naam,
      description: spec.organisatie.beschrijving ?? spec.organisatie.naam,
      ...(spec.organisatie.website ? { website: spec.organisatie.website } : {}),
    },
  };
  if (spec.alternatieveNaam) service.alternate_name = spec.alternatieveNaam;
  if (spec.voorWie) service.eligibility_description = spec.voorWie;
  if (spec.aanmelden) service.application_process = spec.aanmelden;
  if (spec.kosten) service.fees_description = spec.kosten;
  if (spec.email) service.email = spec.email;
  if (spec.website) service.url = spec.website;
  if (spec.gecontroleerd) service.assured_date = spec.gecontroleerd;
  if (spec.telefoon)
    service.phones = [{ id: uuid('telefoon', spec.id), number: spec.telefoon, type: 'voice' }];
  const roosters = (spec.roosters ?? []).map((rooster, index) => ({
    id: uuid('rooster', `${spec.id}/${index + 1}`),
    freq: 'WEEKLY',
    interval: 1,
    byday: rooster.dagen,
    opens_at: rooster.open,
    closes_at: rooster.dicht,
    ...(rooster.omschrijving ? { description: rooster.omschrijving } : {}),
  }));
  if (spec.plek) {
    const plek = spec.plek;
    service.service_at_locations = [
      {
        id: uuid('dienst-op-plek', `${spec.id}/${plek.id}`),
        ...(roosters.length > 0 ? { schedules: roosters } : {}),
        location: {
          id: uuid('plek', plek.id),
          location_type: 'physical',
          ...(plek.naam ? { name: plek.naam } : {}),
          ...(plek.lat !== undefined ? { latitude: plek.lat, longitude: plek.lon } : {}),
          addresses: [
            {
              id: uuid('adres', plek.id),
              address_1: plek.adres,
              city: plek.plaats,
              state_province: 'Lindewaard',
              postal_code: plek.postcode,
              country: 'NL',
              address_type: 'physical',
            },
          ],
        },
      },
    ];
  } else if (roosters.length > 0) {
    service.schedules = roosters;
  }
  const attributes = [
    ...(spec.levensgebieden ?? []).map((code) =>
      attribuut(id, levensgebiedTermId(code), code, LEVENSGEBIED_NAMEN[code], LEVENSGEBIED_TAXONOMIE),
    ),
    ...(spec.kenmerken ?? []).map((code) =>
      attribuut(id, kenmerkTermId(code), code, KENMERK_NAMEN[code], KENMERK_TAXONOMIE),
    ),
  ];
  if (attributes.length > 0) service.attributes = attributes;
  return service;
}
