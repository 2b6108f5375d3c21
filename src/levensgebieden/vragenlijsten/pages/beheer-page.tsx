import {
  Alert,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { RadioGroep } from './velden.js';

/** The beheerder turns the positieve-gezondheid lens on or off for the gemeente. */
export function PgBeheerPage({
  ctx,
  aan,
  version,
  melding,
  error,
}: {
  ctx: PageContext;
  aan: boolean;
  version: number;
  melding?: 'opgeslagen' | 'conflict' | undefined;
  error?: string | undefined;
}) {
  const { t } = ctx;
  const titel = t('vragenlijst.beheer.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href="/beheer/levensgebieden">{t('levensgebieden.beheer.titel')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>{t('vragenlijst.beheer.intro')}</Paragraph>
      {melding === 'opgeslagen' ? (
        <Alert type="ok">
          <Paragraph>
            {aan ? t('vragenlijst.beheer.opgeslagen.aan') : t('vragenlijst.beheer.opgeslagen.uit')}
          </Paragraph>
        </Alert>
      ) : null}
      {melding === 'conflict' ? (
        <Alert type="warning">
          <Paragraph>{t('fout.409.tekst')}</Paragraph>
        </Alert>
      ) : null}
      <PostForm ctx={ctx} action="/beheer/levensgebieden/positieve-gezondheid">
        <input type="hidden" name="version" value={String(version)} />
        <RadioGroep
          id="positieve_gezondheid"
          name="positieve_gezondheid"
          legend={t('vragenlijst.beheer.vraag')}
          options={[
            { value: 'aan', label: t('vragenlijst.beheer.aan') },
            { value: 'uit', label: t('vragenlijst.beheer.uit') },
          ]}
          value={aan ? 'aan' : 'uit'}
          error={error}
        />
        <SubmitButton>{t('vragenlijst.beheer.knop')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
