import { hashToken, newToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { Gemeente } from '../platform/db/schema.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Locale, translator } from '../platform/i18n/i18n.js';
import {
  registreerPoging,
  systeemToegang,
  type Toegang,
  uitnodigingVanLink,
  viaDeDeur,
} from './door/door.js';
import * as q from './queries.js';
import { isLive, magUitnodigen, type Niveau, ONGEDAAN_MAKEN_MS, rolPastBijUitnodiging } from './rules.js';

/** Sharing a record: invite, accept, change, revoke. Only the resident shares; no one passes access on. */

const UITNODIGING_GELDIG_MS = 7 * 24 * 60 * 60_000;

export type UitnodigingInput = {
  gemeente: Gemeente;
  dossierId: string;
  email: string;
  rol: 'naaste' | 'professional';
  niveaus: Partial<Record<string, Niveau>>;
  doel: string;
  eindigtOp: Date | null;
  locale: Locale;
  baseUrl: string;
};

export type UitnodigResultaat =
  | { ok: true }
  | { ok: false; veld: 'email'; fout: 'veld.fout.zichzelf' | 'veld.fout.al-toegang' };

export async function nodigUit(
  db: Db,
  now: Date,
  viewer: Viewer,
  input: UitnodigingInput,
): Promise<UitnodigResultaat> {
  if (magUitnodigen({ eigenEmail: viewer.email, email: input.email }) === 'zichzelf') {
    await registreerPoging(
      db,
      viewer,
      { dossierId: input.dossierId, sectie: null, actie: 'create', reden: 'zichzelf', itemId: 'uitnodiging' },
      now,
    );
    return { ok: false, veld: 'email', fout: 'veld.fout.zichzelf' };
  }
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: null,
      nodig: 'bewerken',
      actie: 'create',
      itemId: 'uitnodiging',
      alleenEigenaar: true,
    },
    { now },
    async (toegang): Promise<UitnodigResultaat> => {
      // Someone with a live grant is changed, not invited again; after it ended or was stopped, invite anew.
      const bestaand = await q.listToegangen(toegang);
      const live = bestaand.filter((t) =>
        isLive({ ingetrokkenOp: t.ingetrokken_op, eindigtOp: t.eindigt_op }, now),
      );
      if (live.some((t) => t.email === input.email))
        return { ok: false, veld: 'email', fout: 'veld.fout.al-toegang' };
      const { token, id } = newToken();
      await q.insertUitnodiging(toegang, {
        id,
        email: input.email,
        rol: input.rol,
        secties: input.niveaus as Record<string, Niveau>,
        doel: input.doel,
        eindigtOp: input.eindigtOp,
        expiresAt: new Date(now.getTime() + UITNODIGING_GELDIG_MS),
      });
      const t = translator(input.locale);
      await q.mailOverDossier(toegang, now, {
        to: input.email,
        subject: t('mail.uitnodiging.onderwerp', { naam: viewer.naam }),
        body: t('mail.uitnodiging.tekst', {
          naam: viewer.naam,
          gemeente: input.gemeente.naam,
          link: `${input.baseUrl}/uitnodiging/${token}`,
        }),
      });
      return { ok: true };
    },
  );
}

export type UitnodigingStaat =
  | { staat: 'ongeldig' }
  | { staat: 'open'; uitnodiging: NonNullable<Awaited<ReturnType<typeof uitnodigingVanLink>>> };

/** Looks up an invitation link; used, withdrawn and expired links are all simply "ongeldig". */
export async function bekijkUitnodiging(
  db: Db,
  gemeenteId: string,
  token: string,
  now: Date,
): Promise<UitnodigingStaat> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { staat: 'ongeldig' };
  const uitnodiging = await uitnodigingVanLink(db, gemeenteId, hashToken(token));
  if (
    !uitnodiging ||
    uitnodiging.accepted_at ||
    uitnodiging.ingetrokken_op ||
    uitnodiging.expires_at <= now
  ) {
    return { staat: 'ongeldig' };
  }
  return { staat: 'open', uitnodiging };
}

