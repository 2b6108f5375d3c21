import type { FastifyInstance } from 'fastify';

export type PrintedRoute = {
  /** The full path ("/wachtwoord-instellen/:token"); for a wildcard only "*", see below */
  path: string;
  wildcard: boolean;
};

/**
 * The GET routes of an app, read from `printRoutes({ commonPrefix: false, method: 'GET' })`:
 *
 *   └── / (GET)
 *       ├── inloggen (GET)
 *       └── mijn-sessies (GET)
 *           └── /:id/iets (GET)
 *
 * Each level is indented four characters; a child's path continues its parent's. One quirk
 * of find-my-way's printer: a wildcard child is printed as a bare "*", without its parent's
 * prefix ("/static/*" comes out as "*"), so wildcards are returned as `wildcard: true` and
 * the caller must account for them by count.
 */
export function getRoutes(app: FastifyInstance): PrintedRoute[] {
  const printed = app.printRoutes({ commonPrefix: false, method: 'GET' });
  const routes: PrintedRoute[] = [];
  const stack: string[] = [];
  for (const line of printed.split('\n')) {
    if (line.trim() === '') continue;
    const match = /^([│ ]*)[└├]── (.+?)(?: \(([^)]*)\))?$/.exec(line);
    if (!match) throw new Error(`cannot read this line of printRoutes(): ${JSON.stringify(line)}`);
    const depth = (match[1] ?? '').length / 4;
    const segment = match[2] ?? '';
    const parent = depth > 0 ? (stack[depth - 1] ?? '') : '';
    const full = joinPath(parent, segment);
    stack[depth] = full;
    stack.length = depth + 1;
    const methods = (match[3] ?? '').split(',').map((method) => method.trim());
    if (!methods.includes('GET')) continue;
    routes.push(segment === '*' ? { path: '*', wildcard: true } : { path: full, wildcard: false });
  }
  return routes;
}

/**
 * find-my-way prints each node's own prefix, which continues its parent's exactly: "thema.css"
 * under "/", "/toegang" under "dossiers/:dossierId", and ".json" under "/gegevens" (the
 * route "/dossiers/:dossierId/gegevens.json"). So a full path is a plain concatenation;
 * adding a "/" would turn that last one into "/gegevens/.json".
 */
function joinPath(parent: string, segment: string): string {
  return `${parent}${segment}`;
}

/** Does a concrete path match a route pattern like "/wachtwoord-instellen/:token"? */
export function matchesRoute(pattern: string, pathname: string): boolean {
  const source = pattern
    .split('/')
    .map((part) =>
      part.startsWith(':') ? '[^/]+' : part === '*' ? '.*' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('/');
  return new RegExp(`^${source}$`).test(pathname);
}
