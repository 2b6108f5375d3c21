import { z } from 'zod';
import { codelijstWijzigingen, codeVelden, eigenNaamVeld } from '../../platform/gemeente/codelijst.js';
import type { VaardigheidWijziging } from './queries.js';
import { MAX_NAAM, type VaardigheidInstelling } from './rules.js';

/** An own name: empty = null (our default text); otherwise 1–60 characters, no control characters. */
const eigenNaam = eigenNaamVeld(MAX_NAAM, 'samen.lijst.fout.teken');

/** The Dutch name of a skill the gemeente added: it has no default text, so it is required. */
const verplichteNaam = eigenNaam.refine((v) => v !== null, { error: 'samen.lijst.fout.naam-nodig' });

/**
 * The beheer form for the whole list: per code `naam-<code>`, `naam_en-<code>`,
 * `verborgen-<code>` (check box) and `versie-<code>`. Built from today's list, so a code the list
 * does not have is ignored.
 */
export function lijstForm(lijst: readonly VaardigheidInstelling[]) {
  return z.object(
    Object.fromEntries(
      lijst.flatMap((v) => codeVelden(v.code, v.eigen ? verplichteNaam : eigenNaam, eigenNaam)),
    ),
  );
}

/** The form's data per code. */
export function lijstWijzigingen(
  lijst: readonly VaardigheidInstelling[],
  data: Record<string, unknown>,
): VaardigheidWijziging[] {
  return codelijstWijzigingen(
    lijst.map((v) => v.code),
    data,
  );
}

/** A skill the gemeente adds: a Dutch name (required) and an English one (optional). */
export const nieuwForm = z.object({ nieuw_naam: verplichteNaam, nieuw_naam_en: eigenNaam });
