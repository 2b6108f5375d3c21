import { z } from 'zod';
import { type FormResult, parseForm } from '../platform/http/forms.js';
import type { MessageKey, Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import {
  GEBIED_NIVEAUS,
  type GebiedenFout,
  leesGebieden,
  MARGE_BOVENGRENS,
  MARGE_ONDERGRENS,
  MAX_GEBIED_NAAM,
  MAX_GEBIEDEN,
  MINIMUM_BOVENGRENS,
  MINIMUM_ONDERGRENS,
} from './instelling.js';
import type { MonitorInstelling } from './queries.js';
import { GESLACHTEN } from './rules.js';

/**
 * The monitor's forms. Her groups must be one of the choices offered (a birth-year band of the
 * list, an area of the gemeente's list or none, a gender of the four); anything else is refused
 * with a message next to the field, never stored.
 */
export function meetellenForm(banden: readonly string[], gebieden: readonly string[]) {
  return z.object({
    actie: z.literal('meedoen'),
    versie: z.coerce.number().int().min(0).max(1_000_000),
    geboortejaren: z.string({ error: 'monitor.fout.geboortejaren' }).refine((b) => banden.includes(b), {
      error: 'monitor.fout.geboortejaren',
    }),
    gebied: z
      .string({ error: 'monitor.fout.gebied' })
      .optional()
      .transform((g) => (g ? g : null))
      .refine((g) => g === null || gebieden.includes(g), { error: 'monitor.fout.gebied' }),
    geslacht: z.enum(GESLACHTEN as [string, ...string[]], { error: 'monitor.fout.geslacht' }),
  });
}

/** A whole number between two bounds, typed as text; anything else gets `fout` next to the field. */
const geheelGetal = (van: number, tot: number, fout: MessageKey) =>
  z
    .string({ error: fout })
    .trim()
    .regex(/^\d{1,7}$/, { error: fout })
    .transform(Number)
    .pipe(z.number().int().min(van, { error: fout }).max(tot, { error: fout }));

/**
 * The beheerder's monitor rules (`/beheer/monitor`): the minimum count, the margin, the level
 * and the version the form was made from. The areas are read apart (`leesGebieden`): their
 * messages name the line that is wrong.
 */
export const regelsForm = z.object({
  versie: z.coerce.number({ error: 'veld.fout.keuze' }).int().min(0).max(2_147_483_647),
  minimum: geheelGetal(MINIMUM_ONDERGRENS, MINIMUM_BOVENGRENS, 'monitor.beheer.fout.minimum'),
  marge: geheelGetal(MARGE_ONDERGRENS, MARGE_BOVENGRENS, 'monitor.beheer.fout.marge'),
  gebiedNiveau: z.enum(GEBIED_NIVEAUS, { error: 'monitor.beheer.fout.niveau' }),
  gebieden: z.string().optional().default(''),
});

export type RegelsInvoer = { versie: number; instelling: Omit<MonitorInstelling, 'versie'> };

/** The whole form: every field's message at once, next to its field; nothing is saved on any. */
export function leesRegelsForm(body: unknown, t: Translate): FormResult<RegelsInvoer> {
  const form = parseForm(regelsForm, body, t);
  const errors: FieldErrors = form.ok ? {} : { ...form.errors };
  const tekst =
    typeof (body as { gebieden?: unknown })?.gebieden === 'string'
      ? (body as { gebieden: string }).gebieden
      : '';
  const niveau = form.ok ? form.data.gebiedNiveau : 'wijk';
  const gebieden = leesGebieden(tekst, niveau);
  if (!gebieden.ok && !errors.gebieden) errors.gebieden = gebiedenFout(gebieden, t);
  if (!form.ok || !gebieden.ok) return { ok: false, errors };
  const { versie, minimum, marge, gebiedNiveau } = form.data;
  return {
    ok: true,
    data: { versie, instelling: { minimum, marge, gebiedNiveau, gebieden: gebieden.gebieden } },
  };
}

function gebiedenFout(fout: GebiedenFout, t: Translate): string {
  switch (fout.fout) {
    case 'te-lang':
      return t('monitor.beheer.fout.te-lang', { naam: fout.naam, max: MAX_GEBIED_NAAM });
    case 'gereserveerd':
      return t('monitor.beheer.fout.gereserveerd', { naam: fout.naam });
    case 'dubbel':
      return t('monitor.beheer.fout.dubbel', { naam: fout.naam });
    case 'te-veel':
      return t('monitor.beheer.fout.te-veel', { max: MAX_GEBIEDEN });
    case 'niveau':
      return t('monitor.beheer.fout.gemeente-niveau');
  }
}
