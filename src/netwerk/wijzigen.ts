import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { HttpError } from '../platform/http/errors.js';
import { parseForm } from '../platform/http/forms.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { type Toegang, viaDeDeur } from '../regie/door/door.js';
import { MAX_PERSONEN, type Relatie } from './codes.js';
import {
  besluitForm,
  naarInvoer,
  persoonForm,
  samenvattingForm,
  versieForm,
  type Waarden,
  waardenVan,
} from './forms.js';
import { type FormData, formStand, SECTIE } from './lezen.js';
import * as q from './queries.js';
import { aangebodenRelaties, isDubbel, type PersoonInvoer, wijzigingVanAnder } from './rules.js';

/**
 * Changing the netwerkkaart. Each use case passes the door once. The resident and a grantee
 * with `bewerken` change the map at once; a grantee with `voorstellen` makes a proposal the
 * resident accepts or declines. Every change to the map keeps a dated version. Nothing is
 * written when a field is wrong, the map is full, the name is there already, or the form's
 * version is not the stored one (409, the input kept).
 */

export type BewaarUitkomst =
  | { soort: 'bewaard'; persoonId: string }
  | { soort: 'voorgesteld' }
  | { soort: 'fout'; stand: FormData; errors: FieldErrors; waarden: Waarden; versie: number }
  | { soort: 'conflict'; stand: FormData; waarden: Waarden; versie: number };

/** Writes the map's current state as a dated version: after every change. */
async function nieuweVersie(toegang: Toegang, nu: Date): Promise<void> {
  await q.bewaarVersie(toegang, await q.personen(toegang), nu);
}

/** Checks what the form cannot know on its own: the gemeente's levensgebieden, the limit, doubles, links. */
async function controleer(
  toegang: Toegang,
  stand: FormData,
  invoer: PersoonInvoer,
  huidig: { id: string; accountId: string | null } | undefined,
  t: Translate,
): Promise<FieldErrors> {
  const persoonId = huidig?.id;
  const errors: FieldErrors = {};
  const codes = stand.gebieden.map((g) => g.code);
  if (invoer.helptBij.some((code) => !codes.includes(code))) errors.helpt_bij = t('veld.fout.keuze');
  // A code the gemeente hid is not for new people; someone who has it keeps it.
  if (!aangebodenRelaties(stand.relaties, stand.persoon?.persoon.relatie).includes(invoer.relatie as Relatie))
    errors.relatie = t('netwerk.fout.relatie.verborgen');
  // Only the resident links; a link she made earlier stays even when that grant has ended.
  const nieuweLink = invoer.accountId !== null && invoer.accountId !== (huidig?.accountId ?? null);
  if (nieuweLink && !stand.grantees.some((g) => g.accountId === invoer.accountId))
    errors.account_id = t('veld.fout.keuze');
  const alle = await q.personen(toegang);
  if (!persoonId && alle.length >= MAX_PERSONEN) errors.naam = t('netwerk.fout.vol', { max: MAX_PERSONEN });
  else if (isDubbel(invoer.naam, alle, persoonId)) errors.naam = t('netwerk.fout.dubbel');
  return errors;
}

/**
 * Adds a person (no `persoonId`) or changes one. A person id of another record's map is not
 * found (404, audited as refused); nothing is written then.
 */
export async function bewaarPersoon(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; persoonId?: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<BewaarUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'voorstellen',
      actie: input.persoonId ? 'update' : 'create',
      itemId: input.persoonId ? `persoon:${input.persoonId.slice(0, 40)}` : 'persoon',
    },
    { now: input.nu },
    async (toegang): Promise<BewaarUitkomst> => {
      if (!input.persoonId) await q.vergrendelKaart(toegang, input.nu);
      const stand = await formStand(toegang, input.persoonId, input.nu, t);
      const waarden = waardenVan(input.body);
      const huidig = input.persoonId ? await q.persoon(toegang, input.persoonId) : undefined;
      const form = parseForm(persoonForm, input.body, t);
      const versie = parseForm(versieForm, input.body, t);
      const huidigeVersie = huidig?.versie ?? 0;
      if (!form.ok || !versie.ok)
        return {
          soort: 'fout',
          stand,
          errors: { ...(form.ok ? {} : form.errors), ...(versie.ok ? {} : versie.errors) },
          waarden,
          versie: versie.ok ? versie.data.versie : huidigeVersie,
        };
      const gevraagd = naarInvoer(form.data);
      // A grantee never changes what is hers alone: a hidden name, its visibility, her notes, links.
      const invoer = stand.eigenaar
        ? gevraagd
        : { ...wijzigingVanAnder(huidig, gevraagd), accountId: huidig?.accountId ?? null };
      const errors = await controleer(toegang, stand, invoer, huidig, t);
      if (Object.keys(errors).length > 0)
        return { soort: 'fout', stand, errors, waarden, versie: versie.data.versie };
      if (versie.data.versie !== huidigeVersie)
        return { soort: 'conflict', stand, waarden, versie: huidigeVersie };
      if (!stand.kanBewerken) {
        await q.maakVoorstel(toegang, {
          persoonId: huidig?.id ?? null,
          persoonVersie: huidig?.versie ?? null,
          auteurId: viewer.accountId,
          invoer,
          nu: input.nu,
        });
        return { soort: 'voorgesteld' };
      }
      let persoonId: string;
      if (huidig) {
        if (!(await q.wijzigPersoon(toegang, { id: huidig.id, versie: huidig.versie, invoer, nu: input.nu })))
          return { soort: 'conflict', stand, waarden, versie: huidigeVersie };
        persoonId = huidig.id;
      } else persoonId = await q.voegPersoonToe(toegang, invoer, input.nu);
      await nieuweVersie(toegang, input.nu);
      return { soort: 'bewaard', persoonId };
    },
  );
}

