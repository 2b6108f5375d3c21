import { z } from 'zod';
import type { FormBody } from '../platform/http/body.js';
import { isUuid } from '../platform/http/ids.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../platform/levensgebied-codes.js';
import type { PlanInvoer } from './queries.js';
import { FASEN, type Fase, type FaseInhoud, type Fasen, OORDELEN } from './rules.js';

/**
 * The forms of the waakvlam (zod). A choice outside the lists is refused next to the field and
 * never stored; free text is at most MAX_TEKST characters, without NUL characters.
 */

export const MAX_TEKST = 1000;
export const DELEN = ['signalen', 'zelf', 'netwerk', 'professionals'] as const;
export type Deel = (typeof DELEN)[number];
export const INTERVALLEN = ['3', '7', '14', '28'] as const;
export const STILTES = ['', '14', '21', '28'] as const;
export const AFSCHAAL_NA = ['2', '3', '4', '6'] as const;

/** The form field of one part of one phase, e.g. `let-op-signalen`. */
export const veldNaam = (fase: Fase, deel: Deel) => `${fase}-${deel}`;

const zonderNul = (value: string) => value.split('\u0000').join('');

const tekst = z
  .string({ error: 'veld.fout.keuze' })
  .max(MAX_TEKST, { error: 'veld.fout.te-lang' })
  .optional()
  .transform((value) =>
    zonderNul(value ?? '')
      .replace(/\r\n/g, '\n')
      .trim(),
  );

const lijst = z
  .union([z.string(), z.array(z.string())], { error: 'veld.fout.keuze' })
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const ids = lijst.pipe(
  z
    .array(z.string().refine((v) => isUuid(v), { error: 'veld.fout.keuze' }))
    .max(50, { error: 'veld.fout.keuze' }),
);

const tekstVelden = Object.fromEntries(
  FASEN.flatMap((f) => DELEN.map((d) => [veldNaam(f, d), tekst])),
) as Record<string, typeof tekst>;

export const planForm = z
  .object({
    ...tekstVelden,
    gebieden: lijst.pipe(z.array(z.enum(STANDAARD_LEVENSGEBIEDEN, { error: 'veld.fout.keuze' })).max(20)),
    interval_dagen: z.enum(INTERVALLEN, { error: 'veld.fout.keuze' }),
    stilte_dagen: z.enum(STILTES, { error: 'veld.fout.keuze' }).optional().default(''),
    afschaal_na: z.enum(AFSCHAAL_NA, { error: 'veld.fout.keuze' }),
    gekozen: ids,
    alleen_fase: ids,
  })
  .superRefine((data, ctx) => {
    const signalen = (data as Record<string, unknown>)[veldNaam('let-op', 'signalen')];
    if (!signalen)
      ctx.addIssue({
        code: 'custom',
        path: [veldNaam('let-op', 'signalen')],
        message: 'waakvlam.fout.signalen',
      });
  });

export const versieForm = z.object({
  versie: z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647),
});

export function naarInvoer(data: z.output<typeof planForm>): PlanInvoer {
  const velden = data as unknown as Record<string, string>;
  const fasen = Object.fromEntries(
    FASEN.map((f) => [
      f,
      Object.fromEntries(DELEN.map((d) => [d, velden[veldNaam(f, d)] ?? ''])) as FaseInhoud,
    ]),
  ) as Fasen;
  return {
    fasen,
    gebieden: [...new Set(data.gebieden)],
    intervalDagen: Number(data.interval_dagen),
    stilteDagen: data.stilte_dagen === '' ? null : Number(data.stilte_dagen),
    afschaalNa: Number(data.afschaal_na),
    gekozen: [...new Set(data.gekozen)],
    alleenFase: [...new Set(data.alleen_fase)].filter((id) => data.gekozen.includes(id)),
  };
}

/** What the form shows: the posted text after an error, else the stored plan (or empty). */
export type Waarden = Record<string, string | string[]>;

export function waardenVan(body: FormBody): Waarden {
  const uit: Waarden = {};
  for (const [k, v] of Object.entries(body))
    if (typeof v === 'string' || Array.isArray(v)) uit[k] = v as string | string[];
  return uit;
}

export function waardenUit(plan: PlanInvoer | undefined): Waarden {
  if (!plan) return { interval_dagen: '7', stilte_dagen: '21', afschaal_na: '3' };
  const uit: Waarden = {
    gebieden: plan.gebieden,
    interval_dagen: String(plan.intervalDagen),
    stilte_dagen: plan.stilteDagen === null ? '' : String(plan.stilteDagen),
    afschaal_na: String(plan.afschaalNa),
    gekozen: plan.gekozen,
    alleen_fase: plan.alleenFase,
  };
  for (const f of FASEN) for (const d of DELEN) uit[veldNaam(f, d)] = plan.fasen[f][d];
  return uit;
}

/** The check-in's fields: `algemeen`, one `gebied-<code>` per chosen levensgebied, and the ticked `signaal`s. */
export function checkinForm(gebieden: readonly string[], signaalIds: readonly string[]) {
  const oordeel = z.enum(OORDELEN, { error: 'waakvlam.fout.oordeel' });
  return z.object({
    algemeen: oordeel,
    ...Object.fromEntries(gebieden.map((code) => [`gebied-${code}`, oordeel])),
    signaal: lijst.pipe(
      z
        .array(z.string().refine((v) => signaalIds.includes(v), { error: 'veld.fout.keuze' }))
        .max(signaalIds.length + 1, { error: 'veld.fout.keuze' }),
    ),
  });
}

/** Scaling down from the intensity the page showed (a stale page is a conflict). */
export const afschalenForm = z.object({
  intensiteit: z.enum(['2', '3'], { error: 'veld.fout.keuze' }),
});
