import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import {
  actieForm,
  besluitForm,
  doelForm,
  lijstVan,
  naarActie,
  naarDoel,
  notitieForm,
  regievoerderForm,
  type Waarden,
  waardenVan,
} from './forms.js';
import { planEvaluatie } from './herinnering.js';
import { betrokkenen, type FormData, formStand, magBeslissen, SECTIE } from './lezen.js';
import * as q from './queries.js';
import { type ActieInvoer, type DoelInvoer, MAX_ACTIES_PER_DOEL, MAX_DOELEN } from './rules.js';

/**
 * Changing Mijn plan. Each use case passes the door once. The resident and a grantee with
 * `bewerken` change the plan at once; a grantee with `voorstellen` makes a proposal the
 * resident (or her legal representative) accepts or declines. Nothing is written when a field
 * is wrong, a doer is not on the network map or on the record, or the form's version is not
 * the stored one (409: both versions shown, the input kept).
 */

export type BewaarUitkomst =
  /** `versie`: the version stored now (the JSON API's new ETag) */
  | { soort: 'bewaard'; id: string; versie: number }
  /** `voorstelId`: the proposal made (the JSON API names it) */
  | { soort: 'voorgesteld'; voorstelId: string }
  | { soort: 'fout'; stand: FormData; errors: FieldErrors; waarden: Waarden; versie: number }
  | { soort: 'conflict'; stand: FormData; waarden: Waarden; versie: number };

const kort = (id: string) => id.slice(0, 40);

/** Checks a goal against the gemeente's levensgebieden. */
function controleerDoel(stand: FormData, d: DoelInvoer, t: Translate): FieldErrors {
  const codes = stand.gebieden.map((g) => g.code);
  return d.levensgebieden.some((c) => !codes.includes(c)) ? { levensgebieden: t('veld.fout.keuze') } : {};
}

/** Checks an action's doer: a person on her network map, a professional on her record. */
function controleerActie(stand: FormData, a: ActieInvoer, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  if (a.doener === 'netwerk' && !stand.netwerk.some((p) => p.id === a.netwerkPersoonId))
    errors.netwerk_persoon_id = t('plan.fout.niet-op-kaart');
  if (
    a.doener === 'professional' &&
    a.doenerAccountId !== null &&
    a.doenerAccountId !== stand.actie?.doenerAccountId &&
    !stand.professionals.some((p) => p.accountId === a.doenerAccountId)
  )
    errors.doener_account_id = t('veld.fout.keuze');
  if (a.doener === 'professional' && a.doenerAccountId === null && a.doenerNaam === '')
    errors.doener_naam = t('plan.fout.doener-naam');
  return errors;
}

/** At most this many people picked for one reminder. */
const MAX_HERINNEREN = 50;

/**
 * Whom she picked for the evaluation reminder: only the resident picks (the form shows the
 * choice to her alone and marks it with `herinneren_keuze`), and only people with a live grant
 * on the plan. `lijst` undefined: the choice stays as it is (anyone else's save, or a client
 * that did not send it).
 */
function herinnerKeuze(stand: FormData, body: FormBody, t: Translate): { lijst?: string[]; fout?: string } {
  if (!stand.eigenaar || body.herinneren_keuze !== '1') return {};
  const lijst = [...new Set(lijstVan(body.herinneren))];
  const kan = new Set(stand.herinnerKandidaten.map((b) => b.accountId));
  if (lijst.length > MAX_HERINNEREN || lijst.some((id) => !kan.has(id)))
    return { fout: t('veld.fout.keuze') };
  return { lijst };
}

