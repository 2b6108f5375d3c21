import { randomBytes, randomInt } from 'node:crypto';
import { hashToken } from '../../auth/sessions.js';
import type { Db } from '../../platform/db/database.js';
import type { Gemeente } from '../../platform/db/schema.js';
import { type Locale, type Translate, translator } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/queries.js';
import { monitorAanvaller } from '../aanvaller-snel.js';
import { instelling } from '../queries.js';
import * as q from './queries.js';
import { codeInGroepen, codeVan, type PanelUitkomst, panelRapport } from './rules.js';
import {
  type Bescherming,
  beschermUitsplitsingen,
  type PanelUitsplitsing,
  type PanelUitsplitsingUitkomst,
  uitsplitsbaar,
  uitsplitsingVan,
} from './uitsplitsing.js';
import { type Antwoord, type Vraag, vraagVan } from './vraagbank.js';

/**
 * The panel's use cases. The panel is the gemeente's own data (members who signed up, their
 * codes, anonymous answers), never a resident's record: nothing here passes the regie door,
 * and nothing reaches a record. Mails carry only a link.
 */

/** A one-time code: 16 characters from a 79-bit alphabet, stored only as its hash. */
export function nieuweCode(): { code: string; hash: string } {
  let code = '';
  while (code.length < 16) code = codeVan(randomBytes(32));
  return { code, hash: hashToken(code) };
}

export const hashVanCode = (code: string) => hashToken(code);

export async function aanmelden(
  db: Db,
  invoer: { gemeente: Gemeente; naam: string; email: string; nu: Date; baseUrl: string; locale: Locale },
): Promise<boolean> {
  const afmeld = nieuweCode();
  return db.transaction().execute(async (trx) => {
    const nieuw = await q.meldAan(trx, {
      gemeenteId: invoer.gemeente.id,
      naam: invoer.naam,
      email: invoer.email,
      afmeldHash: afmeld.hash,
    });
    // Already a member: the same answer as a new one (nobody learns who is in the panel).
    if (!nieuw) return true;
    const t = translator(invoer.locale);
    await enqueueMail(trx, invoer.nu, {
      gemeenteId: invoer.gemeente.id,
      to: invoer.email,
      subject: t('monitor.panel.mail.welkom.onderwerp', { gemeente: invoer.gemeente.naam }),
      body: t('monitor.panel.mail.welkom.tekst', {
        gemeente: invoer.gemeente.naam,
        link: `${invoer.baseUrl}/panel/afmelden/${afmeld.code}`,
      }),
    });
    return true;
  });
}

export async function afmeldLid(db: Db, gemeenteId: string, code: string) {
  return q.lidVanAfmeldcode(db, gemeenteId, hashToken(code));
}

export async function afmelden(db: Db, gemeenteId: string, code: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const lid = await q.lidVanAfmeldcode(trx, gemeenteId, hashToken(code));
    if (!lid) return false;
    await q.meldAf(trx, gemeenteId, lid.id);
    return true;
  });
}

/**
 * The questions of a peiling, from its codes and the gemeente's areas (a code the bank no longer
 * knows is skipped: the area question when the gemeente has no areas any more).
 */
export function vragenVan(
  codes: readonly string[],
  gebieden: readonly string[] = [],
  levensgebieden?: readonly string[],
): Vraag[] {
  return codes.flatMap((c) => {
    const v = vraagVan(c, levensgebieden, gebieden);
    return v ? [v] : [];
  });
}

/** The mail with a member's one-time code for a peiling: only the link and the code, nothing about her. */
export function peilingMail(
  t: Translate,
  m: { gemeente: Gemeente; baseUrl: string; to: string; code: string; sluitOp: string },
) {
  return {
    gemeenteId: m.gemeente.id,
    to: m.to,
    subject: t('monitor.panel.mail.peiling.onderwerp', { gemeente: m.gemeente.naam }),
    body: t('monitor.panel.mail.peiling.tekst', {
      link: `${m.baseUrl}/peiling/${m.code}`,
      code: codeInGroepen(m.code),
      datum: m.sluitOp,
    }),
  };
}

/**
 * Invites every member never invited to this peiling: a one-time code per member, sent by mail.
 * Members who already answered were invited, so inviting again (after new members joined) never
 * gives them a second code (docs/decisions/032). The codes are made in a random order, and who
 * was invited is written in the order of the member ids, so neither order says which code is whose.
 */
export async function uitnodigen(
  db: Db,
  invoer: { gemeente: Gemeente; peilingId: string; nu: Date; baseUrl: string; locale: Locale },
): Promise<number | undefined> {
  return db.transaction().execute(async (trx) => {
    const p = await q.peiling(trx, invoer.gemeente.id, invoer.peilingId);
    if (!p) return undefined;
    const kandidaten = await q.nietUitgenodigd(trx, invoer.gemeente.id, p.id);
    const genoteerd = await q.markeerUitgenodigd(
      trx,
      p.id,
      kandidaten.map((l) => l.id),
    );
    const leden = geschud(kandidaten.filter((l) => genoteerd.has(l.id)));
    const t = translator(invoer.locale);
    // The code works until the end of the closing day.
    const verlooptOp = new Date(`${p.sluitOp}T23:59:59.999Z`);
    for (const lid of leden) {
      const { code, hash } = nieuweCode();
      await q.maakUitnodiging(trx, { tokenHash: hash, peilingId: p.id, lidId: lid.id, verlooptOp });
      await enqueueMail(
        trx,
        invoer.nu,
        peilingMail(t, { ...invoer, to: lid.email, code, sluitOp: p.sluitOp }),
      );
    }
    return leden.length;
  });
}