/** Ends the system path's transaction without writing anything; the caller logs the refusal. */
class Geweigerd extends Error {
  constructor(readonly reden: 'vertegenwoordiger' | 'ongeldig') {
    super(reden);
  }
}

export type AccepteerResultaat =
  | 'geaccepteerd'
  | 'ongeldig'
  | 'ander-adres'
  | 'verkeerde-rol'
  | 'vertegenwoordiger';

/**
 * Accepts an invitation for the logged-in person. The link is bound to the address it was
 * sent to and works once; the grant and its audit entry are written together.
 */
export async function accepteerUitnodiging(
  db: Db,
  now: Date,
  viewer: Viewer,
  token: string,
): Promise<AccepteerResultaat> {
  const staat = await bekijkUitnodiging(db, viewer.gemeenteId, token, now);
  if (staat.staat === 'ongeldig') return 'ongeldig';
  const { uitnodiging } = staat;
  const weiger = async (reden: 'ander-adres' | 'verkeerde-rol' | 'vertegenwoordiger') => {
    await registreerPoging(
      db,
      viewer,
      { dossierId: uitnodiging.dossier_id, sectie: null, actie: 'create', reden, itemId: 'uitnodiging' },
      now,
    );
    return reden;
  };
  if (uitnodiging.email !== viewer.email) return weiger('ander-adres');
  if (
    !rolPastBijUitnodiging(uitnodiging.rol, viewer.rol) ||
    uitnodiging.inwoner_account_id === viewer.accountId
  ) {
    return weiger('verkeerde-rol');
  }
  // The link is the key: the resident chose this person when she sent it (systeemToegang, reason "uitnodiging").
  const uitkomst = await systeemToegang(
    db,
    {
      reden: 'uitnodiging',
      gemeenteId: viewer.gemeenteId,
      dossierId: uitnodiging.dossier_id,
      now,
      actor: viewer,
      actie: 'create',
    },
    async (toegang, notitie) => {
      // Locked first: a grant for this person written meanwhile is seen below, not collided with.
      await q.lockToegangVan(toegang, viewer.accountId);
      const bestaand = await q.toegangVan(toegang, viewer.accountId);
      // A court-appointed representation is not replaced by an invitation the resident can revoke.
      if (bestaand && !bestaand.ingetrokkenOp && bestaand.soort === 'vertegenwoordiger')
        throw new Geweigerd('vertegenwoordiger');
      if (!(await q.claimUitnodiging(toegang, uitnodiging.id, now))) throw new Geweigerd('ongeldig');
      if (bestaand && !bestaand.ingetrokkenOp) {
        await q.revokeToegang(toegang, { toegangId: bestaand.id, now, soort: bestaand.soort });
      }
      const toegangId = await q.insertToegang(toegang, {
        granteeAccountId: viewer.accountId,
        soort: 'uitnodiging',
        doel: uitnodiging.doel,
        wettelijkeGrondslag: null,
        eindigtOp: uitnodiging.eindigt_op,
        createdBy: uitnodiging.inwoner_account_id,
        niveaus: uitnodiging.secties,
      });
      notitie.itemId = `toegang:${toegangId}`;
      notitie.toegangId = toegangId;
      return 'geaccepteerd' as const;
    },
  ).catch((fout: unknown) => {
    if (fout instanceof Geweigerd) return fout.reden;
    throw fout;
  });
  return uitkomst === 'vertegenwoordiger' ? weiger('vertegenwoordiger') : uitkomst;
}

/**
 * The grant with this id on the record, or 404: a forged or stale id from the form is
 * refused inside the door, so the attempt stays in the trail (as "geweigerd:onbekende-toegang").
 */
async function bekendeToegang(toegang: Toegang, toegangId: string) {
  const gevonden = (await q.listToegangen(toegang)).find((t) => t.id === toegangId);
  if (!gevonden) throw new HttpError('NOT_FOUND', 'onbekende-toegang');
  return gevonden;
}