export type VerwijderUitkomst = { soort: 'verwijderd' } | { soort: 'conflict'; stand: FormData };

/** Takes a person off the map (the resident, or `bewerken`), at the version the form showed. */
export async function verwijderPersoon(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; persoonId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<VerwijderUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'delete',
      itemId: `persoon:${input.persoonId.slice(0, 40)}`,
    },
    { now: input.nu },
    async (toegang): Promise<VerwijderUitkomst> => {
      const huidig = await q.persoon(toegang, input.persoonId);
      if (!huidig) throw new HttpError('NOT_FOUND', 'netwerk-persoon');
      const versie = versieForm.safeParse(input.body);
      const gelukt =
        versie.success &&
        versie.data.versie === huidig.versie &&
        (await q.verwijderPersoon(toegang, { id: huidig.id, versie: huidig.versie }));
      // The form again, read in this same pass through the door (one audit entry per request).
      if (!gelukt) return { soort: 'conflict', stand: await formStand(toegang, huidig.id, input.nu, t) };
      await nieuweVersie(toegang, input.nu);
      return { soort: 'verwijderd' };
    },
  );
}

export type BesluitUitkomst =
  | { soort: 'aanvaard' | 'afgewezen' }
  /** The person changed (or left) since the proposal, the map is full or the name is there: stays open */
  | { soort: 'kan-niet'; reden: 'verouderd' | 'vol' | 'dubbel' };

/** The resident accepts or declines an open proposal. */
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
      itemId: `voorstel:${input.voorstelId.slice(0, 40)}`,
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<BesluitUitkomst> => {
      const form = besluitForm.safeParse(input.body);
      if (!form.success) throw new HttpError('BAD_REQUEST', 'netwerk-besluit');
      const voorstel = await q.voorstel(toegang, input.voorstelId);
      if (voorstel?.status !== 'open') throw new HttpError('NOT_FOUND', 'netwerk-voorstel');
      if (form.data.besluit === 'afwijzen') {
        await q.beslisVoorstel(toegang, { id: voorstel.id, status: 'afgewezen', nu: input.nu });
        return { soort: 'afgewezen' };
      }
      await q.vergrendelKaart(toegang, input.nu);
      const alle = await q.personen(toegang);
      if (voorstel.persoonId) {
        const huidig = alle.find((p) => p.id === voorstel.persoonId);
        if (!huidig || huidig.versie !== voorstel.persoonVersie)
          return { soort: 'kan-niet', reden: 'verouderd' };
        if (isDubbel(voorstel.invoer.naam, alle, huidig.id)) return { soort: 'kan-niet', reden: 'dubbel' };
        const invoer = wijzigingVanAnder(huidig, voorstel.invoer);
        await q.wijzigPersoon(toegang, {
          id: huidig.id,
          versie: huidig.versie,
          invoer: { ...invoer, accountId: huidig.accountId },
          nu: input.nu,
        });
      } else {
        if (alle.length >= MAX_PERSONEN) return { soort: 'kan-niet', reden: 'vol' };
        if (isDubbel(voorstel.invoer.naam, alle)) return { soort: 'kan-niet', reden: 'dubbel' };
        await q.voegPersoonToe(
          toegang,
          { ...wijzigingVanAnder(undefined, voorstel.invoer), accountId: null },
          input.nu,
        );
      }
      await q.beslisVoorstel(toegang, { id: voorstel.id, status: 'aanvaard', nu: input.nu });
      await nieuweVersie(toegang, input.nu);
      return { soort: 'aanvaard' };
    },
  );
}

export type SamenvattingUitkomst = { soort: 'ok' } | { soort: 'fout' } | { soort: 'conflict' };

/** Her own answer to "which group am I in" (or back to what the map says): hers alone. */
export async function bewaarSamenvatting(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
): Promise<SamenvattingUitkomst> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: 'samenvatting',
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang): Promise<SamenvattingUitkomst> => {
      const form = samenvattingForm.safeParse(input.body);
      if (!form.success) return { soort: 'fout' };
      const keuze = form.data.keuze === 'afgeleid' ? null : form.data.keuze;
      const gelukt = await q.bewaarSamenvatting(toegang, { keuze, versie: form.data.versie, nu: input.nu });
      return gelukt ? { soort: 'ok' } : { soort: 'conflict' };
    },
  );
}
