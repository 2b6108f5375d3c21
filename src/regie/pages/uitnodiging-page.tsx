import { formatDate } from '../../platform/dates.js';
import {
  Alert,
  ButtonLink,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Niveau } from '../rules.js';
import type { SectieDefinitie } from '../secties.js';
import { NiveauZinnen } from './niveau-velden.js';

export type UitnodigingWeergave = {
  inwonerNaam: string;
  email: string;
  rol: 'naaste' | 'professional';
  secties: Record<string, Niveau>;
  doel: string;
  eindigtOp: Date | null;
};

export type UitnodigingStand =
  | { stand: 'accepteren' }
  | { stand: 'inloggen' }
  | { stand: 'account-maken'; naam?: string; errors?: FieldErrors }
  | { stand: 'geen-professional-account' }
  | { stand: 'ander-adres' }
  | { stand: 'verkeerde-rol' }
  | { stand: 'vertegenwoordiger' };

/** What an invited person sees when they open the link, in every situation they can be in. */
export function UitnodigingPage({
  ctx,
  token,
  uitnodiging,
  secties,
  stand,
}: {
  ctx: PageContext;
  token: string;
  uitnodiging: UitnodigingWeergave;
  secties: SectieDefinitie[];
  stand: UitnodigingStand;
}) {
  const { t } = ctx;
  const titel = t('uitnodiging.titel', { naam: uitnodiging.inwonerNaam });
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>{t('uitnodiging.intro', { naam: uitnodiging.inwonerNaam })}</Paragraph>
      <Paragraph>{t('uitnodiging.mag')}</Paragraph>
      <NiveauZinnen
        ctx={ctx}
        secties={secties}
        niveaus={uitnodiging.secties}
        inwonerNaam={uitnodiging.inwonerNaam}
      />
      {uitnodiging.doel ? <Paragraph>{t('uitnodiging.waarom', { doel: uitnodiging.doel })}</Paragraph> : null}
      {uitnodiging.eindigtOp ? (
        <Paragraph>
          {t('uitnodiging.tot', { datum: formatDate(uitnodiging.eindigtOp, ctx.locale) })}
        </Paragraph>
      ) : null}

      {stand.stand === 'accepteren' ? (
        <PostForm ctx={ctx} action={`/uitnodiging/${token}`}>
          <SubmitButton>{t('uitnodiging.accepteren')}</SubmitButton>
        </PostForm>
      ) : null}
      {stand.stand === 'inloggen' ? (
        <>
          <Paragraph>{t('uitnodiging.inloggen', { email: uitnodiging.email })}</Paragraph>
          <ButtonLink href={`/inloggen?terug=/uitnodiging/${token}`}>{t('nav.inloggen')}</ButtonLink>
        </>
      ) : null}
      {stand.stand === 'account-maken' ? (
        <>
          <Paragraph>{t('uitnodiging.account-maken')}</Paragraph>
          <ErrorSummary ctx={ctx} errors={stand.errors ?? {}} />
          <PostForm ctx={ctx} action={`/uitnodiging/${token}/account`}>
            <TextField
              name="naam"
              label={t('uitnodiging.naam')}
              value={stand.naam}
              error={stand.errors?.naam}
              autocomplete="name"
              maxLength={120}
            />
            <TextField
              name="wachtwoord"
              type="password"
              label={t('instellen.wachtwoord')}
              description={t('instellen.intro')}
              error={stand.errors?.wachtwoord}
              autocomplete="new-password"
              maxLength={128}
            />
            <TextField
              name="herhaal"
              type="password"
              label={t('instellen.herhaal')}
              error={stand.errors?.herhaal}
              autocomplete="new-password"
              maxLength={128}
            />
            <SubmitButton>{t('uitnodiging.account-knop')}</SubmitButton>
          </PostForm>
        </>
      ) : null}
      {stand.stand === 'geen-professional-account' ? (
        <Alert type="info">
          <Paragraph>{t('uitnodiging.geen-professional-account', { email: uitnodiging.email })}</Paragraph>
        </Alert>
      ) : null}
      {stand.stand === 'ander-adres' ||
      stand.stand === 'verkeerde-rol' ||
      stand.stand === 'vertegenwoordiger' ? (
        <Alert type="error">
          <Paragraph>{t(`uitnodiging.${stand.stand}`)}</Paragraph>
        </Alert>
      ) : null}
    </Layout>
  );
}

export function UitnodigingOngeldigPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('uitnodiging.ongeldig.titel')}>
      <Heading level={1}>{t('uitnodiging.ongeldig.titel')}</Heading>
      <Paragraph>{t('uitnodiging.ongeldig.tekst')}</Paragraph>
    </Layout>
  );
}
