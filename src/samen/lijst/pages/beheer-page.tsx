import { BeheerKop } from '../../../platform/views/beheer-kop.js';
import { CodeVelden } from '../../../platform/views/codelijst.js';
import {
  type FieldErrors,
  Heading,
  PostForm,
  SubmitButton,
  TextField,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { MAX_NAAM, type VaardigheidInstelling } from '../rules.js';

export const LIJST_MELDINGEN = ['opgeslagen', 'toegevoegd'] as const;
export type LijstMelding = (typeof LIJST_MELDINGEN)[number];

/**
 * The beheerder's skill list for Samen: per skill an own Dutch and English name (empty = our
 * default text) and "niet meer aanbieden"; below, a form to add a skill of the gemeente's own.
 * One form for the list; a stale version gives 409 with the input kept.
 */
export function BeheerVaardighedenPage({
  ctx,
  lijst,
  melding,
  conflict = false,
  errors = {},
  waarden,
}: {
  ctx: PageContext;
  lijst: VaardigheidInstelling[];
  melding?: LijstMelding | undefined;
  conflict?: boolean;
  errors?: FieldErrors;
  /** What was typed, after an error or a conflict */
  waarden?: Record<string, string> | undefined;
}) {
  const { t } = ctx;
  const titel = t('samen.lijst.titel');
  const standaard = (code: string) => t(`samen.vaardigheid.${code}` as 'samen.vaardigheid.tuin');
  const nieuwFouten = Object.fromEntries(Object.entries(errors).filter(([k]) => k.startsWith('nieuw_')));
  const lijstFouten = Object.fromEntries(Object.entries(errors).filter(([k]) => !k.startsWith('nieuw_')));
  return (
    <Layout ctx={ctx} title={titel}>
      <BeheerKop
        ctx={ctx}
        titel={titel}
        intro={t('samen.lijst.intro')}
        opgeslagen={melding ? t(`samen.lijst.${melding}`) : undefined}
        conflict={conflict ? t('samen.lijst.conflict') : undefined}
        errors={errors}
      />
      <PostForm ctx={ctx} action="/beheer/samen/vaardigheden">
        {lijst.map((v) => {
          const waarde = (veld: string, huidig: string) => waarden?.[`${veld}-${v.code}`] ?? huidig;
          const verborgen = waarden ? waarden[`verborgen-${v.code}`] === 'ja' : v.verborgen;
          return (
            <CodeVelden
              key={v.code}
              code={v.code}
              legend={
                v.eigen
                  ? t('samen.lijst.eigen', { naam: v.naam ?? v.code })
                  : t('samen.lijst.standaard', { standaard: standaard(v.code) })
              }
              versie={waarde('versie', String(v.versie))}
              naam={{
                label: t(v.eigen ? 'samen.lijst.naam-eigen' : 'samen.lijst.naam'),
                description: v.eigen ? undefined : t('samen.lijst.naam.uitleg'),
                value: waarde('naam', v.naam ?? ''),
                error: lijstFouten[`naam-${v.code}`],
                required: v.eigen,
              }}
              naamEn={{
                label: t('samen.lijst.naam-en'),
                description: v.eigen ? t('samen.lijst.naam-en.uitleg') : undefined,
                value: waarde('naam_en', v.naamEn ?? ''),
                error: lijstFouten[`naam_en-${v.code}`],
                required: false,
              }}
              verbergen={t('samen.lijst.verbergen')}
              verborgen={verborgen}
              maxLength={MAX_NAAM}
            />
          );
        })}
        <SubmitButton>{t('samen.lijst.opslaan')}</SubmitButton>
      </PostForm>
      <Heading level={2}>{t('samen.lijst.nieuw.titel')}</Heading>
      <PostForm ctx={ctx} action="/beheer/samen/vaardigheden/nieuw">
        <TextField
          name="nieuw_naam"
          label={t('samen.lijst.nieuw.naam')}
          value={waarden?.nieuw_naam ?? ''}
          error={nieuwFouten.nieuw_naam}
          maxLength={MAX_NAAM}
        />
        <TextField
          name="nieuw_naam_en"
          label={t('samen.lijst.nieuw.naam-en')}
          description={t('samen.lijst.naam-en.uitleg')}
          value={waarden?.nieuw_naam_en ?? ''}
          error={nieuwFouten.nieuw_naam_en}
          required={false}
          maxLength={MAX_NAAM}
        />
        <SubmitButton>{t('samen.lijst.nieuw.toevoegen')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
