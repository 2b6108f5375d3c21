import { Alert, Heading, Link, Paragraph, PostForm, SubmitButton } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { CoordinatorData, RondeUitkomst } from '../systeem.js';

export const COORDINATIE_MELDINGEN = ['gepauzeerd', 'afgehandeld', 'hervat', 'bezig'] as const;
export type CoordinatieMelding = (typeof COORDINATIE_MELDINGEN)[number];

/**
 * The coordinator's page: run a matching round now, the open reports (first name, neighbourhood,
 * the reason from the list — no story, no record) with "pause" or "close", and who is paused.
 */
export function CoordinatiePage({
  ctx,
  data,
  ronde,
  melding,
}: {
  ctx: PageContext;
  data: CoordinatorData;
  ronde?: RondeUitkomst | undefined;
  melding?: CoordinatieMelding | undefined;
}) {
  const { t } = ctx;
  const titel = t('samen.coordinatie.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {ronde ? (
        <Alert type="ok">
          <Paragraph>
            {t('samen.coordinatie.ronde.klaar', {
              deelnemers: ronde.deelnemers,
              voorstellen: ronde.voorstellen,
              geholpen: ronde.geholpen,
            })}
          </Paragraph>
        </Alert>
      ) : null}
      {melding ? (
        <Alert type={melding === 'bezig' ? 'warning' : 'ok'}>
          <Paragraph>{t(`samen.coordinatie.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('samen.coordinatie.intro')}</Paragraph>
      <PostForm ctx={ctx} action="/samen/coordinatie/ronde">
        <SubmitButton>{t('samen.coordinatie.ronde')}</SubmitButton>
      </PostForm>
      <Paragraph>
        <Link href="/samen/coordinatie/controle">{t('samen.coordinatie.naar-controle')}</Link>
      </Paragraph>
      <Paragraph>
        <Link href="/samen/coordinatie/aanmeldingen">{t('samen.buren.naar-aanmeldingen')}</Link>
      </Paragraph>
      <Heading level={2}>{t('samen.coordinatie.meldingen')}</Heading>
      {data.meldingen.length === 0 ? <Paragraph>{t('samen.coordinatie.meldingen.geen')}</Paragraph> : null}
      {data.meldingen.map((m) => (
        <div class="samen-melding" key={m.id}>
          <Paragraph>
            {t('samen.coordinatie.melding', {
              voornaam: m.voornaam,
              wijk: m.wijk,
              reden: t(`samen.veilig.reden.${m.reden}`),
              datum: m.op.toLocaleDateString(ctx.locale),
            })}
          </Paragraph>
          <PostForm ctx={ctx} action={`/samen/coordinatie/meldingen/${m.id}`}>
            <button
              type="submit"
              name="pauzeer"
              value="ja"
              class="utrecht-button utrecht-button--primary-action"
            >
              {t('samen.coordinatie.pauzeer')}
            </button>{' '}
            <button
              type="submit"
              name="pauzeer"
              value="nee"
              class="utrecht-button utrecht-button--secondary-action"
            >
              {t('samen.coordinatie.afhandelen')}
            </button>
          </PostForm>
        </div>
      ))}
      <Heading level={2}>{t('samen.coordinatie.gepauzeerd')}</Heading>
      {data.gepauzeerd.length === 0 ? <Paragraph>{t('samen.coordinatie.gepauzeerd.geen')}</Paragraph> : null}
      {data.gepauzeerd.map((p) => (
        <PostForm ctx={ctx} action={`/samen/coordinatie/pauze/${p.dossierId}`} key={p.dossierId}>
          <SubmitButton appearance="secondary-action">
            {t('samen.coordinatie.hervat', { voornaam: `${p.voornaam} (${p.wijk})` })}
          </SubmitButton>
        </PostForm>
      ))}
    </Layout>
  );
}
