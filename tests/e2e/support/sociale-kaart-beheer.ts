import type { TestApp } from '../../support/test-app.js';
import { mailsTo } from './mail.js';

/** The "kloppen je gegevens nog?" link in the newest mail to `to`; fails without one. */
export async function bevestigLinkFromOutbox(t: TestApp, to: string): Promise<string> {
  const newest = (await mailsTo(t, to)).at(-1);
  if (!newest) throw new Error(`no mail to ${to} in the outbox`);
  const link = /https?:\/\/[^\s"<>]+\/sociale-kaart\/bevestigen\/[A-Za-z0-9_-]{43}/.exec(newest)?.[0];
  if (!link) throw new Error(`the newest mail to ${to} has no /sociale-kaart/bevestigen/ link:\n${newest}`);
  return link;
}

/** The path of a link on the page's server: mail links name the gemeente's host, tests use 127.0.0.1. */
export function pathOf(link: string): string {
  const url = new URL(link);
  return `${url.pathname}${url.search}`;
}
