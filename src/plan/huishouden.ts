import { createHash, randomInt } from 'node:crypto';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { systeemToegang, type Toegang, viaDeDeur } from '../regie/door/door.js';
import { inwonerNaamVan } from '../regie/queries.js';
import { SECTIE } from './lezen.js';
import * as q from './queries.js';
import { CODE_LENGTE, CODE_TEKENS, leesKoppelcode, MAX_HUISHOUDEN } from './rules.js';

/**
 * Huishouden (issue 11 item 4): residents who live together link their records as one
 * household, each by her own consent, and either ends it at any time. No search over residents:
 * one makes a link code on her own page and gives it to her housemate; the housemate enters it
 * on hers and consents. Each use case passes the door once for her own record (hers alone); the
 * other records are opened by the system path `huishouden` in the same transaction, so the link
 * (or its end) is in both trails or in neither. See docs/decisions/043.
 */

/** A link code is valid this long. */
export const CODE_GELDIG_MS = 7 * 24 * 60 * 60 * 1000;

const hashVan = (code: string) => createHash('sha256').update(`redzaam-huishouden:${code}`).digest('hex');

export type HuishoudenStand = {
  dossierId: string;
  /** Since when her record is in a household (null: it is not) */
  sinds: Date | null;
  /** The others in it: their names (shown to each other by their consent) and since when */
  anderen: { naam: string; sinds: Date }[];
  /** Until when her open link code is valid */
  codeTot: Date | null;
};

/** Opens another record of her household by the system path, audited there with her as actor. */
function inAnderDossier<T>(
  toegang: Toegang,
  viewer: Viewer | null,
  input: { dossierId: string; actie: 'read' | 'update' | 'delete'; nu: Date },
  werk: (ander: Toegang) => Promise<T>,
): Promise<T> {
  return systeemToegang(
    toegang,
    {
      reden: 'huishouden',
      gemeenteId: toegang.gemeenteId,
      dossierId: input.dossierId,
      now: input.nu,
      actor: viewer,
      actie: input.actie,
      sectie: SECTIE,
      itemId: 'huishouden',
      origin: viewer ? 'web' : 'system',
    },
    werk,
  );
}

/** Her household page: with whom her record is linked, and her open code. Hers alone. */
export async function leesHuishouden(
  db: Db,
  viewer: Viewer,
  dossierId: string,
  nu: Date,
): Promise<HuishoudenStand> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'read',
      itemId: 'huishouden',
      alleenEigenaar: true,
    },
    { now: nu },
    async (toegang) => {
      const lid = await q.lidmaatschap(toegang);
      const anderen: HuishoudenStand['anderen'] = [];
      for (const genoot of lid ? await q.huishoudgenoten(toegang) : [])
        anderen.push({
          naam: await inAnderDossier(
            toegang,
            viewer,
            { dossierId: genoot.dossierId, actie: 'read', nu },
            (ander) => inwonerNaamVan(ander),
          ),
          sinds: genoot.sinds,
        });
      return {
        dossierId: toegang.dossierId,
        sinds: lid?.sinds ?? null,
        anderen,
        codeTot: (await q.koppelcodeTot(toegang, nu)) ?? null,
      };
    },
  );
}

/** She makes a new link code for a housemate (the old one stops working). Shown to her once. */
export async function maakKoppelcode(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; nu: Date },
): Promise<{ code: string; tot: Date }> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'create',
      itemId: 'huishouden:code',
      alleenEigenaar: true,
    },
    { now: input.nu },
    async (toegang) => {
      const code = Array.from({ length: CODE_LENGTE }, () => CODE_TEKENS[randomInt(CODE_TEKENS.length)]).join(
        '',
      );
      const tot = new Date(input.nu.getTime() + CODE_GELDIG_MS);
      await q.zetKoppelcode(toegang, { hash: hashVan(code), verlooptOp: tot, nu: input.nu });
      return { code, tot };
    },
  );
}

