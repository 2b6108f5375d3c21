import type { FormBody } from '../platform/http/body.js';
import { parseForm } from '../platform/http/forms.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import type { Toegang } from '../regie/door/door.js';
import { checkinForm, type Waarden, waardenVan } from './forms.js';
import * as q from './queries.js';
import { type Fase, faseVan, naAntwoord, type Oordeel, signaalRegels } from './rules.js';

/**
 * A check-in answered: the answers stored once, the phase moved by the rules, the move kept,
 * and — when the phase rose — a job `waakvlam.melding` queued for that move in the same
 * transaction. The job (systeem.ts) tells the chosen people; it marks the move as told in the
 * transaction that queues their mails, so a restart in between sends them once.
 */

declare module '../platform/jobs/types.js' {
  interface JobTypes {
    /** Tells the chosen people that the phase of a record rose (by the move's id). */
    'waakvlam.melding': { gemeenteId: string; dossierId: string; overgangId: string };
    /** Sends the check-ins that are due and gives the no-answer signal (repeating). */
    'waakvlam.ronde': Record<string, never>;
  }
}

/** The questions of a check-in, from the plan. */
export type Vragen = {
  gebieden: string[];
  signalen: { id: string; fase: 'let-op' | 'crisis'; tekst: string }[];
};

export function vragenVan(plan: q.Plan): Vragen {
  const signalen: Vragen['signalen'] = [];
  for (const fase of ['let-op', 'crisis'] as const)
    signaalRegels(plan.fasen[fase].signalen).forEach((tekst, i) => {
      signalen.push({ id: `${fase}-${i}`, fase, tekst });
    });
  return { gebieden: plan.gebieden, signalen };
}

/** The answers as stored, from the parsed form. */
export function antwoordenVan(
  vragen: Vragen,
  form: { algemeen: Oordeel; signaal: string[] } & Record<string, unknown>,
): q.Antwoorden {
  const gebieden: Record<string, Oordeel> = { algemeen: form.algemeen };
  for (const code of vragen.gebieden) gebieden[code] = form[`gebied-${code}`] as Oordeel;
  const aangevinkt = vragen.signalen.filter((s) => form.signaal.includes(s.id));
  return {
    gebieden,
    signalen: {
      'let-op': aangevinkt.filter((s) => s.fase === 'let-op').map((s) => s.tekst),
      crisis: aangevinkt.filter((s) => s.fase === 'crisis').map((s) => s.tekst),
    },
  };
}

export function faseUit(antwoorden: q.Antwoorden): Fase {
  return faseVan({
    oordelen: Object.values(antwoorden.gebieden),
    letOpSignalen: antwoorden.signalen['let-op'].length,
    crisisSignalen: antwoorden.signalen.crisis.length,
  });
}

export type Verwerkt = { soort: 'verwerkt'; fase: Fase; gemeld: boolean } | { soort: 'gebruikt' };

/** Stores one answered check-in and what follows from it. Nothing is written for a used check-in. */
export async function verwerkAntwoord(
  toegang: Toegang,
  input: { plan: q.Plan; checkinId: string; antwoorden: q.Antwoorden; nu: Date },
): Promise<Verwerkt> {
  const { plan, nu } = input;
  const fase = faseUit(input.antwoorden);
  if (!(await q.beantwoordCheckin(toegang, { id: input.checkinId, antwoorden: input.antwoorden, fase, nu })))
    return { soort: 'gebruikt' };
  const na = naAntwoord({ fase: plan.fase, intensiteit: plan.intensiteit }, fase);
  await q.zetStand(toegang, { fase: na.fase, intensiteit: na.intensiteit, nu });
  const overgangId = await q.voegOvergangToe(toegang, {
    op: nu,
    van: plan.fase,
    naar: na.fase,
    intensiteit: na.intensiteit,
    reden: 'checkin',
    checkinId: input.checkinId,
  });
  if (na.melden) await q.meldingInWachtrij(toegang, overgangId, nu);
  return { soort: 'verwerkt', fase: na.fase, gemeld: na.melden };
}

export type Beantwoord =
  | { soort: 'invoer'; vragen: Vragen; errors: FieldErrors; waarden: Waarden }
  | { soort: 'verwerkt'; fase: Fase }
  | { soort: 'gebruikt' };

/**
 * A check-in's form answered, from the link or in the app: a wrong field gives the questions
 * back with the errors (nothing written); otherwise the check-in `welke()` names is answered.
 */
export async function beantwoord(
  toegang: Toegang,
  input: { plan: q.Plan; body: FormBody; nu: Date; welke: () => Promise<string> },
  t: Translate,
): Promise<Beantwoord> {
  const vragen = vragenVan(input.plan);
  const form = parseForm(
    checkinForm(
      vragen.gebieden,
      vragen.signalen.map((s) => s.id),
    ),
    input.body,
    t,
  );
  if (!form.ok) return { soort: 'invoer', vragen, errors: form.errors, waarden: waardenVan(input.body) };
  const verwerkt = await verwerkAntwoord(toegang, {
    plan: input.plan,
    checkinId: await input.welke(),
    antwoorden: antwoordenVan(vragen, form.data as Parameters<typeof antwoordenVan>[1]),
    nu: input.nu,
  });
  return verwerkt.soort === 'gebruikt' ? verwerkt : { soort: 'verwerkt', fase: verwerkt.fase };
}
