import { type ComponentChildren, Fragment } from 'preact';
import type { PageContext } from './page-context.js';

/**
 * Server-rendered NL Design System (Utrecht) components. Plain HTML that works without
 * CSS and JavaScript; the classes only style it. Everything is escaped by JSX.
 */

export function Heading({
  level,
  children,
  id,
}: {
  level: 1 | 2 | 3;
  children: ComponentChildren;
  id?: string;
}) {
  const Tag = `h${level}` as 'h1' | 'h2' | 'h3';
  return (
    <Tag class={`utrecht-heading-${level}`} id={id}>
      {children}
    </Tag>
  );
}

export function Paragraph({ children, lead }: { children: ComponentChildren; lead?: boolean }) {
  return <p class={lead ? 'utrecht-paragraph utrecht-paragraph--lead' : 'utrecht-paragraph'}>{children}</p>;
}

export function Link({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <a class="utrecht-link utrecht-link--html-a" href={href}>
      {children}
    </a>
  );
}

export function ButtonLink({
  href,
  children,
  appearance = 'primary-action',
}: {
  href: string;
  children: ComponentChildren;
  appearance?: 'primary-action' | 'secondary-action';
}) {
  return (
    <a
      class={`utrecht-button-link utrecht-button-link--html-a utrecht-button-link--${appearance}`}
      href={href}
    >
      {children}
    </a>
  );
}

export function SubmitButton({
  children,
  appearance = 'primary-action',
  ariaLabel,
}: {
  children: ComponentChildren;
  appearance?: 'primary-action' | 'secondary-action' | 'subtle';
  ariaLabel?: string;
}) {
  return (
    <button type="submit" class={`utrecht-button utrecht-button--${appearance}`} aria-label={ariaLabel}>
      {children}
    </button>
  );
}

/** A POST form with its CSRF token. Every state change in Redzaam goes through one. */
export function PostForm({
  ctx,
  action,
  children,
  id,
}: {
  ctx: PageContext;
  action: string;
  children: ComponentChildren;
  id?: string;
}) {
  return (
    <form method="post" action={action} class="utrecht-form" id={id} noValidate>
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      {children}
    </form>
  );
}

export type FieldErrors = Partial<Record<string, string>>;

/** The ids of a field's description and error, for aria-describedby. */
export function describedBy(id: string, description?: string, error?: string): string | undefined {
  return (
    [description ? `${id}-uitleg` : '', error ? `${id}-fout` : ''].filter(Boolean).join(' ') || undefined
  );
}

/** The Utrecht form field around one control: label, description and error next to the control. */
export function FormField({
  id,
  label,
  description,
  error,
  children,
}: {
  id: string;
  label: string;
  description?: string | undefined;
  error?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <div class={`utrecht-form-field utrecht-form-field--text${error ? ' utrecht-form-field--invalid' : ''}`}>
      <div class="utrecht-form-field__label">
        <label class="utrecht-form-label" for={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div class="utrecht-form-field__description utrecht-form-field-description" id={`${id}-uitleg`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field__error-message utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      ) : null}
      <div class="utrecht-form-field__input">{children}</div>
    </div>
  );
}

/**
 * A fieldset for a group of radio buttons or check boxes: legend, description and error next
 * to the group (GOV.UK pattern). `id` is the group's id prefix ("veld-<name>"): it names the
 * description and the error; `fieldsetId` puts it on the fieldset itself, for groups whose
 * error summary links to the fieldset rather than to the first option.
 */
