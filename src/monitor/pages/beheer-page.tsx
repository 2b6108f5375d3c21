import { BeheerKop } from '../../platform/views/beheer-kop.js';
import {
  type FieldErrors,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import {
  GEBIED_NIVEAUS,
  gebiedenTekst,
  MAX_GEBIED_NAAM,
  MAX_GEBIEDEN,
  MINIMUM_ONDERGRENS,
} from '../instelling.js';
import type { MonitorInstelling } from '../queries.js';

/**
 * The beheerder's monitor rules: the minimum count, the margin, the level of the areas and the
 * areas (one per line). Each rule says in plain words what it does. One form; a stale version
 * gives 409 with the input kept.
 */
export function BeheerMonitorPage({
  ctx,
  instelling,
  opgeslagen = false,
  conflict = false,
  errors = {},
  waarden,
}: {
  ctx: PageContext;
  instelling: MonitorInstelling;
  opgeslagen?: boolean;
  conflict?: boolean;
  errors?: FieldErrors;
  /** What was typed, after an error or a conflict */
  waarden?: Record<string, string> | undefined;
}) {
  const { t } = ctx;
  const titel = t('monitor.beheer.titel');
  const waarde = (veld: string, huidig: string) => waarden?.[veld] ?? huidig;
  return (
    <Layout ctx={ctx} title={titel}>
      <BeheerKop
        ctx={ctx}
        titel={titel}
        intro={t('monitor.beheer.intro')}
        opgeslagen={opgeslagen ? t('monitor.beheer.opgeslagen') : undefined}
        conflict={conflict ? t('monitor.beheer.conflict') : undefined}
        errors={errors}
      />
      <PostForm ctx={ctx} action="/beheer/monitor">
        <input type="hidden" name="versie" value={waarde('versie', String(instelling.versie))} />
        <TextField
          name="minimum"
          label={t('monitor.beheer.minimum')}
          description={t('monitor.beheer.minimum.uitleg', { ondergrens: MINIMUM_ONDERGRENS })}
          value={waarde('minimum', String(instelling.minimum))}
          error={errors.minimum}
          maxLength={7}
        />
        <TextField
          name="marge"
          label={t('monitor.beheer.marge')}
          description={t('monitor.beheer.marge.uitleg')}
          value={waarde('marge', String(instelling.marge))}
          error={errors.marge}
          maxLength={7}
        />
        <SelectField
          name="gebiedNiveau"
          label={t('monitor.beheer.niveau')}
          description={t('monitor.beheer.niveau.uitleg')}
          options={GEBIED_NIVEAUS.map((niveau) => ({
            value: niveau,
            label: t(`monitor.beheer.niveau.${niveau}`),
          }))}
          value={waarde('gebiedNiveau', instelling.gebiedNiveau)}
          error={errors.gebiedNiveau}
        />
        <TextArea
          name="gebieden"
          label={t('monitor.beheer.gebieden')}
          description={t('monitor.beheer.gebieden.uitleg', { max: MAX_GEBIED_NAAM, aantal: MAX_GEBIEDEN })}
          value={waarde('gebieden', gebiedenTekst(instelling.gebieden))}
          error={errors.gebieden}
          rows={8}
        />
        <Paragraph>{t('monitor.beheer.gebieden.weg')}</Paragraph>
        <SubmitButton>{t('monitor.beheer.opslaan')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
