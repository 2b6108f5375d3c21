import { z } from 'zod';
import { codelijstWijzigingen, codeVelden, eigenNaamVeld } from '../platform/gemeente/codelijst.js';
import type { CodelijstWijziging } from '../platform/gemeente/queries.js';
import type { FormBody } from '../platform/http/body.js';
import { isUuid } from '../platform/http/ids.js';
import { CONTACTEN, isRelatie, LIEVER_NIET_REDENEN, RELATIE_CODES, SAMENVATTINGEN, STEUN } from './codes.js';
import { CIRKELS } from './kaart/types.js';
import { type PersoonInvoer, steunSet } from './rules.js';

/**
 * The forms of the netwerkkaart. What is filled in must be one of the choices: a closeness or
 * relationship outside the lists is refused with a message next to the field, never stored.
 */

export const MAX_NAAM = 80;
export const MAX_NOTITIE = 1000;

/** PostgreSQL text cannot hold NUL characters: they are dropped, never stored or a 500. */
const zonderNul = (value: string) => value.split('\u0000').join('');

const lijst = <T extends string>(waarden: readonly [T, ...T[]]) =>
  z
    .union([z.string(), z.array(z.string())], { error: 'veld.fout.keuze' })
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(waarden, { error: 'veld.fout.keuze' })).max(waarden.length * 2));

const vink = z.enum(['ja'], { error: 'veld.fout.keuze' }).optional();

export const persoonForm = z.object({
  naam: z
    .string({ error: 'netwerk.fout.naam' })
    .transform(zonderNul)
    .pipe(
      z.string().trim().min(1, { error: 'netwerk.fout.naam' }).max(MAX_NAAM, { error: 'veld.fout.te-lang' }),
    ),
  naam_zichtbaar: vink,
  relatie: z.string({ error: 'netwerk.fout.relatie' }).refine(isRelatie, { error: 'netwerk.fout.relatie' }),
  cirkel: z.enum(CIRKELS, { error: 'netwerk.fout.cirkel' }),
  contact: z.enum(CONTACTEN, { error: 'netwerk.fout.contact' }),
  dichtbij: z.enum(['ja', 'nee'], { error: 'netwerk.fout.dichtbij' }),
  krijgt: lijst(STEUN),
  geeft: lijst(STEUN),
  helpt_bij: z
    .union([z.string(), z.array(z.string())], { error: 'veld.fout.keuze' })
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.string().max(40)).max(60, { error: 'veld.fout.keuze' })),
  eigen_problemen: vink,
  zwaar_belast: vink,
  liever_niet: vink,
  liever_niet_reden: z
    .enum(['', ...LIEVER_NIET_REDENEN], { error: 'veld.fout.keuze' })
    .optional()
    .default(''),
  kost_energie: vink,
  notitie: z
    .string({ error: 'veld.fout.keuze' })
    .max(MAX_NOTITIE, { error: 'veld.fout.te-lang' })
    .optional()
    .transform((value) =>
      zonderNul(value ?? '')
        .replace(/\r\n/g, '\n')
        .trim(),
    ),
  account_id: z
    .string({ error: 'veld.fout.keuze' })
    .optional()
    .default('')
    .refine((v) => v === '' || isUuid(v), { error: 'veld.fout.keuze' }),
});

/** The form's version of the person: 0 for a new person. */
export const versieForm = z.object({
  versie: z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647),
});

export const samenvattingForm = z.object({
  keuze: z.enum(['afgeleid', ...SAMENVATTINGEN], { error: 'netwerk.fout.samenvatting' }),
  versie: z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647),
});

export const besluitForm = z.object({
  besluit: z.enum(['aanvaarden', 'afwijzen'], { error: 'veld.fout.keuze' }),
});

export function naarInvoer(data: z.output<typeof persoonForm>): PersoonInvoer {
  const lieverNiet = data.liever_niet === 'ja';
  return {
    naam: data.naam.replace(/\s+/g, ' '),
    naamZichtbaar: data.naam_zichtbaar === 'ja',
    relatie: data.relatie,
    cirkel: data.cirkel,
    contact: data.contact,
    dichtbij: data.dichtbij === 'ja',
    krijgt: steunSet(data.krijgt),
    geeft: steunSet(data.geeft),
    helptBij: [...new Set(data.helpt_bij)],
    eigenProblemen: data.eigen_problemen === 'ja',
    zwaarBelast: data.zwaar_belast === 'ja',
    lieverNiet,
    lieverNietReden: lieverNiet && data.liever_niet_reden !== '' ? data.liever_niet_reden : null,
    kostEnergie: data.kost_energie === 'ja',
    notitie: data.notitie,
    accountId: data.account_id === '' ? null : data.account_id,
  };
}

/** What the person typed, to put back on the form after an error or a conflict. */
export type Waarden = Record<string, string | string[]>;

const VELDEN = [
  'naam',
  'naam_zichtbaar',
  'relatie',
  'cirkel',
  'contact',
  'dichtbij',
  'eigen_problemen',
  'zwaar_belast',
  'liever_niet',
  'liever_niet_reden',
  'kost_energie',
  'notitie',
  'account_id',
] as const;
const LIJSTEN = ['krijgt', 'geeft', 'helpt_bij'] as const;

export function waardenVan(body: FormBody): Waarden {
  const uit: Waarden = {};
  for (const naam of VELDEN) {
    const v = body[naam];
    uit[naam] = typeof v === 'string' ? v : '';
  }
  for (const naam of LIJSTEN) {
    const v = body[naam];
    uit[naam] =
      v === undefined ? [] : Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [String(v)];
  }
  return uit;
}

export function waardenUit(p: PersoonInvoer | undefined): Waarden {
  if (!p)
    return { dichtbij: 'ja', cirkel: '', relatie: '', contact: '', krijgt: [], geeft: [], helpt_bij: [] };
  const ja = (b: boolean) => (b ? 'ja' : '');
  return {
    naam: p.naam,
    naam_zichtbaar: ja(p.naamZichtbaar),
    relatie: p.relatie,
    cirkel: p.cirkel,
    contact: p.contact,
    dichtbij: p.dichtbij ? 'ja' : 'nee',
    krijgt: p.krijgt,
    geeft: p.geeft,
    helpt_bij: p.helptBij,
    eigen_problemen: ja(p.eigenProblemen),
    zwaar_belast: ja(p.zwaarBelast),
    liever_niet: ja(p.lieverNiet),
    liever_niet_reden: p.lieverNietReden ?? '',
    kost_energie: ja(p.kostEnergie),
    notitie: p.notitie,
    account_id: p.accountId ?? '',
  };
}

// --- beheer: the gemeente's wording of the relationships --------------------------------------

export const MAX_RELATIE_NAAM = 60;

/** An own name: empty = our default text; otherwise 1–60 characters without control characters. */
const relatieNaam = eigenNaamVeld(MAX_RELATIE_NAAM, 'netwerk.beheer.fout.teken');

/** Per code: `naam-<code>`, `naam_en-<code>`, `verborgen-<code>` (check box) and `versie-<code>`. */
export const relatiesForm = z.object(
  Object.fromEntries(RELATIE_CODES.flatMap((code) => codeVelden(code, relatieNaam, relatieNaam))),
);

export type RelatieWijziging = CodelijstWijziging;

/** The form's data per code. */
export function relatieWijzigingen(data: Record<string, unknown>): RelatieWijziging[] {
  return codelijstWijzigingen(RELATIE_CODES, data);
}
