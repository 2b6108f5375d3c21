import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { viaDeDeur } from '../regie/door/door.js';
import { leesVoorbereiding, MAX_TEKST, meldingForm, type Waarden, waardenVan } from './forms.js';
import { planHerinneringen } from './herinnering.js';
import { type GesprekData, gesprekStand, type LijstData, lijstStand, SECTIE } from './lezen.js';
import * as q from './queries.js';
import { controleerMelding, termijnenVan, VRAAGKAARTEN, vandaag } from './rules.js';

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
