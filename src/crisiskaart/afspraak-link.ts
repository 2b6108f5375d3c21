import { hashToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import { parseForm } from '../platform/http/forms.js';
import type { Translate } from '../platform/i18n/i18n.js';
import { systeemToegang } from '../regie/door/door.js';
import type { Taak } from './codes.js';
import { antwoordForm } from './forms.js';
import { SECTIE } from './lezen.js';
import * as q from './queries.js';
import { type LinkStand, linkStand } from './rules.js';
import { meldAntwoord } from './wijzigen.js';

/**
 * The one-time link by which someone on the resident's map answers her request, without an
 * account. The link is the key: its hash names one agreement. Reading the request and answering
 * it take the system path (reason `afspraak-link`), audited on her record. Once answered the
 * link is spent: a second click says so, and writes nothing.
 */

export type LinkVraag =
  | { stand: 'onbekend' }
  | { stand: Exclude<LinkStand, 'open'> }
  | { stand: 'open'; inwonerNaam: string; taak: Taak; toelichting: string; wie: string };

async function zoek(db: Db, gemeenteId: string, token: string) {
  if (token.length < 20 || token.length > 100) return undefined;
  return q.afspraakVanLink(db, gemeenteId, hashToken(token));
}

export async function leesLinkVraag(db: Db, gemeenteId: string, token: string, nu: Date): Promise<LinkVraag> {
  const gevonden = await zoek(db, gemeenteId, token);
  if (!gevonden) return { stand: 'onbekend' };
  return systeemToegang(
    db,
    {
      reden: 'afspraak-link',
      gemeenteId,
      dossierId: gevonden.dossier_id,
      now: nu,
      actor: null,
      actie: 'read',
      sectie: SECTIE,
      itemId: `afspraak:${gevonden.id}`,
      origin: 'link',
    },
    async (toegang): Promise<LinkVraag> => {
      const afspraak = await q.afspraak(toegang, gevonden.id);
      if (!afspraak) return { stand: 'onbekend' };
      const stand = linkStand(afspraak, nu);
      if (stand !== 'open') return { stand };
      const persoon = (await q.mapPersonen(toegang)).find((p) => p.id === afspraak.persoonId);
      return {
        stand,
        inwonerNaam: (await q.inwonerVan(toegang)).naam,
        taak: afspraak.taak,
        toelichting: afspraak.toelichting,
        wie: persoon?.naam ?? '',
      };
    },
  );
}

export type LinkAntwoord =
  | { soort: 'onbekend' | 'gebruikt' | 'verlopen' | 'ongeldig' }
  | { soort: 'afgesproken' | 'afgewezen' };

export async function beantwoordLink(
  db: Db,
  input: { gemeenteId: string; token: string; body: FormBody; nu: Date; baseUrl: string },
  t: Translate,
): Promise<LinkAntwoord> {
  const form = parseForm(antwoordForm, input.body, t);
  const gevonden = await zoek(db, input.gemeenteId, input.token);
  if (!gevonden) return { soort: 'onbekend' };
  // Spent or expired: answered before anything is opened, so nothing is written.
  const voorraad = await leesStand(db, input.gemeenteId, gevonden, input.nu);
  if (voorraad !== 'open') return { soort: voorraad };
  if (!form.ok) return { soort: 'ongeldig' };
  const status = form.data.antwoord === 'ja' ? 'afgesproken' : 'afgewezen';
  return systeemToegang(
    db,
    {
      reden: 'afspraak-link',
      gemeenteId: input.gemeenteId,
      dossierId: gevonden.dossier_id,
      now: input.nu,
      actor: null,
      actie: 'update',
      sectie: SECTIE,
      itemId: `afspraak:${gevonden.id}`,
      origin: 'link',
    },
    async (toegang): Promise<LinkAntwoord> => {
      // Two clicks at the same moment: the row lock lets one through; the other finds it answered.
      if (!(await q.beslisAfspraak(toegang, { id: gevonden.id, status, nu: input.nu })))
        return { soort: 'gebruikt' };
      await meldAntwoord(toegang, input.nu, input.baseUrl);
      return { soort: status };
    },
  );
}

async function leesStand(
  db: Db,
  gemeenteId: string,
  gevonden: { id: string; dossier_id: string },
  nu: Date,
): Promise<LinkStand> {
  const stand = await q.linkStandVan(db, gemeenteId, gevonden.id);
  return stand ? linkStand(stand, nu) : 'gebruikt';
}
