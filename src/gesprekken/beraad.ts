import { newToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Translate, translator } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { mailOverDossier } from '../regie/queries.js';
import { BERAAD_DOELEN_JOB, BERAAD_VERVOLG_JOB } from './doelen.js';
import {
  leesAfspraken,
  leesBeraad as leesBeraadForm,
  leesBesluit,
  MAX_TEKST,
  type Waarden,
  waardenVan,
} from './forms.js';
import { type GesprekData, gesprekStand, SECTIE } from './lezen.js';
import * as q from './queries.js';
import {
  controleerBeraad,
  controleerBeraadStap,
  doelenVoorPlan,
  netwerkTekstZichtbaar,
  type VerslagWeigering,
  vervolgMoment,
} from './rules.js';

/**
 * The netwerkberaad (issue 13 item 5, Eigen Kracht-style): the resident invites people from her
 * network map, with her consent per person; they answer by an e-mailed link without an account
 * (beraad-link.ts). The meeting has an information part and private time for the network: then
 * nobody who takes part as a professional sees what the network writes, and the start and end
 * are entries in her trail. The network's agreements come back to her; when she agrees they go
 * to Mijn plan as proposals, and a follow-up after 4 weeks is queued. Each use case passes the
 * door once (section `gesprekken`).
 */

const kort = (id: string) => id.slice(0, 40);
const item = (gesprekId: string, rest = '') => `gesprek:${kort(gesprekId)}:beraad${rest}`;

export type BeraadData = GesprekData & {
  beraad: q.Beraad | undefined;
  /** The people on her map (the owner's form only; empty for anyone else) */
  personen: q.MapPersoon[];
  /** False for a professional during the network's private time: offers and agreements hidden */
  netwerkTekst: boolean;
  /** Sets the meeting up and invites: the resident only */
  kanInrichten: boolean;
  /** Starts or ends the private time, writes the network's plan: `reageren` (not a professional during private time) */
  kanPlannen: boolean;
};

const isProfessional = (viewer: Viewer) => viewer.rol !== 'inwoner' && viewer.rol !== 'naaste';

async function beraadStand(
  toegang: Toegang,
  viewer: Viewer,
  gesprekId: string,
  nu: Date,
): Promise<BeraadData> {
  const stand = await gesprekStand(toegang, gesprekId, nu);
  const professional = isProfessional(viewer) && toegang.grondslag !== 'eigenaar';
  let beraad = (await q.beraden(toegang, { gesprekId, netwerkTekst: !professional }))[0];
  const netwerkTekst = netwerkTekstZichtbaar({ eigenTijd: !!beraad?.eigenTijdSinds, professional });
  if (beraad && professional && netwerkTekst)
    beraad = (await q.beraden(toegang, { gesprekId, netwerkTekst: true }))[0];
  return {
    ...stand,
    beraad,
    personen: stand.eigenaar ? await q.mapPersonen(toegang) : [],
    netwerkTekst,
    kanInrichten: stand.eigenaar,
    kanPlannen: stand.kanCorrigeren && netwerkTekst,
  };
}

/** The netwerkberaad of one gesprek for its page (`lezen`). */
export async function leesBeraad(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; nu: Date },
): Promise<BeraadData> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'lezen',
      actie: 'read',
      itemId: item(input.gesprekId),
    },
    { now: input.nu },
    (toegang) => beraadStand(toegang, viewer, input.gesprekId, input.nu),
  );
}

export type BeraadUitkomst =
  | { soort: 'bewaard'; melding: 'ingericht' | 'plan' | 'akkoord' | 'oneens' }
  | { soort: 'fout'; stand: BeraadData; errors: FieldErrors; waarden: Waarden }
  | { soort: 'conflict'; stand: BeraadData; waarden: Waarden; reden: VerslagWeigering };

function foutTeksten(fouten: Record<string, string>, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const [veld, sleutel] of Object.entries(fouten))
    errors[veld] = t(sleutel as 'veld.fout.keuze', { max: MAX_TEKST });
  return errors;
}

async function standVoorWijzigen(toegang: Toegang, viewer: Viewer, gesprekId: string, nu: Date) {
  if (!(await q.gesprek(toegang, gesprekId, true))) throw new HttpError('NOT_FOUND');
  return beraadStand(toegang, viewer, gesprekId, nu);
}

