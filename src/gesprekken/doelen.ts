import type { Db } from '../platform/db/database.js';
import { translator } from '../platform/i18n/i18n.js';
import type { JobRunner } from '../platform/jobs/jobs.js';
import { systeemToegang, type Toegang } from '../regie/door/door.js';
import { granteesOfSectie, mailOverDossier } from '../regie/queries.js';
import * as q from './queries.js';
import { type AfgesprokenDoel, doelenVoorPlan } from './rules.js';

declare module '../platform/jobs/types.js' {
  interface JobTypes {
    /** Puts the goals of an approved report into her plan as proposals (ids only). */
    'gesprekken.doelen-naar-plan': { verslagId: string; dossierId: string };
    /** Puts the agreements of a netwerkberaad she approved into her plan as proposals (ids only). */
    'gesprekken.beraad-naar-plan': { beraadId: string; dossierId: string };
    /** Four weeks after her decision on a netwerkberaad: asks her and the professionals how it goes. */
    'gesprekken.beraad-vervolg': { beraadId: string; dossierId: string };
  }
}

export const DOELEN_JOB = 'gesprekken.doelen-naar-plan';
export const BERAAD_DOELEN_JOB = 'gesprekken.beraad-naar-plan';
export const BERAAD_VERVOLG_JOB = 'gesprekken.beraad-vervolg';

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

/** What one run finds: the goals, who proposes them, and the mark that makes it happen once. */
type Gevonden = {
  doelen: AfgesprokenDoel[];
  auteurId: string | null | undefined;
  markeer: () => Promise<boolean>;
};

/**
 * Opens the record's section `plan` by the named system path `verslag-doelen` (audited) — the
 * approval was hers, through the door; the job only carries it out, once: the mark and the
 * proposals are written in one transaction, so a retry after a failure proposes nothing twice.
 */
async function stelVoor(
  deps: { db: Db; stelDoelVoor: StelDoelVoor },
  input: { gemeenteId: string; dossierId: string; itemId: string; detail?: string; nu: Date },
  vind: (toegang: Toegang) => Promise<Gevonden | undefined>,
): Promise<void> {
  const { nu } = input;
  const { db } = deps;
  await systeemToegang(
    db,
    {
      reden: 'verslag-doelen',
      detail: input.detail,
      gemeenteId: input.gemeenteId,
      dossierId: input.dossierId,
      now: nu,
      actor: null,
      actie: 'create',
      sectie: 'plan',
      itemId: input.itemId,
      origin: 'job',
    },
    async (toegang) => {
      const gevonden = await vind(toegang);
      // Without someone to propose them, nobody can.
      if (!gevonden || gevonden.doelen.length === 0 || !gevonden.auteurId) return;
      if (!(await gevonden.markeer())) return;
      for (const d of gevonden.doelen)
        await deps.stelDoelVoor(toegang, {
          auteurId: gevonden.auteurId,
          doel: { tekst: d.tekst, waarom: '', geluktAls: '', levensgebieden: [d.gebied], evaluatieOp: null },
          nu,
        });
    },
  );
}

/**
 * The handlers: when she agreed with the report, each agreed goal becomes an open proposal in
 * her plan, from the professional who drafted the report; when she agreed with her network's
 * plan, each agreement does, from her own account (the plan is her network's and hers). She
 * accepts or declines them in Mijn plan.
 */
export function registreerDoelenNaarPlan(
  jobs: JobRunner,
  deps: { db: Db; stelDoelVoor: StelDoelVoor },
): void {
  jobs.register(DOELEN_JOB, async (job) => {
    const { verslagId, dossierId } = job.payload;
    if (!job.gemeenteId) return;
    const nu = job.now();
    const itemId = `verslag:${verslagId.slice(0, 40)}`;
    await stelVoor(deps, { gemeenteId: job.gemeenteId, dossierId, itemId, nu }, async (toegang) => {
      const versies = await q.verslagVersies(toegang);
      const versie = versies.find((v) => v.id === verslagId);
      if (!versie) return undefined;
      return {
        doelen: doelenVoorPlan(versie),
        auteurId: versies.find(
          (v) => v.gesprekId === versie.gesprekId && v.auteurRol === 'professional' && v.auteurId,
        )?.auteurId,
        markeer: () => q.markeerDoelenVoorgesteld(toegang, verslagId, nu),
      };
    });
  });
  jobs.register(BERAAD_DOELEN_JOB, async (job) => {
    const { beraadId, dossierId } = job.payload;
    if (!job.gemeenteId) return;
    const nu = job.now();
    const itemId = `beraad:${beraadId.slice(0, 40)}`;
    await stelVoor(
      deps,
      { gemeenteId: job.gemeenteId, dossierId, itemId, detail: 'netwerkberaad', nu },
      async (toegang) => {
        const beraad = (await q.beraden(toegang, { netwerkTekst: true })).find((b) => b.id === beraadId);
        if (!beraad) return undefined;
        return {
          doelen: doelenVoorPlan({ besluit: beraad.besluit, inhoud: { doelen: beraad.inhoud.afspraken } }),
          auteurId: (await q.inwoner(toegang))?.accountId,
          markeer: () => q.markeerBeraadVoorgesteld(toegang, beraadId, nu),
        };
      },
    );
  });
}

/**
 * The follow-up four weeks after her decision (Eigen Kracht: the network meets again to see how
 * the plan goes): a mail with only a link to her and to each professional with a live grant on
 * `gesprekken`, by the named system path `beraad-vervolg`. An erased netwerkberaad ends it quietly.
 */
export function registreerBeraadVervolg(
  jobs: JobRunner,
  deps: { db: Db; publicUrl: string | undefined },
): void {
  jobs.register(BERAAD_VERVOLG_JOB, async (job) => {
    const { beraadId, dossierId } = job.payload;
    if (!job.gemeenteId) return;
    const nu = job.now();
    const t = translator('nl');
    const { db } = deps;
    await systeemToegang(
      db,
      {
        reden: 'beraad-vervolg',
        gemeenteId: job.gemeenteId,
        dossierId,
        now: nu,
        actor: null,
        actie: 'read',
        sectie: 'gesprekken',
        itemId: `beraad:${beraadId.slice(0, 40)}`,
        origin: 'job',
      },
      async (toegang) => {
        const beraad = (await q.beraden(toegang, { netwerkTekst: false })).find((b) => b.id === beraadId);
        if (!beraad) return;
        const link = `${deps.publicUrl ?? ''}/dossiers/${dossierId}/gesprekken/${beraad.gesprekId}/netwerkberaad`;
        const aan = (await granteesOfSectie(toegang, 'gesprekken', nu))
          .filter((g) => g.rol === 'professional')
          .map((g) => g.email);
        const zelf = await q.inwoner(toegang);
        if (zelf) aan.unshift(zelf.email);
        for (const to of new Set(aan))
          await mailOverDossier(toegang, nu, {
            to,
            subject: t('gesprekken.mail.vervolg.onderwerp'),
            body: t('gesprekken.mail.vervolg.tekst', { link }),
          });
      },
    );
  });
}
