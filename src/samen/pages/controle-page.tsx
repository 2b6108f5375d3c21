import { Alert, Heading, Link, Paragraph, PostForm } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { TeControleren } from '../systeem.js';

export const CONTROLE_MELDINGEN = ['identiteit', 'vog'] as const;
export type ControleMelding = (typeof CONTROLE_MELDINGEN)[number];

/**
 * The coordinator records that she saw someone's identity document and, for volunteers who work
 * alone with a vulnerable resident, a VOG. Only first name and neighbourhood are shown; no copy of
 * a document is kept, only the date of the check.
 */
export function ControlePage({
  ctx,
  lijst,
  melding,
}: {
  ctx: PageContext;
  lijst: TeControleren[];
  melding?: ControleMelding | undefined;
}) {
  const { t } = ctx;
  const titel = t('samen.controle.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`samen.controle.vastgelegd.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('samen.controle.intro')}</Paragraph>
      <Paragraph>{t('samen.controle.vog.uitleg')}</Paragraph>
      {lijst.length === 0 ? <Paragraph>{t('samen.controle.geen')}</Paragraph> : null}
      {lijst.map((p) => (
        <div class="samen-controle" key={p.dossierId}>
          <Heading level={2}>{t('samen.controle.persoon', { voornaam: p.voornaam, wijk: p.wijk })}</Heading>
          <Paragraph>
            {t(p.identiteit ? 'samen.controle.identiteit.wel' : 'samen.controle.identiteit.niet')}{' '}
            {t(p.vog ? 'samen.controle.vog.wel' : 'samen.controle.vog.niet')}
          </Paragraph>
          <PostForm ctx={ctx} action={`/samen/coordinatie/controle/${p.dossierId}`}>
            {p.identiteit ? null : (
              <button
                type="submit"
                name="soort"
                value="identiteit"
                class="utrecht-button utrecht-button--primary-action"
              >
                {t('samen.controle.identiteit.knop', { voornaam: p.voornaam })}
              </button>
            )}{' '}
            {p.vog ? null : (
              <button
                type="submit"
                name="soort"
                value="vog"
                class="utrecht-button utrecht-button--secondary-action"
              >
                {t('samen.controle.vog.knop', { voornaam: p.voornaam })}
              </button>
            )}
          </PostForm>
        </div>
      ))}
      <Paragraph>
        <Link href="/samen/coordinatie">{t('samen.controle.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}