/** Adds a goal (no `doelId`) or changes one. */
export async function bewaarDoel(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; doelId?: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BewaarUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'voorstellen',
      actie: input.doelId ? 'update' : 'create',
      itemId: input.doelId ? `doel:${kort(input.doelId)}` : 'doel',
    },
    { now: input.nu },
    async (toegang): Promise<BewaarUitkomst> => {
      if (!input.doelId) await q.vergrendelPlan(toegang, input.nu);
      const stand = await formStand(toegang, viewer, { doelId: input.doelId, nu: input.nu });
      const waarden = waardenVan(input.body);
      const huidigeVersie = stand.doel?.versie ?? 0;
      const form = parseForm(doelForm, input.body, t);
      if (!form.ok) return { soort: 'fout', stand, errors: form.errors, waarden, versie: huidigeVersie };
      const doel = naarDoel(form.data);
      const errors = controleerDoel(stand, doel, t);
      const keuze = herinnerKeuze(stand, input.body, t);
      if (keuze.fout) errors.herinneren = keuze.fout;
      if (!stand.doel && (await q.doelen(toegang)).length >= MAX_DOELEN)
        errors.tekst = t('plan.fout.vol', { max: MAX_DOELEN });
      if (Object.keys(errors).length > 0)
        return { soort: 'fout', stand, errors, waarden, versie: form.data.versie };
      if (form.data.versie !== huidigeVersie)
        return { soort: 'conflict', stand, waarden, versie: huidigeVersie };
      if (!stand.kanBewerken) {
        const voorstelId = await q.maakVoorstel(toegang, {
          soort: 'doel',
          doelId: stand.doel?.id ?? null,
          actieId: null,
          basisVersie: stand.doel?.versie ?? null,
          auteurId: viewer.accountId,
          gegevens: doel,
          nu: input.nu,
        });
        return { soort: 'voorgesteld', voorstelId };
      }
      if (stand.doel) {
        if (
          !(await q.wijzigDoel(toegang, { id: stand.doel.id, versie: stand.doel.versie, doel, nu: input.nu }))
        )
          return { soort: 'conflict', stand, waarden, versie: huidigeVersie };
        if (keuze.lijst) await q.zetHerinneren(toegang, 'doel', stand.doel.id, keuze.lijst);
        await planEvaluatie(toegang, {
          soort: 'doel',
          id: stand.doel.id,
          datum: doel.evaluatieOp,
          nu: input.nu,
        });
        return { soort: 'bewaard', id: stand.doel.id, versie: stand.doel.versie + 1 };
      }
      const id = await q.voegDoelToe(toegang, doel, input.nu);
      if (keuze.lijst) await q.zetHerinneren(toegang, 'doel', id, keuze.lijst);
      await planEvaluatie(toegang, { soort: 'doel', id, datum: doel.evaluatieOp, nu: input.nu });
      return { soort: 'bewaard', id, versie: 1 };
    },
  );
}

