import { z } from 'zod';
import type { FormBody } from '../platform/http/body.js';
import { isIcoon } from './iconen.js';
import { type Antwoord, BELANG, WIE_HELPT } from './rules.js';

/**
 * The forms of the levensgebieden. Every question may stay empty; what is filled in must be
 * one of the choices (a score outside 1–5 is refused with a message, never stored or clamped).
 */

/** PostgreSQL text cannot hold NUL characters: they are dropped, never stored or a 500. */
const zonderNul = (value: string) => value.split('\u0000').join('');

const tekst = (max: number) =>
  z
    .string({ error: 'veld.fout.keuze' })
    .max(max, { error: 'veld.fout.te-lang' })
    .optional()
    .transform((value) =>
      zonderNul(value ?? '')
        .replace(/\r\n/g, '\n')
        .trim(),
    );

/** The longest free-text answer, as the table's checks allow. */
export const MAX_TEKST = 1000;

export const antwoordForm = z.object({
  score: z
    .enum(['', '1', '2', '3', '4', '5', 'weet-niet'], { error: 'levensgebieden.fout.score' })
    .optional()
    .default(''),
  wie_helpt: z
    .union([z.string(), z.array(z.string())], { error: 'veld.fout.keuze' })
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
    .pipe(z.array(z.enum(WIE_HELPT, { error: 'veld.fout.keuze' })).max(WIE_HELPT.length)),
  doel: tekst(MAX_TEKST),
  belang: z
    .enum(['', ...BELANG], { error: 'veld.fout.keuze' })
    .optional()
    .default(''),
  goed_gaat: tekst(MAX_TEKST),
  trots: tekst(MAX_TEKST),
});

/** The form's version of the draft: 0 when the form was shown before there was a draft. */
export const versieForm = z.object({
  versie: z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647),
});

export const ACTIES = ['volgende', 'vorige', 'later', 'overzicht'] as const;
export type Actie = (typeof ACTIES)[number];

export function leesActie(body: FormBody): Actie {
  const actie = typeof body.actie === 'string' ? body.actie : 'volgende';
  return (ACTIES as readonly string[]).includes(actie) ? (actie as Actie) : 'volgende';
}

export function naarAntwoord(code: string, data: z.output<typeof antwoordForm>): Antwoord {
  return {
    code,
    score: data.score === '' || data.score === 'weet-niet' ? null : Number(data.score),
    weetNiet: data.score === 'weet-niet',
    wieHelpt: [...new Set(data.wie_helpt)],
    doel: data.doel,
    belang: data.belang === '' ? null : data.belang,
    goedGaat: data.goed_gaat,
    trots: data.trots,
  };
}

/** What the person typed, to put back on the form after an error or a conflict. */
export type Invoer = {
  score: string;
  wieHelpt: string[];
  doel: string;
  belang: string;
  goedGaat: string;
  trots: string;
};

export function invoerVan(body: FormBody): Invoer {
  const s = (name: string) => (typeof body[name] === 'string' ? (body[name] as string) : '');
  const wie = body.wie_helpt;
  return {
    score: s('score'),
    wieHelpt: wie === undefined ? [] : Array.isArray(wie) ? wie : [wie],
    doel: s('doel'),
    belang: s('belang'),
    goedGaat: s('goed_gaat'),
    trots: s('trots'),
  };
}

export function invoerUitAntwoord(antwoord: Antwoord | undefined): Invoer {
  if (!antwoord) return { score: '', wieHelpt: [], doel: '', belang: '', goedGaat: '', trots: '' };
  return {
    score: antwoord.weetNiet ? 'weet-niet' : antwoord.score === null ? '' : String(antwoord.score),
    wieHelpt: antwoord.wieHelpt,
    doel: antwoord.doel,
    belang: antwoord.belang ?? '',
    goedGaat: antwoord.goedGaat,
    trots: antwoord.trots,
  };
}

export const instellingForm = z.object({
  anderen_zien_eerst: z.enum(['ja', 'nee'], { error: 'veld.fout.keuze' }),
  versie: z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647),
});

// --- beheer ---------------------------------------------------------------------------------

const naam = z
  .string({ error: 'veld.fout.verplicht' })
  .transform(zonderNul)
  .pipe(z.string().trim().min(1, { error: 'veld.fout.verplicht' }).max(80, { error: 'veld.fout.te-lang' }));

const catalogusVersie = z.coerce.number({ error: 'veld.fout.keuze' }).int().min(1).max(2_147_483_647);

export const gebiedWijzigForm = z.object({
  catalogus_versie: catalogusVersie,
  naam,
  uitleg: z
    .string()
    .transform(zonderNul)
    .pipe(z.string().trim().max(300, { error: 'veld.fout.te-lang' }))
    .optional()
    .default(''),
  icoon: z.string({ error: 'veld.fout.keuze' }).refine(isIcoon, { error: 'veld.fout.keuze' }),
  verborgen: z.enum(['ja']).optional(),
});

export const gebiedNieuwForm = z.object({
  catalogus_versie: catalogusVersie,
  naam,
  uitleg: z
    .string()
    .transform(zonderNul)
    .pipe(z.string().trim().max(300, { error: 'veld.fout.te-lang' }))
    .optional()
    .default(''),
  icoon: z.string({ error: 'veld.fout.keuze' }).refine(isIcoon, { error: 'veld.fout.keuze' }),
});

export const verplaatsForm = z.object({
  catalogus_versie: catalogusVersie,
  richting: z.enum(['omhoog', 'omlaag'], { error: 'veld.fout.keuze' }),
});

/** An answer as the form would send it (for "klopt nog"), with the form's own version kept. */
export function formVanInvoer(invoer: Invoer, body: FormBody): FormBody {
  return {
    versie: body.versie ?? '',
    score: invoer.score,
    wie_helpt: invoer.wieHelpt,
    doel: invoer.doel,
    belang: invoer.belang,
    goed_gaat: invoer.goedGaat,
    trots: invoer.trots,
  };
}
