import type { PdfDocument } from '../../platform/pdf/pdf-document.js';
import { PdfDocumentHtml } from '../../platform/pdf/pdf-document-html.js';
import { Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/**
 * The overview of "Mijn gegevens" (or, with `alles`, everything Redzaam knows about her): the
 * same description the PDF is made from, then its download.
 */
export function OverzichtPage({
  ctx,
  dossierId,
  document,
  alles = false,
}: {
  ctx: PageContext;
  dossierId: string;
  document: PdfDocument;
  alles?: boolean;
}) {
  const { t } = ctx;
  const pdf = alles
    ? {
        href: `/dossiers/${dossierId}/gegevens/alles.pdf`,
        naam: 'redzaam-alles.pdf',
        tekst: t('gegevens.alles.pdf'),
      }
    : {
        href: `/dossiers/${dossierId}/gegevens.pdf`,
        naam: 'redzaam-overzicht.pdf',
        tekst: t('gegevens.overzicht.pdf'),
      };
  return (
    <Layout ctx={ctx} title={document.titel}>
      <PdfDocumentHtml document={document} />
      <Paragraph>
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={pdf.href}
          download={pdf.naam}
        >
          {pdf.tekst}
        </a>
      </Paragraph>
      <Paragraph>
        <a class="utrecht-link" href={`/dossiers/${dossierId}/gegevens`}>
          {t('gegevens.titel')}
        </a>
      </Paragraph>
    </Layout>
  );
}
