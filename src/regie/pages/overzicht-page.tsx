import type { PdfDocument } from '../../platform/pdf/pdf-document.js';
import { PdfDocumentHtml } from '../../platform/pdf/pdf-document-html.js';
import { Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** The overview of "Mijn gegevens": the same description the PDF is made from, then its download. */
export function OverzichtPage({
  ctx,
  dossierId,
  document,
}: {
  ctx: PageContext;
  dossierId: string;
  document: PdfDocument;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={document.titel}>
      <PdfDocumentHtml document={document} />
      <Paragraph>
        <a
          class="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
          href={`/dossiers/${dossierId}/gegevens.pdf`}
          download="redzaam-overzicht.pdf"
        >
          {t('gegevens.overzicht.pdf')}
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
