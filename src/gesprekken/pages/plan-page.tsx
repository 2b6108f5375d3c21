import type { PdfDocument } from '../../platform/pdf/pdf-document.js';
import { PdfDocumentHtml } from '../../platform/pdf/pdf-document-html.js';
import { Link, Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

/** Her persoonlijk plan as a page: the same description as the PDF beside it. */
export function PersoonlijkPlanPage({
  ctx,
  basis,
  document,
}: {
  ctx: PageContext;
  basis: string;
  document: PdfDocument;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={document.titel}>
      <Paragraph>
        <Link href={basis}>{t('gesprekken.terug')}</Link>
      </Paragraph>
      <PdfDocumentHtml document={document} />
      <Paragraph>
        <Link href={`${basis}/persoonlijk-plan.pdf`}>{t('gesprekken.plan.pdf')}</Link>
      </Paragraph>
    </Layout>
  );
}
