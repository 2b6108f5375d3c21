import { SelectField } from '../../platform/views/components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Niveau } from '../rules.js';
import type { SectieDefinitie } from '../secties.js';
import { sectieTekst } from './dossier-pages.js';

const KEUZES = ['geen', 'lezen', 'reageren', 'voorstellen', 'bewerken'] as const;

/** One choice per section: geen toegang … aanpassen. Plain selects: work without JavaScript and on small screens. */
export function NiveauVelden({
  ctx,
  secties,
  waarden,
  prefix = '',
  legend,
  error,
}: {
  ctx: PageContext;
  secties: SectieDefinitie[];
  waarden: Partial<Record<string, Niveau>>;
  prefix?: string;
  legend: string;
  error?: string | undefined;
}) {
  const { t } = ctx;
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      // The error summary links to #veld-niveaus; the message belongs to the whole group.
      id={`veld-${prefix}niveaus`}
      aria-describedby={error ? `veld-${prefix}niveaus-fout` : undefined}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {error ? (
        <div class="utrecht-form-field-error-message" id={`veld-${prefix}niveaus-fout`}>
          {error}
        </div>
      ) : null}
      {secties.map((sectie) => (
        <SelectField
          key={sectie.code}
          name={`niveau.${sectie.code}`}
          id={`${prefix}niveau-${sectie.code}`}
          label={t(sectie.label)}
          description={t(sectie.uitleg)}
          value={waarden[sectie.code] ?? 'geen'}
          options={KEUZES.map((keuze) => ({ value: keuze, label: t(`niveau.${keuze}`) }))}
        />
      ))}
    </fieldset>
  );
}

/** "Mijn plan lezen, Crisiskaart aanpassen" as a list of plain sentences, in the reader's words. */
export function NiveauZinnen({
  ctx,
  secties,
  niveaus,
  eigen,
  inwonerNaam,
}: {
  ctx: PageContext;
  secties: SectieDefinitie[];
  niveaus: Partial<Record<string, Niveau>>;
  /** Speak of "je plan" (the resident reading about their own record) instead of "Mijn plan" */
  eigen?: boolean;
  /** Someone else reads (an invited person): "Plan van Ilse lezen", not "Mijn plan lezen" */
  inwonerNaam?: string;
}) {
  const { t } = ctx;
  const items = secties.filter((sectie) => niveaus[sectie.code]);
  if (items.length === 0) return null;
  return (
    <ul class="utrecht-unordered-list">
      {items.map((sectie) => {
        const niveau = niveaus[sectie.code] as Niveau;
        const naam = eigen
          ? t(`${sectie.label}.je` as Parameters<typeof t>[0])
          : sectieTekst(t, sectie.label, inwonerNaam);
        return (
          <li class="utrecht-unordered-list__item" key={sectie.code}>
            {t(`niveau.${niveau}.zin`, { sectie: naam })}
          </li>
        );
      })}
    </ul>
  );
}
