import type { FastifyInstance } from 'fastify';
import { requireLogin, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import type { OverzichtKaarten } from '../platform/extensions/overzicht.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { leesOverzicht } from './overzicht.js';
import { OverviewPage } from './pages/overview-page.js';
import { StartPage } from './pages/start-page.js';

export async function homeRoutes(
  app: FastifyInstance,
  deps: { db: Db; now: () => Date; overzicht: OverzichtKaarten },
): Promise<void> {
  app.get('/', async (request, reply) => {
    const gewist = (request.query as Record<string, string | undefined>).gewist !== undefined;
    return sendPage(reply, <StartPage ctx={pageContext(request, reply)} gewist={gewist} />);
  });

  app.get(
    '/mijn-overzicht',
    { preHandler: requireLogin, config: { persoonsgegevens: true } },
    async (request, reply) => {
      const viewer = viewerOf(request);
      const data = await leesOverzicht(deps.db, deps.now(), viewer, deps.overzicht);
      const geaccepteerd =
        (request.query as Record<string, string | undefined>).uitnodiging === 'geaccepteerd';
      return sendPage(
        reply,
        <OverviewPage
          ctx={pageContext(request, reply)}
          naam={viewer.naam}
          rol={viewer.rol}
          organisatie={viewer.organisatieNaam}
          kaarten={data.kaarten}
          gedeeld={data.gedeeld}
          geaccepteerd={geaccepteerd}
        />,
      );
    },
  );
}
