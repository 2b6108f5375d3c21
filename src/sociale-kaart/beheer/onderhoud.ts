import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { baseUrlFor } from '../../auth/account-links.js';
import { hashToken, newToken } from '../../auth/sessions.js';
import type { Db } from '../../platform/db/database.js';
import type { Database, Gemeente } from '../../platform/db/schema.js';
import { HttpError } from '../../platform/http/errors.js';
import { type Locale, translator } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/queries.js';
import type { HsdsObject } from '../hsds.js';
import { importHsds } from '../import.js';
import { type FieldProblem, validateHsds } from '../validate.js';
import * as q from './queries.js';
import {
  bouwDienst,
  CONTROLE_LINK_DAGEN,
  type DienstGegevens,
  gecontroleerd,
  type Term,
  volgendeVersie,
} from './rules.js';

/**
 * Use cases of keeping the sociale kaart up to date. Every write builds the whole HSDS service
 * object, checks it against the official schema and stores it through `importHsds`, in one
 * transaction with the version check and any removals: all or nothing.
 */

export type Termen = { levensgebieden: Map<string, Term>; kenmerken: Map<string, Term> };

/** Checks the object and imports it inside `trx`; throws when HSDS refuses it (nothing is kept). */
async function bewaar(trx: Transaction<Database>, gemeenteId: string, dienst: HsdsObject): Promise<void> {
  // importHsds joins an open transaction: version check, removals and import commit as one.
  const report = await importHsds(trx, gemeenteId, dienst);
  if (report.imported !== 1 || report.rejected.length > 0)
    throw new HsdsAfgewezen(report.rejected[0]?.problems ?? []);
}

export class HsdsAfgewezen extends Error {
  constructor(readonly problems: FieldProblem[]) {
    super('HSDS refused the service');
  }
}

export type OpslaanResultaat = { ok: true; serviceId: string } | { ok: false; problems: FieldProblem[] };

/**
 * Adds (serviceId undefined) or changes an entry. A change names the version (HSDS
 * last_modified) the form was filled in on: when someone else saved since, 409, nothing written.
 * Saving counts as checking: assured_date becomes today.
 */
export async function slaDienstOp(
  db: Db,
  now: Date,
  input: {
    gemeenteId: string;
    serviceId?: string;
    versie?: string;
    form: DienstGegevens;
    beheerderEmail: string;
    termen: Termen;
  },
): Promise<OpslaanResultaat> {
  const serviceId = input.serviceId ?? randomUUID();
  try {
    await db.transaction().execute(async (trx) => {
      let bestaand: HsdsObject | undefined;
      if (input.serviceId) {
        const lock = await q.lockService(trx, input.gemeenteId, input.serviceId);
        if (!lock) throw new HttpError('NOT_FOUND');
        if ((lock.last_modified ?? '') !== (input.versie ?? '')) throw new HttpError('CONFLICT');
        bestaand = await q.loadDienst(trx, input.gemeenteId, input.serviceId);
      }
      const organisatie =
        input.form.organisatie === 'nieuw'
          ? {
              id: randomUUID(),
              name: input.form.organisatie_naam as string,
              description: input.form.organisatie_omschrijving ?? '',
            }
          : await q.findOrganization(trx, input.gemeenteId, input.form.organisatie);
      if (!organisatie)
        throw new HsdsAfgewezen([{ pointer: '/organization', message: 'unknown organization' }]);
      const { dienst, verwijderd } = bouwDienst(bestaand, input.form, {
        serviceId,
        organisatie,
        nu: now,
        beheerderEmail: input.beheerderEmail,
        nieuwId: randomUUID,
        termen: input.termen,
      });
      const problems = validateHsds('service', dienst);
      if (problems.length > 0) throw new HsdsAfgewezen(problems);
      await q.deleteChildren(trx, input.gemeenteId, serviceId, verwijderd);
      await bewaar(trx, input.gemeenteId, dienst);
    });
  } catch (error) {
    if (error instanceof HsdsAfgewezen) return { ok: false, problems: error.problems };
    throw error;
  }
  return { ok: true, serviceId };
}

/**
 * Changes one thing of a stored entry under the row lock (status, last checked), through the
 * same HSDS check and import. No version needed: the change is made on the entry as it is now.
 */
async function wijzig(
  db: Db,
  now: Date,
  gemeenteId: string,
  serviceId: string,
  change: (dienst: HsdsObject) => void,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await q.lockService(trx, gemeenteId, serviceId))) throw new HttpError('NOT_FOUND');
    const dienst = await q.loadDienst(trx, gemeenteId, serviceId);
    if (!dienst) throw new HttpError('NOT_FOUND');
    change(dienst);
    dienst.last_modified = volgendeVersie(dienst.last_modified, now);
    await bewaar(trx, gemeenteId, dienst);
  });
}

