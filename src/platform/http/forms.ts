import type { z } from 'zod';
import { isMessageKey, type Translate } from '../i18n/i18n.js';
import type { FieldErrors } from '../views/components.js';

export type FormResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/**
 * Validates a submitted form with its schema. Schemas carry catalog keys as messages, so
 * the errors come back translated, one per field, ready to show next to that field.
 */
export function parseForm<S extends z.ZodType>(
  schema: S,
  body: unknown,
  t: Translate,
): FormResult<z.output<S>> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? 'formulier');
    if (errors[field]) continue;
    const max = (issue as { maximum?: number }).maximum;
    errors[field] = isMessageKey(issue.message)
      ? t(issue.message, max !== undefined ? { max } : undefined)
      : t('veld.fout.verplicht');
  }
  return { ok: false, errors };
}
