import type { MessageKey } from '../../../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../../../platform/levensgebied-codes.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  SelectField,
  SubmitButton,
  TextField,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { formatAfstand, PAGINA_GROOTTE, type Zoekvraag, zoekParameters } from '../rules.js';
import { LEVENSGEBIEDEN } from '../vocabulaire.js';
import type { Zoekuitkomst } from '../zoeken.js';

/** How much of a description the result list shows. */
const KORT = 180;

function kort(text: string | null): string {
  if (!text) return '';
  return text.length <= KORT ? text : `${text.slice(0, KORT).replace(/\s+\S*$/, '')} …`;
}

function Vinkje({ name, label, checked }: { name: string; label: string; checked: boolean }) {
  const id = `veld-${name}`;
  return (
    <div class="utrecht-form-field utrecht-form-field--checkbox">
      <div class="utrecht-form-field__input">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={id}
          name={name}
          value="ja"
          checked={checked}
        />
      </div>
      <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={id}>
          {label}
        </label>
      </div>
    </div>
  );
}

/** The search page: the form (GET, so every search is a link) and one page of results. */
export function ZoekPage({
  ctx,
  namen = new Map(),
  vraag,
  fouten,
  uitkomst,
  gezocht = false,
  voorbeeld,
}: {
  ctx: PageContext;
  /** A postcode that exists here, for the hint; without one the hint gives no example */
  voorbeeld?: string | undefined;
  /** The gemeente's own names of its levensgebieden (code → name) */
  namen?: ReadonlyMap<string, string>;
  vraag: Zoekvraag;
  fouten: Partial<Record<string, MessageKey>>;
  uitkomst?: Extract<Zoekuitkomst, { ok: true }>;
  gezocht?: boolean;
}) {
  const { t } = ctx;
  const errors: FieldErrors = Object.fromEntries(
    Object.entries(fouten).map(([field, key]) => [field, key ? t(key) : undefined]),
  );
  const paginas = uitkomst ? Math.max(1, Math.ceil(uitkomst.totaal / PAGINA_GROOTTE)) : 1;
  const title = t('socialeKaart.zoeken.titel');
  return (
    <Layout ctx={ctx} title={title}>
      <Heading level={1}>{title}</Heading>
      <Paragraph lead>{t('socialeKaart.zoeken.intro', { gemeente: ctx.gemeente.naam })}</Paragraph>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action="/sociale-kaart" class="utrecht-form redzaam-zoekformulier" noValidate>
        <TextField
          name="q"
          label={t('socialeKaart.veld.q')}
          description={t('socialeKaart.veld.q.uitleg')}
          value={vraag.tekst}
          error={errors.q}
          required={false}
          maxLength={200}
        />
        <SelectField
          name="levensgebied"
          label={t('socialeKaart.veld.levensgebied')}
          value={vraag.levensgebied ?? ''}
          error={errors.levensgebied}
          options={[
            { value: '', label: t('socialeKaart.veld.levensgebied.alle') },
            ...LEVENSGEBIEDEN.map((code) => ({
              value: code,
              label: levensgebiedNaam(code, namen.get(code), t),
            })),
          ]}
        />
        <fieldset class="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset">
          <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
            {t('socialeKaart.veld.filters')}
          </legend>
          <Vinkje
            name="zonder-indicatie"
            label={t('socialeKaart.kenmerk.zonder-indicatie')}
            checked={vraag.zonderIndicatie}
          />
          <Vinkje name="gratis" label={t('socialeKaart.kenmerk.gratis')} checked={vraag.gratis} />
          <Vinkje name="groep" label={t('socialeKaart.kenmerk.groep')} checked={vraag.groep} />
          <Vinkje name="nu-open" label={t('socialeKaart.veld.nu-open')} checked={vraag.nuOpen} />
        </fieldset>
        <TextField
          name="postcode"
          label={t('socialeKaart.veld.postcode')}
          description={
            voorbeeld
              ? t('socialeKaart.veld.postcode.uitleg', { voorbeeld })
              : t('socialeKaart.veld.postcode.uitleg.zonder')
          }
          value={vraag.postcodeTekst}
          error={errors.postcode}
          required={false}
          autocomplete="postal-code"
          maxLength={20}
        />
        <TextField
          name="afstand"
          label={t('socialeKaart.veld.afstand')}
          description={t('socialeKaart.veld.afstand.uitleg')}
          value={vraag.afstandKm === undefined ? '' : String(vraag.afstandKm)}
          error={errors.afstand}
          required={false}
          maxLength={6}
        />
        <SelectField
          name="sorteer"
          label={t('socialeKaart.veld.sorteer')}
          value={vraag.sorteer}
          error={errors.sorteer}
          options={[
            { value: 'relevantie', label: t('socialeKaart.sorteer.relevantie') },
            { value: 'afstand', label: t('socialeKaart.sorteer.afstand') },
          ]}
        />
        <SubmitButton>{t('socialeKaart.zoeken.knop')}</SubmitButton>
      </form>

      {uitkomst ? (
        <section aria-labelledby="resultaten-kop" class="redzaam-zoekresultaten">
          <Heading level={2} id="resultaten-kop">
            {uitkomst.meer
              ? t('socialeKaart.resultaten.meer', { aantal: uitkomst.totaal })
              : uitkomst.totaal === 0
                ? t('socialeKaart.resultaten.niets')
                : gezocht
                  ? t('socialeKaart.resultaten.aantal', { aantal: uitkomst.totaal })
                  : t('socialeKaart.resultaten.alles', { aantal: uitkomst.totaal })}
          </Heading>
          {uitkomst.verbeterd.length > 0 ? (
            <Paragraph>
              {t('socialeKaart.resultaten.verbeterd', { woorden: uitkomst.verbeterd.join(', ') })}
            </Paragraph>
          ) : null}
          {!uitkomst.alleWoorden && uitkomst.totaal > 0 ? (
            <Alert type="info">
              <Paragraph>{t('socialeKaart.resultaten.niet-alle-woorden')}</Paragraph>
            </Alert>
          ) : null}
          {uitkomst.totaal === 0 ? <Paragraph>{t('socialeKaart.resultaten.geen')}</Paragraph> : null}
          <ol class="redzaam-resultaten">
            {uitkomst.treffers.map((treffer) => (
              <li class="redzaam-resultaat" key={treffer.id}>
                <Heading level={3}>
                  <Link href={`/sociale-kaart/${encodeURIComponent(treffer.id)}`}>{treffer.naam}</Link>
                </Heading>
                {treffer.organisatie ? (
                  <Paragraph>
                    {t('socialeKaart.resultaat.door', { organisatie: treffer.organisatie })}
                  </Paragraph>
                ) : null}
                {treffer.afstandKm !== null ? (
                  <Paragraph>
                    {t('socialeKaart.resultaat.afstand', {
                      afstand: formatAfstand(treffer.afstandKm, ctx.locale),
                    })}
                  </Paragraph>
                ) : null}
                {treffer.beschrijving ? <Paragraph>{kort(treffer.beschrijving)}</Paragraph> : null}
              </li>
            ))}
          </ol>
          {paginas > 1 ? (
            <nav aria-label={t('socialeKaart.paginas.label')} class="redzaam-paginas">
              <Paragraph>{t('socialeKaart.paginas.waar', { pagina: vraag.pagina, van: paginas })}</Paragraph>
              <ul class="utrecht-unordered-list">
                {vraag.pagina > 1 ? (
                  <li class="utrecht-unordered-list__item">
                    <Link href={`/sociale-kaart?${zoekParameters(vraag, { pagina: vraag.pagina - 1 })}`}>
                      {t('socialeKaart.paginas.vorige')}
                    </Link>
                  </li>
                ) : null}
                {vraag.pagina < paginas ? (
                  <li class="utrecht-unordered-list__item">
                    <Link href={`/sociale-kaart?${zoekParameters(vraag, { pagina: vraag.pagina + 1 })}`}>
                      {t('socialeKaart.paginas.volgende')}
                    </Link>
                  </li>
                ) : null}
              </ul>
            </nav>
          ) : null}
        </section>
      ) : null}
    </Layout>
  );
}
