import { TextField } from './components.js';

type NaamVeld = {
  label: string;
  description?: string | undefined;
  value: string;
  error?: string | undefined;
  required: boolean;
};

/**
 * One code of a gemeente's code list on its beheer form (the netwerkkaart's relationships,
 * Samen's skills): its own Dutch and English name, "niet meer aanbieden" and the version it was
 * read at — the fields `platform/gemeente/codelijst.ts` reads back.
 */
export function CodeVelden({
  code,
  legend,
  naam,
  naamEn,
  verbergen,
  verborgen,
  versie,
  maxLength,
}: {
  code: string;
  legend: string;
  naam: NaamVeld;
  naamEn: NaamVeld;
  /** The check box's label */
  verbergen: string;
  verborgen: boolean;
  versie: string;
  maxLength: number;
}) {
  return (
    <fieldset class="utrecht-form-fieldset redzaam-card">
      <legend class="utrecht-form-fieldset__legend">{legend}</legend>
      <input type="hidden" name={`versie-${code}`} value={versie} />
      <TextField name={`naam-${code}`} {...naam} maxLength={maxLength} />
      <TextField name={`naam_en-${code}`} {...naamEn} maxLength={maxLength} />
      <div class="utrecht-form-field utrecht-form-field--checkbox">
        <input
          class="utrecht-checkbox utrecht-checkbox--html-input"
          type="checkbox"
          id={`veld-verborgen-${code}`}
          name={`verborgen-${code}`}
          value="ja"
          checked={verborgen}
        />{' '}
        <label class="utrecht-form-label utrecht-form-label--checkbox" for={`veld-verborgen-${code}`}>
          {verbergen}
        </label>
      </div>
    </fieldset>
  );
}
