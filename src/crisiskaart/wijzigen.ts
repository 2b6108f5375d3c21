import { newToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Translate, translator } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { mailOverDossier } from '../regie/queries.js';
import { MAX_AFSPRAKEN } from './codes.js';
import {
  afspraakForm,
  antwoordForm,
  besluitForm,
  inhoudUit,
  kaartForm,
  versieForm,
  type Waarden,
  waardenVan,
} from './forms.js';
import { type FormStand, formStand, SECTIE } from './lezen.js';
import * as q from './queries.js';
import { geldigeWaarschuwPersonen, isLeeg, linkVerlooptOp } from './rules.js';

/**
 * Changing the crisiskaart. Each use case passes the door once. The resident (and a grantee
 * with `bewerken`) saves at once; a grantee with `voorstellen` makes a proposal she accepts or
 * declines. Nothing is written when a field is wrong, the plan is empty, or the form's version
 * is not the stored one (409, the input kept). Practical agreements are hers to ask; each is
 * "afgesproken" only when the person on her map confirmed it.
 */

export type BewaarUitkomst =
  | { soort: 'bewaard' }
  | { soort: 'voorgesteld' }
  | { soort: 'fout'; stand: FormStand; errors: FieldErrors; waarden: Waarden; versie: number }
  | { soort: 'conflict'; stand: FormStand; waarden: Waarden; versie: number };

export async function bewaarKaart(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BewaarUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId: input.dossierId, sectie: SECTIE, nodig: 'voorstellen', actie: 'update', itemId: 'kaart' },
    { now: input.nu },
    async (toegang): Promise<BewaarUitkomst> => {
      const stand = await formStand(toegang);
      const waarden = waardenVan(input.body);
      const form = parseForm(kaartForm, input.body, t);
      const versie = parseForm(versieForm, input.body, t);
      if (!form.ok || !versie.ok)
        return {
          soort: 'fout',
          stand,
          errors: { ...(form.ok ? {} : form.errors), ...(versie.ok ? {} : versie.errors) },
          waarden,
          versie: versie.ok ? versie.data.versie : stand.versie,
        };
      const inhoud = inhoudUit(form.data);
      const errors: FieldErrors = {};
      if (isLeeg(inhoud)) errors['tekst-signalen'] = t('crisiskaart.fout.leeg');
      const opDeKaart = stand.personen.map((p) => p.id);
      if (geldigeWaarschuwPersonen(inhoud, opDeKaart).length !== inhoud.waarschuwPersonen.length)
        errors.waarschuw = t('crisiskaart.fout.niet-op-kaart');
      if (Object.keys(errors).length > 0)
        return { soort: 'fout', stand, errors, waarden, versie: versie.data.versie };
      if (versie.data.versie !== stand.versie)
        return { soort: 'conflict', stand, waarden, versie: stand.versie };
      // Her card's name is hers alone: a grantee's change keeps it.
      const naam = stand.eigenaar ? form.data.naam : stand.naam;
      if (!stand.kanBewerken) {
        await q.maakVoorstel(toegang, {
          auteurId: viewer.accountId,
          kaartVersie: stand.versie,
          inhoud,
          nu: input.nu,
        });
        return { soort: 'voorgesteld' };
      }
      const gelukt = await q.bewaarKaart(toegang, { inhoud, naam, versie: stand.versie, nu: input.nu });
      if (!gelukt) throw new HttpError('CONFLICT', 'verouderd');
      return { soort: 'bewaard' };
    },
  );
}

export type BesluitUitkomst = 'aanvaard' | 'afgewezen' | 'verouderd' | 'al-besloten';

/** The resident accepts (the card becomes the proposal, if it was made against today's card) or declines. */
export async function beslisVoorstel(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; voorstelId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BesluitUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      alleenEigenaar: true,
      itemId: `voorstel:${input.voorstelId.slice(0, 40)}`,
    },
    { now: input.nu },
    async (toegang): Promise<BesluitUitkomst> => {
      const form = parseForm(besluitForm, input.body, t);
      if (!form.ok) throw new HttpError('BAD_REQUEST', 'besluit');
      const voorstel = (await q.voorstellen(toegang)).find((v) => v.id === input.voorstelId);
      if (!voorstel) throw new HttpError('NOT_FOUND');
      if (voorstel.status !== 'open') return 'al-besloten';
      if (form.data.besluit === 'afwijzen') {
        await q.beslisVoorstel(toegang, { id: voorstel.id, status: 'afgewezen', nu: input.nu });
        return 'afgewezen';
      }
      const kaart = await q.kaart(toegang);
      if ((kaart?.versie ?? 0) !== voorstel.kaartVersie) return 'verouderd';
      const personen = (await q.mapPersonen(toegang)).map((p) => p.id);
      const inhoud = {
        ...voorstel.inhoud,
        waarschuwPersonen: geldigeWaarschuwPersonen(voorstel.inhoud, personen),
      };
      const gelukt = await q.bewaarKaart(toegang, {
        inhoud,
        naam: kaart?.naam ?? '',
        versie: voorstel.kaartVersie,
        nu: input.nu,
      });
      if (!gelukt) return 'verouderd';
      await q.beslisVoorstel(toegang, { id: voorstel.id, status: 'aanvaard', nu: input.nu });
      return 'aanvaard';
    },
  );
}

