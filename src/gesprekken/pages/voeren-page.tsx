import type { HulpPerBron } from '../../platform/extensions/hulp.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
  TextArea,
  TextField,
} from '../../platform/views/components.js';
import { VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MAX_TEKST, type Waarden } from '../forms.js';
import type { GesprekData } from '../lezen.js';
import { gebiedNaam } from '../weergave.js';
import { DoelVelden, lijstWaarde, Vraagkaarten } from './onderdelen.js';

/** Per domain: what could help there (public sources such as the sociale kaart). */
export type HulpPerGebied = Record<string, HulpPerBron[]>;

/**
 * The professional's view of the kitchen-table talk, on a laptop or a tablet: her preparation,
 * her regie-spiegel and her network at hand; an agenda over all domains with notes per domain
 * and what could help there; the question cards; the agreed goals; who is involved and who
 * coordinates. Then the report is drafted from these notes. Works without JavaScript.
 */
export function VoerenPage({
  ctx,
  data,
  hulp,
  waarden,
  versie,
  errors = {},
  conflict = false,
  bewaard = false,
}: {
  ctx: PageContext;
  data: GesprekData;
  hulp: HulpPerGebied;
  bewaard?: boolean;
  waarden: Waarden;
  versie: number;
  errors?: FieldErrors;
  conflict?: boolean;
}) {
  const { t } = ctx;
  const g = data.gesprek;
  const basis = `/dossiers/${data.dossierId}/gesprekken/${g.id}`;
  const titel = t('gesprekken.voeren.titel', { naam: data.inwonerNaam });
  const s = (naam: string) => (typeof waarden[naam] === 'string' ? (waarden[naam] as string) : '');
  const l = (naam: string) => lijstWaarde(waarden, naam);
  const voorbereiding = g.voorbereiding;
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={basis}>{t('gesprekken.terug.gesprek')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      {bewaard ? (
        <Alert type="ok">
          <Paragraph>{t('gesprekken.melding.aantekeningen')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('gesprekken.voeren.intro')}</Paragraph>
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('gesprekken.fout.conflict.aantekeningen')}</Paragraph>
        </Alert>
      ) : null}
      <section aria-labelledby="bij-de-hand">
        <Heading level={2} id="bij-de-hand">
          {t('gesprekken.voeren.bij-de-hand')}
        </Heading>
        <ul class="utrecht-unordered-list">
          <li class="utrecht-unordered-list__item">
            {voorbereiding ? (
              <Link href={`${basis}/persoonlijk-plan`}>{t('gesprekken.voeren.voorbereiding')}</Link>
            ) : (
              t('gesprekken.voeren.geen-voorbereiding', { naam: data.inwonerNaam })
            )}
          </li>
          {data.zietSpiegel ? (
            <li class="utrecht-unordered-list__item">
              <Link href={`/dossiers/${data.dossierId}/levensgebieden`}>
                {t('gesprekken.voeren.spiegel')}
              </Link>
            </li>
          ) : null}
          <li class="utrecht-unordered-list__item">
            {data.netwerk ? (
              <>
                {t('gesprekken.voeren.netwerk', { aantal: data.netwerk.personen })}{' '}
                <Link href={`/dossiers/${data.dossierId}/netwerk`}>
                  {t('gesprekken.voeren.netwerk.link')}
                </Link>
              </>
            ) : (
              t('gesprekken.voeren.netwerk.geen-zicht')
            )}
          </li>
          {voorbereiding?.nietVragen ? (
            <li class="utrecht-unordered-list__item">
              {t('gesprekken.voeren.niet-vragen', { tekst: voorbereiding.nietVragen })}
            </li>
          ) : null}
          {voorbereiding?.geven ? (
            <li class="utrecht-unordered-list__item">
              {t('gesprekken.voeren.geven', { tekst: voorbereiding.geven })}
            </li>
          ) : null}
        </ul>
      </section>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`${basis}/gesprek`}>
        <input type="hidden" name="versie" value={String(versie)} />
        <Heading level={2}>{t('gesprekken.voeren.agenda.kop')}</Heading>
        <VinkGroep
          name="agenda"
          legend={t('gesprekken.voeren.agenda')}
          description={t('gesprekken.voeren.agenda.uitleg')}
          options={data.gebieden.map((x) => ({ value: x.code, label: gebiedNaam(data.gebieden, x.code, t) }))}
          values={l('agenda')}
          error={errors.agenda}
        />
        {data.gebieden.map((x) => {
          const naam = gebiedNaam(data.gebieden, x.code, t);
          const haar = voorbereiding?.perGebied[x.code];
          const bronnen = hulp[x.code] ?? [];
          return (
            <section key={x.code} aria-labelledby={`gebied-${x.code}`}>
              <Heading level={3} id={`gebied-${x.code}`}>
                {naam}
              </Heading>
              {haar?.goed || haar?.wil ? (
                <ul class="utrecht-unordered-list" aria-label={t('gesprekken.voeren.haar-voorbereiding')}>
                  {haar.goed ? (
                    <li class="utrecht-unordered-list__item">
                      {t('gesprekken.plan.goed', { tekst: haar.goed })}
                    </li>
                  ) : null}
                  {haar.wil ? (
                    <li class="utrecht-unordered-list__item">
                      {t('gesprekken.plan.wil', { tekst: haar.wil })}
                    </li>
                  ) : null}
                </ul>
              ) : null}
              <TextArea
                name={`notitie_${x.code}`}
                label={t('gesprekken.voeren.notitie', { gebied: naam })}
                value={s(`notitie_${x.code}`)}
                maxLength={MAX_TEKST}
                rows={3}
                error={errors[`notitie_${x.code}`]}
              />
              {bronnen.map((b) => (
                <div key={b.bron.code}>
                  <p class="utrecht-paragraph">
                    <strong>{t('gesprekken.voeren.hulp', { bron: t(b.bron.kop) })}</strong>
                  </p>
                  <ul class="utrecht-unordered-list">
                    {b.suggesties.map((h) => (
                      <li class="utrecht-unordered-list__item" key={h.href}>
                        <Link href={h.href}>{h.titel}</Link>
                        {h.toelichting ? ` — ${h.toelichting}` : ''}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </section>
          );
        })}
        <Heading level={2}>{t('gesprekken.voeren.vragen')}</Heading>
        <Paragraph>{t('gesprekken.voeren.vragen.uitleg')}</Paragraph>
        <Vraagkaarten ctx={ctx} waarden={waarden} error={errors.vragen} />
        <Heading level={2}>{t('gesprekken.voeren.doelen')}</Heading>
        <Paragraph>{t('gesprekken.voeren.doelen.uitleg')}</Paragraph>
        <DoelVelden ctx={ctx} gebieden={data.gebieden} waarde={s} errors={errors} />
        <Heading level={2}>{t('gesprekken.voeren.wie')}</Heading>
        <TextArea
          name="betrokkenen"
          label={t('gesprekken.voeren.betrokkenen')}
          description={t('gesprekken.voeren.betrokkenen.uitleg')}
          value={s('betrokkenen')}
          maxLength={MAX_TEKST}
          error={errors.betrokkenen}
        />
        <TextField
          name="regievoerder"
          label={t('gesprekken.voeren.regievoerder')}
          description={t('gesprekken.voeren.regievoerder.uitleg')}
          value={s('regievoerder')}
          required={false}
          maxLength={200}
          error={errors.regievoerder}
        />
        <SubmitButton>{t('gesprekken.knop.aantekeningen')}</SubmitButton>
      </PostForm>
      <section aria-labelledby="verslag-maken">
        <Heading level={2} id="verslag-maken">
          {t('gesprekken.voeren.verslag.kop')}
        </Heading>
        {g.definitief ? (
          <Paragraph>{t('gesprekken.voeren.verslag.definitief')}</Paragraph>
        ) : g.aantekeningen ? (
          <>
            <Paragraph>{t('gesprekken.voeren.verslag.uitleg', { naam: data.inwonerNaam })}</Paragraph>
            <PostForm ctx={ctx} action={`${basis}/verslag/opstellen`}>
              <SubmitButton appearance="secondary-action">{t('gesprekken.knop.verslag-maken')}</SubmitButton>
            </PostForm>
          </>
        ) : (
          <Paragraph>{t('gesprekken.voeren.verslag.eerst-aantekeningen')}</Paragraph>
        )}
        {g.verslagen.length > 0 ? (
          <Paragraph>
            <Link href={`${basis}/verslag`}>{t('gesprekken.verslag.link')}</Link>
          </Paragraph>
        ) : null}
      </section>
    </Layout>
  );
}
