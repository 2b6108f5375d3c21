import { mailText, type TestApp } from '../../support/test-app.js';

/** An .eml file as text ("Doğan", "één"): `mailText` undoes quoted-printable as UTF-8. */
export const decodeMail = mailText;

/** The decoded text of every mail in the outbox addressed to `to`, oldest first. */
export async function mailsTo(t: TestApp, to: string): Promise<string[]> {
  const mails = (await t.readOutbox()).map(decodeMail);
  const header = new RegExp(`^To: .*\\b${to.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'mi');
  return mails.filter((mail) => header.test(mail.split(/\r?\n\r?\n/)[0] ?? ''));
}

/** The password link (reset or activation) in the newest mail to `to`; fails without one. */
export async function linkFromOutbox(t: TestApp, to: string): Promise<string> {
  const mails = await mailsTo(t, to);
  const newest = mails.at(-1);
  if (!newest) throw new Error(`no mail to ${to} in the outbox`);
  const link = /https?:\/\/[^\s"<>]+\/wachtwoord-instellen\/[A-Za-z0-9_-]+/.exec(newest)?.[0];
  if (!link) throw new Error(`the newest mail to ${to} has no /wachtwoord-instellen/ link:\n${newest}`);
  return link;
}
