import {
  Alert,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { VAARDIGHEDEN } from '../../vaardigheden.js';
import { GROEP_SOORTEN } from '../rules.js';
import type { GroepenData, GroeperingUitkomst } from '../systeem.js';

export const GROEPEN_MELDINGEN = [
  'bezig',
  'verwijderd',
  'gepauzeerd',
  'plek',
  'plek-onbekend',
  'plek-conflict',
] as const;
export type GroepenMelding = (typeof GROEPEN_MELDINGEN)[number];

/**
 * The coordinator's groups page: propose groups for a kind and theme with a leader; the groups of
 * the past year with each member's first name, neighbourhood and answer (no record); take someone
 * out (and pause her); pick the meeting place from the sociale kaart.
 */
export function CoordinatieGroepenPage({
  ctx,
  data,
  uitkomst,
  melding,
}: {
  ctx: PageContext;
  data: GroepenData;
  uitkomst?: GroeperingUitkomst | undefined;
  melding?: GroepenMelding | undefined;
}) {
  const { t } = ctx;
  const titel = t('samen.coordinatie.groepen.titel');
  const thema = (code: string) => t(`samen.vaardigheid.${code}` as Parameters<typeof t>[0]);
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {uitkomst ? (
        <Alert type="ok">
          <Paragraph>{t('samen.coordinatie.groepen.klaar', uitkomst)}</Paragraph>
        </Alert>
      ) : null}
      {melding ? (
        <Alert type={melding === 'bezig' || melding.startsWith('plek-') ? 'warning' : 'ok'}>
          <Paragraph>{t(`samen.coordinatie.groepen.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('samen.coordinatie.groepen.intro')}</Paragraph>
      <PostForm ctx={ctx} action="/samen/groepen/voorstellen">
        <SelectField
          name="soort"
          label={t('samen.coordinatie.groepen.soort')}
          options={GROEP_SOORTEN.map((s) => ({ value: s, label: t(`samen.groep.soort.${s}`) }))}
        />
        <SelectField
          name="thema"
          label={t('samen.coordinatie.groepen.thema')}
          options={VAARDIGHEDEN.map((v) => ({ value: v, label: thema(v) }))}
        />
        <SelectField
          name="leider"
          label={t('samen.coordinatie.groepen.leider')}
          description={t('samen.coordinatie.groepen.leider.uitleg')}
          options={data.leiders.map((l) => ({ value: l.id, label: l.naam }))}
        />
        <SubmitButton>{t('samen.coordinatie.groepen.zoek')}</SubmitButton>
      </PostForm>
      <Heading level={2}>{t('samen.coordinatie.groepen.lijst')}</Heading>
      {data.groepen.length === 0 ? <Paragraph>{t('samen.coordinatie.groepen.geen')}</Paragraph> : null}
      {data.groepen.map((g) => (
        <article class="samen-groep" key={g.id} aria-labelledby={`groep-${g.id}`}>
          <Heading level={3} id={`groep-${g.id}`}>
            {t('samen.groep.kop', { soort: t(`samen.groep.soort.${g.soort}`), thema: thema(g.thema) })}
          </Heading>
          <Paragraph>{t(`samen.groep.leider.${g.soort}`, { naam: g.leiderNaam })}</Paragraph>
          <Paragraph>
            {g.status === 'open'
              ? t('samen.groep.status.open', {
                  datum: g.verlooptOp.toLocaleDateString(ctx.locale),
                  aantal: g.leden.filter((l) => l.antwoord === 'ja').length,
                })
              : t(`samen.groep.status.${g.status}`)}
          </Paragraph>
          <Paragraph>
            {g.plek
              ? t('samen.groep.plek', { naam: g.plek.naam, adres: g.plek.adres })
              : t('samen.groep.plek.nog-niet')}
          </Paragraph>
          {g.leden.length > 0 ? (
            <ul class="utrecht-unordered-list">
              {g.leden.map((l) => (
                <li class="utrecht-unordered-list__item" key={l.dossierId}>
                  {t('samen.coordinatie.groepen.lid', {
                    voornaam: l.voornaam,
                    wijk: l.wijk,
                    antwoord: t(`samen.coordinatie.groepen.lid.antwoord.${l.antwoord}`),
                  })}
                  {l.antwoord === 'open' || l.antwoord === 'ja' ? (
                    <PostForm ctx={ctx} action={`/samen/groepen/${g.id}/leden/${l.dossierId}`}>
                      <button
                        type="submit"
                        name="pauzeer"
                        value="nee"
                        class="utrecht-button utrecht-button--secondary-action"
                      >
                        {t('samen.coordinatie.groepen.verwijder', { voornaam: l.voornaam })}
                      </button>{' '}
                      <button
                        type="submit"
                        name="pauzeer"
                        value="ja"
                        class="utrecht-button utrecht-button--secondary-action"
                      >
                        {t('samen.coordinatie.groepen.verwijder-pauzeer', { voornaam: l.voornaam })}
                      </button>
                    </PostForm>
                  ) : null}
                </li>
              ))}
            </ul>
          ) : null}
          {g.status !== 'niet-doorgegaan' ? (
            g.plekken.length > 0 ? (
              <PostForm ctx={ctx} action={`/samen/groepen/${g.id}/plek`}>
                <input type="hidden" name="versie" value={String(g.versie)} />
                <SelectField
                  id={`plek-${g.id}`}
                  name="plek"
                  label={t('samen.coordinatie.groepen.plek.kies')}
                  value={g.plek?.id}
                  options={g.plekken.map((p) => ({
                    value: p.id,
                    label: t('samen.coordinatie.groepen.plek.afstand', {
                      naam: p.naam,
                      adres: p.adres,
                      km: p.afstandKm.toLocaleString(ctx.locale, { maximumFractionDigits: 1 }),
                    }),
                  }))}
                />
                <SubmitButton appearance="secondary-action">
                  {t('samen.coordinatie.groepen.plek.bewaar')}
                </SubmitButton>
              </PostForm>
            ) : (
              <Paragraph>{t('samen.coordinatie.groepen.plek.geen')}</Paragraph>
            )
          ) : null}
        </article>
      ))}
      <Paragraph>
        <Link href="/samen/coordinatie">{t('samen.coordinatie.titel')}</Link>
      </Paragraph>
    </Layout>
  );
}
