import type { Db } from '../platform/db/database.js';
import { type EigenLevensgebiedNamen, geenEigenNamen } from '../platform/extensions/levensgebied-namen.js';
import type { Viewer } from '../platform/http/request-context.js';
import type { Locale, Translate } from '../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../platform/levensgebied-codes.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import { type Toegang, viaDeDeur } from './door/door.js';
import { leesbareBlokken } from './leesbaar.js';
import * as q from './queries.js';
import { isLive } from './rules.js';
import type { SectieRegister } from './secties.js';

/** How many of the newest log lines the overview shows (the log page has them all). */
export const LOGBOEK_REGELS = 10;

export type OverzichtGegevens = Awaited<ReturnType<typeof leesOverzicht>>;

/**
 * "Mijn gegevens" at a glance, for the page and for its PDF: who she is, who may see what now,
 * open invitations, emergency access and the newest lines of her log. Owner only, through the
 * door once; it shows part of her log, so her reading it is logged like the log page
 * (security.md). The PDF is a download: actie `export`, like the JSON. The log lines leave out
 * her own visits of this page, so the PDF she downloads from it lists the lines she just saw.
 */
export async function leesOverzicht(
  db: Db,
  now: Date,
  viewer: Viewer,
  dossierId: string,
  actie: 'read' | 'export',
  alles?: AllesVraag,
) {
  // Gemeente-level names, read before the door: inside it, the transaction holds the connection
  // (on the embedded database the only one), so a read on `db` there would wait for ever.
  const namen = alles ? await (alles.eigenNamen ?? geenEigenNamen)(viewer.gemeenteId) : undefined;
  return viaDeDeur(
    db,
    viewer,
    {
      dossierId,
      sectie: null,
      nodig: 'lezen',
      actie,
      itemId: alles ? 'alles-leesbaar' : 'overzicht',
      alleenEigenaar: true,
      auditEigenLezen: true,
    },
    { now },
    async (toegang) => ({
      dossierId: toegang.dossierId,
      naam: viewer.naam,
      email: viewer.email,
      toegangen: (await q.listToegangen(toegang)).filter((t) =>
        isLive({ ingetrokkenOp: t.ingetrokken_op, eindigtOp: t.eindigt_op }, now),
      ),
      uitnodigingen: await q.listOpenUitnodigingen(toegang, now),
      noodtoegangen: await q.listNoodtoegangen(toegang),
      logboek: await q.listAuditOfDossier(toegang, {
        limit: alles ? 1_000_000 : LOGBOEK_REGELS,
        behalveLezenVan: { accountId: viewer.accountId, itemId: alles ? 'alles-leesbaar' : 'overzicht' },
      }),
      secties: alles ? await sectiesLeesbaar(toegang, now, alles, namen ?? new Map()) : undefined,
    }),
  );
}

/** What "Alles wat Redzaam van je weet" needs besides the overview: every section, in words. */
export type AllesVraag = {
  secties: SectieRegister;
  t: Translate;
  locale: Locale;
  /** The gemeente's own levensgebied names (app.tsx plugs the levensgebieden catalog in) */
  eigenNamen?: EigenLevensgebiedNamen;
};

/**
 * Every registered section as blocks to read: its own words (`leesbaar`) or else its download
 * data as headings and lines; a section with neither says it holds nothing.
 */
async function sectiesLeesbaar(
  toegang: Toegang,
  nu: Date,
  { secties, t, locale }: AllesVraag,
  namen: ReadonlyMap<string, string>,
): Promise<{ code: string; blokken: PdfBlok[] }[]> {
  const gebied = (code: string) => levensgebiedNaam(code, namen.get(code), t);
  const uit: { code: string; blokken: PdfBlok[] }[] = [];
  for (const sectie of secties.alle()) {
    const blokken = sectie.leesbaar
      ? await sectie.leesbaar(toegang, { t, locale, nu, gebied })
      : leesbareBlokken(sectie.exporteer ? await sectie.exporteer(toegang) : null, { t, locale });
    uit.push({ code: sectie.code, blokken });
  }
  return uit;
}
