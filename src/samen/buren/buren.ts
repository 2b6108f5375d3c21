import { randomUUID } from 'node:crypto';
import { createAccount } from '../../auth/accounts.js';
import type { Db } from '../../platform/db/database.js';
import type { Gemeente } from '../../platform/db/schema.js';
import { HttpError } from '../../platform/http/errors.js';
import { isUuid } from '../../platform/http/ids.js';
import type { Viewer } from '../../platform/http/request-context.js';
import { type Locale, translator } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/queries.js';
import { appendAudit, auditRegel } from '../../regie/audit/audit.js';
import { dossierVanInwoner, systeemToegang } from '../../regie/door/door.js';
import type { BuurSoort } from '../schema.js';
import { SECTIE, vereisCoordinator } from '../systeem.js';
import * as q from './queries.js';

/**
 * Neighbours and volunteers without a resident's record (decision 048): a public sign-up waits
 * for the Samen coordinator, who approves or refuses it, or invites someone herself. Approval
 * makes an account with the role `buur` and a light record of her own, in one transaction with
 * its activation mail; the record is marked as a neighbour's through the door's system path
 * (`samen-coordinatie`, audited in her record). From then on the door, her download, erasure and
 * her trail apply to her as to any resident, and the door opens only her Samen part to her.
 */

export class BurenFout extends HttpError {
  constructor(readonly fout: 'al-besloten' | 'al-account') {
    super('CONFLICT', fout);
  }
}

/** Stores a sign-up (whether or not the address already has an account: the answer is the same). */
export async function meldAan(
  db: Db,
  invoer: { gemeenteId: string; soort: BuurSoort; gegevens: q.AanmeldGegevens; nu: Date },
): Promise<void> {
  await q.voegAanmeldingToe(db, { id: randomUUID(), ...invoer });
}

export async function leesAanmeldingen(db: Db, viewer: Viewer): Promise<q.Aanmelding[]> {
  await vereisCoordinator(db, viewer);
  return q.openAanmeldingen(db, viewer.gemeenteId);
}

type Nieuw = {
  gemeente: Gemeente;
  voornaam: string;
  email: string;
  soort: BuurSoort;
  locale: Locale;
  baseUrl: string;
  nu: Date;
};

/**
 * Her account (role `buur`), her light record marked as a neighbour's, the sign-up's decision and
 * the activation mail: all in one transaction, or nothing. An address with an account already → 409.
 */
async function maakBuur(db: Db, viewer: Viewer, nieuw: Nieuw, aanmeldingId: string | undefined) {
  const uitkomst = await createAccount(db, nieuw.nu, {
    gemeente: nieuw.gemeente,
    naam: nieuw.voornaam,
    email: nieuw.email,
    rol: 'buur',
    organisatieId: undefined,
    locale: nieuw.locale,
    baseUrl: nieuw.baseUrl,
    naAanmaken: async (trx, account) => {
      const dossierId = await dossierVanInwoner(trx, nieuw.gemeente.id, account.id);
      await systeemToegang(
        trx,
        {
          reden: 'samen-coordinatie',
          gemeenteId: nieuw.gemeente.id,
          dossierId,
          now: nieuw.nu,
          actor: viewer,
          actie: 'create',
          itemId: aanmeldingId ? `aanmelding:${aanmeldingId}` : 'uitnodiging',
          sectie: SECTIE,
        },
        (toegang) => q.zetBuur(toegang, nieuw.soort, nieuw.nu),
      );
      if (aanmeldingId && !(await q.besluit(trx, nieuw.gemeente.id, aanmeldingId, 'goedgekeurd', nieuw.nu)))
        throw new BurenFout('al-besloten');
    },
  });
  return uitkomst;
}

/** The coordinator says yes: unknown → 404, decided already → 409, nothing written. */
export async function keurGoed(
  db: Db,
  viewer: Viewer,
  invoer: { id: string; gemeente: Gemeente; locale: Locale; baseUrl: string; nu: Date },
): Promise<void> {
  await vereisCoordinator(db, viewer);
  const a = isUuid(invoer.id) ? await q.aanmelding(db, viewer.gemeenteId, invoer.id) : undefined;
  if (!a) throw new HttpError('NOT_FOUND');
  if (a.besluit !== null) throw new BurenFout('al-besloten');
  // Unreadable (its master key was dropped): only a refusal is possible.
  if (!a.gegevens) throw new HttpError('CONFLICT');
  const uitkomst = await maakBuur(
    db,
    viewer,
    {
      gemeente: invoer.gemeente,
      voornaam: a.gegevens.voornaam,
      email: a.gegevens.email,
      soort: a.soort,
      locale: invoer.locale,
      baseUrl: invoer.baseUrl,
      nu: invoer.nu,
    },
    a.id,
  );
  if (!uitkomst.ok) throw new BurenFout('al-account');
}

/**
 * The coordinator says no: the details are emptied at once; an entry without a record (there is
 * none) says who decided. She hears it by mail (no reason, as with a declined proposal), queued in
 * the same transaction, so the address leaves the database only as the outbox's one message.
 * Decided already → 409.
 */
export async function weiger(
  db: Db,
  viewer: Viewer,
  invoer: { id: string; gemeente: Gemeente; locale: Locale; nu: Date },
): Promise<void> {
  await vereisCoordinator(db, viewer);
  const a = isUuid(invoer.id) ? await q.aanmelding(db, viewer.gemeenteId, invoer.id) : undefined;
  if (!a) throw new HttpError('NOT_FOUND');
  await db.transaction().execute(async (trx) => {
    if (!(await q.besluit(trx, viewer.gemeenteId, a.id, 'geweigerd', invoer.nu)))
      throw new BurenFout('al-besloten');
    // Unreadable details (a dropped master key) have no address to write to.
    if (a.gegevens) {
      const t = translator(invoer.locale);
      await enqueueMail(trx, invoer.nu, {
        gemeenteId: viewer.gemeenteId,
        to: a.gegevens.email,
        subject: t('samen.buren.mail.geweigerd.onderwerp'),
        body: t('samen.buren.mail.geweigerd.tekst', {
          naam: a.gegevens.voornaam,
          gemeente: invoer.gemeente.naam,
        }),
      });
    }
    await appendAudit(
      trx,
      auditRegel(viewer, {
        gemeenteId: viewer.gemeenteId,
        occurredAt: invoer.nu,
        dossierId: null,
        sectie: SECTIE,
        itemId: `aanmelding:${a.id}`,
        actie: 'delete',
        uitkomst: 'allowed',
        grondslag: 'samen-coordinatie:geweigerd',
      }),
    );
  });
}

/** The coordinator invites someone she knows: an account at once (she approves by inviting). */
export async function nodigUit(db: Db, viewer: Viewer, nieuw: Nieuw): Promise<{ ok: boolean }> {
  await vereisCoordinator(db, viewer);
  return { ok: (await maakBuur(db, viewer, nieuw, undefined)).ok };
}
