import { baseUrlFor } from '../auth/account-links.js';
import { hashToken, newToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import { type Translate, translator } from '../platform/i18n/i18n.js';
import type { JobRunner } from '../platform/jobs/jobs.js';
import type { FieldErrors } from '../platform/views/components.js';
import { systeemToegang, type Toegang } from '../regie/door/door.js';
import { listToegangen } from '../regie/queries.js';
import { isLive, niveauVolstaat } from '../regie/rules.js';
import { beantwoord, type Vragen, vragenVan } from './checkin.js';
import type { Waarden } from './forms.js';
import * as q from './queries.js';
import { CHECKIN_GELDIG_MS, type Fase, linkStaat, stilteSignaal, volgendeCheckin } from './rules.js';

/**
 * The waakvlam's work outside a logged-in request, each through the door's system path with
 * its own reason (tests/integration/architecture.test.ts lists them):
 * - `waakvlam-checkin`: the holder of a check-in link reads its questions and answers them,
 *   without logging in. The link is the secret: one check-in of one record, once, for 48 hours.
 *   A link that is unknown, used, expired or for another record gets a clear message and nothing
 *   is written (not even an audit entry: no record was opened).
 * - `waakvlam-taak`: the jobs — sending the check-ins that are due (and the no-answer signal)
 *   and telling the chosen people when the phase rose.
 */

export const SECTIE = 'waakvlam';
const SYSTEEM_SECTIE = { sectie: SECTIE, origin: 'waakvlam' };

export type LinkFout = 'ongeldig' | 'ander-dossier' | 'gebruikt' | 'verlopen';

async function controleerLink(
  db: Db,
  input: { gemeenteId: string; dossierId: string; token: string; nu: Date },
): Promise<{ fout: LinkFout } | { checkinId: string }> {
  if (!isUuid(input.dossierId) || !/^[A-Za-z0-9_-]{20,100}$/.test(input.token)) return { fout: 'ongeldig' };
  const checkin = await q.checkinVanToken(db, input.gemeenteId, hashToken(input.token));
  if (!checkin) return { fout: 'ongeldig' };
  if (checkin.dossierId !== input.dossierId) return { fout: 'ander-dossier' };
  const staat = linkStaat(checkin, input.nu);
  if (staat !== 'open') return { fout: staat };
  return { checkinId: checkin.id };
}

export type LinkBekijken = { soort: 'fout'; fout: LinkFout } | { soort: 'open'; vragen: Vragen };

/** The questions behind a check-in link (or why the link does not work). */
export async function bekijkCheckinLink(
  db: Db,
  input: { gemeenteId: string; dossierId: string; token: string; nu: Date },
): Promise<LinkBekijken> {
  const link = await controleerLink(db, input);
  if ('fout' in link) return { soort: 'fout', fout: link.fout };
  const plan = await systeemToegang(
    db,
    {
      reden: 'waakvlam-checkin',
      gemeenteId: input.gemeenteId,
      dossierId: input.dossierId,
      now: input.nu,
      actor: null,
      actie: 'read',
      itemId: `checkin:${link.checkinId}`,
      ...SYSTEEM_SECTIE,
    },
    (toegang) => q.planVan(toegang),
  );
  if (!plan) return { soort: 'fout', fout: 'ongeldig' };
  return { soort: 'open', vragen: vragenVan(plan) };
}

export type LinkBeantwoorden =
  | { soort: 'fout'; fout: LinkFout }
  | { soort: 'invoer'; vragen: Vragen; errors: FieldErrors; waarden: Waarden }
  | { soort: 'bedankt'; fase: Fase };

/** Answers a check-in from its link: stored once, the phase moved, the chosen people told on a rise. */
export async function beantwoordCheckinLink(
  db: Db,
  input: { gemeenteId: string; dossierId: string; token: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<LinkBeantwoorden> {
  const link = await controleerLink(db, input);
  if ('fout' in link) return { soort: 'fout', fout: link.fout };
  const uitkomst = await systeemToegang(
    db,
    {
      reden: 'waakvlam-checkin',
      gemeenteId: input.gemeenteId,
      dossierId: input.dossierId,
      now: input.nu,
      actor: null,
      actie: 'update',
      itemId: `checkin:${link.checkinId}`,
      ...SYSTEEM_SECTIE,
    },
    async (toegang): Promise<LinkBeantwoorden> => {
      const plan = await q.planVan(toegang);
      if (!plan) return { soort: 'fout', fout: 'ongeldig' };
      const uitkomst = await beantwoord(
        toegang,
        { plan, body: input.body, nu: input.nu, welke: async () => link.checkinId },
        t,
      );
      if (uitkomst.soort === 'gebruikt') return { soort: 'fout', fout: 'gebruikt' };
      return uitkomst.soort === 'invoer' ? uitkomst : { soort: 'bedankt', fase: uitkomst.fase };
    },
  );
  return uitkomst;
}

// --- jobs ---------------------------------------------------------------------------------------

/** The people she chose who still hold a live grant that lets them read the waakvlam. */
export async function gekozenMensen(toegang: Toegang, gekozen: readonly string[], nu: Date) {
  const rijen = await listToegangen(toegang);
  const mensen = new Map<string, { accountId: string; naam: string; email: string }>();
  for (const r of rijen)
    if (
      gekozen.includes(r.account_id) &&
      isLive({ ingetrokkenOp: r.ingetrokken_op, eindigtOp: r.eindigt_op }, nu) &&
      niveauVolstaat(r.niveaus[SECTIE], 'lezen')
    )
      mensen.set(r.account_id, { accountId: r.account_id, naam: r.naam, email: r.email });
  return [...mensen.values()];
}

export type TaakDeps = { db: Db; publicUrl: string | undefined; now: () => Date };

/** A neutral mail to each chosen person: a link to the page behind login, no health content. */
async function meldAanGekozenen(toegang: Toegang, plan: q.Plan, basis: string, nu: Date): Promise<number> {
  const t = translator('nl');
  const mensen = await gekozenMensen(toegang, plan.gekozen, nu);
  for (const mens of mensen)
    await q.mailInWachtrij(toegang, nu, {
      to: mens.email,
      subject: t('waakvlam.mail.melding.onderwerp'),
      body: t('waakvlam.mail.melding.tekst', {
        naam: mens.naam,
        link: `${basis}/dossiers/${toegang.dossierId}/waakvlam`,
      }),
    });
  return mensen.length;
}

async function basisUrl(toegang: Toegang, publicUrl: string | undefined): Promise<string> {
  return baseUrlFor(await q.gemeenteVan(toegang), publicUrl, 'http://localhost:3000');
}

/** Tells the chosen people about one move: marked as told and their mails queued in one transaction. */
export async function meldOvergang(
  deps: TaakDeps,
  payload: { gemeenteId: string; dossierId: string; overgangId: string },
): Promise<void> {
  const { db } = deps;
  const nu = deps.now();
  await systeemToegang(
    db,
    {
      reden: 'waakvlam-taak',
      gemeenteId: payload.gemeenteId,
      dossierId: payload.dossierId,
      now: nu,
      actor: null,
      actie: 'read',
      itemId: `overgang:${payload.overgangId}`,
      ...SYSTEEM_SECTIE,
    },
    async (toegang) => {
      if (!(await q.markeerGemeld(toegang, payload.overgangId, nu))) return;
      const plan = await q.planVan(toegang);
      if (plan) await meldAanGekozenen(toegang, plan, await basisUrl(toegang, deps.publicUrl), nu);
    },
  ).catch((fout: unknown) => {
    // The record was erased meanwhile: nothing left to tell.
    if (fout instanceof HttpError && fout.status === 404) return;
    throw fout;
  });
}

/**
 * One record's due check-in: a new single-use link mailed to the resident, the next one
 * scheduled; and, when she has not answered for the set time, the gentle no-answer signal
 * (kept as a moment in the history and told to the chosen people, once per silence).
 */
export async function verstuurCheckin(
  deps: TaakDeps,
  rij: { gemeente_id: string; dossier_id: string },
): Promise<boolean> {
  const { db } = deps;
  const nu = deps.now();
  return systeemToegang(
    db,
    {
      reden: 'waakvlam-taak',
      gemeenteId: rij.gemeente_id,
      dossierId: rij.dossier_id,
      now: nu,
      actor: null,
      actie: 'create',
      itemId: 'checkin',
      ...SYSTEEM_SECTIE,
    },
    async (toegang) => {
      const plan = await q.planVan(toegang);
      if (!plan || plan.volgendeCheckinOp.getTime() > nu.getTime()) return false;
      // Only the round that moves the schedule on sends: two instances never both do.
      if (
        !(await q.schuifVolgende(
          toegang,
          plan.volgendeCheckinOp,
          volgendeCheckin(plan.volgendeCheckinOp, plan.intervalDagen, nu),
        ))
      )
        return false;
      const t = translator('nl');
      const basis = await basisUrl(toegang, deps.publicUrl);
      const { token, id: tokenHash } = newToken();
      await q.maakCheckin(toegang, { tokenHash, nu, verlooptOp: new Date(nu.getTime() + CHECKIN_GELDIG_MS) });
      const inwoner = await q.inwonerContact(toegang);
      await q.mailInWachtrij(toegang, nu, {
        to: inwoner.email,
        subject: t('waakvlam.mail.checkin.onderwerp'),
        body: t('waakvlam.mail.checkin.tekst', {
          naam: inwoner.naam,
          link: `${basis}/waakvlam/checkin/${toegang.dossierId}/${token}`,
        }),
      });
      const beantwoord = (await q.checkins(toegang)).find((c) => c.beantwoordOp !== null);
      if (
        stilteSignaal({
          stilteDagen: plan.stilteDagen,
          laatsteAntwoordOp: beantwoord?.beantwoordOp ?? null,
          startOp: plan.createdAt,
          stilteGemeldOp: plan.stilteGemeldOp,
          nu,
        })
      ) {
        await q.zetStilteGemeld(toegang, nu);
        await q.voegOvergangToe(toegang, {
          op: nu,
          van: plan.fase,
          naar: plan.fase,
          intensiteit: plan.intensiteit,
          reden: 'stilte',
          checkinId: null,
        });
        await meldAanGekozenen(toegang, plan, basis, nu);
      }
      return true;
    },
  );
}

/** Sends every check-in that is due now; the number sent. */
export async function checkinRonde(deps: TaakDeps): Promise<number> {
  let verstuurd = 0;
  for (const rij of await q.plannenTeDoen(deps.db, deps.now(), 500))
    if (await verstuurCheckin(deps, rij)) verstuurd++;
  return verstuurd;
}

/** Registers the waakvlam's jobs on the app's runner (app.tsx). */
export function registreerWaakvlamTaken(jobs: JobRunner, deps: TaakDeps): void {
  jobs.register('waakvlam.melding', (job) => meldOvergang({ ...deps, now: job.now }, job.payload));
  // Every ten minutes: the check-ins that became due since.
  jobs.repeat('waakvlam.ronde', '*/10 * * * *', async (job) => {
    await checkinRonde({ ...deps, now: job.now });
  });
}
