import type { FastifyInstance } from 'fastify';
import { requireLogin, viewerOf } from '../auth/routes.js';
import { pageContext, sendPage } from '../platform/views/render.js';
import { OverviewPage } from './pages/overview-page.js';
import { StartPage } from './pages/start-page.js';

export async function homeRoutes(app: FastifyInstance): Promise<void> {
  app.get('/', async (request, reply) => sendPage(reply, <StartPage ctx={pageContext(request, reply)} />));

  app.get('/mijn-overzicht', { preHandler: requireLogin }, async (request, reply) => {
    const viewer = viewerOf(request);
    return sendPage(
      reply,
      <OverviewPage
        ctx={pageContext(request, reply)}
        naam={viewer.naam}
        rol={viewer.rol}
        organisatie={viewer.organisatieNaam}
      />,
    );
  });
}
