import { levensgebiedNaam } from '../../platform/levensgebied-codes.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../platform/views/components.js';
import { KeuzeGroep, VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Vragen } from '../checkin.js';
import type { Waarden } from '../forms.js';
import { type Fase, OORDELEN } from '../rules.js';
import type { LinkFout } from '../systeem.js';

export type CheckinStaat =
  | { soort: 'fout'; fout: LinkFout }
  | { soort: 'vragen'; vragen: Vragen; errors?: FieldErrors; waarden?: Waarden }
  | { soort: 'bedankt'; fase: Fase };

/**
 * The check-in from the e-mailed link: one screen, no login, no JavaScript. A link that does not
 * work says why in plain words; after answering, a thank-you that says what happens next.
 */
export function CheckinPage({
  ctx,
  namen = new Map(),
  staat,
  actie,
  terug,
}: {
  ctx: PageContext;
  /** The gemeente's own names of its levensgebieden (code → name) */
  namen?: ReadonlyMap<string, string>;
  staat: CheckinStaat;
  actie: string;
  /** In the app (logged in): back to her waakvlam */
  terug?: string | undefined;
}) {
  const { t } = ctx;
  const titel = t('waakvlam.checkin.titel');
  if (staat.soort === 'fout')
    return (
      <Layout ctx={ctx} title={titel}>
        <Heading level={1}>{titel}</Heading>
        <Alert type="warning">
          <Paragraph>{t(`waakvlam.checkin.fout.${staat.fout}`)}</Paragraph>
        </Alert>
        <Paragraph>{t('waakvlam.checkin.fout.verder')}</Paragraph>
      </Layout>
    );
  if (staat.soort === 'bedankt')
    return (
      <Layout ctx={ctx} title={titel}>
        <Heading level={1}>{t('waakvlam.checkin.bedankt')}</Heading>
        <Paragraph lead>{t(`waakvlam.checkin.bedankt.${staat.fase}`)}</Paragraph>
        {terug ? (
          <Paragraph>
            <Link href={terug}>{t('waakvlam.link.terug')}</Link>
          </Paragraph>
        ) : null}
      </Layout>
    );
  const waarden = staat.waarden ?? {};
  const errors = staat.errors ?? {};
  const gekozen = (naam: string) => {
    const v = waarden[naam];
    return typeof v === 'string' ? v : '';
  };
  const signalen = waarden.signaal === undefined ? [] : ([] as string[]).concat(waarden.signaal);
  const oordelen = OORDELEN.map((o) => ({ value: o, label: t(`waakvlam.oordeel.${o}`) }));
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>{t('waakvlam.checkin.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={actie}>
        <KeuzeGroep
          name="algemeen"
          legend={t('waakvlam.checkin.algemeen')}
          options={oordelen}
          value={gekozen('algemeen')}
          error={errors.algemeen}
        />
        {staat.vragen.gebieden.map((code) => (
          <KeuzeGroep
            key={code}
            name={`gebied-${code}`}
            legend={t('waakvlam.checkin.gebied', {
              gebied: levensgebiedNaam(code, namen.get(code), t),
            })}
            options={oordelen}
            value={gekozen(`gebied-${code}`)}
            error={errors[`gebied-${code}`]}
          />
        ))}
        {staat.vragen.signalen.length > 0 ? (
          <VinkGroep
            name="signaal"
            legend={t('waakvlam.checkin.signalen')}
            description={t('waakvlam.checkin.signalen.uitleg')}
            options={staat.vragen.signalen.map((s) => ({ value: s.id, label: s.tekst }))}
            values={signalen}
            error={errors.signaal}
          />
        ) : null}
        <SubmitButton>{t('waakvlam.knop.versturen')}</SubmitButton>
      </PostForm>
    </Layout>
  );
}