export function FormFieldset({
  id,
  fieldsetId,
  legend,
  description,
  error,
  extraClass,
  children,
}: {
  id: string;
  fieldsetId?: boolean;
  legend: ComponentChildren;
  description?: string | undefined;
  error?: string | undefined;
  extraClass?: string;
  children: ComponentChildren;
}) {
  return (
    <fieldset
      class={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${extraClass ? ` ${extraClass}` : ''}${error ? ' utrecht-form-fieldset--invalid' : ''}`}
      id={fieldsetId ? id : undefined}
      aria-describedby={describedBy(id, description, error)}
    >
      <legend class="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {description ? (
        <div class="utrecht-form-field-description" id={`${id}-uitleg`}>
          {description}
        </div>
      ) : null}
      {error ? (
        <div class="utrecht-form-field-error-message" id={`${id}-fout`}>
          {error}
        </div>
      ) : null}
      {children}
    </fieldset>
  );
}

export function TextField({
  name,
  label,
  value,
  error,
  description,
  type = 'text',
  autocomplete,
  required = true,
  maxLength,
  id: idOverride,
}: {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  description?: string | undefined;
  type?: 'text' | 'email' | 'password' | 'date';
  autocomplete?: string;
  required?: boolean;
  maxLength?: number;
  /** When a page has the same field twice (one form per person), each needs its own id. */
  id?: string;
}) {
  const id = idOverride ? `veld-${idOverride}` : `veld-${name}`;
  return (
    <FormField id={id} label={label} description={description} error={error}>
      <input
        class={`utrecht-textbox utrecht-textbox--html-input${error ? ' utrecht-textbox--invalid' : ''}`}
        id={id}
        name={name}
        type={type as 'text'}
        value={type === 'password' ? undefined : value}
        autocomplete={autocomplete}
        required={required}
        maxLength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
      />
    </FormField>
  );
}

/** Multi-line text, optional: label, description and error next to it, like TextField. */
export function TextArea({
  name,
  label,
  value,
  error,
  description,
  maxLength,
  rows = 3,
  id: idOverride,
}: {
  name: string;
  label: string;
  value?: string | undefined;
  error?: string | undefined;
  description?: string | undefined;
  maxLength?: number | undefined;
  rows?: number;
  /** When a page has the same field twice, each needs its own id. */
  id?: string;
}) {
  const id = idOverride ? `veld-${idOverride}` : `veld-${name}`;
  return (
    <FormField id={id} label={label} description={description} error={error}>
      <textarea
        class={`utrecht-textarea utrecht-textarea--html-textarea${error ? ' utrecht-textarea--invalid' : ''}`}
        id={id}
        name={name}
        rows={rows}
        maxLength={maxLength}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
      >
        {value ?? ''}
      </textarea>
    </FormField>
  );
}

export function SelectField({
  name,
  label,
  options,
  value,
  error,
  description,
  id: idOverride,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string | undefined;
  error?: string | undefined;
  description?: string | undefined;
  /** When a page has the same field twice (one form per person), each needs its own id. */
  id?: string;
}) {
  const id = idOverride ? `veld-${idOverride}` : `veld-${name}`;
  return (
    <FormField id={id} label={label} description={description} error={error}>
      <select
        class={`utrecht-select utrecht-select--html-select${error ? ' utrecht-select--invalid' : ''}`}
        id={id}
        name={name}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(id, description, error)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {option.label}
          </option>
        ))}
      </select>
    </FormField>
  );
}

/**
 * The list of form errors at the top of a form, each linking to its field, so a
 * screen-reader user hears at once what went wrong (as GOV.UK's error summary does).
 */
/**
 * The list of a form's errors above it, each a link to its field. With `labels` (field name →
 * the field's label) each line names its field ("E-mailadres: Vul dit veld in."), so two
 * identical messages never stand unexplained side by side.
 */
export function ErrorSummary({
  ctx,
  errors,
  labels = {},
}: {
  ctx: PageContext;
  errors: FieldErrors;
  labels?: Record<string, string>;
}) {
  const entries = Object.entries(errors).filter((entry): entry is [string, string] => Boolean(entry[1]));
  if (entries.length === 0) return null;
  return (
    <div class="utrecht-alert utrecht-alert--error" role="alert" id="foutmeldingen">
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">
          <p class="utrecht-paragraph">
            <strong>{ctx.t('formulier.fouten.kop')}</strong>
          </p>
          <ul class="utrecht-unordered-list">
            {entries.map(([field, message]) => (
              <li class="utrecht-unordered-list__item" key={field}>
                <a class="utrecht-link utrecht-link--html-a" href={`#veld-${field}`}>
                  {labels[field] ? `${labels[field]}: ${message}` : message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

export function Alert({
  type,
  children,
}: {
  type: 'info' | 'ok' | 'warning' | 'error';
  children: ComponentChildren;
}) {
  return (
    <div class={`utrecht-alert utrecht-alert--${type}`} role={type === 'error' ? 'alert' : 'status'}>
      <div class="utrecht-alert__content">
        <div class="utrecht-alert__message">{children}</div>
      </div>
    </div>
  );
}

export function UnorderedList({ items }: { items: ComponentChildren[] }) {
  return (
    <ul class="utrecht-unordered-list">
      {items.map((item, index) => (
        <li class="utrecht-unordered-list__item" key={index}>
          {item}
        </li>
      ))}
    </ul>
  );
}

/**
 * A long address (e-mail, web address) that may wrap after "@", "." and "/" on a narrow
 * screen, never inside a word: each such place gets a <wbr>.
 */
export function MetAfbreekpunten({ tekst }: { tekst: string }) {
  const delen = tekst.split(/(?<=[@./])/);
  return (
    <>
      {delen.map((deel, i) => (
        <Fragment key={i}>
          {deel}
          {i < delen.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </>
  );
}