export async function wijzigToegang(
  db: Db,
  now: Date,
  viewer: Viewer,
  input: {
    dossierId: string;
    toegangId: string;
    version: number;
    niveaus: Partial<Record<string, Niveau>>;
    eindigtOp: Date | null;
  },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: null,
      nodig: 'bewerken',
      actie: 'update',
      itemId: `toegang:${input.toegangId}`,
      alleenEigenaar: true,
    },
    { now },
    async (toegang) => {
      await bekendeToegang(toegang, input.toegangId);
      const ok = await q.updateToegang(toegang, input);
      if (!ok) throw new HttpError('CONFLICT');
    },
  );
}

/** Revokes a grant; it holds from the grantee's very next request (the door reads grants every time). */
export async function trekToegangIn(
  db: Db,
  now: Date,
  viewer: Viewer,
  input: { dossierId: string; toegangId: string },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: null,
      nodig: 'bewerken',
      actie: 'delete',
      itemId: `toegang:${input.toegangId}`,
      alleenEigenaar: true,
    },
    { now },
    async (toegang) => {
      // A court-appointed representative is not the resident's to revoke.
      const bekend = await bekendeToegang(toegang, input.toegangId);
      if (bekend.soort !== 'uitnodiging') throw new HttpError('FORBIDDEN', 'vertegenwoordiger');
      const ok = await q.revokeToegang(toegang, {
        toegangId: input.toegangId,
        now,
        soort: 'uitnodiging',
      });
      if (!ok) throw new HttpError('CONFLICT');
    },
  );
}

/**
 * "Ongedaan maken": gives back access she stopped less than ONGEDAAN_MAKEN_MS ago, as it was.
 * Later (or when the person has access again another way) it is a 409: invite them anew.
 */
export async function herstelToegang(
  db: Db,
  now: Date,
  viewer: Viewer,
  input: { dossierId: string; toegangId: string },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: null,
      nodig: 'bewerken',
      actie: 'update',
      itemId: `herstel-toegang:${input.toegangId}`,
      alleenEigenaar: true,
    },
    { now },
    async (toegang) => {
      await bekendeToegang(toegang, input.toegangId);
      const ok = await q.herstelToegang(toegang, {
        toegangId: input.toegangId,
        sinds: new Date(now.getTime() - ONGEDAAN_MAKEN_MS),
      });
      if (!ok) throw new HttpError('CONFLICT', 'herstel-te-laat');
    },
  );
}

export async function trekUitnodigingIn(
  db: Db,
  now: Date,
  viewer: Viewer,
  input: { dossierId: string; uitnodigingId: string },
): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    {
      dossierId: input.dossierId,
      sectie: null,
      nodig: 'bewerken',
      actie: 'delete',
      itemId: 'uitnodiging',
      alleenEigenaar: true,
    },
    { now },
    async (toegang) => {
      const ok = await q.withdrawUitnodiging(toegang, input.uitnodigingId, now);
      if (!ok) throw new HttpError('NOT_FOUND');
    },
  );
}

/** "Wie kan wat zien": every grant and open invitation of the record, for its owner only. */
export async function leesWieKanWatZien(db: Db, now: Date, viewer: Viewer, dossierId: string) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: null, nodig: 'lezen', actie: 'read', itemId: 'toegang', alleenEigenaar: true },
    { now },
    async (toegang) => ({
      toegangen: await q.listToegangen(toegang),
      uitnodigingen: await q.listOpenUitnodigingen(toegang, now),
    }),
  );
}

/** A form named a section that does not exist: refused before the door, and logged. */
export async function weigerOnbekendeSectie(
  db: Db,
  now: Date,
  viewer: Viewer,
  poging: { dossierId: string; actie: 'create' | 'update'; itemId: string },
): Promise<void> {
  await registreerPoging(db, viewer, { ...poging, sectie: null, reden: 'onbekende-sectie' }, now);
}
