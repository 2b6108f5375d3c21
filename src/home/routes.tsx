import type { FastifyInstance } from 'fastify';
import { requireLogin, viewerOf } from '../auth/routes.js';
import type { Db } from '../platform/db/database.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { gedeeldMet } from '../regie/delen.js';
import { OverviewPage } from './pages/overview-page.js';
import { StartPage } from './pages/start-page.js';

export async function homeRoutes(app: FastifyInstance, deps: { db: Db; now: () => Date }): Promise<void> {
  app.get('/', async (request, reply) => {
    const gewist = (request.query as Record<string, string | undefined>).gewist !== undefined;
    return sendPage(reply, <StartPage ctx={pageContext(request, reply)} gewist={gewist} />);
  });

  app.get(
    '/mijn-overzicht',
    { preHandler: requireLogin, config: { persoonsgegevens: true } },
    async (request, reply) => {
      const viewer = viewerOf(request);
      // Residents can be someone's naaste too; beheerders and analisten never hold grants.
      const houdtToegang =
        viewer.rol === 'naaste' || viewer.rol === 'professional' || viewer.rol === 'inwoner';
      const gedeeld = houdtToegang ? await gedeeldMet(deps.db, viewer, deps.now()) : undefined;
      const geaccepteerd =
        (request.query as Record<string, string | undefined>).uitnodiging === 'geaccepteerd';
      return sendPage(
        reply,
        <OverviewPage
          ctx={pageContext(request, reply)}
          naam={viewer.naam}
          rol={viewer.rol}
          organisatie={viewer.organisatieNaam}
          gedeeld={viewer.rol === 'inwoner' && gedeeld?.length === 0 ? undefined : gedeeld}
          geaccepteerd={geaccepteerd}
        />,
      );
    },
  );
}
