import type { FastifyInstance } from 'fastify';
import type { Db } from '../../platform/db/database.js';
import { type EigenLevensgebiedNamen, geenEigenNamen } from '../../platform/extensions/levensgebied-namen.js';
import { HttpError } from '../../platform/http/errors.js';
import { pageContext, sendPage } from '../../platform/views/render.js';
import { DienstPage } from './pages/dienst-page.js';
import { ZoekPage } from './pages/zoek-page.js';
import { dienstDetail, voorbeeldPostcode } from './queries.js';
import { isOpen, leesZoekvraag } from './rules.js';
import { zoek } from './zoeken.js';

/**
 * The public sociale kaart: search and a service's page. No login and no personal data, so
 * not in the access matrix; per gemeente through the host (request.gemeente). GET only, so
 * every search is a link that works without JavaScript.
 */
export async function socialeKaartZoekRoutes(
  app: FastifyInstance,
  deps: { db: Db; now: () => Date; eigenNamen?: EigenLevensgebiedNamen },
): Promise<void> {
  // The hint's example postcode is one that exists here (issue 18), read once it is there.
  let voorbeeld: string | undefined;
  const voorbeeldPostcodeVan = async () => {
    voorbeeld ??= await voorbeeldPostcode(deps.db);
    return voorbeeld;
  };

  // Levensgebieden by the gemeente's own names, as in "Hoe het gaat" (issue 18).
  const eigenNamen = deps.eigenNamen ?? geenEigenNamen;
  app.get('/sociale-kaart', async (request, reply) => {
    const gemeente = request.gemeente;
    if (!gemeente) throw new HttpError('NOT_FOUND');
    const ctx = pageContext(request, reply);
    const postcodeVoorbeeld = await voorbeeldPostcodeVan();
    const namen = await eigenNamen(gemeente.id);
    const { vraag, fouten } = leesZoekvraag(request.query);
    const gezocht = Object.keys(request.query as object).length > 0;
    if (Object.keys(fouten).length > 0) {
      return sendPage(
        reply,
        <ZoekPage ctx={ctx} voorbeeld={postcodeVoorbeeld} namen={namen} vraag={vraag} fouten={fouten} />,
        400,
      );
    }
    const uitkomst = await zoek(deps.db, gemeente.id, vraag, deps.now());
    if (!uitkomst.ok) {
      return sendPage(
        reply,
        <ZoekPage
          ctx={ctx}
          voorbeeld={postcodeVoorbeeld}
          namen={namen}
          vraag={vraag}
          fouten={uitkomst.fouten}
        />,
        400,
      );
    }
    return sendPage(
      reply,
      <ZoekPage
        ctx={ctx}
        voorbeeld={postcodeVoorbeeld}
        namen={namen}
        vraag={vraag}
        fouten={{}}
        uitkomst={uitkomst}
        gezocht={gezocht}
      />,
    );
  });

  app.get('/sociale-kaart/:id', async (request, reply) => {
    const gemeente = request.gemeente;
    if (!gemeente) throw new HttpError('NOT_FOUND');
    const { id } = request.params as { id: string };
    if (id.length > 200) throw new HttpError('NOT_FOUND');
    const dienst = await dienstDetail(deps.db, gemeente.id, id);
    if (!dienst) throw new HttpError('NOT_FOUND');
    const nu = deps.now();
    return sendPage(
      reply,
      <DienstPage
        ctx={pageContext(request, reply)}
        namen={await eigenNamen(gemeente.id)}
        dienst={dienst}
        nuOpen={isOpen(dienst.roosters, nu)}
      />,
    );
  });
}
