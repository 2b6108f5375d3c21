import { Alert, ErrorSummary, type FieldErrors, Heading, Paragraph } from './components.js';
import type { PageContext } from './page-context.js';

/**
 * The top of a beheer page for the gemeente's own settings (the netwerkkaart's relationships,
 * Samen's skills, the monitor's rules): the title, what the page is for, "saved" after a save,
 * the conflict message after a stale form (409), and the error summary. One shape, so beheerders
 * meet one way of working.
 */
export function BeheerKop({
  ctx,
  titel,
  intro,
  opgeslagen,
  conflict,
  errors,
}: {
  ctx: PageContext;
  titel: string;
  intro: string;
  /** The "saved" message, when there is one to show */
  opgeslagen?: string | undefined;
  /** The conflict message, when the form was stale */
  conflict?: string | undefined;
  errors: FieldErrors;
}) {
  return (
    <>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>{intro}</Paragraph>
      {opgeslagen ? (
        <Alert type="ok">
          <Paragraph>{opgeslagen}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error">
          <Paragraph>{conflict}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
    </>
  );
}
