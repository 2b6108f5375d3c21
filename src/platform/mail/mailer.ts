import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Db } from '../db/database.js';
import type { JobRunner } from '../jobs/jobs.js';
import { emptyMailBody, markMailSent, unsentMail } from './queries.js';

declare module '../jobs/types.js' {
  interface JobTypes {
    /** Delivers one mail of the outbox, by its id. */
    'mail.verstuur': { mailId: string };
  }
}

export type Mailer = {
  /** Runs what is due now (queued mail among it); resolves when done. Tests call it to read the outbox. */
  flush(): Promise<void>;
  /** Asks for a round soon, without waiting (after a mail was queued). */
  kick(): void;
  /** Closes the connection to the mail server (after the job runner stopped). */
  stop(): Promise<void>;
};

export type MailerOptions = {
  db: Db;
  jobs: JobRunner;
  from: string;
  /** SMTP connection URL; without it every mail is written as an .eml file to outboxDir */
  smtpUrl: string | undefined;
  outboxDir: string;
  log: FastifyBaseLogger;
  now: () => Date;
};

/**
 * Delivers queued mail with nodemailer: over SMTP in production, into ./data/outbox in
 * development and tests, where people and tests can open the .eml files. Each mail is a job
 * `mail.verstuur` (docs/decisions/018): the queue claims, retries (1, 2, 4 … minutes, ten
 * tries) and shows a mail that could not be sent on the beheerder's page of failed jobs.
 */
export function createMailer(options: MailerOptions): Mailer {
  const transport = options.smtpUrl
    ? nodemailer.createTransport(options.smtpUrl)
    : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  async function deliver(mail: { to: string; subject: string; body: string }): Promise<void> {
    const info = await transport.sendMail({
      from: options.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.body,
    });
    if (!options.smtpUrl) {
      await mkdir(options.outboxDir, { recursive: true });
      const name = `${Date.now()}-${String(info.messageId).replace(/[^a-zA-Z0-9.-]/g, '')}.eml`;
      await writeFile(path.join(options.outboxDir, name), (info as unknown as { message: Buffer }).message);
    }
  }

  options.jobs.register(
    'mail.verstuur',
    async (job) => {
      const mail = await unsentMail(options.db, job.payload.mailId);
      if (!mail) return;
      try {
        await deliver({ to: mail.to_address, subject: mail.subject, body: mail.body });
      } catch (error) {
        if (job.attempt >= job.maxAttempts) await emptyMailBody(options.db, mail.id);
        throw error;
      }
      await markMailSent(options.db, mail.id, options.now());
    },
    { backoffMs: 60_000 },
  );

  return {
    flush: async () => {
      await options.jobs.runDue();
    },
    kick: () => options.jobs.kick(),
    stop: async () => {
      transport.close();
    },
  };
}
