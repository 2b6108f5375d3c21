import { describedBy, FormField, FormFieldset } from '../../../platform/views/components.js';

/**
 * Form fields the platform's components.tsx does not have yet (time, phone, number, check boxes),
 * inside its FormField: label, description, error next to the
 * field, aria-invalid and aria-describedby.
 */

/** A single-line input of any type, optional unless said otherwise. */
export function InvoerVeld({
  name,
  label,
  value,
  error,
  description,
  type = 'text',
  maxLength,
  autocomplete,
  inputMode,
  size,
}: {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  description?: string | undefined;
  type?: 'text' | 'email' | 'tel' | 'url' | 'time' | 'number';
  maxLength?: number;
  autocomplete?: string;
  inputMode?: 'numeric' | 'text';
  size?: number;
}) {
  const id = `veld-${name}`;
  return (
    <FormField id={id} label={label} description={description} error={error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        id={id}
        name={name}
        type={type as 'text'}
        value={value}
        maxLength={maxLength}
        autocomplete={autocomplete}
        inputMode={inputMode}
        size={size}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
      />
    </FormField>
  );
}

/** A group of check boxes sharing one name; the group carries the error. */
export function KeuzeGroep({
  name,
  legend,
  description,
  options,
  checked,
  error,
}: {
  name: string;
  legend: string;
  description?: string;
  options: { value: string; label: string }[];
  checked: readonly string[];
  error?: string | undefined;
}) {
  const id = `veld-${name}`;
  return (
    <FormFieldset id={id} fieldsetId legend={legend} description={description} error={error}>
      {options.map((option) => (
        <div class="utrecht-form-field utrecht-form-field--checkbox" key={option.value}>
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-checkbox utrecht-checkbox--html-input"
              type="checkbox"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={checked.includes(option.value)}
            />
          </div>
          <div class="utrecht-form-field__label utrecht-form-field__label--checkbox">
            <label class="utrecht-form-label utrecht-form-label--checkbox" for={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        </div>
      ))}
    </FormFieldset>
  );
}

/** Radio buttons: one choice of a few. */
export function KeuzeRondjes({
  name,
  legend,
  options,
  value,
  error,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  error?: string | undefined;
}) {
  const id = `veld-${name}`;
  return (
    <FormFieldset id={id} fieldsetId legend={legend} error={error}>
      {options.map((option) => (
        <div class="utrecht-form-field utrecht-form-field--radio" key={option.value}>
          <div class="utrecht-form-field__input">
            <input
              class="utrecht-radio-button utrecht-radio-button--html-input"
              type="radio"
              id={`${id}-${option.value}`}
              name={name}
              value={option.value}
              checked={option.value === value}
            />
          </div>
          <div class="utrecht-form-field__label utrecht-form-field__label--radio">
            <label class="utrecht-form-label utrecht-form-label--radio" for={`${id}-${option.value}`}>
              {option.label}
            </label>
          </div>
        </div>
      ))}
    </FormFieldset>
  );
}
