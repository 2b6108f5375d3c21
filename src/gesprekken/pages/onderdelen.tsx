import { type FieldErrors, SelectField, TextField } from '../../platform/views/components.js';
import { VinkGroep } from '../../platform/views/keuzes.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Waarden } from '../forms.js';
import type { Gebied } from '../queries.js';
import { MAX_DOELEN, VRAAGKAART_GROEPEN } from '../rules.js';
import { gebiedNaam, vraagTekst } from '../weergave.js';

/** The values of a multi-choice field as a list (one value arrives as a string). */
export function lijstWaarde(waarden: Waarden, naam: string): string[] {
  const v = waarden[naam];
  return Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
}

/** The question cards in their five groups, one field `vragen` (her preparation, the talk). */
export function Vraagkaarten({
  ctx,
  waarden,
  error,
}: {
  ctx: PageContext;
  waarden: Waarden;
  error?: string | undefined;
}) {
  const { t } = ctx;
  return (
    <>
      {Object.entries(VRAAGKAART_GROEPEN).map(([groep, codes], index) => (
        <VinkGroep
          key={groep}
          name="vragen"
          // Five groups share the field's name; only the first keeps the id errors link to.
          id={index === 0 ? 'veld-vragen' : `veld-vragen-${groep}`}
          legend={t(`gesprekken.vraaggroep.${groep as keyof typeof VRAAGKAART_GROEPEN}`)}
          options={codes.map((c) => ({ value: c, label: vraagTekst(c, t) }))}
          values={lijstWaarde(waarden, 'vragen')}
          error={index === 0 ? error : undefined}
        />
      ))}
    </>
  );
}

/**
 * The agreed goals, each with its domain (the talk's notes, her correction of the report); with
 * `metWie` also who does it (the netwerkberaad's agreements).
 */
export function DoelVelden({
  ctx,
  gebieden,
  waarde,
  errors,
  metWie = false,
}: {
  ctx: PageContext;
  gebieden: readonly Gebied[];
  /** The value of a field by name */
  waarde: (naam: string) => string;
  errors: FieldErrors;
  metWie?: boolean;
}) {
  const { t } = ctx;
  const opties = [
    { value: '', label: t('gesprekken.voeren.doel.gebied.kies') },
    ...gebieden.map((x) => ({ value: x.code, label: gebiedNaam(gebieden, x.code, t) })),
  ];
  return (
    <>
      {Array.from({ length: MAX_DOELEN }, (_, i) => i + 1).map((n) => (
        <div key={n}>
          <TextField
            name={`doel_${n}`}
            label={t('gesprekken.voeren.doel', { nummer: n })}
            value={waarde(`doel_${n}`)}
            required={false}
            maxLength={500}
            error={errors[`doel_${n}`]}
          />
          <SelectField
            name={`doel_gebied_${n}`}
            label={t('gesprekken.voeren.doel.gebied', { nummer: n })}
            options={opties}
            value={waarde(`doel_gebied_${n}`)}
            error={errors[`doel_gebied_${n}`]}
          />
          {metWie ? (
            <TextField
              name={`doel_wie_${n}`}
              label={t('gesprekken.beraad.afspraak.wie', { nummer: n })}
              value={waarde(`doel_wie_${n}`)}
              required={false}
              maxLength={200}
              error={errors[`doel_wie_${n}`]}
            />
          ) : null}
        </div>
      ))}
    </>
  );
}
