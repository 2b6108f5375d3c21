import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyReply, FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger } from 'pino';

/**
 * This process, in every log line: random per start, so the lines of two instances on one
 * host (or two starts of one) are told apart. With `host`, an operator finds the machine.
 */
export const INSTANCE_ID = randomBytes(6).toString('hex');

/**
 * Logs are for operators, not a second copy of the record. A request log line carries the
 * method, the route pattern (/wachtwoord-instellen/:token, never the token), the status and
 * the timing — no query string, headers, cookies, body, names or e-mail addresses. Errors
 * keep their type, code and stack; database error details (which echo values) are dropped.
 * Every line is one JSON object with `instance` and `host` (docs/configuration.md lists the
 * fields); request lines carry `reqId`, the reference code error pages show.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: { instance: INSTANCE_ID, host: hostname() },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: {
        paths: ['req.headers', 'req.body', 'email', 'naam', 'password', '*.email', '*.naam', '*.password'],
        censor: '[redacted]',
      },
      serializers: {
        req: (request: FastifyRequest) => ({
          id: request.id,
          method: request.method,
          route: request.routeOptions?.url ?? '(no route)',
        }),
        res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
        err: (error: Error & { code?: string; statusCode?: number }) => ({
          type: error.name,
          code: error.code,
          statusCode: error.statusCode,
          message: stripValues(error.message),
          stack: error.stack ? stripValues(error.stack) : undefined,
        }),
      },
    },
    destination,
  );
}

/** Database messages quote values ("Key (email)=(…)"); keep the sentence, drop the quotes. */
function stripValues(text: string): string {
  return text
    .replace(/\(([^()]*)\)=\(([^()]*)\)/g, '($1)=([redacted])')
    .replace(/(syntax for type \w+|value): "[^"]*"/g, '$1: "[redacted]"');
}
