import type { Db } from '../platform/db/database.js';
import type { Viewer } from '../platform/http/request-context.js';
import { translator } from '../platform/i18n/i18n.js';
import { dossierVanInwoner, systeemToegang } from './door/door.js';
import * as q from './queries.js';
import type { Niveau } from './rules.js';

export type VertegenwoordigingResultaat =
  | { ok: true }
  | {
      ok: false;
      veld: 'inwoner' | 'vertegenwoordiger';
      fout: 'veld.fout.geen-inwoner' | 'veld.fout.geen-account';
    };

/**
 * A beheerder enters a court-appointed representative (bewindvoerder, mentor, curator) with
 * the legal basis and end date. The resident sees it under "Wie kan wat zien" but cannot
 * revoke it; it ends on its end date. The beheerder writes a grant, never reads the record.
 */
export async function legVertegenwoordigingVast(
  db: Db,
  now: Date,
  beheerder: Viewer,
  input: {
    inwonerEmail: string;
    vertegenwoordigerEmail: string;
    grondslag: 'bewindvoering' | 'mentorschap' | 'curatele';
    kenmerk: string;
    eindigtOp: Date;
    niveaus: Partial<Record<string, Niveau>>;
  },
): Promise<VertegenwoordigingResultaat> {
  const inwoner = await q.findInwonerByEmail(db, beheerder.gemeenteId, input.inwonerEmail);
  if (!inwoner) return { ok: false, veld: 'inwoner', fout: 'veld.fout.geen-inwoner' };
  const vertegenwoordiger = await q.findMogelijkeGrantee(
    db,
    beheerder.gemeenteId,
    input.vertegenwoordigerEmail,
  );
  if (!vertegenwoordiger || vertegenwoordiger.id === inwoner.id) {
    return { ok: false, veld: 'vertegenwoordiger', fout: 'veld.fout.geen-account' };
  }
  const dossierId = await dossierVanInwoner(db, beheerder.gemeenteId, inwoner.id);
  // A legal act, not the resident's choice: the system path, with the beheerder as actor.
  await systeemToegang(
    db,
    {
      reden: 'wettelijke-vertegenwoordiging',
      detail: input.grondslag,
      gemeenteId: beheerder.gemeenteId,
      dossierId,
      now,
      actor: beheerder,
      actie: 'create',
    },
    async (toegang, notitie) => {
      await q.lockToegangVan(toegang, vertegenwoordiger.id);
      const bestaand = await q.toegangVan(toegang, vertegenwoordiger.id);
      if (bestaand && !bestaand.ingetrokkenOp) {
        await q.revokeToegang(toegang, { toegangId: bestaand.id, now, soort: bestaand.soort });
      }
      const toegangId = await q.insertToegang(toegang, {
        granteeAccountId: vertegenwoordiger.id,
        soort: 'vertegenwoordiger',
        doel: '',
        wettelijkeGrondslag: `${input.grondslag}:${input.kenmerk}`,
        eindigtOp: input.eindigtOp,
        createdBy: beheerder.accountId,
        niveaus: input.niveaus,
      });
      notitie.itemId = `vertegenwoordiging:${toegangId}`;
      notitie.toegangId = toegangId;
      // The resident hears of it at once: a representation is not something done behind their back.
      const t = translator('nl');
      await q.mailOverDossier(toegang, now, {
        to: inwoner.email,
        subject: t('mail.vertegenwoordiging.onderwerp'),
        body: t('mail.vertegenwoordiging.tekst', {
          naam: inwoner.naam,
          wie: vertegenwoordiger.naam,
          rol: t(`grondslag.${input.grondslag}.rol`),
        }),
      });
    },
  );
  return { ok: true };
}
