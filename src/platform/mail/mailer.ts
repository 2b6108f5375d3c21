import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import nodemailer from 'nodemailer';
import type { Db } from '../db/database.js';
import { claimDueMails, markMailFailed, markMailSent } from './queries.js';

export type Mailer = {
  /** Sends what is due now; resolves when this round is done. Tests call it to read the outbox. */
  flush(): Promise<void>;
  /** Asks for a round soon, without waiting (after a mail was queued). */
  kick(): void;
  stop(): Promise<void>;
};

export type MailerOptions = {
  db: Db;
  from: string;
  /** SMTP connection URL; without it every mail is written as an .eml file to outboxDir */
  smtpUrl: string | undefined;
  outboxDir: string;
  log: FastifyBaseLogger;
  now: () => Date;
  intervalMs?: number;
};

/**
 * Delivers queued mail with nodemailer: over SMTP in production, into ./data/outbox in
 * development and tests, where people and tests can open the .eml files.
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

  let running: Promise<void> | undefined;
  let stopped = false;
  const round = async () => {
    try {
      const claimed = await claimDueMails(options.db, options.now());
      let failed = 0;
      for (const mail of claimed) {
        try {
          await deliver({ to: mail.to_address, subject: mail.subject, body: mail.body });
          await markMailSent(options.db, mail.id, options.now());
        } catch {
          failed++;
          await markMailFailed(options.db, mail.id, mail.attempts, options.now());
        }
      }
      // No addresses or contents in the log: only counts.
      if (failed > 0) options.log.warn({ failed }, 'mail delivery failed, will retry');
    } catch (error) {
      if (!stopped) options.log.error({ err: error }, 'mail round failed');
    }
  };
  const flush = async () => {
    while (running) await running;
    if (stopped) return;
    running = round().finally(() => {
      running = undefined;
    });
    await running;
  };
  const timer = setInterval(() => void flush(), options.intervalMs ?? 10_000);
  timer.unref();

  return {
    flush,
    kick: () => {
      if (!stopped) setImmediate(() => void flush());
    },
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      while (running) await running;
      transport.close();
    },
  };
}