/**
 * She sets the meeting up (hers alone): the day, the agenda, the information part, and whom to
 * invite. Ticking a person is her consent for that person: they get a mail with a one-time link
 * and nothing else; unticking withdraws it (their link stops working, their answer is removed).
 * A day before the melding, an empty agenda or a person without an address: nothing written.
 */
export async function richtBeraadIn(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; body: FormBody; nu: Date; baseUrl: string },
  t: Translate,
): Promise<BeraadUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      alleenEigenaar: true,
      itemId: item(input.gesprekId),
    },
    { now: input.nu },
    async (toegang): Promise<BeraadUitkomst> => {
      const stand = await standVoorWijzigen(toegang, viewer, input.gesprekId, input.nu);
      const waarden = waardenVan(input.body);
      const form = leesBeraadForm(input.body, {
        gebieden: stand.gebieden.map((g) => g.code),
        personen: stand.personen.map((p) => p.id),
      });
      if (!form.ok) return { soort: 'fout', stand, errors: foutTeksten(form.errors, t), waarden };
      const errors: FieldErrors = {};
      const fouten = controleerBeraad({
        datum: form.datum,
        gemeldOp: stand.gesprek.gemeldOp,
        agenda: form.agenda,
      });
      if (fouten.datum) errors.datum = t('gesprekken.fout.beraad.datum-voor-melding');
      const al = new Set(stand.beraad?.genodigden.map((g) => g.persoonId) ?? []);
      const nieuw = stand.personen.filter((p) => form.uitnodigen.includes(p.id) && !al.has(p.id));
      for (const p of nieuw)
        if (!form.emails[p.id] && !p.email) errors[`email_${p.id}`] = t('gesprekken.fout.beraad.email-nodig');
      if (Object.keys(errors).length > 0) return { soort: 'fout', stand, errors, waarden };
      const weigering = stand.beraad ? controleerBeraadStap(stand.beraad, form.versie) : undefined;
      if (weigering || (!stand.beraad && form.versie !== 0))
        return { soort: 'conflict', stand, waarden, reden: weigering ?? 'verouderd' };
      const id = await q.bewaarBeraad(toegang, {
        gesprekId: input.gesprekId,
        versie: form.versie,
        datum: form.datum,
        inhoud: {
          agenda: stand.gebieden.map((g) => g.code).filter((c) => form.agenda.includes(c)),
          informatie: form.informatie,
          afspraken: stand.beraad?.inhoud.afspraken ?? [],
        },
        nu: input.nu,
      });
      if (!id) return { soort: 'conflict', stand, waarden, reden: 'verouderd' };
      for (const persoonId of al)
        if (!form.uitnodigen.includes(persoonId)) await q.trekUitnodigingIn(toegang, id, persoonId);
      const tm = translator('nl');
      for (const p of nieuw) {
        const link = newToken();
        await q.nodigUit(toegang, { beraadId: id, persoonId: p.id, tokenHash: link.id, nu: input.nu });
        await mailOverDossier(toegang, input.nu, {
          to: form.emails[p.id] ?? p.email ?? '',
          subject: tm('gesprekken.mail.beraad.onderwerp'),
          body: tm('gesprekken.mail.beraad.tekst', { link: `${input.baseUrl}/netwerkberaad/${link.token}` }),
        });
      }
      return { soort: 'bewaard', melding: 'ingericht' };
    },
  );
}

/**
 * Starts or ends the network's private time (`reageren`: she, a naaste, or whoever helps her).
 * The door writes each as an entry in her trail (`…:beraad:eigen-tijd-begin` / `-einde`).
 */
export async function zetEigenTijd(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; aan: boolean; nu: Date },
): Promise<'eigen-tijd-begin' | 'eigen-tijd-einde' | 'ongewijzigd'> {
  const stap = input.aan ? 'eigen-tijd-begin' : 'eigen-tijd-einde';
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'reageren',
      actie: 'update',
      itemId: item(input.gesprekId, `:${stap}`),
    },
    { now: input.nu },
    async (toegang) => {
      if (!(await q.gesprek(toegang, input.gesprekId, true))) throw new HttpError('NOT_FOUND');
      const beraad = (await q.beraden(toegang, { gesprekId: input.gesprekId, netwerkTekst: false }))[0];
      if (!beraad) throw new HttpError('NOT_FOUND');
      return (await q.zetEigenTijd(toegang, { id: beraad.id, aan: input.aan, nu: input.nu }))
        ? stap
        : 'ongewijzigd';
    },
  );
}