/** Adds an action to a goal (`doelId`, no `actieId`) or changes one (its status too). */
export async function bewaarActie(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; doelId?: string; actieId?: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BewaarUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'voorstellen',
      actie: input.actieId ? 'update' : 'create',
      itemId: input.actieId ? `actie:${kort(input.actieId)}` : `doel:${kort(input.doelId ?? '')}:actie`,
    },
    { now: input.nu },
    async (toegang): Promise<BewaarUitkomst> => {
      const stand = await formStand(toegang, viewer, {
        doelId: input.doelId,
        actieId: input.actieId,
        nu: input.nu,
      });
      const doel = stand.doel;
      if (!doel) throw new HttpError('NOT_FOUND', 'plan-doel');
      const waarden = waardenVan(input.body);
      const huidigeVersie = stand.actie?.versie ?? 0;
      const form = parseForm(actieForm, input.body, t);
      if (!form.ok) return { soort: 'fout', stand, errors: form.errors, waarden, versie: huidigeVersie };
      const actie = naarActie(form.data);
      const errors = controleerActie(stand, actie, t);
      const keuze = herinnerKeuze(stand, input.body, t);
      if (keuze.fout) errors.herinneren = keuze.fout;
      if (!stand.actie && (await q.aantalActies(toegang, doel.id)) >= MAX_ACTIES_PER_DOEL)
        errors.wat = t('plan.fout.vol-acties', { max: MAX_ACTIES_PER_DOEL });
      if (Object.keys(errors).length > 0)
        return { soort: 'fout', stand, errors, waarden, versie: form.data.versie };
      if (form.data.versie !== huidigeVersie)
        return { soort: 'conflict', stand, waarden, versie: huidigeVersie };
      if (!stand.kanBewerken) {
        const voorstelId = await q.maakVoorstel(toegang, {
          soort: 'actie',
          doelId: doel.id,
          actieId: stand.actie?.id ?? null,
          basisVersie: stand.actie?.versie ?? null,
          auteurId: viewer.accountId,
          gegevens: actie,
          nu: input.nu,
        });
        return { soort: 'voorgesteld', voorstelId };
      }
      if (stand.actie) {
        const gelukt = await q.wijzigActie(toegang, {
          id: stand.actie.id,
          versie: stand.actie.versie,
          actie,
          nu: input.nu,
        });
        if (!gelukt) return { soort: 'conflict', stand, waarden, versie: huidigeVersie };
        if (keuze.lijst) await q.zetHerinneren(toegang, 'actie', stand.actie.id, keuze.lijst);
        await planEvaluatie(toegang, {
          soort: 'actie',
          id: stand.actie.id,
          datum: actie.evaluatieOp,
          nu: input.nu,
        });
        return { soort: 'bewaard', id: stand.actie.id, versie: stand.actie.versie + 1 };
      }
      const id = await q.voegActieToe(toegang, doel.id, actie, input.nu);
      if (keuze.lijst) await q.zetHerinneren(toegang, 'actie', id, keuze.lijst);
      await planEvaluatie(toegang, { soort: 'actie', id, datum: actie.evaluatieOp, nu: input.nu });
      return { soort: 'bewaard', id, versie: 1 };
    },
  );
}

export type NotitieUitkomst = { soort: 'bewaard'; id: string } | { soort: 'fout'; fout: string };

/** A progress note on an action: anyone who may respond (`reageren`) or more. */
export async function bewaarNotitie(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; actieId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<NotitieUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'reageren',
      actie: 'create',
      itemId: `actie:${kort(input.actieId)}:notitie`,
    },
    { now: input.nu },
    async (toegang): Promise<NotitieUitkomst> => {
      const actie = await q.actie(toegang, input.actieId);
      if (!actie) throw new HttpError('NOT_FOUND', 'plan-actie');
      const form = parseForm(notitieForm, input.body, t);
      if (!form.ok) return { soort: 'fout', fout: form.errors.tekst ?? t('veld.fout.verplicht') };
      const id = await q.voegNotitieToe(toegang, {
        actieId: actie.id,
        auteurId: viewer.accountId,
        tekst: form.data.tekst,
        nu: input.nu,
      });
      return { soort: 'bewaard', id };
    },
  );
}

export type BesluitUitkomst =
  | { soort: 'aanvaard' | 'afgewezen' }
  /** Decided already, or the goal or action changed since the proposal was made */
  | { soort: 'kan-niet'; reden: 'besloten' | 'verouderd' };

/** Applies an accepted proposal (and queues its evaluation reminder); false when what it changes moved on since. */
async function pasToe(toegang: Toegang, v: q.Voorstel, nu: Date): Promise<boolean> {
  if (v.soort === 'doel') {
    const gegevens = v.gegevens as DoelInvoer;
    const id = v.doelId
      ? (await q.wijzigDoel(toegang, { id: v.doelId, versie: v.basisVersie ?? -1, doel: gegevens, nu })) &&
        v.doelId
      : await q.voegDoelToe(toegang, gegevens, nu);
    if (id) await planEvaluatie(toegang, { soort: 'doel', id, datum: gegevens.evaluatieOp, nu });
    return id !== false;
  }
  const gegevens = v.gegevens as ActieInvoer;
  const id = v.actieId
    ? (await q.wijzigActie(toegang, { id: v.actieId, versie: v.basisVersie ?? -1, actie: gegevens, nu })) &&
      v.actieId
    : await q.voegActieToe(toegang, v.doelId as string, gegevens, nu);
  if (id) await planEvaluatie(toegang, { soort: 'actie', id, datum: gegevens.evaluatieOp, nu });
  return id !== false;
}

