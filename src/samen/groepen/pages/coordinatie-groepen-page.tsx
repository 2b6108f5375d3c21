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
import { keuzes, naamVan } from '../../lijst/rules.js';
import { GROEP_SOORTEN, type GroepSoort, magLeiden } from '../rules.js';
import type { GroepenData, GroeperingFout, GroeperingUitkomst } from '../systeem.js';

export const GROEPEN_MELDINGEN = [
  'bezig',
  'verwijderd',
  'gepauzeerd',
  'plek',
  'plek-onbekend',
  'plek-conflict',
  'ervaring',
] as const;
export type GroepenMelding = (typeof GROEPEN_MELDINGEN)[number];

/**
 * The coordinator's groups page: the possible groups the daily job found (counts only, decision
 * 054), each proposed in one step by choosing its leader; propose buurtcirkels (any professional coaches) and lotgenoten
 * groups (an ervaringsdeskundige leads), each for a theme from the gemeente's skill list; mark who
 * is ervaringsdeskundige; the groups of the past year with each member's first name, neighbourhood
 * and answer (no record); take someone out (and pause her); pick the meeting place from the
 * sociale kaart.
 */
export function CoordinatieGroepenPage({
  ctx,
  data,
  uitkomst,
  melding,
  fout,
}: {
  ctx: PageContext;
  data: GroepenData;
  uitkomst?: GroeperingUitkomst | undefined;
  melding?: GroepenMelding | undefined;
  /** A refused proposal, told next to its leader field, with what she chose kept. */
  fout?:
    | (GroeperingFout & {
        soort: GroepSoort;
        thema: string;
        leider: string;
        vanuit?: 'suggestie' | undefined;
      })
    | undefined;
}) {
  const { t } = ctx;
  const titel = t('samen.coordinatie.groepen.titel');
  const thema = (code: string) =>
    naamVan(data.vaardigheden, code, ctx.locale, (c) =>
      t(`samen.vaardigheid.${c}` as 'samen.vaardigheid.tuin'),
    );
  const themas = keuzes(data.vaardigheden, []).map((v) => ({ value: v, label: thema(v) }));
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
      <section aria-labelledby="mogelijke-groepen">
        <Heading level={2} id="mogelijke-groepen">
          {t('samen.coordinatie.groepen.mogelijk.kop')}
        </Heading>
        <Paragraph>{t('samen.coordinatie.groepen.mogelijk.uitleg')}</Paragraph>
        {data.suggesties.length === 0 ? (
          <Paragraph>{t('samen.coordinatie.groepen.mogelijk.geen')}</Paragraph>
        ) : null}
        {data.suggesties.map((s) => {
          const sleutel = `${s.soort}-${s.thema}`;
          const leiders = data.leiders.filter((l) => magLeiden(s.soort, l));
          const eigenFout =
            fout?.vanuit === 'suggestie' && fout.soort === s.soort && fout.thema === s.thema
              ? fout
              : undefined;
          const soortNaam = t(`samen.groep.soort.${s.soort}`);
          return (
            <article class="samen-groep" key={sleutel} aria-labelledby={`mogelijk-${sleutel}`}>
              <Heading level={3} id={`mogelijk-${sleutel}`}>
                {t('samen.groep.kop', { soort: soortNaam, thema: thema(s.thema) })}
              </Heading>
              <Paragraph>
                {t('samen.coordinatie.groepen.mogelijk.aantal', { mensen: s.mensen, groepen: s.groepen })}{' '}
                {t('samen.coordinatie.groepen.mogelijk.berekend', {
                  datum: s.berekendOp.toLocaleDateString(ctx.locale),
                })}
              </Paragraph>
              {leiders.length === 0 && !eigenFout ? (
                <Paragraph>{t('samen.coordinatie.groepen.lotgenoten.niemand')}</Paragraph>
              ) : (
                <PostForm ctx={ctx} action="/samen/groepen/voorstellen">
                  <input type="hidden" name="soort" value={s.soort} />
                  <input type="hidden" name="thema" value={s.thema} />
                  <input type="hidden" name="vanuit" value="suggestie" />
                  <SelectField
                    id={`mogelijk-${sleutel}-leider`}
                    name="leider"
                    label={t(`samen.coordinatie.groepen.leider.${s.soort}`)}
                    value={eigenFout?.leider}
                    error={eigenFout ? t(`samen.coordinatie.groepen.fout.${eigenFout.fout}`) : undefined}
                    options={leiders.map((l) => ({ value: l.id, label: l.naam }))}
                  />
                  <SubmitButton>
                    {t('samen.coordinatie.groepen.mogelijk.stel-voor', {
                      soort: soortNaam,
                      thema: thema(s.thema),
                    })}
                  </SubmitButton>
                </PostForm>
              )}
            </article>
          );
        })}
      </section>
      {GROEP_SOORTEN.map((soort) => {
        const leiders = data.leiders.filter((l) => magLeiden(soort, l));
        const eigenFout = fout?.soort === soort && fout.vanuit !== 'suggestie' ? fout : undefined;
        return (
          <section key={soort} aria-labelledby={`voorstellen-${soort}`}>
            <Heading level={2} id={`voorstellen-${soort}`}>
              {t(`samen.coordinatie.groepen.kop.${soort}`)}
            </Heading>
            <Paragraph>{t(`samen.coordinatie.groepen.uitleg.${soort}`)}</Paragraph>
            {leiders.length === 0 && !eigenFout ? (
              <Paragraph>{t('samen.coordinatie.groepen.lotgenoten.niemand')}</Paragraph>
            ) : (
              <PostForm ctx={ctx} action="/samen/groepen/voorstellen">
                <input type="hidden" name="soort" value={soort} />
                <SelectField
                  id={`${soort}-thema`}
                  name="thema"
                  label={t('samen.coordinatie.groepen.thema')}
                  value={eigenFout?.thema}
                  options={themas}
                />
                <SelectField
                  id={`${soort}-leider`}
                  name="leider"
                  label={t(`samen.coordinatie.groepen.leider.${soort}`)}
                  value={eigenFout?.leider}
                  error={eigenFout ? t(`samen.coordinatie.groepen.fout.${eigenFout.fout}`) : undefined}
                  options={leiders.map((l) => ({ value: l.id, label: l.naam }))}
                />
                <SubmitButton>{t(`samen.coordinatie.groepen.zoek.${soort}`)}</SubmitButton>
              </PostForm>
            )}
          </section>
        );
      })}
      <section aria-labelledby="ervaringsdeskundigen">
        <Heading level={2} id="ervaringsdeskundigen">
          {t('samen.coordinatie.groepen.ervaring.kop')}
        </Heading>
        <Paragraph>{t('samen.coordinatie.groepen.ervaring.uitleg')}</Paragraph>
        <ul class="utrecht-unordered-list">
          {data.leiders.map((l) => (
            <li class="utrecht-unordered-list__item" key={l.id}>
              {t(`samen.coordinatie.groepen.ervaring.${l.ervaringsdeskundige ? 'is' : 'niet'}`, {
                naam: l.naam,
              })}
              <PostForm ctx={ctx} action={`/samen/groepen/ervaringsdeskundigen/${l.id}`}>
                <button
                  type="submit"
                  name="ja"
                  value={l.ervaringsdeskundige ? 'nee' : 'ja'}
                  class="utrecht-button utrecht-button--secondary-action"
                >
                  {t(`samen.coordinatie.groepen.ervaring.${l.ervaringsdeskundige ? 'haal-weg' : 'maak'}`, {
                    naam: l.naam,
                  })}
                </button>
              </PostForm>
            </li>
          ))}
        </ul>
      </section>
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
