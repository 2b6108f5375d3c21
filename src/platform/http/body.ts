import type { FastifyInstance } from 'fastify';
import secureJsonParse from 'secure-json-parse';
import { HttpError } from './errors.js';

/** A parsed form: null prototype, so a field named "__proto__" is just a field. */
export type FormBody = Record<string, string | string[]>;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodeUtf8(buffer: Buffer): string {
  try {
    return strictUtf8.decode(buffer);
  } catch {
    throw new HttpError('BAD_REQUEST');
  }
}

/**
 * Parses application/x-www-form-urlencoded strictly: invalid UTF-8, raw or percent-encoded,
 * is a 400 instead of being silently replaced by U+FFFD and stored.
 */
export function parseUrlEncoded(text: string): FormBody {
  const form: FormBody = Object.create(null);
  if (text === '') return form;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const rawKey = eq === -1 ? pair : pair.slice(0, eq);
    const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
    let key: string;
    let value: string;
    try {
      key = decodeURIComponent(rawKey.replace(/\+/g, ' '));
      value = decodeURIComponent(rawValue.replace(/\+/g, ' '));
    } catch {
      throw new HttpError('BAD_REQUEST');
    }
    const existing = form[key];
    if (existing === undefined) form[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else form[key] = [existing, value];
  }
  return form;
}

/** Registers the strict body parsers: forms and JSON, UTF-8 only, prototype-poisoning safe. */
export function registerBodyParsers(app: FastifyInstance): void {
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      done(null, parseUrlEncoded(decodeUtf8(body as Buffer)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => {
    try {
      const text = decodeUtf8(body as Buffer);
      done(
        null,
        secureJsonParse.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }),
      );
    } catch (error) {
      done(error instanceof HttpError ? error : new HttpError('BAD_REQUEST'), undefined);
    }
  });
}

/** The first value of a form field, or undefined; a repeated field is not accepted silently. */
export function formString(form: unknown, name: string): string | undefined {
  if (!form || typeof form !== 'object') return undefined;
  const value = (form as FormBody)[name];
  return typeof value === 'string' ? value : undefined;
}
