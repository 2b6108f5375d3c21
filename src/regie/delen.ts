import { hashToken, newToken } from '../auth/sessions.js';
import type { Db } from '../platform/db/database.js';
import type { Gemeente } from '../platform/db/schema.js';
import { HttpError } from '../platform/http/errors.js';
import { isUuid } from '../platform/http/ids.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Locale, translator } from '../platform/i18n/i18n.js';
import { enqueueMail } from '../platform/mail/queries.js';
import { appendAudit } from './audit.js';
import { viaDeDeur } from './door.js';
import { registreerPoging } from './poging.js';
import * as q from './queries.js';
import { isLive, magUitnodigen, type Niveau, rolPastBijUitnodiging } from './rules.js';

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
      const bestaand = await q.listToegangen(toegang.db, toegang.gemeenteId, toegang.dossierId);
      const live = bestaand.filter((t) =>
        isLive({ ingetrokkenOp: t.ingetrokken_op, eindigtOp: t.eindigt_op }, now),
      );
      if (live.some((t) => t.email === input.email))
        return { ok: false, veld: 'email', fout: 'veld.fout.al-toegang' };
      const { token, id } = newToken();
      await q.insertUitnodiging(toegang.db, {
        id,
        gemeenteId: toegang.gemeenteId,
        dossierId: toegang.dossierId,
        email: input.email,
        rol: input.rol,
        secties: input.niveaus as Record<string, Niveau>,
        doel: input.doel,
        eindigtOp: input.eindigtOp,
        expiresAt: new Date(now.getTime() + UITNODIGING_GELDIG_MS),
      });
      const t = translator(input.locale);
      await enqueueMail(toegang.db, now, {
        gemeenteId: toegang.gemeenteId,
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
  | { staat: 'open'; uitnodiging: NonNullable<Awaited<ReturnType<typeof q.findUitnodiging>>> };

/** Looks up an invitation link; used, withdrawn and expired links are all simply "ongeldig". */
export async function bekijkUitnodiging(
  db: Db,
  gemeenteId: string,
  token: string,
  now: Date,
): Promise<UitnodigingStaat> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { staat: 'ongeldig' };
  const uitnodiging = await q.findUitnodiging(db, gemeenteId, hashToken(token));
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
  const uitkomst = await db.transaction().execute(async (trx) => {
    // Locked first: a grant for this person written meanwhile is seen below, not collided with.
    await q.lockToegangVan(trx, uitnodiging.dossier_id, viewer.accountId);
    const bestaand = await q.findLiveToegang(trx, uitnodiging.dossier_id, viewer.accountId);
    // A court-appointed representation is not replaced by an invitation the resident can revoke.
    if (bestaand && !bestaand.ingetrokkenOp && bestaand.soort === 'vertegenwoordiger')
      return 'vertegenwoordiger' as const;
    if (!(await q.claimUitnodiging(trx, uitnodiging.id, now))) return 'ongeldig' as const;
    if (bestaand && !bestaand.ingetrokkenOp) {
      await q.revokeToegang(trx, {
        gemeenteId: viewer.gemeenteId,
        dossierId: uitnodiging.dossier_id,
        toegangId: bestaand.id,
        now,
        soort: bestaand.soort,
      });
    }
    const toegangId = await q.insertToegang(trx, {
      gemeenteId: viewer.gemeenteId,
      dossierId: uitnodiging.dossier_id,
      granteeAccountId: viewer.accountId,
      soort: 'uitnodiging',
      doel: uitnodiging.doel,
      wettelijkeGrondslag: null,
      eindigtOp: uitnodiging.eindigt_op,
      createdBy: uitnodiging.inwoner_account_id,
      niveaus: uitnodiging.secties,
    });
    await appendAudit(trx, {
      gemeenteId: viewer.gemeenteId,
      occurredAt: now,
      actorAccountId: viewer.accountId,
      actorRol: viewer.rol,
      actorOrganisatieId: viewer.organisatieId,
      namensAccountId: null,
      dossierId: uitnodiging.dossier_id,
      sectie: null,
      itemId: `toegang:${toegangId}`,
      actie: 'create',
      uitkomst: 'allowed',
      grondslag: 'uitnodiging',
      toegangId,
      noodtoegang: false,
      origin: 'web',
    });
    return 'geaccepteerd' as const;
  });
  return uitkomst === 'vertegenwoordiger' ? weiger('vertegenwoordiger') : uitkomst;
}

/**
 * Checks that a grant id from the resident's own form belongs to their record; a forged one is
 * logged and refused. Anyone else's request goes on to the door, which refuses and logs it.
 */
async function bekendeToegang(db: Db, now: Date, viewer: Viewer, dossierId: string, toegangId: string) {
  const dossier = isUuid(dossierId) ? await q.findDossier(db, dossierId) : undefined;
  if (!dossier || dossier.inwonerAccountId !== viewer.accountId) return undefined;
  const toegang = (await q.listToegangen(db, viewer.gemeenteId, dossierId)).find((t) => t.id === toegangId);
  if (!toegang) {
    await registreerPoging(
      db,
      viewer,
      {
        dossierId,
        sectie: null,
        actie: 'update',
        reden: 'onbekende-toegang',
        itemId: `toegang:${toegangId.slice(0, 64)}`,
      },
      now,
    );
    throw new HttpError('NOT_FOUND');
  }
  return toegang;
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
  await bekendeToegang(db, now, viewer, input.dossierId, input.toegangId);
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
      const ok = await q.updateToegang(toegang.db, { ...input, gemeenteId: toegang.gemeenteId });
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
  const bekend = await bekendeToegang(db, now, viewer, input.dossierId, input.toegangId);
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
      if (bekend?.soort !== 'uitnodiging') throw new HttpError('FORBIDDEN');
      const ok = await q.revokeToegang(toegang.db, {
        gemeenteId: toegang.gemeenteId,
        dossierId: toegang.dossierId,
        toegangId: input.toegangId,
        now,
        soort: 'uitnodiging',
      });
      if (!ok) throw new HttpError('CONFLICT');
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
      const ok = await q.withdrawUitnodiging(
        toegang.db,
        toegang.gemeenteId,
        toegang.dossierId,
        input.uitnodigingId,
        now,
      );
      if (!ok) throw new HttpError('NOT_FOUND');
    },
  );
}

/** The records shared with this person (live grants only): a naaste's or professional's only "client list". */
export async function gedeeldMet(db: Db, viewer: Viewer, now: Date) {
  return q.listDossiersGrantedTo(db, viewer.gemeenteId, viewer.accountId, now);
}
