import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { DOELEN_JOB } from './doelen.js';
import {
  leesAantekeningen,
  leesBesluit,
  leesVerslag,
  leesVoorbereiding,
  MAX_TEKST,
  meldingForm,
  type Waarden,
  waardenVan,
} from './forms.js';
import { planHerinneringen } from './herinnering.js';
import { type GesprekData, gesprekStand, type LijstData, lijstStand, SECTIE } from './lezen.js';
import * as q from './queries.js';
import {
  controleerMelding,
  controleerVerslagStap,
  doelenVoorPlan,
  termijnenVan,
  type VerslagWeigering,
  VRAAGKAARTEN,
  vandaag,
  verslagUitAantekeningen,
} from './rules.js';

/**
 * Changing the keukentafelgesprekken. Each use case passes the door once. Nothing is written
 * when a field is wrong, a deadline lies before the melding, or the form's version is not the
 * stored one (409: the stored preparation shown, the input kept).
 */

const kort = (id: string) => id.slice(0, 40);

export type MeldingUitkomst =
  | { soort: 'bewaard'; id: string }
  | { soort: 'fout'; stand: LijstData; errors: FieldErrors; waarden: Waarden };

/** Records a melding (the resident, or someone with `bewerken`), its deadlines and their reminders. */
export async function meld(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<MeldingUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId: input.dossierId, sectie: SECTIE, nodig: 'bewerken', actie: 'create', itemId: 'gesprek' },
    { now: input.nu },
    async (toegang): Promise<MeldingUitkomst> => {
      const stand = await lijstStand(toegang, input.nu);
      const waarden = waardenVan(input.body);
      const form = parseForm(meldingForm, input.body, t);
      if (!form.ok) return { soort: 'fout', stand, errors: form.errors, waarden };
      const gemeldOp = form.data.gemeld_op as string;
      const fouten = controleerMelding({
        gemeldOp,
        onderzoekUiterlijk: form.data.onderzoek_uiterlijk,
        vandaag: vandaag(input.nu),
        termijnen: stand.termijnInstelling,
      });
      const errors: FieldErrors = {};
      if (fouten.gemeldOp) errors.gemeld_op = t(`gesprekken.fout.${fouten.gemeldOp}`);
      if (fouten.onderzoekUiterlijk)
        errors.onderzoek_uiterlijk = t(`gesprekken.fout.${fouten.onderzoekUiterlijk}`);
      if (Object.keys(errors).length > 0) return { soort: 'fout', stand, errors, waarden };
      const termijnen = termijnenVan(gemeldOp, stand.termijnInstelling);
      const onderzoekUiterlijk = form.data.onderzoek_uiterlijk ?? termijnen.onderzoekUiterlijk;
      const id = await q.voegGesprekToe(toegang, {
        gemeldOp,
        planUiterlijk: termijnen.planUiterlijk,
        onderzoekUiterlijk,
        gemeldDoor: viewer.accountId,
        nu: input.nu,
      });
      await planHerinneringen(toegang, {
        gesprekId: id,
        planUiterlijk: termijnen.planUiterlijk,
        onderzoekUiterlijk,
        herinnerDagen: stand.termijnInstelling.herinnerDagen,
        nu: input.nu,
      });
      return { soort: 'bewaard', id };
    },
  );
}

export type VoorbereidingUitkomst =
  | { soort: 'bewaard' }
  | { soort: 'fout'; stand: GesprekData; errors: FieldErrors; waarden: Waarden; versie: number }
  | { soort: 'conflict'; stand: GesprekData; waarden: Waarden; versie: number };

/** Stores her preparation (the resident, or someone with `reageren` who prepares with her). */
export async function bereidVoor(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<VoorbereidingUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'reageren',
      actie: 'update',
      itemId: `gesprek:${kort(input.gesprekId)}`,
    },
    { now: input.nu },
    async (toegang): Promise<VoorbereidingUitkomst> => {
      if (!(await q.gesprek(toegang, input.gesprekId, true))) throw new HttpError('NOT_FOUND');
      const stand = await gesprekStand(toegang, input.gesprekId, input.nu);
      const waarden = waardenVan(input.body);
      const form = leesVoorbereiding(input.body, {
        gebieden: stand.gebieden.map((g) => g.code),
        vragen: VRAAGKAARTEN,
      });
      if (!form.ok) {
        const errors: FieldErrors = {};
        for (const [veld, sleutel] of Object.entries(form.errors))
          errors[veld] = t(sleutel as 'veld.fout.keuze', { max: MAX_TEKST });
        return { soort: 'fout', stand, errors, waarden, versie: stand.gesprek.versie };
      }
      if (form.versie !== stand.gesprek.versie)
        return { soort: 'conflict', stand, waarden, versie: stand.gesprek.versie };
      if (
        !(await q.bewaarVoorbereiding(toegang, {
          id: input.gesprekId,
          versie: form.versie,
          voorbereiding: form.data,
          nu: input.nu,
        }))
      )
        return { soort: 'conflict', stand, waarden, versie: stand.gesprek.versie };
      return { soort: 'bewaard' };
    },
  );
}

