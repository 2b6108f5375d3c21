import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.js';
import { createGemeente } from '../../demo/factories.js';
import { createLogger } from '../logging.js';
import { createMailer } from './mailer.js';
import { enqueueMail } from './queries.js';

describe('the mail outbox', () => {
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

  it('writes due mail to the outbox once, and empties the body of sent mail', async () => {
    const now = new Date();
    await enqueueMail(database.db, now, {
      gemeenteId,
      to: 'a@example.test',
      subject: 'Onderwerp',
      body: 'geheime link',
    });
    const mailer = createMailer({
      db: database.db,
      from: 'x@example.test',
      smtpUrl: undefined,
      outboxDir: dir,
      log,
      now: () => now,
    });
    await mailer.flush();
    await mailer.flush();
    await mailer.stop();
    expect(await readdir(dir)).toHaveLength(1);
    const row = await database.db.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    // Sent: no personal text stays behind (address, subject and body emptied).
    expect(row).toMatchObject({ sent_at: now, to_address: '', subject: '', body: '', attempts: 1 });
  });

  it('keeps a mail that could not be sent and tries again later, backing off', async () => {
    const now = new Date();
    await enqueueMail(database.db, now, {
      gemeenteId,
      to: 'b@example.test',
      subject: 'Onderwerp',
      body: 'tekst',
    });
    // Nothing listens on port 9: the SMTP connection is refused at once.
    const mailer = createMailer({
      db: database.db,
      from: 'x@example.test',
      smtpUrl: 'smtp://127.0.0.1:9',
      outboxDir: dir,
      log,
      now: () => now,
    });
    await mailer.flush();
    await mailer.stop();
    const row = await database.db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('to_address', '=', 'b@example.test')
      .executeTakeFirstOrThrow();
    expect(row.sent_at).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.body).toBe('tekst');
    expect(row.next_attempt_at.getTime() - now.getTime()).toBe(60_000);
  });
});
