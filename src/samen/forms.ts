import { z } from 'zod';
import type { FormBody } from '../platform/http/body.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import type { ProfielInvoer, Wens } from './queries.js';
import { controleerAanbod, MAX_KM } from './rules.js';
import { VAARDIGHEDEN } from './vaardigheden.js';

/**
 * Samen's forms. Her part is one form: what she can offer (asked first), what she would like
 * help with, where and when, and how she can be reached once a match is agreed. Bad input gets a
 * message next to its field and nothing is stored. The skill, distance and day-part checks are
 * the pure rules' (`controleerAanbod`), so the form and the rules cannot drift apart.
 */

const lijst = (waarde: string | string[] | undefined): string[] =>
  waarde === undefined ? [] : Array.isArray(waarde) ? waarde : [waarde];

const tekst = (body: FormBody, naam: string): string => {
  const w = body[naam];
  return typeof w === 'string' ? w.trim() : '';
};

const basis = z.object({
  versie: z.coerce.number().int().min(0).max(1_000_000),
  voornaam: z
    .string({ error: 'samen.fout.voornaam' })
    .trim()
    .min(1, { error: 'samen.fout.voornaam' })
    .max(60, { error: 'samen.fout.voornaam' }),
  wijk: z
    .string({ error: 'samen.fout.wijk' })
    .trim()
    .min(1, { error: 'samen.fout.wijk' })
    .max(80, { error: 'samen.fout.wijk' }),
  postcode: z
    .string({ error: 'samen.fout.postcode' })
    .transform((p) => p.replace(/\s+/g, '').toUpperCase())
    // Four digits (and maybe two letters); whether it exists, the postcode table says (centroid).
    .refine((p) => /^[0-9]{4}([A-Z]{2})?$/.test(p), { error: 'samen.fout.postcode' })
    .transform((p) => p.slice(0, 4)),
  geboortejaar: z.coerce
    .number({ error: 'samen.fout.geboortejaar' })
    .int({ error: 'samen.fout.geboortejaar' })
    .min(1900, { error: 'samen.fout.geboortejaar' })
    .max(2100, { error: 'samen.fout.geboortejaar' }),
  geslacht: z.enum(['v', 'm', 'x', ''], { error: 'samen.fout.geslacht' }).optional(),
  alleenVrouwen: z.literal('ja').optional(),
  telefoon: z
    .string()
    .trim()
    .max(30, { error: 'samen.fout.telefoon' })
    .refine((t) => t === '' || /^[0-9+() -]{6,30}$/.test(t), { error: 'samen.fout.telefoon' })
    .optional(),
  email: z
    .string()
    .trim()
    .max(200)
    .refine((e) => e === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(e), { error: 'samen.fout.email' })
    .optional(),
  aanbodFrequentie: z.enum(['eenmalig', 'regelmatig'], { error: 'samen.fout.frequentie' }),
  aanbodVorm: z.enum(['een-op-een', 'groep'], { error: 'samen.fout.vorm' }),
  vraagFrequentie: z.enum(['eenmalig', 'regelmatig'], { error: 'samen.fout.frequentie' }).optional(),
  vraagVorm: z.enum(['een-op-een', 'groep'], { error: 'samen.fout.vorm' }).optional(),
});

export type ProfielForm =
  | { ok: true; invoer: Omit<ProfielInvoer, 'lat' | 'lon'>; versie: number }
  | {
      ok: false;
      errors: FieldErrors;
    };

/**
 * Reads and checks her part; the postcode's centroid is looked up after (unknown → error next to
 * it). `toegestaan`: the skills the form offered her (the gemeente's list without hidden skills, plus
 * what she has already: `keuzes` in lijst/rules.ts); without it the shared list.
 */
export function leesProfielForm(
  body: FormBody,
  t: Translate,
  nu: Date,
  toegestaan: { aanbod: readonly string[]; vraag: readonly string[] } = {
    aanbod: VAARDIGHEDEN,
    vraag: VAARDIGHEDEN,
  },
): ProfielForm {
  const errors: FieldErrors = {};
  const vorm = basis.safeParse(body);
  if (!vorm.success)
    for (const issue of vorm.error.issues) {
      const veld = String(issue.path[0] ?? 'formulier');
      if (!errors[veld])
        errors[veld] = t(
          issue.message.startsWith('samen.')
            ? (issue.message as 'samen.fout.voornaam')
            : 'veld.fout.verplicht',
        );
    }
  const km = Number(tekst(body, 'maxKm').replace(',', '.'));
  const dagdelen = lijst(body.dagdeel)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0 && n < 21)
    .reduce((m, n) => m | (1 << n), 0);
  const aanbod = {
    vaardigheden: lijst(body.aanbod),
    toelichting: tekst(body, 'aanbodToelichting'),
    maxKm: tekst(body, 'maxKm') === '' ? Number.NaN : km,
    beschikbaar: dagdelen,
  };
  const fouten = controleerAanbod(aanbod, toegestaan.aanbod);
  if (fouten.includes('geen-vaardigheid')) errors.aanbod = t('samen.fout.geen-vaardigheid');
  if (fouten.includes('onbekende-vaardigheid')) errors.aanbod = t('samen.fout.onbekende-vaardigheid');
  if (fouten.includes('afstand')) errors.maxKm = t('samen.fout.afstand', { max: MAX_KM });
  if (fouten.includes('geen-dagdeel')) errors.dagdeel = t('samen.fout.geen-dagdeel');
  if (fouten.includes('toelichting')) errors.aanbodToelichting = t('samen.fout.toelichting');
  const vraagLijst = lijst(body.vraag);
  const vraagToelichting = tekst(body, 'vraagToelichting');
  if (vraagLijst.some((v) => !toegestaan.vraag.includes(v)))
    errors.vraag = t('samen.fout.onbekende-vaardigheid');
  if (vraagToelichting.length > 500) errors.vraagToelichting = t('samen.fout.toelichting');
  if (vorm.success) {
    const d = vorm.data;
    if (!d.telefoon && !d.email) errors.telefoon = t('samen.fout.contact');
    if (d.geboortejaar > nu.getUTCFullYear() - 18) errors.geboortejaar = t('samen.fout.minderjarig');
    if (d.alleenVrouwen && d.geslacht !== 'v') errors.alleenVrouwen = t('samen.fout.alleen-vrouwen');
  }
  if (!vorm.success || Object.keys(errors).length > 0) return { ok: false, errors };
  const d = vorm.data;
  const vraag: Wens | undefined =
    vraagLijst.length > 0
      ? {
          vaardigheden: vraagLijst,
          toelichting: vraagToelichting,
          frequentie: d.vraagFrequentie ?? 'eenmalig',
          vorm: d.vraagVorm ?? 'een-op-een',
        }
      : undefined;
  return {
    ok: true,
    versie: d.versie,
    invoer: {
      voornaam: d.voornaam,
      wijk: d.wijk,
      postcode: d.postcode,
      maxKm: km,
      dagdelen,
      geboortejaar: d.geboortejaar,
      geslacht: d.geslacht ? d.geslacht : null,
      alleenVrouwen: d.alleenVrouwen === 'ja',
      contact: { telefoon: d.telefoon || undefined, email: d.email || undefined },
      aanbod: {
        vaardigheden: aanbod.vaardigheden,
        toelichting: aanbod.toelichting,
        frequentie: d.aanbodFrequentie,
        vorm: d.aanbodVorm,
      },
      vraag,
    },
  };
}

export const MELD_REDENEN = ['onveilig', 'ongepast', 'niet-gekomen', 'anders'] as const;