/** Marks the persoonlijk plan as handed in today (the resident, or `bewerken`); once. */
export async function dienIn(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; nu: Date },
): Promise<'ingediend' | 'al-ingediend'> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: `gesprek:${kort(input.gesprekId)}:plan`,
    },
    { now: input.nu },
    async (toegang) => {
      if (!(await q.gesprek(toegang, input.gesprekId, true))) throw new HttpError('NOT_FOUND');
      return (await q.dienPlanIn(toegang, { id: input.gesprekId, op: vandaag(input.nu), nu: input.nu }))
        ? 'ingediend'
        : 'al-ingediend';
    },
  );
}

/** Turns a form's error keys into texts next to the fields. */
function foutTeksten(fouten: Record<string, string>, t: Translate): FieldErrors {
  const errors: FieldErrors = {};
  for (const [veld, sleutel] of Object.entries(fouten))
    errors[veld] = t(sleutel as 'veld.fout.keuze', { max: MAX_TEKST });
  return errors;
}

const rolVan = (viewer: Viewer): 'inwoner' | 'naaste' | 'professional' =>
  viewer.rol === 'inwoner' || viewer.rol === 'naaste' ? viewer.rol : 'professional';

/** Stores the notes of the talk (the professional, `bewerken`): the agenda must hold a domain. */
export async function bewaarGesprek(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<VoorbereidingUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: `gesprek:${kort(input.gesprekId)}:aantekeningen`,
    },
    { now: input.nu },
    async (toegang): Promise<VoorbereidingUitkomst> => {
      if (!(await q.gesprek(toegang, input.gesprekId, true))) throw new HttpError('NOT_FOUND');
      const stand = await gesprekStand(toegang, input.gesprekId, input.nu);
      const waarden = waardenVan(input.body);
      const versie = stand.gesprek.aantekeningenVersie;
      const form = leesAantekeningen(input.body, {
        gebieden: stand.gebieden.map((g) => g.code),
        vragen: VRAAGKAARTEN,
      });
      if (!form.ok) return { soort: 'fout', stand, errors: foutTeksten(form.errors, t), waarden, versie };
      if (
        form.versie !== versie ||
        !(await q.bewaarAantekeningen(toegang, {
          id: input.gesprekId,
          versie: form.versie,
          aantekeningen: form.data,
          nu: input.nu,
        }))
      )
        return { soort: 'conflict', stand, waarden, versie };
      return { soort: 'bewaard' };
    },
  );
}

export type VerslagUitkomst =
  | { soort: 'bewaard'; melding: 'opgesteld' | 'gecorrigeerd' | 'akkoord' | 'oneens' }
  | { soort: 'fout'; stand: GesprekData; errors: FieldErrors; waarden: Waarden }
  | { soort: 'conflict'; stand: GesprekData; waarden: Waarden; gezien: number; reden: VerslagWeigering };

/**
 * Drafts a new version of the report from the notes (the professional). Not without notes
 * whose agenda holds a domain, and not once the report is final.
 */
export async function stelVerslagOp(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; nu: Date },
  t: Translate,
): Promise<VerslagUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'create',
      itemId: `gesprek:${kort(input.gesprekId)}:verslag`,
    },
    { now: input.nu },
    async (toegang): Promise<VerslagUitkomst> => {
      if (!(await q.gesprek(toegang, input.gesprekId, true))) throw new HttpError('NOT_FOUND');
      const stand = await gesprekStand(toegang, input.gesprekId, input.nu);
      const { aantekeningen, verslagen, definitief } = stand.gesprek;
      if (!aantekeningen || aantekeningen.agenda.length === 0)
        return { soort: 'fout', stand, errors: { agenda: t('gesprekken.fout.agenda-leeg') }, waarden: {} };
      const laatste = verslagen.at(-1)?.nummer ?? 0;
      if (definitief)
        return { soort: 'conflict', stand, waarden: {}, gezien: laatste, reden: 'al-definitief' };
      const id = await q.voegVersieToe(toegang, {
        gesprekId: input.gesprekId,
        nummer: laatste + 1,
        inhoud: verslagUitAantekeningen(aantekeningen),
        auteurId: viewer.accountId,
        auteurRol: rolVan(viewer),
        nu: input.nu,
      });
      if (!id) return { soort: 'conflict', stand, waarden: {}, gezien: laatste, reden: 'verouderd' };
      return { soort: 'bewaard', melding: 'opgesteld' };
    },
  );
}

