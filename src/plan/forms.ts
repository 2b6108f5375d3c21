import { z } from 'zod';
import type { FormBody } from '../platform/http/body.js';
import { isUuid } from '../platform/http/ids.js';
import {
  AANLEIDINGEN,
  type ActieInvoer,
  DOENERS,
  type DoelInvoer,
  isGeldigeDatum,
  STATUSSEN,
  waaromNodig,
} from './rules.js';

/**
 * The forms of Mijn plan (zod). What is filled in must be one of the choices and every date a
 * real day: anything else is refused with a message next to the field, never stored.
 */

export const MAX_TEKST = 500;
export const MAX_LANG = 2000;

/** PostgreSQL text cannot hold NUL characters: they are dropped, never stored or a 500. */
const zonderNul = (value: string) => value.split('\u0000').join('');

const tekst = (max: number, verplicht?: 'plan.fout.doel' | 'plan.fout.actie') =>
  z
    .string({ error: 'veld.fout.keuze' })
    .optional()
    .transform((v) =>
      zonderNul(v ?? '')
        .replace(/\r\n/g, '\n')
        .trim(),
    )
    .pipe(
      verplicht
        ? z.string().min(1, { error: verplicht }).max(max, { error: 'veld.fout.te-lang' })
        : z.string().max(max, { error: 'veld.fout.te-lang' }),
    );

const datum = z
  .string({ error: 'plan.fout.datum' })
  .optional()
  .transform((v) => (v ?? '').trim())
  .refine((v) => v === '' || isGeldigeDatum(v), { error: 'plan.fout.datum' })
  .transform((v) => (v === '' ? null : v));

const id = z
  .string({ error: 'veld.fout.keuze' })
  .optional()
  .default('')
  .refine((v) => v === '' || isUuid(v), { error: 'veld.fout.keuze' })
  .transform((v) => (v === '' ? null : v));

/** The form's version of the goal or action: 0 for a new one. */
export const versie = z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647);

export const doelForm = z.object({
  versie,
  tekst: tekst(MAX_TEKST, 'plan.fout.doel'),
  waarom: tekst(MAX_LANG),
  gelukt_als: tekst(MAX_LANG),
  levensgebieden: z
    .union([z.string(), z.array(z.string())], { error: 'veld.fout.keuze' })
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(
      z
        .array(z.string().max(40))
        .min(1, { error: 'plan.fout.levensgebied' })
        .max(60, { error: 'veld.fout.keuze' }),
    ),
  aanleiding: z
    .enum(['', ...AANLEIDINGEN], { error: 'veld.fout.keuze' })
    .optional()
    .default(''),
  evaluatie_op: datum,
});

export const actieForm = z
  .object({
    versie,
    wat: tekst(MAX_TEKST, 'plan.fout.actie'),
    doener: z.enum(DOENERS, { error: 'plan.fout.doener' }),
    netwerk_persoon_id: id,
    doener_naam: tekst(200),
    doener_account_id: id,
    wanneer: datum,
    status: z.enum(STATUSSEN, { error: 'veld.fout.keuze' }).optional().default('nog-niet'),
    status_waarom: tekst(MAX_LANG),
    evaluatie_op: datum,
  })
  .superRefine((v, ctx) => {
    if (v.doener === 'netwerk' && !v.netwerk_persoon_id)
      ctx.addIssue({ code: 'custom', path: ['netwerk_persoon_id'], message: 'plan.fout.netwerk-persoon' });
    if (waaromNodig(v.status) && v.status_waarom === '')
      ctx.addIssue({ code: 'custom', path: ['status_waarom'], message: 'plan.fout.waarom' });
  });

export const notitieForm = z.object({ tekst: tekst(MAX_LANG, 'plan.fout.actie') });

export const besluitForm = z.object({
  besluit: z.enum(['aanvaarden', 'afwijzen'], { error: 'veld.fout.keuze' }),
});

export const regievoerderForm = z.object({ account_id: id, versie });

export function naarDoel(data: z.output<typeof doelForm>): DoelInvoer {
  return {
    tekst: data.tekst,
    waarom: data.waarom,
    geluktAls: data.gelukt_als,
    levensgebieden: [...new Set(data.levensgebieden)],
    aanleiding: data.aanleiding === '' ? null : data.aanleiding,
    evaluatieOp: data.evaluatie_op,
  };
}

export function naarActie(data: z.output<typeof actieForm>): ActieInvoer {
  return {
    wat: data.wat,
    doener: data.doener,
    netwerkPersoonId: data.doener === 'netwerk' ? data.netwerk_persoon_id : null,
    doenerNaam: data.doener === 'vrijwilliger' || data.doener === 'professional' ? data.doener_naam : '',
    doenerAccountId: data.doener === 'professional' ? data.doener_account_id : null,
    wanneer: data.wanneer,
    status: data.status,
    statusWaarom: data.status_waarom,
    evaluatieOp: data.evaluatie_op,
  };
}

/** What the person typed, to put back on the form after an error or a conflict. */
export type Waarden = Record<string, string | string[]>;

const DOEL_VELDEN = ['tekst', 'waarom', 'gelukt_als', 'aanleiding', 'evaluatie_op'] as const;
const ACTIE_VELDEN = [
  'wat',
  'doener',
  'netwerk_persoon_id',
  'doener_naam',
  'doener_account_id',
  'wanneer',
  'status',
  'status_waarom',
  'evaluatie_op',
] as const;

/** A field that may come once, repeated or not at all, as a list of its texts. */
export function lijstVan(waarde: FormBody[string] | undefined): string[] {
  if (waarde === undefined) return [];
  return (Array.isArray(waarde) ? waarde : [waarde]).filter((x): x is string => typeof x === 'string');
}

export function waardenVan(body: FormBody): Waarden {
  const uit: Waarden = {};
  for (const naam of [...DOEL_VELDEN, ...ACTIE_VELDEN]) {
    const v = body[naam];
    uit[naam] = typeof v === 'string' ? v : '';
  }
  uit.herinneren = lijstVan(body.herinneren);
  const lijst = body.levensgebieden;
  uit.levensgebieden =
    lijst === undefined
      ? []
      : Array.isArray(lijst)
        ? lijst.filter((x) => typeof x === 'string')
        : [String(lijst)];
  return uit;
}

export function waardenUitDoel(d: DoelInvoer | undefined): Waarden {
  if (!d) return { levensgebieden: [] };
  return {
    tekst: d.tekst,
    waarom: d.waarom,
    gelukt_als: d.geluktAls,
    levensgebieden: d.levensgebieden,
    aanleiding: d.aanleiding ?? '',
    evaluatie_op: d.evaluatieOp ?? '',
  };
}

export function waardenUitActie(a: ActieInvoer | undefined): Waarden {
  if (!a) return { doener: 'ikzelf', status: 'nog-niet' };
  return {
    wat: a.wat,
    doener: a.doener,
    netwerk_persoon_id: a.netwerkPersoonId ?? '',
    doener_naam: a.doenerNaam,
    doener_account_id: a.doenerAccountId ?? '',
    wanneer: a.wanneer ?? '',
    status: a.status,
    status_waarom: a.statusWaarom,
    evaluatie_op: a.evaluatieOp ?? '',
  };
}
