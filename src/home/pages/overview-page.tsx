import { formatDate } from '../../platform/dates.js';
import type { KaartWaarden, OverzichtKaart } from '../../platform/extensions/overzicht.js';
import type { MessageKey } from '../../platform/i18n/i18n.js';
import { Alert, Heading, Link, Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { volgendeStap } from '../rules.js';

const INTRO: Record<string, MessageKey> = {
  inwoner: 'overzicht.inwoner.intro',
  naaste: 'overzicht.naaste.intro',
  professional: 'overzicht.professional.intro',
  beheerder: 'overzicht.beheerder.intro',
  analist: 'overzicht.analist.intro',
  panelmedewerker: 'overzicht.panelmedewerker.intro',
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
  const secties = kaarten.filter((k) => (k.soort ?? 'sectie') === 'sectie');
  const privacy = kaarten.filter((k) => k.soort === 'privacy');
  const stap = volgendeStap(kaarten);
  const waarden = (w: KaartWaarden | undefined) =>
    w
      ? Object.fromEntries(
          Object.entries(w).map(([k, v]) => [k, v instanceof Date ? formatDate(v, ctx.locale) : v]),
        )
      : undefined;
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
      {stap ? (
        <section aria-labelledby="volgende-stap" class="redzaam-volgende-stap" id="volgende-stap-vak">
          <Heading level={2} id="volgende-stap">
            {t('overzicht.volgende-stap.kop')}
          </Heading>
          <Paragraph>{t(stap.tekst, waarden(stap.waarden))}</Paragraph>
          <Paragraph>
            <Link href={stap.href}>{t(stap.link)}</Link>
          </Paragraph>
        </section>
      ) : null}
      {secties.length > 0 ? (
        <>
          <Heading level={2}>{t('overzicht.inwoner.links')}</Heading>
          <ul class="redzaam-kaarten" id="kaarten">
            {secties.map((kaart) => (
              <li key={kaart.code} id={`kaart-${kaart.code}`} class="redzaam-kaart">
                <Link href={kaart.href}>{kaart.eigenTitel || t(kaart.titel)}</Link>
                {kaart.tekst ? <Paragraph>{t(kaart.tekst, waarden(kaart.tekstWaarden))}</Paragraph> : null}
                {kaart.stap && kaart.stap !== stap ? (
                  <Paragraph>
                    {t(kaart.stap.tekst, waarden(kaart.stap.waarden))}{' '}
                    <Link href={kaart.stap.href}>{t(kaart.stap.link)}</Link>
                  </Paragraph>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {privacy.length > 0 ? (
        <>
          <Heading level={2}>{t('overzicht.privacy.kop')}</Heading>
          <ul class="utrecht-link-list redzaam-link-list" id="privacy">
            {privacy.map((kaart) => (
              <li key={kaart.code} id={`kaart-${kaart.code}`}>
                <Link href={kaart.href}>{kaart.eigenTitel || t(kaart.titel)}</Link>
                {kaart.tekst ? <Paragraph>{t(kaart.tekst, waarden(kaart.tekstWaarden))}</Paragraph> : null}
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
