/**
 * The texts of the page of failed jobs (src/beheer/taken): Dutch at B1 level and English with
 * the same keys. src/catalog.ts registers them. A job type may have a readable name here
 * (`taak.<name>`); the page shows the code name otherwise.
 */
export const nl = {
  'nav.beheer-taken': 'Mislukte taken',
  'beheer.taken.titel': 'Mislukte taken',
  'beheer.taken.intro':
    'Redzaam doet sommige dingen op de achtergrond, zoals e-mail versturen. Lukt dat na een paar keer proberen niet, dan staat de taak hier. Los eerst de oorzaak op, bijvoorbeeld de instellingen van de mailserver. Probeer de taak daarna opnieuw.',
  'beheer.taken.geen': 'Er zijn geen mislukte taken.',
  'beheer.taken.taak': 'Taak',
  'beheer.taken.pogingen': 'Pogingen',
  'beheer.taken.fout': 'Soort fout',
  'beheer.taken.mislukt-op': 'Mislukt op',
  'beheer.taken.opnieuw': 'Opnieuw proberen',
  'beheer.taken.opnieuw.label': 'Opnieuw proberen: {taak}, mislukt op {wanneer}',
  'beheer.taken.opnieuw-gezet': 'De taak staat weer in de wachtrij. Redzaam probeert het zo meteen opnieuw.',
  'beheer.taken.privacy':
    'Op deze pagina staan geen persoonsgegevens: alleen de soort taak en de soort fout.',
  'taak.mail.verstuur': 'E-mail versturen',
};

export const en: { [K in keyof typeof nl]: string } = {
  'nav.beheer-taken': 'Failed jobs',
  'beheer.taken.titel': 'Failed jobs',
  'beheer.taken.intro':
    'Redzaam does some things in the background, such as sending e-mail. When that still fails after a few tries, the job is listed here. First fix the cause, for example the mail server settings. Then try the job again.',
  'beheer.taken.geen': 'There are no failed jobs.',
  'beheer.taken.taak': 'Job',
  'beheer.taken.pogingen': 'Tries',
  'beheer.taken.fout': 'Kind of error',
  'beheer.taken.mislukt-op': 'Failed on',
  'beheer.taken.opnieuw': 'Try again',
  'beheer.taken.opnieuw.label': 'Try again: {taak}, failed on {wanneer}',
  'beheer.taken.opnieuw-gezet': 'The job is back in the queue. Redzaam will try again shortly.',
  'beheer.taken.privacy': 'This page holds no personal data: only the kind of job and the kind of error.',
  'taak.mail.verstuur': 'Send e-mail',
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
