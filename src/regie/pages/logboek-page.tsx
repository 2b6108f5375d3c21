import { Heading, Paragraph, SelectField, SubmitButton, TextField } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { SectieDefinitie } from '../secties.js';

export type LogboekItem = { id: string; zin: string; noodtoegang: boolean; geweigerd: boolean };

/** The resident's own audit trail as sentences, newest first, filterable by person, section and period. */
export function LogboekPage({
  ctx,
  dossierId,
  items,
  personen,
  secties,
  filter,
}: {
  ctx: PageContext;
  dossierId: string;
  items: LogboekItem[];
  personen: { id: string; naam: string }[];
  secties: SectieDefinitie[];
  filter: {
    persoon?: string | undefined;
    sectie?: string | undefined;
    van?: string | undefined;
    tot?: string | undefined;
  };
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('logboek.titel')}>
      <Heading level={1}>{t('logboek.titel')}</Heading>
      <Paragraph lead>{t('logboek.intro')}</Paragraph>
      {/* A GET form: filtering changes nothing, so the filtered view can be bookmarked. */}
      <form method="get" action={`/dossiers/${dossierId}/logboek`} class="utrecht-form redzaam-filter">
        <SelectField
          name="persoon"
          label={t('logboek.filter.persoon')}
          value={filter.persoon ?? ''}
          options={[
            { value: '', label: t('logboek.filter.iedereen') },
            ...personen.map((p) => ({ value: p.id, label: p.naam })),
          ]}
        />
        <SelectField
          name="sectie"
          label={t('logboek.filter.sectie')}
          value={filter.sectie ?? ''}
          options={[
            { value: '', label: t('logboek.filter.alles') },
            ...secties.map((s) => ({ value: s.code, label: t(s.label) })),
          ]}
        />
        <TextField
          name="van"
          type="date"
          label={t('logboek.filter.van')}
          value={filter.van}
          required={false}
        />
        <TextField
          name="tot"
          type="date"
          label={t('logboek.filter.tot')}
          value={filter.tot}
          required={false}
        />
        <SubmitButton appearance="secondary-action">{t('logboek.filter.knop')}</SubmitButton>
      </form>
      {items.length === 0 ? (
        <Paragraph>{t('logboek.leeg')}</Paragraph>
      ) : (
        <ol class="redzaam-logboek">
          {items.map((item) => (
            <li
              key={item.id}
              class={
                item.noodtoegang
                  ? 'redzaam-logboek__nood'
                  : item.geweigerd
                    ? 'redzaam-logboek__geweigerd'
                    : undefined
              }
            >
              {item.noodtoegang ? <strong class="redzaam-badge">{t('logboek.noodgeval')}</strong> : null}{' '}
              {item.zin}
            </li>
          ))}
        </ol>
      )}
    </Layout>
  );
}
