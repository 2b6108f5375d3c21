import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { type Catalogus, gebiedNaam, gebiedUitleg } from '../catalogus.js';
import { GebiedIcoon, ICOON_NAMEN } from '../iconen.js';

export type BeheerMelding = 'opgeslagen' | 'toegevoegd' | 'verplaatst';

/**
 * The beheerder's catalog: rename, hide, add and reorder the gemeente's levensgebieden.
 * Every change makes a new catalog version; assessments keep the version they were made with.
 */
export function BeheerCatalogusPage({
  ctx,
  catalogus,
  melding,
  conflict = false,
  fout,
  nieuw,
}: {
  ctx: PageContext;
  catalogus: Catalogus;
  melding?: BeheerMelding | undefined;
  conflict?: boolean;
  /** Errors of one domain's form, with what was typed */
  fout?: { code: string; errors: FieldErrors; waarden: Record<string, string> } | undefined;
  /** Errors of the "add" form */
  nieuw?: { errors: FieldErrors; waarden: Record<string, string> } | undefined;
}) {
  const { t } = ctx;
  const icoonOpties = ICOON_NAMEN.map((icoon) => ({
    value: icoon,
    label: t(`levensgebieden.icoon.${icoon}`),
  }));
  const gebieden = [...catalogus.gebieden].sort((a, b) => a.volgorde - b.volgorde);
  return (
    <Layout ctx={ctx} title={t('levensgebieden.beheer.titel')}>
      <Heading level={1}>{t('levensgebieden.beheer.titel')}</Heading>
      <Paragraph lead>{t('levensgebieden.beheer.intro')}</Paragraph>
      <Paragraph>{t('levensgebieden.beheer.versie', { versie: catalogus.versie })}</Paragraph>
      <Paragraph>
        <Link href="/beheer/levensgebieden/positieve-gezondheid">{t('vragenlijst.beheer.link')}</Link>
      </Paragraph>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`levensgebieden.beheer.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('levensgebieden.beheer.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <ol class="redzaam-sections">
        {gebieden.map((g, index) => {
          const eigen = fout?.code === g.code ? fout : undefined;
          const errors = eigen?.errors ?? {};
          const waarde = (veld: string, standaard: string) => eigen?.waarden[veld] ?? standaard;
          const id = (veld: string) => `${g.code}-${veld}`;
          return (
            <li key={g.code} class="redzaam-card">
              <Heading level={2} id={`gebied-${g.code}`}>
                <GebiedIcoon icoon={g.icoon} /> {gebiedNaam(g, t)}
                {g.verborgen ? ` (${t('levensgebieden.beheer.verborgen')})` : ''}
              </Heading>
              {eigen ? (
                <ErrorSummary
                  ctx={ctx}
                  errors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [id(k), v]))}
                />
              ) : null}
              <PostForm ctx={ctx} action={`/beheer/levensgebieden/${g.code}`}>
                <input type="hidden" name="catalogus_versie" value={String(catalogus.versie)} />
                <TextField
                  name="naam"
                  id={id('naam')}
                  label={t('levensgebieden.beheer.naam')}
                  value={waarde('naam', gebiedNaam(g, t))}
                  error={errors.naam}
                  maxLength={80}
                />
                <TextField
                  name="uitleg"
                  id={id('uitleg')}
                  label={t('levensgebieden.beheer.uitleg')}
                  value={waarde('uitleg', gebiedUitleg(g, t))}
                  error={errors.uitleg}
                  required={false}
                  maxLength={300}
                />
                <SelectField
                  name="icoon"
                  id={id('icoon')}
                  label={t('levensgebieden.beheer.icoon')}
                  options={icoonOpties}
                  value={waarde('icoon', g.icoon)}
                  error={errors.icoon}
                />
                <div class="utrecht-form-field utrecht-form-field--checkbox">
                  <input
                    class="utrecht-checkbox utrecht-checkbox--html-input"
                    type="checkbox"
                    id={`veld-${id('verborgen')}`}
                    name="verborgen"
                    value="ja"
                    checked={eigen ? eigen.waarden.verborgen === 'ja' : g.verborgen}
                  />{' '}
                  <label
                    class="utrecht-form-label utrecht-form-label--checkbox"
                    for={`veld-${id('verborgen')}`}
                  >
                    {t('levensgebieden.beheer.verbergen')}
                  </label>
                </div>
                <SubmitButton
                  ariaLabel={t('levensgebieden.beheer.opslaan.label', { gebied: gebiedNaam(g, t) })}
                >
                  {t('levensgebieden.knop.opslaan')}
                </SubmitButton>
              </PostForm>
              <div class="utrecht-button-group">
                {index > 0 ? (
                  <PostForm ctx={ctx} action={`/beheer/levensgebieden/${g.code}/verplaats`}>
                    <input type="hidden" name="catalogus_versie" value={String(catalogus.versie)} />
                    <input type="hidden" name="richting" value="omhoog" />
                    <SubmitButton
                      appearance="secondary-action"
                      ariaLabel={t('levensgebieden.beheer.omhoog.label', { gebied: gebiedNaam(g, t) })}
                    >
                      {t('levensgebieden.beheer.omhoog')}
                    </SubmitButton>
                  </PostForm>
                ) : null}
                {index < gebieden.length - 1 ? (
                  <PostForm ctx={ctx} action={`/beheer/levensgebieden/${g.code}/verplaats`}>
                    <input type="hidden" name="catalogus_versie" value={String(catalogus.versie)} />
                    <input type="hidden" name="richting" value="omlaag" />
                    <SubmitButton
                      appearance="secondary-action"
                      ariaLabel={t('levensgebieden.beheer.omlaag.label', { gebied: gebiedNaam(g, t) })}
                    >
                      {t('levensgebieden.beheer.omlaag')}
                    </SubmitButton>
                  </PostForm>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <Heading level={2} id="toevoegen">
        {t('levensgebieden.beheer.toevoegen')}
      </Heading>
      <ErrorSummary ctx={ctx} errors={nieuw?.errors ?? {}} />
      <PostForm ctx={ctx} action="/beheer/levensgebieden">
        <input type="hidden" name="catalogus_versie" value={String(catalogus.versie)} />
        <TextField
          name="naam"
          label={t('levensgebieden.beheer.naam')}
          value={nieuw?.waarden.naam}
          error={nieuw?.errors.naam}
          maxLength={80}
        />
        <TextField
          name="uitleg"
          label={t('levensgebieden.beheer.uitleg')}
          value={nieuw?.waarden.uitleg}
          error={nieuw?.errors.uitleg}
          required={false}
          maxLength={300}
        />
        <SelectField
          name="icoon"
          label={t('levensgebieden.beheer.icoon')}
          options={icoonOpties}
          value={nieuw?.waarden.icoon ?? 'ster'}
          error={nieuw?.errors.icoon}
        />
        <SubmitButton>{t('levensgebieden.beheer.toevoegen.knop')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