/**
 * The network's plan: the agreements on the version seen (`reageren`). During the private time
 * a professional is refused (403, in the trail as `geweigerd:eigen-tijd`). An outdated version or
 * a decided plan is a 409 that keeps the input and writes nothing.
 */
export async function bewaarAfspraken(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BeraadUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'reageren',
      actie: 'update',
      itemId: item(input.gesprekId, ':plan'),
    },
    { now: input.nu },
    async (toegang): Promise<BeraadUitkomst> => {
      const stand = await standVoorWijzigen(toegang, viewer, input.gesprekId, input.nu);
      if (!stand.beraad) throw new HttpError('NOT_FOUND');
      if (!stand.netwerkTekst) throw new HttpError('FORBIDDEN', 'eigen-tijd');
      const waarden = waardenVan(input.body);
      const form = leesAfspraken(
        input.body,
        stand.gebieden.map((g) => g.code),
      );
      if (!form.ok) return { soort: 'fout', stand, errors: foutTeksten(form.errors, t), waarden };
      const weigering = controleerBeraadStap(stand.beraad, form.versie);
      if (weigering) return { soort: 'conflict', stand, waarden, reden: weigering };
      const id = await q.bewaarBeraad(toegang, {
        gesprekId: input.gesprekId,
        versie: form.versie,
        datum: stand.beraad.datum,
        inhoud: { ...stand.beraad.inhoud, afspraken: form.afspraken },
        nu: input.nu,
      });
      if (!id) return { soort: 'conflict', stand, waarden, reden: 'verouderd' };
      return { soort: 'bewaard', melding: 'plan' };
    },
  );
}

/**
 * Her decision on the network's plan as she read it (hers alone): agree, or disagree with her
 * reaction. It ends the private time. When she agrees, the agreements go to Mijn plan as
 * proposals; either way a follow-up is queued for 4 weeks later — both jobs in this transaction.
 */
export async function beslisOverBeraad(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BeraadUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      alleenEigenaar: true,
      itemId: item(input.gesprekId, ':besluit'),
    },
    { now: input.nu },
    async (toegang): Promise<BeraadUitkomst> => {
      const stand = await standVoorWijzigen(toegang, viewer, input.gesprekId, input.nu);
      const beraad = stand.beraad;
      if (!beraad) throw new HttpError('NOT_FOUND');
      const waarden = waardenVan(input.body);
      const form = leesBesluit(input.body);
      if (!form.ok) return { soort: 'fout', stand, errors: foutTeksten(form.errors, t), waarden };
      const weigering = controleerBeraadStap(beraad, form.nummer);
      if (weigering) return { soort: 'conflict', stand, waarden, reden: weigering };
      if (
        !(await q.legBeraadBesluitVast(toegang, {
          id: beraad.id,
          versie: form.nummer,
          besluit: form.besluit,
          reactie: form.reactie,
          nu: input.nu,
        }))
      )
        return { soort: 'conflict', stand, waarden, reden: 'verouderd' };
      const payload = { beraadId: beraad.id, dossierId: toegang.dossierId };
      if (doelenVoorPlan({ besluit: form.besluit, inhoud: { doelen: beraad.inhoud.afspraken } }).length > 0)
        await q.zetJobInRij(toegang, input.nu, {
          name: BERAAD_DOELEN_JOB,
          payload,
          key: beraad.id,
          gemeenteId: toegang.gemeenteId,
        });
      await q.zetJobInRij(toegang, input.nu, {
        name: BERAAD_VERVOLG_JOB,
        payload,
        key: beraad.id,
        runAt: vervolgMoment(input.nu),
        gemeenteId: toegang.gemeenteId,
      });
      return { soort: 'bewaard', melding: form.besluit };
    },
  );
}
