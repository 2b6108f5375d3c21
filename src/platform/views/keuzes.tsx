import { FormFieldset } from './components.js';

/**
 * Groups of radio buttons and check boxes as plain HTML (GOV.UK pattern): a fieldset with its
 * legend, description and error, the first option carrying the group's id (`veld-<name>`), so
 * the error summary's link lands on it. Shared by every capability's forms.
 */

/** A fieldset of radio buttons (GOV.UK pattern): the first option carries the group's id. */
export function KeuzeGroep({
  name,
  legend,
  description,
  options,
  value,
  error,
}: {
  name: string;
  legend: string;
  description?: string;
  options: { value: string; label: string }[];
  value: string;
  error?: string | undefined;
}) {
  const id = `veld-${name}`;
  return (
    <FormFieldset id={id} legend={legend} description={description} error={error}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value || 'leeg'}`;
        return (
          <div class="utrecht-form-field utrecht-form-field--radio" key={option.value}>
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={optionId}
              name={name}
              value={option.value}
              checked={option.value === value}
              aria-invalid={error ? 'true' : undefined}
            />{' '}
            <label class="utrecht-form-label utrecht-form-label--radio" for={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </FormFieldset>
  );
}

/** A fieldset of check boxes: the first option carries the group's id. */
export function VinkGroep({
  name,
  id: eigenId,
  legend,
  description,
  options,
  values,
  error,
}: {
  name: string;
  /** The fieldset's id when several groups share one `name` (default `veld-<name>`, the id an error summary links to). */
  id?: string;
  legend: string;
  description?: string;
  options: { value: string; label: string; name?: string }[];
  values: string[];
  error?: string | undefined;
}) {
  const id = eigenId ?? `veld-${name}`;
  return (
    <FormFieldset id={id} legend={legend} description={description} error={error}>
      {options.map((option, index) => {
        const optionId = index === 0 ? id : `${id}-${option.value}`;
        return (
          <div class="utrecht-form-field utrecht-form-field--checkbox" key={option.value}>
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={optionId}
              name={option.name ?? name}
              value={option.name ? 'ja' : option.value}
              checked={values.includes(option.value)}
            />{' '}
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={optionId}>
              {option.label}
            </label>
          </div>
        );
      })}
    </FormFieldset>
  );
}