/** The resident (or her legal representative with `bewerken`) accepts or declines an open proposal. */
export async function beslisVoorstel(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; voorstelId: string; body: FormBody; nu: Date },
): Promise<BesluitUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: `voorstel:${kort(input.voorstelId)}`,
    },
    { now: input.nu },
    async (toegang): Promise<BesluitUitkomst> => {
      // A grantee with `bewerken` changes directly, but deciding is hers (or her representative's).
      if (!magBeslissen(toegang)) throw new HttpError('FORBIDDEN', 'alleen-eigenaar');
      const form = besluitForm.safeParse(input.body);
      if (!form.success) throw new HttpError('BAD_REQUEST', 'plan-besluit');
      await q.vergrendelPlan(toegang, input.nu);
      const voorstel = await q.voorstel(toegang, input.voorstelId);
      if (!voorstel) throw new HttpError('NOT_FOUND', 'plan-voorstel');
      if (voorstel.status !== 'open') return { soort: 'kan-niet', reden: 'besloten' };
      if (form.data.besluit === 'aanvaarden' && !(await pasToe(toegang, voorstel, input.nu)))
        return { soort: 'kan-niet', reden: 'verouderd' };
      const status = form.data.besluit === 'aanvaarden' ? 'aanvaard' : 'afgewezen';
      if (
        !(await q.beslisVoorstel(toegang, { id: voorstel.id, status, door: viewer.accountId, nu: input.nu }))
      )
        throw new HttpError('CONFLICT', 'plan-voorstel');
      return { soort: status };
    },
  );
}

export type RegievoerderUitkomst = { soort: 'ok' } | { soort: 'fout' } | { soort: 'conflict' };

/** She chooses one regievoerder from the professionals on her record (or none). Hers alone. */
export async function kiesRegievoerder(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
): Promise<RegievoerderUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: 'regievoerder',
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<RegievoerderUitkomst> => {
      const form = regievoerderForm.safeParse(input.body);
      if (!form.success) return { soort: 'fout' };
      const kandidaten = (await betrokkenen(toegang, input.nu)).filter(
        (b) => b.rol === 'professional' && b.niveaus.plan !== undefined,
      );
      if (form.data.account_id && !kandidaten.some((k) => k.accountId === form.data.account_id))
        return { soort: 'fout' };
      const gelukt = await q.zetRegievoerder(toegang, {
        accountId: form.data.account_id,
        versie: form.data.versie,
        nu: input.nu,
      });
      return gelukt ? { soort: 'ok' } : { soort: 'conflict' };
    },
  );
}

/**
 * For issue 13 (keukentafelgesprek): a goal agreed at the kitchen table goes into her plan as
 * an open proposal she accepts or declines, never straight in. The caller has passed the door
 * for section `plan` (at least `voorstellen`); `auteurId` is the professional who proposes.
 */
export async function stelDoelVoor(
  toegang: Toegang,
  input: { auteurId: string; doel: Omit<DoelInvoer, 'aanleiding'>; nu: Date },
): Promise<string> {
  if (toegang.sectie !== SECTIE) throw new Error('stelDoelVoor needs a Toegang for section plan');
  return q.maakVoorstel(toegang, {
    soort: 'doel',
    doelId: null,
    actieId: null,
    basisVersie: null,
    auteurId: input.auteurId,
    gegevens: { ...input.doel, aanleiding: 'keukentafelgesprek' },
    nu: input.nu,
  });
}
