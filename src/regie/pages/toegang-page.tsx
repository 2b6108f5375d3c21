import { dateInputValue, formatDate, formatTime } from '../../platform/dates.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextField,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { isLive, type Niveau, nogTerugTeDraaien, ONGEDAAN_MAKEN_MS } from '../rules.js';
import type { SectieDefinitie } from '../secties.js';
import { NiveauVelden, NiveauZinnen } from './niveau-velden.js';

export type ToegangRij = {
  id: string;
  soort: 'uitnodiging' | 'vertegenwoordiger';
  doel: string;
  wettelijke_grondslag: string | null;
  eindigt_op: Date | null;
  ingetrokken_op: Date | null;
  version: number;
  naam: string;
  organisatie_naam: string | null;
  niveaus: Partial<Record<string, Niveau>>;
};

export type OpenUitnodiging = { id: string; email: string; expires_at: Date; eindigt_op: Date | null };

export type ToegangMelding =
  | 'verstuurd'
  | 'gewijzigd'
  | 'ingetrokken'
  | 'uitnodiging-ingetrokken'
  | 'hersteld';

const MELDINGEN = {
  verstuurd: 'uitnodigen.verstuurd',
  gewijzigd: 'toegang.gewijzigd',
  ingetrokken: 'toegang.ingetrokken',
  'uitnodiging-ingetrokken': 'uitnodigingen.ingetrokken',
  hersteld: 'toegang.hersteld',
} as const;

/**
 * "Wie kan wat zien": every grant in plain Dutch, each changeable and revocable in one action,
 * open invitations, and the form to invite someone.
 */