/** A copy in a random order (Fisher–Yates with the platform's random numbers). */
function geschud<T>(lijst: readonly T[]): T[] {
  const uit = [...lijst];
  for (let i = uit.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [uit[i], uit[j]] = [uit[j] as T, uit[i] as T];
  }
  return uit;
}

export async function staatVan(db: Db, gemeenteId: string, code: string, nu: Date) {
  return q.uitnodiging(db, gemeenteId, hashToken(code), nu);
}

/** Submits the answers of one code; false when the code was used or expired meanwhile. */
export async function indienen(
  db: Db,
  invoer: {
    gemeenteId: string;
    code: string;
    geholpen: boolean;
    antwoorden: Record<string, Antwoord>;
    nu: Date;
  },
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const staat = await q.uitnodiging(trx, invoer.gemeenteId, hashToken(invoer.code), invoer.nu);
    if (staat?.staat !== 'open') return false;
    return q.dienIn(trx, {
      tokenHash: hashToken(invoer.code),
      peilingId: staat.peiling.id,
      geholpen: invoer.geholpen,
      antwoorden: invoer.antwoorden,
      nu: invoer.nu,
    });
  });
}

export type PanelRapportData = {
  peiling: q.Peiling;
  minimum: number;
  uitkomsten: PanelUitkomst[];
  ingediend: number | null;
  /** Per open question with at least the minimum of approved answers: the cleaned texts */
  citaten: Record<string, string[]>;
};

/** The report of a peiling: sums only, protected with the gemeente's minimum and margin. */
export async function rapportVan(
  db: Db,
  gemeenteId: string,
  peilingId: string,
): Promise<PanelRapportData | undefined> {
  const p = await q.peiling(db, gemeenteId, peilingId);
  if (!p) return undefined;
  const regels = await instelling(db, gemeenteId);
  const vragen = vragenVan(p.vragen, regels.gebieden);
  const sommen = await q.rapportSommen(
    db,
    gemeenteId,
    p.id,
    vragen.filter((v) => v.soort === 'getal').map((v) => v.code),
  );
  const uitkomsten = await panelRapport({
    vragen,
    ...sommen,
    regels: { minimum: regels.minimum, marge: regels.marge },
    aanvaller: monitorAanvaller,
  });
  const stand = (await q.peilingen(db, gemeenteId)).find((x) => x.id === p.id);
  const ingediend = stand && stand.ingediend >= regels.minimum ? stand.ingediend : null;
  // Quotes only where at least the minimum of approved answers were given to the question.
  const citaatVragen = uitkomsten.flatMap((u) => (u.soort === 'open' && u.n !== null ? [u.vraag.code] : []));
  const citaten: Record<string, string[]> = {};
  for (const c of await q.goedgekeurdeAntwoorden(db, gemeenteId, p.id, citaatVragen))
    citaten[c.vraag] = [...(citaten[c.vraag] ?? []), c.tekst];
  return { peiling: p, minimum: regels.minimum, uitkomsten, ingediend, citaten };
}

export type UitsplitsingData = {
  peiling: q.Peiling;
  minimum: number;
  /** Fewer than the minimum answered: nothing at all is shown */
  ingediend: number | null;
  uitkomst: PanelUitsplitsingUitkomst;
};

/**
 * The protection of all breakdowns of a peiling is the same whichever is asked, and changes only
 * with a new submission or other rules: kept for a few peilingen, keyed by those.
 */
const bescherming = new Map<string, Promise<Bescherming>>();
const BEWAAR = 16;

/**
 * One breakdown of a peiling (docs/decisions/049): every table published from its answers —
 * the report per question and every breakdown — protected together, this one read from it.
 */
export async function uitsplitsingVanPeiling(
  db: Db,
  gemeenteId: string,
  peilingId: string,
  uitsplitsing: PanelUitsplitsing[],
): Promise<UitsplitsingData | undefined> {
  const rapport = await rapportVan(db, gemeenteId, peilingId);
  if (!rapport) return undefined;
  const basis = { peiling: rapport.peiling, minimum: rapport.minimum, ingediend: rapport.ingediend };
  if (rapport.ingediend === null) return { ...basis, uitkomst: { soort: 'te-weinig' } };
  const regels = await instelling(db, gemeenteId);
  const vragen = vragenVan(rapport.peiling.vragen, regels.gebieden);
  // The rules' version too: other areas are another area question.
  const sleutel = [
    gemeenteId,
    peilingId,
    rapport.ingediend,
    regels.minimum,
    regels.marge,
    regels.versie,
  ].join('|');
  let b = bescherming.get(sleutel);
  if (!b) {
    const tellingen = await q.uitsplitsTellingen(
      db,
      gemeenteId,
      peilingId,
      vragen.filter(uitsplitsbaar).map((v) => v.code),
    );
    b = beschermUitsplitsingen({
      vragen,
      tellingen,
      rapport: rapport.uitkomsten,
      regels: { minimum: regels.minimum, marge: regels.marge },
      aanvaller: monitorAanvaller,
    });
    bescherming.set(sleutel, b);
    b.catch(() => bescherming.delete(sleutel));
    while (bescherming.size > BEWAAR) bescherming.delete(bescherming.keys().next().value as string);
  }
  return { ...basis, uitkomst: uitsplitsingVan(await b, uitsplitsing) };
}