/** Reads the report's versions of one gesprek inside a use case, for the checks below. */
async function verslagStand(toegang: Toegang, gesprekId: string, nu: Date): Promise<GesprekData> {
  if (!(await q.gesprek(toegang, gesprekId, true))) throw new HttpError('NOT_FOUND');
  return gesprekStand(toegang, gesprekId, nu);
}

/**
 * Her correction (or her supporter's): a new version made from the version she saw. An
 * outdated version, or a final report, is a 409 with both versions; her text is kept.
 */
export async function corrigeerVerslag(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<VerslagUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'reageren',
      actie: 'update',
      itemId: `gesprek:${kort(input.gesprekId)}:verslag`,
    },
    { now: input.nu },
    async (toegang): Promise<VerslagUitkomst> => {
      const stand = await verslagStand(toegang, input.gesprekId, input.nu);
      const waarden = waardenVan(input.body);
      const versies = stand.gesprek.verslagen;
      const laatste = versies.at(-1);
      if (!laatste) throw new HttpError('NOT_FOUND');
      const form = leesVerslag(input.body, {
        codes: laatste.inhoud.perGebied.map((p) => p.code),
        gebieden: stand.gebieden.map((g) => g.code),
      });
      if (!form.ok) return { soort: 'fout', stand, errors: foutTeksten(form.errors, t), waarden };
      const weigering = controleerVerslagStap(versies, form.basis);
      if (weigering === 'geen-verslag') throw new HttpError('NOT_FOUND');
      if (weigering) return { soort: 'conflict', stand, waarden, gezien: form.basis, reden: weigering };
      const id = await q.voegVersieToe(toegang, {
        gesprekId: input.gesprekId,
        nummer: form.basis + 1,
        inhoud: form.data,
        auteurId: viewer.accountId,
        auteurRol: rolVan(viewer),
        nu: input.nu,
      });
      if (!id) return { soort: 'conflict', stand, waarden, gezien: form.basis, reden: 'verouderd' };
      return { soort: 'bewaard', melding: 'gecorrigeerd' };
    },
  );
}

/**
 * Her decision on the version she read (hers alone): agree, or disagree with her reaction.
 * That version becomes final; an outdated one is a 409 with both versions. When she agrees,
 * the agreed goals go to Mijn plan as proposals by a durable job queued in this transaction.
 */
export async function beslisOverVerslag(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; gesprekId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<VerslagUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: `gesprek:${kort(input.gesprekId)}:besluit`,
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<VerslagUitkomst> => {
      const stand = await verslagStand(toegang, input.gesprekId, input.nu);
      const waarden = waardenVan(input.body);
      const form = leesBesluit(input.body);
      if (!form.ok) return { soort: 'fout', stand, errors: foutTeksten(form.errors, t), waarden };
      const versies = stand.gesprek.verslagen;
      const weigering = controleerVerslagStap(versies, form.nummer);
      if (weigering === 'geen-verslag') throw new HttpError('NOT_FOUND');
      if (weigering) return { soort: 'conflict', stand, waarden, gezien: form.nummer, reden: weigering };
      const versie = versies.find((v) => v.nummer === form.nummer);
      if (!versie) throw new HttpError('NOT_FOUND');
      if (
        !(await q.legBesluitVast(toegang, {
          id: versie.id,
          besluit: form.besluit,
          reactie: form.reactie,
          nu: input.nu,
        }))
      )
        return { soort: 'conflict', stand, waarden, gezien: form.nummer, reden: 'al-definitief' };
      if (doelenVoorPlan({ besluit: form.besluit, inhoud: versie.inhoud }).length > 0)
        await q.zetJobInRij(toegang, input.nu, {
          name: DOELEN_JOB,
          payload: { verslagId: versie.id, dossierId: toegang.dossierId },
          key: versie.id,
          gemeenteId: toegang.gemeenteId,
        });
      return { soort: 'bewaard', melding: form.besluit };
    },
  );
}
