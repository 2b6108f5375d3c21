import type { ComponentChildren } from 'preact';
import { FormFieldset } from '../../../platform/views/components.js';

/**
 * Form controls the questionnaires need beyond platform/views/components: a radio group in a
 * fieldset (one answer per statement; arrow keys move within it), a textarea for notes and a
 * checkbox. Plain HTML with Utrecht classes: works without JavaScript and CSS.
 */

export function RadioGroep({
  id,
  name,
  legend,
  description,
  options,
  value,
  error,
}: {
  /** Without the "veld-" prefix: the error summary links to #veld-<id> */
  id: string;
  name: string;
  legend: ComponentChildren;
  description?: string | undefined;
  options: { value: string; label: string }[];
  value: string;
  error?: string | undefined;
}) {
  const veld = `veld-${id}`;
  return (
    <FormFieldset
      id={veld}
      fieldsetId
      legend={legend}
      description={description}
      error={error}
      extraClass="redzaam-vraag"
    >
      {options.map((option) => {
        const optionId = `${veld}-${option.value === '' ? 'leeg' : option.value}`;
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

export function Vinkje({
  id,
  name,
  label,
  checked,
  error,
}: {
  id: string;
  name: string;
  label: string;
  checked: boolean;
  error?: string | undefined;
}) {
  const veld = `veld-${id}`;
  return (
    <div
      class={`utrecht-form-field utrecht-form-field--checkbox${error ? ' utrecht-form-field--invalid' : ''}`}
    >
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${veld}-fout`}>
          {error}
        </div>
      ) : null}
      <input
        class="utrecht-checkbox utrecht-checkbox--html-input"
        type="checkbox"
        id={veld}
        name={name}
        value="ja"
        checked={checked}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `${veld}-fout` : undefined}
      />{' '}
      <label class="utrecht-form-label utrecht-form-label--checkbox" for={veld}>
        {label}
      </label>
    </div>
  );
}
