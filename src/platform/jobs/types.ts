/**
 * The job types, by name, with their payloads. The platform and each capability add theirs by
 * declaration merging, as with the catalog of messages:
 *
 * ```ts
 * declare module '…/platform/jobs/types.js' {
 *   interface JobTypes { 'herinnering.verstuur': { afspraakId: string } }
 * }
 * ```
 *
 * **A payload carries ids and numbers only — never a name, an address, a diagnosis or any free
 * text.** The job table lives outside the door: it is read by the beheerder's page of failed
 * jobs, kept for a while after the job ran, and sits in every backup. A handler reads what it
 * needs by id (through the door, or the system path, for a record's data) when it runs.
 */
// biome-ignore lint/suspicious/noEmptyInterface: filled by declaration merging
export interface JobTypes {}

/** A registered job name: `<owner>.<what>`, lower case, e.g. "mail.verstuur". */
export type JobName = keyof JobTypes & string;

/** What a payload may hold: ids, numbers, flags. */
export type JobPayloadValue = string | number | boolean | null;
export type JobPayload = Readonly<Record<string, JobPayloadValue>>;

/** A job to queue. */
export type NewJob<N extends JobName> = {
  name: N;
  payload: JobTypes[N];
  /**
   * Idempotency: a second job with the same name and key is not queued (also when the first
   * already ran), so "send the reminder for appointment X" cannot happen twice. Done jobs are
   * cleaned up after 30 days; a key that must hold longer carries its date.
   */
  key?: string;
  /** Not before this time (the app's clock); now when left out */
  runAt?: Date;
  /** The gemeente it works for: its beheerder sees it when it fails. Leave out for the platform's own work. */
  gemeenteId?: string;
  /** Tries before it counts as failed; 5 when left out */
  maxAttempts?: number;
};

/** What a handler is given when its job runs. */
export type JobContext<N extends JobName> = {
  id: string;
  name: N;
  payload: JobTypes[N];
  gemeenteId: string | null;
  /** This try, counting from 1 */
  attempt: number;
  maxAttempts: number;
  /** The app's clock */
  now: () => Date;
};

/**
 * Does the work of one job. Throwing means "try again later" (with backoff) until the last
 * try, after which the job is shown as failed. A handler must tolerate running again after a
 * crash half-way (check what is already done, by id): a job runs once when all goes well, and
 * at least once when an instance dies during it.
 */
export type JobHandler<N extends JobName> = (job: JobContext<N>) => Promise<void>;

export type HandlerOptions = {
  /** Wait before the second try; doubled for each next one, at most six hours. Default 10 s. */
  backoffMs?: number;
};
