import type { Db } from '../platform/db/database.js';
import { translator } from '../platform/i18n/i18n.js';
import type { JobRunner } from '../platform/jobs/jobs.js';
import { systeemToegang } from '../regie/door/door.js';
import { mailOverDossier } from '../regie/queries.js';
import { HERCONTROLE_MAANDEN } from './codes.js';
import { SECTIE } from './lezen.js';
import * as q from './queries.js';
import { geldigeWaarschuwPersonen, herinneringNodig, maandenLater } from './rules.js';

declare module '../platform/jobs/types.js' {
  interface JobTypes {
    'crisiskaart.hercontrole': Record<string, never>;
  }
}

/** Every morning (Dutch time): cards not checked for 18 months ask to be checked. */
export const HERCONTROLE_SCHEMA = '0 9 * * *';

/**
 * A card older than 18 months (since it was last checked) asks the resident, and the people she
 * chose to warn who have an account, to check it again: once per check (`herinnerd_op`), so a
 * job that runs again after a crash asks nobody twice. The mail carries only a link.
 */
export async function vraagHercontrole(db: Db, nu: Date, baseUrl: (gemeenteId: string) => Promise<string>) {
  const grens = maandenLater(nu, -HERCONTROLE_MAANDEN);
  let gevraagd = 0;
  for (const rij of await q.kaartenTeControleren(db, grens)) {
    if (!herinneringNodig({ gecontroleerdOp: rij.gecontroleerd_op, herinnerdOp: rij.herinnerd_op }, nu))
      continue;
    const basis = await baseUrl(rij.gemeente_id);
    await systeemToegang(
      db,
      {
        reden: 'crisiskaart-hercontrole',
        gemeenteId: rij.gemeente_id,
        dossierId: rij.dossier_id,
        now: nu,
        actor: null,
        actie: 'update',
        sectie: SECTIE,
        itemId: 'hercontrole',
        origin: 'job',
      },
      async (toegang) => {
        const kaart = await q.kaart(toegang);
        // Checked (or asked) since the list was read: nothing to do.
        if (!kaart || !herinneringNodig(kaart, nu)) return;
        const t = translator('nl');
        const inwoner = await q.inwonerVan(toegang);
        const link = `${basis}/dossiers/${toegang.dossierId}/crisiskaart`;
        await mailOverDossier(toegang, nu, {
          to: inwoner.email,
          subject: t('crisiskaart.mail.hercontrole.onderwerp'),
          body: t('crisiskaart.mail.hercontrole.tekst', { naam: inwoner.naam, link }),
        });
        const personen = await q.mapPersonen(toegang);
        const gekozen = geldigeWaarschuwPersonen(
          kaart.inhoud,
          personen.map((p) => p.id),
        );
        for (const p of personen)
          if (gekozen.includes(p.id) && p.email && p.email !== inwoner.email)
            await mailOverDossier(toegang, nu, {
              to: p.email,
              subject: t('crisiskaart.mail.hercontrole.onderwerp'),
              body: t('crisiskaart.mail.hercontrole.tekst.naaste', { link }),
            });
        await q.markeerHerinnerd(toegang, nu);
        gevraagd += 1;
      },
    );
  }
  return gevraagd;
}

/** The address links in the job's mails start with: the gemeente's own host, else the public URL. */
export function basisUrlVoor(db: Db, publicUrl: string | undefined) {
  return async (gemeenteId: string) => {
    const gemeente = await q.gemeente(db, gemeenteId);
    const host = gemeente?.hostnames[0];
    return host ? `https://${host}` : (publicUrl ?? 'http://localhost:3000').replace(/\/$/, '');
  };
}

export function registreerHercontrole(jobs: JobRunner, db: Db, publicUrl: string | undefined): void {
  jobs.repeat('crisiskaart.hercontrole', HERCONTROLE_SCHEMA, async (job) => {
    await vraagHercontrole(db, job.now(), basisUrlVoor(db, publicUrl));
  });
}