export function ToegangPage({
  ctx,
  dossierId,
  secties,
  toegangen,
  uitnodigingen,
  nu,
  melding,
  form = {},
  errors = {},
  wijzig,
  fout,
}: {
  ctx: PageContext;
  dossierId: string;
  secties: SectieDefinitie[];
  toegangen: ToegangRij[];
  uitnodigingen: OpenUitnodiging[];
  nu: Date;
  melding?: ToegangMelding | undefined;
  form?: {
    email?: string;
    rol?: string;
    doel?: string;
    eindigt_op?: string;
    niveaus?: Partial<Record<string, Niveau>>;
  };
  errors?: FieldErrors;
  /** A change form of one grant that came back with errors: shown open, with the errors in it */
  wijzig?: { toegangId: string; errors: FieldErrors } | undefined;
  /** Undo came too late (or the person has access again another way) */
  fout?: 'herstel-te-laat' | undefined;
}) {
  const { t } = ctx;
  const live = toegangen.filter((toegang) =>
    isLive({ ingetrokkenOp: toegang.ingetrokken_op, eindigtOp: toegang.eindigt_op }, nu),
  );
  const eerder = toegangen.filter((toegang) => !live.includes(toegang));
  // Right after stopping (the redirect's melding, so it survives a reload): the newest one, undoable.
  const terug = melding === 'ingetrokken' ? nogTerugTeDraaien(eerder, nu).slice(0, 1) : [];
  const wie = (toegang: ToegangRij) =>
    toegang.organisatie_naam
      ? t('toegang.persoon.organisatie', { naam: toegang.naam, organisatie: toegang.organisatie_naam })
      : t('toegang.persoon', { naam: toegang.naam });
  const basis = `/dossiers/${dossierId}/toegang`;
  return (
    <Layout ctx={ctx} title={t('toegang.titel')}>
      <Heading level={1}>{t('toegang.titel')}</Heading>
      {fout ? (
        <Alert type="error">
          <Paragraph>{t(`toegang.${fout}`)}</Paragraph>
        </Alert>
      ) : null}
      {/* Stopped just now: say whose, and offer to undo it for a short time (a form: works without JavaScript). */}
      {terug.map((toegang) => (
        <Alert type="ok" key={`terug-${toegang.id}`}>
          <Paragraph>{t('toegang.gestopt', { naam: toegang.naam })}</Paragraph>
          <Paragraph>
            {t('toegang.ongedaan.uitleg', {
              tijd: formatTime(
                new Date((toegang.ingetrokken_op as Date).getTime() + ONGEDAAN_MAKEN_MS),
                ctx.locale,
              ),
            })}
          </Paragraph>
          <PostForm ctx={ctx} action={`${basis}/${toegang.id}/herstel`}>
            <SubmitButton
              appearance="secondary-action"
              ariaLabel={t('toegang.ongedaan.label', { naam: toegang.naam })}
            >
              {t('toegang.ongedaan')}
            </SubmitButton>
          </PostForm>
        </Alert>
      ))}
      {melding && !(melding === 'ingetrokken' && terug.length > 0) ? (
        <Alert type="ok">
          <Paragraph>{t(MELDINGEN[melding])}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('toegang.intro')}</Paragraph>

      {live.length === 0 ? <Paragraph>{t('toegang.geen')}</Paragraph> : null}
      {live.map((toegang) => {
        const [grondslag, kenmerk] = (toegang.wettelijke_grondslag ?? '').split(/:(.*)/s);
        const heeftNiveaus = Object.keys(toegang.niveaus).length > 0;
        return (
          <section class="redzaam-card" key={toegang.id} aria-labelledby={`toegang-${toegang.id}`}>
            <Heading level={2} id={`toegang-${toegang.id}`}>
              {wie(toegang)}
            </Heading>
            {toegang.soort === 'vertegenwoordiger' ? (
              <Paragraph>
                {t('toegang.vertegenwoordiger', {
                  naam: toegang.naam,
                  rol: t(`grondslag.${grondslag as 'bewindvoering'}.rol`),
                  kenmerk: kenmerk ?? '',
                })}
              </Paragraph>
            ) : null}
            <Paragraph>{heeftNiveaus ? t('toegang.mag') : t('toegang.mag-niets')}</Paragraph>
            <NiveauZinnen ctx={ctx} secties={secties} niveaus={toegang.niveaus} eigen />
            <Paragraph>
              {toegang.eindigt_op
                ? t('toegang.tot', { datum: formatDate(toegang.eindigt_op, ctx.locale) })
                : t('toegang.altijd')}
            </Paragraph>
            {toegang.doel ? <Paragraph>{t('toegang.waarom', { doel: toegang.doel })}</Paragraph> : null}
            {toegang.soort === 'uitnodiging' ? (
              <>
                <PostForm ctx={ctx} action={`${basis}/${toegang.id}/intrekken`}>
                  <SubmitButton
                    appearance="secondary-action"
                    ariaLabel={t('toegang.intrekken.label', { naam: toegang.naam })}
                  >
                    {t('toegang.intrekken')}
                  </SubmitButton>
                </PostForm>
                <details class="redzaam-details" open={wijzig?.toegangId === toegang.id}>
                  <summary>{t('toegang.wijzigen.kop', { naam: toegang.naam })}</summary>
                  {wijzig?.toegangId === toegang.id ? (
                    <ErrorSummary ctx={ctx} errors={wijzig.errors} />
                  ) : null}
                  <PostForm ctx={ctx} action={`${basis}/${toegang.id}`}>
                    <input type="hidden" name="version" value={String(toegang.version)} />
                    <NiveauVelden
                      ctx={ctx}
                      secties={secties}
                      waarden={toegang.niveaus}
                      prefix={`t${toegang.id.slice(0, 8)}-`}
                      legend={t('uitnodigen.secties')}
                    />
                    <TextField
                      name="eindigt_op"
                      id={`t${toegang.id.slice(0, 8)}-eindigt_op`}
                      type="date"
                      required={false}
                      label={t('uitnodigen.eindigt')}
                      description={t('uitnodigen.eindigt.uitleg')}
                      value={toegang.eindigt_op ? dateInputValue(toegang.eindigt_op) : ''}
                      error={
                        wijzig?.toegangId === toegang.id
                          ? wijzig.errors[`t${toegang.id.slice(0, 8)}-eindigt_op`]
                          : undefined
                      }
                    />
                    <SubmitButton>{t('toegang.wijzigen.knop')}</SubmitButton>
                  </PostForm>
                </details>
              </>
            ) : null}
          </section>
        );
      })}

      {uitnodigingen.length > 0 ? (
        <>
          <Heading level={2}>{t('uitnodigingen.open.kop')}</Heading>
          <ul class="utrecht-unordered-list">
            {uitnodigingen.map((uitnodiging) => (
              <li class="utrecht-unordered-list__item" key={uitnodiging.id}>
                {/* Two different dates: how long the link works, and the end she chose for the access. */}
                <strong>{uitnodiging.email}</strong>
                <br />
                {t('uitnodigingen.open.link', { datum: formatDate(uitnodiging.expires_at, ctx.locale) })}
                <br />
                {uitnodiging.eindigt_op
                  ? t('uitnodigingen.open.eind', { datum: formatDate(uitnodiging.eindigt_op, ctx.locale) })
                  : t('uitnodigingen.open.eind-geen')}
                <PostForm
                  ctx={ctx}
                  action={`/dossiers/${dossierId}/uitnodigingen/${uitnodiging.id}/intrekken`}
                >
                  <SubmitButton
                    appearance="secondary-action"
                    ariaLabel={t('uitnodigingen.intrekken.label', { email: uitnodiging.email })}
                  >
                    {t('uitnodigingen.intrekken')}
                  </SubmitButton>
                </PostForm>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <Heading level={2} id="uitnodigen">
        {t('uitnodigen.kop')}
      </Heading>
      <Paragraph>{t('uitnodigen.intro')}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <PostForm ctx={ctx} action={`${basis}/uitnodigen`}>
        <TextField
          name="email"
          type="email"
          label={t('uitnodigen.email')}
          value={form.email}
          error={errors.email}
          autocomplete="off"
          maxLength={254}
        />
        <SelectField
          name="rol"
          label={t('uitnodigen.rol')}
          value={form.rol ?? 'naaste'}
          error={errors.rol}
          options={[
            { value: 'naaste', label: t('uitnodigen.rol.naaste') },
            { value: 'professional', label: t('uitnodigen.rol.professional') },
          ]}
        />
        <NiveauVelden
          ctx={ctx}
          secties={secties}
          waarden={form.niveaus ?? {}}
          legend={t('uitnodigen.secties')}
          error={errors.niveaus}
        />
        <TextField
          name="doel"
          label={t('uitnodigen.doel')}
          value={form.doel}
          error={errors.doel}
          required={false}
          maxLength={300}
        />
        <TextField
          name="eindigt_op"
          type="date"
          label={t('uitnodigen.eindigt')}
          description={t('uitnodigen.eindigt.uitleg')}
          value={form.eindigt_op}
          error={errors.eindigt_op}
          required={false}
        />
        <div class="utrecht-button-group">
          <SubmitButton>{t('uitnodigen.knop')}</SubmitButton>
        </div>
      </PostForm>

      {eerder.length > 0 ? (
        <>
          <Heading level={2}>{t('toegang.vroeger.kop')}</Heading>
          <ul class="utrecht-unordered-list">
            {eerder.map((toegang) => (
              <li class="utrecht-unordered-list__item" key={toegang.id}>
                {t('toegang.vroeger.item', {
                  naam: toegang.naam,
                  datum: formatDate((toegang.ingetrokken_op ?? toegang.eindigt_op) as Date, ctx.locale),
                })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Layout>
  );
}
