import { formatDate } from '../../platform/dates.js';
import type { OverzichtKaart } from '../../platform/extensions/overzicht.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { Alert, Heading, Link, Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';

const INTRO: Record<string, MessageKey> = {
  inwoner: 'overzicht.inwoner.intro',
  naaste: 'overzicht.naaste.intro',
  professional: 'overzicht.professional.intro',
  beheerder: 'overzicht.beheerder.intro',
  analist: 'overzicht.analist.intro',
};

/** "Mijn overzicht": the first page after login, one per role. Later capabilities add their panels. */
export type GedeeldDossier = { dossier_id: string; naam: string; eindigt_op: Date | null };

export function OverviewPage({
  ctx,
  naam,
  rol,
  organisatie,
  kaarten,
  gedeeld,
  geaccepteerd = false,
}: {
  ctx: PageContext;
  naam: string;
  rol: string;
  organisatie: string | null;
  /** What each capability offers this viewer (extension point: platform/extensions/overzicht.ts) */
  kaarten: OverzichtKaart[];
  /** Records shared with a naaste or professional; undefined for roles that hold no grants */
  gedeeld?: GedeeldDossier[] | undefined;
  geaccepteerd?: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('overzicht.titel')}>
      <Heading level={1}>{t('overzicht.titel')}</Heading>
      {geaccepteerd ? (
        <Alert type="ok">
          <Paragraph>{t('uitnodiging.geaccepteerd')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('overzicht.welkom', { naam })}</Paragraph>
      <Paragraph>{t(INTRO[rol] ?? 'overzicht.nog-leeg', { gemeente: ctx.gemeente.naam })}</Paragraph>
      {organisatie ? <Paragraph>{t('overzicht.professional.organisatie', { organisatie })}</Paragraph> : null}
      {kaarten.length > 0 ? (
        <>
          <Heading level={2}>{t('overzicht.inwoner.links')}</Heading>
          <ul class="utrecht-link-list redzaam-link-list" id="kaarten">
            {kaarten.map((kaart) => (
              <li key={kaart.code} id={`kaart-${kaart.code}`}>
                <Link href={kaart.href}>{kaart.eigenTitel || t(kaart.titel)}</Link>
                {kaart.tekst ? <Paragraph>{t(kaart.tekst)}</Paragraph> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {gedeeld ? (
        <>
          <Heading level={2}>{t('overzicht.gedeeld.kop')}</Heading>
          {gedeeld.length === 0 ? (
            <Paragraph>{t('overzicht.gedeeld.leeg')}</Paragraph>
          ) : (
            <ul class="utrecht-link-list redzaam-link-list" id="gedeeld">
              {gedeeld.map((dossier) => (
                <li key={dossier.dossier_id}>
                  <Link href={`/dossiers/${dossier.dossier_id}`}>{dossier.naam}</Link>
                  {dossier.eindigt_op
                    ? ` (${t('overzicht.gedeeld.tot', { datum: formatDate(dossier.eindigt_op, ctx.locale) })})`
                    : ''}
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </Layout>
  );
}