/** "It is still right": the date checked becomes today (the resident only). */
export async function markeerGecontroleerd(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<'gecontroleerd' | 'conflict'> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      alleenEigenaar: true,
      itemId: 'gecontroleerd',
    },
    { now: input.nu },
    async (toegang) => {
      const versie = parseForm(versieForm, input.body, t);
      if (!versie.ok) throw new HttpError('BAD_REQUEST', 'versie');
      if (!(await q.kaart(toegang))) throw new HttpError('NOT_FOUND');
      return (await q.markeerGecontroleerd(toegang, { versie: versie.data.versie, nu: input.nu }))
        ? 'gecontroleerd'
        : 'conflict';
    },
  );
}

export type AfspraakUitkomst =
  | { soort: 'gevraagd'; perMail: boolean }
  | { soort: 'fout'; errors: FieldErrors; waarden: Record<string, string> };

/**
 * The resident asks someone on her map to take on a practical task. With an e-mail address the
 * person gets a one-time link (the mail carries nothing but the link); someone whose map entry
 * is linked to an account may answer in the app instead. Someone not on her map is refused.
 */
export async function vraagAfspraak(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date; baseUrl: string },
  t: Translate,
): Promise<AfspraakUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'create',
      alleenEigenaar: true,
      itemId: 'afspraak',
    },
    { now: input.nu },
    async (toegang): Promise<AfspraakUitkomst> => {
      const waarden = Object.fromEntries(
        ['persoon', 'taak', 'toelichting', 'email'].map((k) => {
          const w = input.body[k];
          return [k, typeof w === 'string' ? w.slice(0, 2000) : ''];
        }),
      );
      const form = parseForm(afspraakForm, input.body, t);
      if (!form.ok) return { soort: 'fout', errors: form.errors, waarden };
      const persoon = (await q.mapPersonen(toegang)).find((p) => p.id === form.data.persoon);
      const errors: FieldErrors = {};
      if (!persoon) errors.persoon = t('crisiskaart.fout.niet-op-kaart');
      else if (form.data.email === '' && persoon.email === null)
        errors.email = t('crisiskaart.fout.email-nodig');
      if ((await q.afspraken(toegang)).length >= MAX_AFSPRAKEN)
        errors.taak = t('crisiskaart.fout.te-veel', { max: MAX_AFSPRAKEN });
      if (!persoon || Object.keys(errors).length > 0) return { soort: 'fout', errors, waarden };
      const perMail = form.data.email !== '';
      const link = perMail ? newToken() : undefined;
      await q.voegAfspraakToe(toegang, {
        persoonId: persoon.id,
        taak: form.data.taak,
        toelichting: form.data.toelichting,
        tokenHash: link ? link.id : null,
        tokenVerloopt: link ? linkVerlooptOp(input.nu) : null,
        nu: input.nu,
      });
      if (link) {
        const tm = translator('nl');
        await mailOverDossier(toegang, input.nu, {
          to: form.data.email,
          subject: tm('crisiskaart.mail.vraag.onderwerp'),
          body: tm('crisiskaart.mail.vraag.tekst', {
            link: `${input.baseUrl}/crisiskaart/afspraak/${link.token}`,
          }),
        });
      }
      return { soort: 'gevraagd', perMail };
    },
  );
}

export async function verwijderAfspraak(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; afspraakId: string; nu: Date },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'delete',
      alleenEigenaar: true,
      itemId: `afspraak:${input.afspraakId.slice(0, 40)}`,
    },
    { now: input.nu },
    async (toegang) => {
      if (!(await q.verwijderAfspraak(toegang, input.afspraakId))) throw new HttpError('NOT_FOUND');
    },
  );
}

/** Tells the resident that someone answered (the mail only links to her plan). */
export async function meldAntwoord(toegang: Toegang, nu: Date, baseUrl: string): Promise<void> {
  const inwoner = await q.inwonerVan(toegang);
  const tm = translator('nl');
  await mailOverDossier(toegang, nu, {
    to: inwoner.email,
    subject: tm('crisiskaart.mail.antwoord.onderwerp'),
    body: tm('crisiskaart.mail.antwoord.tekst', {
      naam: inwoner.naam,
      link: `${baseUrl}/dossiers/${toegang.dossierId}/crisiskaart/plan`,
    }),
  });
}

/**
 * The person asked answers in the app: only the one whose map entry is linked to their account,
 * and only once ('al-beantwoord' the second time, nothing written).
 */
export async function beantwoordInApp(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; afspraakId: string; body: FormBody; nu: Date; baseUrl: string },
  t: Translate,
): Promise<'afgesproken' | 'afgewezen' | 'al-beantwoord'> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'lezen',
      actie: 'update',
      itemId: `afspraak:${input.afspraakId.slice(0, 40)}`,
    },
    { now: input.nu },
    async (toegang) => {
      if (toegang.grondslag === 'noodtoegang') throw new HttpError('FORBIDDEN', 'alleen-de-kaart');
      const form = parseForm(antwoordForm, input.body, t);
      const afspraak = await q.afspraak(toegang, input.afspraakId);
      if (!afspraak) throw new HttpError('NOT_FOUND');
      const persoon = (await q.mapPersonen(toegang)).find((p) => p.id === afspraak.persoonId);
      if (!persoon?.accountId || persoon.accountId !== viewer.accountId)
        throw new HttpError('FORBIDDEN', 'niet-gevraagd');
      if (!form.ok) throw new HttpError('BAD_REQUEST', 'antwoord');
      const status = form.data.antwoord === 'ja' ? 'afgesproken' : 'afgewezen';
      if (!(await q.beslisAfspraak(toegang, { id: afspraak.id, status, nu: input.nu })))
        return 'al-beantwoord';
      await meldAntwoord(toegang, input.nu, input.baseUrl);
      return status;
    },
  );
}