export type KoppelUitkomst =
  | { soort: 'gekoppeld' }
  | { soort: 'fout'; errors: FieldErrors; waarden: { code: string } };

/**
 * She enters a housemate's link code and consents: her record joins the household of the
 * code's maker (made now when there is none). Refused next to the field, nothing written: no
 * consent ticked, a code that is unknown, expired or her own, her record already in a
 * household, or a full household.
 */
export async function koppel(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<KoppelUitkomst> {
  const { nu } = input;
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'update',
      itemId: 'huishouden',
      alleenEigenaar: true,
    },
    { now: nu },
    async (toegang): Promise<KoppelUitkomst> => {
      // Everything below reads what links committed before it (one link at a time per gemeente).
      await q.vergrendelHuishoudens(toegang);
      const invoer = typeof input.body.code === 'string' ? input.body.code.slice(0, 40) : '';
      const waarden = { code: invoer };
      const errors: FieldErrors = {};
      const code = leesKoppelcode(invoer);
      if (input.body.akkoord !== '1') errors.akkoord = t('plan.huishouden.fout.akkoord');
      if (!code) errors.code = t('plan.huishouden.fout.code');
      if (await q.lidmaatschap(toegang)) errors.code = t('plan.huishouden.fout.al-gekoppeld');
      if (Object.keys(errors).length > 0 || !code) return { soort: 'fout', errors, waarden };
      const maker = await q.recordVanKoppelcode(toegang, hashVan(code), nu);
      if (!maker || maker === toegang.dossierId)
        return { soort: 'fout', errors: { code: t('plan.huishouden.fout.code') }, waarden };
      const huishoudenId = await inAnderDossier(
        toegang,
        viewer,
        { dossierId: maker, actie: 'update', nu },
        async (ander) => {
          const lid = await q.lidmaatschap(ander);
          if (lid && (await q.aantalLeden(ander, lid.huishoudenId)) >= MAX_HUISHOUDEN) return null;
          await q.wisKoppelcode(ander);
          return lid ? lid.huishoudenId : q.maakHuishouden(ander, nu);
        },
      );
      if (!huishoudenId)
        return {
          soort: 'fout',
          errors: { code: t('plan.huishouden.fout.vol', { max: MAX_HUISHOUDEN }) },
          waarden,
        };
      await q.wordLid(toegang, huishoudenId, nu);
      return { soort: 'gekoppeld' };
    },
  );
}

/**
 * Her record leaves its household: the link ends for her at once, and is written in the trail
 * of every other record of it; a household of one left behind ends too. Used when she stops
 * (`stopHuishouden`) and when her record is erased (`viewer` null).
 */
export async function verlaat(toegang: Toegang, viewer: Viewer | null, nu: Date): Promise<boolean> {
  await q.vergrendelHuishoudens(toegang);
  const lid = await q.lidmaatschap(toegang);
  await q.wisKoppelcode(toegang);
  if (!lid) return false;
  const genoten = await q.huishoudgenoten(toegang);
  await q.verlaatHuishouden(toegang, lid.huishoudenId);
  const alleen = genoten.length === 1;
  for (const genoot of genoten)
    await inAnderDossier(
      toegang,
      viewer,
      { dossierId: genoot.dossierId, actie: 'delete', nu },
      async (ander) => {
        if (alleen) await q.verlaatHuishouden(ander, lid.huishoudenId);
      },
    );
  return true;
}

/** She ends the link of her record (and withdraws her open code). Hers alone, at any time. */
export async function stopHuishouden(
  db: Db,
  viewer: Viewer,
  input: { dossierId: string; nu: Date },
): Promise<boolean> {
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: SECTIE,
      nodig: 'bewerken',
      actie: 'delete',
      itemId: 'huishouden',
      alleenEigenaar: true,
    },
    { now: input.nu },
    (toegang) => verlaat(toegang, viewer, input.nu),
  );
}
