/**
 * The texts of logging in through a gemeente's identity broker (src/auth/oidc): Dutch at B1
 * level and English with the same keys. src/catalog.ts registers them.
 */
export const nl = {
  'oidc.knop': 'Inloggen met {naam}',
  'oidc.of': 'Of log in met je e-mailadres en wachtwoord:',
  'oidc.wachtwoord-uit':
    'Voor jouw account kun je niet inloggen met een wachtwoord. Gebruik de knop "Inloggen met {naam}".',
  'oidc.fout.titel': 'Inloggen is niet gelukt',
  'oidc.fout.verlopen':
    'Het inloggen duurde te lang, of begon in een ander venster of een andere browser. Begin opnieuw.',
  'oidc.fout.geweigerd-door-dienst': 'De inlogdienst heeft het inloggen niet bevestigd. Begin opnieuw.',
  'oidc.fout.onbereikbaar':
    'De inlogdienst is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.',
  'oidc.fout.email-niet-geverifieerd':
    'De inlogdienst heeft niet bevestigd dat dit e-mailadres van jou is. Daarom kunnen we je niet inloggen. Vraag de beheerder van de inlogdienst om hulp.',
  'oidc.fout.onbekend':
    'Je bent ingelogd bij de inlogdienst, maar je hebt nog geen account in Redzaam. Vraag de beheerder van Redzaam om een account voor je te maken. Gebruik daarbij hetzelfde e-mailadres.',
  'oidc.fout.rol':
    'Met jouw soort account kun je niet inloggen via deze inlogdienst. Log in met je e-mailadres en wachtwoord.',
  'oidc.fout.opnieuw': 'Opnieuw inloggen',
};

export const en: Record<keyof typeof nl, string> = {
  'oidc.knop': 'Log in with {naam}',
  'oidc.of': 'Or log in with your e-mail address and password:',
  'oidc.wachtwoord-uit': 'Your account cannot log in with a password. Use the button "Log in with {naam}".',
  'oidc.fout.titel': 'Logging in did not work',
  'oidc.fout.verlopen': 'Logging in took too long, or started in another window or browser. Start again.',
  'oidc.fout.geweigerd-door-dienst': 'The login service did not confirm the login. Start again.',
  'oidc.fout.onbereikbaar': 'The login service cannot be reached right now. Try again in a few minutes.',
  'oidc.fout.email-niet-geverifieerd':
    'The login service did not confirm that this e-mail address is yours. So we cannot log you in. Ask the login service’s administrator for help.',
  'oidc.fout.onbekend':
    'You are logged in at the login service, but you do not have a Redzaam account yet. Ask the Redzaam administrator to make one for you, with the same e-mail address.',
  'oidc.fout.rol':
    'Your kind of account cannot log in through this login service. Log in with your e-mail address and password.',
  'oidc.fout.opnieuw': 'Log in again',
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