/** Retires an entry (HSDS status inactive) or brings it back (active). It is never deleted. */
export async function zetStatus(
  db: Db,
  now: Date,
  input: { gemeenteId: string; serviceId: string; status: 'active' | 'inactive' },
): Promise<void> {
  await wijzig(db, now, input.gemeenteId, input.serviceId, (dienst) => {
    dienst.status = input.status;
  });
}

/** "Gecontroleerd": the beheerder looked and it is right. */
export async function markeerGecontroleerd(
  db: Db,
  now: Date,
  input: { gemeenteId: string; serviceId: string; email: string },
): Promise<void> {
  await wijzig(db, now, input.gemeenteId, input.serviceId, (dienst) =>
    gecontroleerd(dienst, now, input.email),
  );
}

/** Where a confirmation request goes: the service's address, else its organisation's, else a contact's. */
export function contactEmail(dienst: HsdsObject): string | undefined {
  const contacts = [
    ...((dienst.contacts ?? []) as HsdsObject[]),
    ...((dienst.organization?.contacts ?? []) as HsdsObject[]),
  ];
  const email =
    dienst.email ?? dienst.organization?.email ?? contacts.find((contact) => contact.email)?.email;
  return typeof email === 'string' && email.length > 0 ? email : undefined;
}

/**
 * Sends "kloppen je gegevens nog?" with a one-time link (stored as a hash, 30 days) to the
 * entry's contact address. The link and the mail are written together or not at all.
 */
export async function stuurControleMail(
  db: Db,
  now: Date,
  input: {
    gemeente: Gemeente;
    serviceId: string;
    accountId: string;
    locale: Locale;
    publicUrl: string | undefined;
    fallbackUrl: string;
  },
): Promise<{ ok: true; email: string } | { ok: false }> {
  return db.transaction().execute(async (trx) => {
    const dienst = await q.loadDienst(trx, input.gemeente.id, input.serviceId);
    if (!dienst) throw new HttpError('NOT_FOUND');
    const email = contactEmail(dienst);
    if (!email) return { ok: false as const };
    const { token, id } = newToken();
    await q.insertControleLink(
      trx,
      {
        id,
        gemeenteId: input.gemeente.id,
        serviceId: input.serviceId,
        email,
        expiresAt: new Date(now.getTime() + CONTROLE_LINK_DAGEN * 24 * 60 * 60_000),
        accountId: input.accountId,
      },
      now,
    );
    const t = translator(input.locale);
    const link = `${baseUrlFor(input.gemeente, input.publicUrl, input.fallbackUrl)}/sociale-kaart/bevestigen/${token}`;
    await enqueueMail(trx, now, {
      gemeenteId: input.gemeente.id,
      to: email,
      subject: t('socialeKaartBeheer.mail.onderwerp', { dienst: dienst.name }),
      body: t('socialeKaartBeheer.mail.tekst', {
        dienst: dienst.name,
        gemeente: input.gemeente.naam,
        link,
        dagen: CONTROLE_LINK_DAGEN,
      }),
    });
    return { ok: true as const, email };
  });
}

/** The entry behind a usable link, for the confirmation page; undefined when the link does not work (any more). */
export async function dienstVoorLink(db: Db, now: Date, gemeenteId: string, token: string) {
  const link = await q.findUsableControleLink(db, gemeenteId, hashToken(token), now);
  if (!link) return undefined;
  const dienst = await q.loadDienst(db, gemeenteId, link.service_id);
  return dienst ? { link, dienst } : undefined;
}

/**
 * The organisation answers: "klopt" sets last checked to today by them; "veranderd" leaves a
 * note for the beheerder. Either way the link is used up, at the same moment as the change.
 * false when the link no longer works.
 */
export async function bevestig(
  db: Db,
  now: Date,
  input: {
    gemeenteId: string;
    token: string;
    antwoord: { keuze: 'klopt' } | { keuze: 'veranderd'; toelichting: string };
  },
): Promise<boolean> {
  const id = hashToken(input.token);
  return db.transaction().execute(async (trx) => {
    const link = await q.findUsableControleLink(trx, input.gemeenteId, id, now);
    if (!link || !(await q.claimControleLink(trx, input.gemeenteId, id, now))) return false;
    if (input.antwoord.keuze === 'veranderd') {
      await q.insertMelding(
        trx,
        {
          gemeenteId: input.gemeenteId,
          serviceId: link.service_id,
          tekst: input.antwoord.toelichting,
          email: link.email,
        },
        now,
      );
      return true;
    }
    if (!(await q.lockService(trx, input.gemeenteId, link.service_id))) return false;
    const dienst = await q.loadDienst(trx, input.gemeenteId, link.service_id);
    if (!dienst) return false;
    gecontroleerd(dienst, now, link.email);
    dienst.last_modified = volgendeVersie(dienst.last_modified, now);
    await bewaar(trx, input.gemeenteId, dienst);
    return true;
  });
}
