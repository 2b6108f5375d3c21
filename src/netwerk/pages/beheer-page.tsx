import { BeheerKop } from '../../platform/views/beheer-kop.js';
import { CodeVelden } from '../../platform/views/codelijst.js';
import { type FieldErrors, PostForm, SubmitButton } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { RELATIE_CODES } from '../codes.js';
import { MAX_RELATIE_NAAM } from '../forms.js';
import type { RelatieInstelling } from '../queries.js';

/**
 * The beheerder's wording of the netwerkkaart's relationships: per code an own Dutch and English
 * name (empty = our default text) and "niet meer aanbieden" (people already on a map keep theirs).
 * One form for all codes; a stale version gives 409 with the input kept.
 */
export function BeheerRelatiesPage({
  ctx,
  relaties,
  opgeslagen = false,
  conflict = false,
  errors = {},
  waarden,
}: {
  ctx: PageContext;
  relaties: RelatieInstelling[];
  opgeslagen?: boolean;
  conflict?: boolean;
  errors?: FieldErrors;
  /** What was typed, after an error or a conflict */
  waarden?: Record<string, string> | undefined;
}) {
  const { t } = ctx;
  const titel = t('netwerk.beheer.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <BeheerKop
        ctx={ctx}
        titel={titel}
        intro={t('netwerk.beheer.intro')}
        opgeslagen={opgeslagen ? t('netwerk.beheer.opgeslagen') : undefined}
        conflict={conflict ? t('netwerk.beheer.conflict') : undefined}
        errors={errors}
      />
      <PostForm ctx={ctx} action="/beheer/netwerk/relaties">
        {RELATIE_CODES.map((code) => {
          const eigen = relaties.find((r) => r.code === code);
          const standaard = t(`netwerk.relatie.${code}`);
          const waarde = (veld: string, huidig: string) => waarden?.[`${veld}-${code}`] ?? huidig;
          const verborgen = waarden ? waarden[`verborgen-${code}`] === 'ja' : (eigen?.verborgen ?? false);
          return (
            <CodeVelden
              key={code}
              code={code}
              legend={t('netwerk.beheer.standaard', { standaard })}
              versie={waarde('versie', String(eigen?.versie ?? 0))}
              naam={{
                label: t('netwerk.beheer.naam'),
                description: t('netwerk.beheer.naam.uitleg'),
                value: waarde('naam', eigen?.naam ?? ''),
                error: errors[`naam-${code}`],
                required: false,
              }}
              naamEn={{
                label: t('netwerk.beheer.naam-en'),
                value: waarde('naam_en', eigen?.naamEn ?? ''),
                error: errors[`naam_en-${code}`],
                required: false,
              }}
              verbergen={t('netwerk.beheer.verbergen')}
              verborgen={verborgen}
              maxLength={MAX_RELATIE_NAAM}
            />
          );
        })}
        <SubmitButton>{t('netwerk.beheer.opslaan')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
