import type { Db } from '../platform/db/database.js';
import type { JobRunner } from '../platform/jobs/jobs.js';
import { systeemToegang, type Toegang } from '../regie/door/door.js';
import * as q from './queries.js';
import { type AfgesprokenDoel, doelenVoorPlan } from './rules.js';

declare module '../platform/jobs/types.js' {
  interface JobTypes {
    /** Puts the goals of an approved report into her plan as proposals (ids only). */
    'gesprekken.doelen-naar-plan': { verslagId: string; dossierId: string };
  }
}

export const DOELEN_JOB = 'gesprekken.doelen-naar-plan';

/**
 * How a goal becomes a proposal in Mijn plan: Mijn plan's own `stelDoelVoor`, handed in by
 * app.tsx (capabilities do not import each other). It gets a `Toegang` for section `plan`.
 */
export type StelDoelVoor = (
  toegang: Toegang,
  input: {
    auteurId: string;
    doel: { tekst: string; waarom: string; geluktAls: string; levensgebieden: string[]; evaluatieOp: null };
    nu: Date;
  },
) => Promise<string>;

/**
 * The handler: when she agreed with the report, each agreed goal becomes an open proposal in
 * her plan, from the professional who drafted the report; she accepts or declines it there.
 * It opens the record's section `plan` by the named system path `verslag-doelen` (audited) —
 * the approval was hers, through the door; the job only carries it out, once: the mark and the
 * proposals are written in one transaction, so a retry after a failure proposes nothing twice.
 */
export function registreerDoelenNaarPlan(
  jobs: JobRunner,
  deps: { db: Db; stelDoelVoor: StelDoelVoor },
): void {
  const { db } = deps;
  jobs.register(DOELEN_JOB, async (job) => {
    const { verslagId, dossierId } = job.payload;
    if (!job.gemeenteId) return;
    const nu = job.now();
    await systeemToegang(
      db,
      {
        reden: 'verslag-doelen',
        gemeenteId: job.gemeenteId,
        dossierId,
        now: nu,
        actor: null,
        actie: 'create',
        sectie: 'plan',
        itemId: `verslag:${verslagId.slice(0, 40)}`,
        origin: 'job',
      },
      async (toegang) => {
        const versies = await q.verslagVersies(toegang);
        const versie = versies.find((v) => v.id === verslagId);
        if (!versie) return;
        const doelen: AfgesprokenDoel[] = doelenVoorPlan(versie);
        // The professional who drafted the report proposes; without one, nobody can.
        const auteurId = versies.find(
          (v) => v.gesprekId === versie.gesprekId && v.auteurRol === 'professional' && v.auteurId,
        )?.auteurId;
        if (doelen.length === 0 || !auteurId) return;
        if (!(await q.markeerDoelenVoorgesteld(toegang, verslagId, nu))) return;
        for (const d of doelen)
          await deps.stelDoelVoor(toegang, {
            auteurId,
            doel: {
              tekst: d.tekst,
              waarom: '',
              geluktAls: '',
              levensgebieden: [d.gebied],
              evaluatieOp: null,
            },
            nu,
          });
      },
    );
  });
}
