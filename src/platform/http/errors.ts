import type { MessageKey } from '../i18n/i18n.js';

/**
 * Every error the app answers with, in one place (as Fastify's FST_ERR_* codes are).
 * The page shows the Dutch/English texts; API clients get the code. Messages are
 * generic on purpose: they never say whether an account or record exists.
 */
export const ERRORS = {
  BAD_REQUEST: { status: 400, title: 'fout.400.titel', text: 'fout.400.tekst' },
  UNAUTHENTICATED: { status: 401, title: 'inloggen.titel', text: 'inloggen.sessie-verlopen' },
  FORBIDDEN: { status: 403, title: 'fout.403.titel', text: 'fout.403.tekst' },
  CSRF: { status: 403, title: 'fout.csrf.titel', text: 'fout.csrf.tekst' },
  NOT_FOUND: { status: 404, title: 'fout.404.titel', text: 'fout.404.tekst' },
  UNKNOWN_GEMEENTE: {
    status: 404,
    title: 'fout.onbekende-gemeente.titel',
    text: 'fout.onbekende-gemeente.tekst',
  },
  CONFLICT: { status: 409, title: 'fout.409.titel', text: 'fout.409.tekst' },
  /** A record whose data key was destroyed (erased; e.g. found again in a restored backup) */
  GONE: { status: 410, title: 'fout.410.titel', text: 'fout.410.tekst' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'fout.413.titel', text: 'fout.413.tekst' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'fout.415.titel', text: 'fout.415.tekst' },
  TOO_MANY_REQUESTS: { status: 429, title: 'fout.429.titel', text: 'fout.429.tekst' },
  INTERNAL: { status: 500, title: 'fout.500.titel', text: 'fout.500.tekst' },
  UNAVAILABLE: { status: 503, title: 'fout.503.titel', text: 'fout.503.tekst' },
  /** More requests waiting than the queue holds (platform/http/toelating.ts) */
  BUSY: { status: 503, title: 'fout.druk.titel', text: 'fout.druk.tekst' },
} as const satisfies Record<string, { status: number; title: MessageKey; text: MessageKey }>;

export type ErrorCode = keyof typeof ERRORS;

/** Thrown by routes and use cases; the error handler turns it into a page or a JSON body. */
export class HttpError extends Error {
  readonly status: number;
  /**
   * @param reden why, for the audit trail when raised inside the door's work (never shown to
   *   the user: the answer stays generic)
   */
  constructor(
    readonly code: ErrorCode,
    readonly reden?: string,
  ) {
    super(code);
    this.status = ERRORS[code].status;
  }
}

/** Maps Fastify's own error codes (body parsing, limits, routing) to ours; 5xx for anything else. */
export function errorCodeFor(error: { code?: string; statusCode?: number }): ErrorCode {
  if (error instanceof HttpError) return error.code;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return 'PAYLOAD_TOO_LARGE';
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return 'UNSUPPORTED_MEDIA_TYPE';
    // PostgreSQL: invalid text for a type (an id that is no uuid). A guard missed it; still the client's mistake.
    case '22P02':
    // PostgreSQL: a character text cannot hold (a NUL byte). The input layer refuses these first.
    case '22021':
      return 'BAD_REQUEST';
    case 'FST_CSRF_MISSING_SECRET':
    case 'FST_CSRF_INVALID_TOKEN':
      return 'CSRF';
    default:
      break;
  }
  const status = error.statusCode ?? 500;
  if (status === 413) return 'PAYLOAD_TOO_LARGE';
  if (status === 415) return 'UNSUPPORTED_MEDIA_TYPE';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status === 404) return 'NOT_FOUND';
  if (status === 403) return 'FORBIDDEN';
  if (status === 401) return 'UNAUTHENTICATED';
  if (status >= 400 && status < 500) return 'BAD_REQUEST';
  return 'INTERNAL';
}

/** Error codes of a database that cannot be reached (Node's socket errors, PostgreSQL's class 08 and 57P). */
const ONBEREIKBAAR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'EPIPE',
  '57P01',
  '57P02',
  '57P03',
  '53300',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
]);

/** Messages of drivers that say the same without a code (pg, pg-pool, PGlite, Kysely). */
const ONBEREIKBAAR_TEKST =
  /Connection terminated|timeout exceeded when trying to connect|Cannot use a pool after calling end|PGlite is closed|driver has already been destroyed|Client has encountered a connection error/;

/**
 * Whether an error means the database is down or unreachable (then the answer is 503 with
 * Retry-After, not 500): the error itself or anything in its `cause` chain.
 */
export function databaseOnbereikbaar(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && ONBEREIKBAAR_CODES.has(code)) return true;
    if (typeof message === 'string' && ONBEREIKBAAR_TEKST.test(message)) return true;
    // Node reports a refused connection to every address of a host as an AggregateError.
    const { errors, cause } = current as { errors?: unknown; cause?: unknown };
    current = Array.isArray(errors) && errors.length > 0 ? errors[0] : cause;
  }
  return false;
}
