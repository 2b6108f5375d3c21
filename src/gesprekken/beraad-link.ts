import { hashToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { FormBody } from '../platform/http/body.js';
import type { Translate } from '../platform/i18n/i18n.js';
import type { FieldErrors } from '../platform/views/components.js';
import { systeemToegang } from '../regie/door/door.js';
import { inwonerNaamVan } from '../regie/queries.js';
import { leesUitnodigingAntwoord, MAX_TEKST, type Waarden, waardenVan } from './forms.js';
import { SECTIE } from './lezen.js';
import * as q from './queries.js';

/**
 * The link by which someone the resident invited to her netwerkberaad answers, without an
 * account. The link is the key: its hash names one invitation, which exists only while she
 * consents to inviting that person. Reading and answering take the system path (reason
 * `beraad-uitnodiging`), audited on her record. They see her name, the day and the agenda's
 * topics, and their own answer; nothing of her record beyond that. They may change their answer
 * until she has decided on the network's plan; an unknown link writes nothing (not even an
 * audit entry: no record was opened).
 */

export type Uitnodiging =
  | { stand: 'onbekend' | 'gesloten' }
  | {
      stand: 'open';
      inwonerNaam: string;
      naam: string;
      datum: string;
      agenda: q.Gebied[];
      antwoord: 'komt' | 'komt-niet' | null;
      aanbod: string;
    };

async function zoek(db: Db, gemeenteId: string, token: string) {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return undefined;
  return q.genodigdeVanLink(db, gemeenteId, hashToken(token));
}

const aanvraag = (gemeenteId: string, gevonden: { id: string; dossier_id: string }, nu: Date) => ({
  gemeenteId,
  dossierId: gevonden.dossier_id,
  now: nu,
  actor: null,
  sectie: SECTIE,
  itemId: `genodigde:${gevonden.id}`,
  origin: 'link',
});

/** What the invited person sees, read in the system path's transaction. */
async function uitnodigingIn(
  toegang: Parameters<Parameters<typeof systeemToegang>[2]>[0],
  id: string,
  beraadId: string,
) {
  const beraad = (await q.beraden(toegang, { netwerkTekst: true })).find((b) => b.id === beraadId);
  const genodigde = beraad?.genodigden.find((g) => g.id === id);
  if (!beraad || !genodigde) return { stand: 'onbekend' } as const;
  if (beraad.besluit !== null) return { stand: 'gesloten' } as const;
  const gebieden = await q.gebieden(toegang);
  return {
    stand: 'open',
    inwonerNaam: await inwonerNaamVan(toegang),
    naam: genodigde.naam,
    datum: beraad.datum,
    agenda: gebieden.filter((g) => beraad.inhoud.agenda.includes(g.code)),
    antwoord: genodigde.antwoord,
    aanbod: genodigde.aanbod,
  } as const;
}

export async function leesUitnodiging(
  db: Db,
  gemeenteId: string,
  token: string,
  nu: Date,
): Promise<Uitnodiging> {
  const gevonden = await zoek(db, gemeenteId, token);
  if (!gevonden) return { stand: 'onbekend' };
  return systeemToegang(
    db,
    { reden: 'beraad-uitnodiging', actie: 'read', ...aanvraag(gemeenteId, gevonden, nu) },
    (toegang) => uitnodigingIn(toegang, gevonden.id, gevonden.beraad_id),
  );
}

export type UitnodigingAntwoord =
  | { soort: 'onbekend' | 'gesloten' }
  | { soort: 'fout'; uitnodiging: Uitnodiging; errors: FieldErrors; waarden: Waarden }
  | { soort: 'komt' | 'komt-niet' };

export async function beantwoordUitnodiging(
  db: Db,
  input: { gemeenteId: string; token: string; body: FormBody; nu: Date },
  t: Translate,
): Promise<UitnodigingAntwoord> {
  const gevonden = await zoek(db, input.gemeenteId, input.token);
  if (!gevonden) return { soort: 'onbekend' };
  return systeemToegang(
    db,
    { reden: 'beraad-uitnodiging', actie: 'update', ...aanvraag(input.gemeenteId, gevonden, input.nu) },
    async (toegang): Promise<UitnodigingAntwoord> => {
      const uitnodiging = await uitnodigingIn(toegang, gevonden.id, gevonden.beraad_id);
      if (uitnodiging.stand !== 'open') return { soort: uitnodiging.stand };
      const form = leesUitnodigingAntwoord(input.body);
      if (!form.ok) {
        const errors: FieldErrors = {};
        for (const [veld, sleutel] of Object.entries(form.errors))
          errors[veld] = t(sleutel as 'veld.fout.keuze', { max: MAX_TEKST });
        return { soort: 'fout', uitnodiging, errors, waarden: waardenVan(input.body) };
      }
      await q.beantwoordUitnodiging(toegang, {
        id: gevonden.id,
        antwoord: form.antwoord,
        aanbod: form.aanbod,
        nu: input.nu,
      });
      return { soort: form.antwoord };
    },
  );
}
