import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { createGemeente } from '../../demo/factories.js';
import { createJobRunner } from '../jobs/jobs.js';
import { listFailedJobs } from '../jobs/queries.js';
import { createLogger } from '../logging.js';
import { createMailer } from './mailer.js';
import { enqueueMail } from './queries.js';

describe('the mail outbox, delivered by the job queue', () => {
  let database: TestDatabase;
  let dir: string;
  let gemeenteId: string;
  const log = createLogger('silent');

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    dir = await mkdtemp(path.join(tmpdir(), 'redzaam-mail-'));
    gemeenteId = (await createGemeente(database.db, { code: 'mail', naam: 'Mail' })).id;
  });
  afterAll(async () => {
    await database.dispose();
    await rm(dir, { recursive: true, force: true });
  });

  function mailerAt(now: () => Date, smtpUrl: string | undefined) {
    const jobs = createJobRunner({ db: database.db, log, now, pollMs: 3_600_000 });
    const mailer = createMailer({
      db: database.db,
      jobs,
      from: 'x@example.test',
      smtpUrl,
      outboxDir: dir,
      log,
      now,
    });
    return { jobs, mailer };
  }

  it('writes due mail to the outbox once, and empties the body of sent mail', async () => {
    const now = new Date();
    await enqueueMail(database.db, now, {
      gemeenteId,
      to: 'a@example.test',
      subject: 'Onderwerp',
      body: 'geheime link',
    });
    const { jobs, mailer } = mailerAt(() => now, undefined);
    await mailer.flush();
    await mailer.flush();
    await jobs.stop();
    await mailer.stop();
    expect(await readdir(dir)).toHaveLength(1);
    const row = await database.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    // Sent: no personal text stays behind (address, subject and body emptied).
    expect(row).toMatchObject({ sent_at: now, to_address: '', subject: '', body: '' });
    const job = await database.db.selectFrom('job').selectAll().executeTakeFirstOrThrow();
    // The job carries the mail's id only: no address, subject or text.
    expect(job).toMatchObject({
      name: 'mail.verstuur',
      status: 'done',
      attempts: 1,
      payload: { mailId: row.id },
    });
  });

  it('keeps a mail that could not be sent and tries again later, backing off; after ten tries it is failed and emptied', async () => {
    let clock = new Date();
    await enqueueMail(database.db, clock, {
      gemeenteId,
      to: 'b@example.test',
      subject: 'Onderwerp',
      body: 'tekst',
    });
    // Nothing listens on port 9: the SMTP connection is refused at once.
    const { jobs, mailer } = mailerAt(() => clock, 'smtp://127.0.0.1:9');
    await mailer.flush();
    // Found by id: once given up, the address is emptied too.
    const { id } = await database.db
      .selectFrom('mail_outbox')
      .select('id')
      .where('to_address', '=', 'b@example.test')
      .executeTakeFirstOrThrow();
    const mail = () =>
      database.db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const job = async () =>
      database.db
        .selectFrom('job')
        .selectAll()
        .where('key', '=', (await mail()).id)
        .executeTakeFirstOrThrow();
    expect((await mail()).sent_at).toBeNull();
    expect((await mail()).body).toBe('tekst');
    expect(await job()).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await job()).run_at.getTime() - clock.getTime()).toBe(60_000);
    for (let i = 0; i < 12; i++) {
      clock = new Date(clock.getTime() + 24 * 3_600_000);
      await mailer.flush();
    }
    await jobs.stop();
    await mailer.stop();
    expect(await job()).toMatchObject({ status: 'failed', attempts: 10 });
    // Given up: no personal text stays behind.
    expect(await mail()).toMatchObject({ to_address: '', subject: '', body: '', sent_at: null });
    expect((await listFailedJobs(database.db, gemeenteId)).map((j) => j.name)).toEqual(['mail.verstuur']);
  });
});
