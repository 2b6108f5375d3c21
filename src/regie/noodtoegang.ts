import { noteAttempt, overLimit } from '../auth/throttle.js';
import type { Db } from '../platform/db/database.js';
import type { Gemeente } from '../platform/db/schema.js';
import type { Viewer } from '../platform/http/request-context.js';
import { type Locale, translator } from '../platform/i18n/i18n.js';
import { dossierVanInwoner, registreerPoging, systeemToegang, type Toegang } from './door/door.js';
import * as q from './queries.js';
import { NOODTOEGANG_DUUR_MS, NOODTOEGANG_SECTIE } from './rules.js';

export type NoodtoegangResultaat =
  | { ok: true; dossierId: string }
  | { ok: false; fout: 'nood.niet-gevonden' | 'nood.kaart-niet-gevonden' | 'nood.te-vaak' };

/**
 * The people a capability wants told as well (the crisiskaart's "whom to warn"), read inside
 * the emergency's system path; wired in app.tsx, so regie imports no capability.
 */
export type NoodContacten = (toegang: Toegang, nu: Date) => Promise<{ email: string; naam: string }[]>;

/** Emergency look-ups per professional per hour: enough for real emergencies, too few to probe addresses. */
const MAX_PER_UUR = 10;

/**
 * Emergency access ("noodtoegang"): a professional opens one resident's crisiskaart without a
 * grant, for one hour, after giving a reason. It is logged as an emergency, and the resident
 * and everyone with a live grant on the crisiskaart (and the card's own "whom to warn" contacts)
 * get an e-mail at once, in the same transaction as the access itself.
 */
export async function openNoodtoegang(
  db: Db,
  now: Date,
  viewer: Viewer,
  input: {
    gemeente: Gemeente;
    /** The resident's e-mail address, or her record from the QR code on her printed card */
    email?: string | undefined;
    dossierId?: string | undefined;
    reden: string;
    locale: Locale;
    /** The card's own contacts, told with the grantees (once each) */
    noodContacten?: NoodContacten | undefined;
  },
): Promise<NoodtoegangResultaat> {
  const teller = ['noodtoegang', viewer.gemeenteId, viewer.accountId];
  if (await overLimit(db, teller, MAX_PER_UUR, 60 * 60_000, now)) {
    const poging = {
      dossierId: null,
      sectie: NOODTOEGANG_SECTIE,
      actie: 'emergency',
      reden: 'te-vaak',
    } as const;
    await registreerPoging(db, viewer, { ...poging, itemId: 'noodtoegang' }, now);
    return { ok: false, fout: 'nood.te-vaak' };
  }
  await noteAttempt(db, teller, now);
  const viaKaart = input.dossierId !== undefined;
  const inwoner =
    viewer.rol !== 'professional'
      ? undefined
      : input.dossierId !== undefined
        ? await q.findInwonerByDossier(db, viewer.gemeenteId, input.dossierId)
        : await q.findInwonerByEmail(db, viewer.gemeenteId, input.email ?? '');
  if (!inwoner) {
    await registreerPoging(
      db,
      viewer,
      {
        dossierId: null,
        sectie: NOODTOEGANG_SECTIE,
        actie: 'emergency',
        reden: 'geen-inwoner',
        itemId: 'noodtoegang',
      },
      now,
    );
    return { ok: false, fout: viaKaart ? 'nood.kaart-niet-gevonden' : 'nood.niet-gevonden' };
  }
  const dossierId = await dossierVanInwoner(db, viewer.gemeenteId, inwoner.id);
  // No grant can allow this: the system path, with the professional as actor and the emergency in the trail.
  await systeemToegang(
    db,
    {
      reden: 'noodtoegang',
      gemeenteId: viewer.gemeenteId,
      dossierId,
      now,
      actor: viewer,
      actie: 'emergency',
      sectie: NOODTOEGANG_SECTIE,
      itemId: 'noodtoegang',
      noodtoegang: true,
    },
    async (toegang) => {
      await q.insertNoodtoegang(toegang, {
        accountId: viewer.accountId,
        reden: input.reden,
        now,
        expiresAt: new Date(now.getTime() + NOODTOEGANG_DUUR_MS),
      });
      // The reason stays in the app (the resident's log); a mail says only who opened the card.
      const t = translator(input.locale);
      const waarden = { wie: viewer.naam, organisatie: viewer.organisatieNaam ?? '', inwoner: inwoner.naam };
      await q.mailOverDossier(toegang, now, {
        to: inwoner.email,
        subject: t('mail.nood.onderwerp'),
        body: t('mail.nood.tekst.inwoner', { ...waarden, naam: inwoner.naam }),
      });
      const grantees = await q.granteesOfSectie(toegang, NOODTOEGANG_SECTIE, now);
      const contacten = input.noodContacten ? await input.noodContacten(toegang, now) : [];
      const gemaild = new Set([viewer.email, inwoner.email]);
      const naasten = [...grantees, ...contacten].filter((g) => {
        if (gemaild.has(g.email)) return false;
        gemaild.add(g.email);
        return true;
      });
      for (const naaste of naasten) {
        await q.mailOverDossier(toegang, now, {
          to: naaste.email,
          subject: t('mail.nood.onderwerp'),
          body: t('mail.nood.tekst.naaste', { ...waarden, naam: naaste.naam }),
        });
      }
    },
  );
  return { ok: true, dossierId };
}
