/**
 * The texts of account management by the beheerder (src/beheer): Dutch at B1 level ("je" form)
 * and English with exactly the same keys, in ICU syntax. src/catalog.ts registers them; the
 * declaration at the end adds their keys to MessageKey.
 */
export const nl = {
  'rol.inwoner': 'Inwoner',
  'rol.naaste': 'Naaste',
  'rol.professional': 'Professional',
  'rol.beheerder': 'Beheerder',
  'rol.analist': 'Analist',
  'rol.panelmedewerker': 'Panelmedewerker (vult vragen in voor het panel)',
  'beheer.accounts.titel': 'Accounts',
  'beheer.accounts.intro':
    'Alle accounts van {gemeente}. Een nieuw account krijgt een e-mail met een link om een wachtwoord te kiezen.',
  'beheer.accounts.nieuw': 'Nieuw account',
  'beheer.accounts.naam': 'Naam',
  'beheer.accounts.email': 'E-mailadres',
  'beheer.accounts.rol': 'Rol',
  'beheer.accounts.organisatie': 'Organisatie',
  'beheer.accounts.geen-organisatie': 'Geen organisatie',
  'beheer.accounts.status': 'Status',
  'beheer.accounts.status.actief': 'Actief',
  'beheer.accounts.status.uitgenodigd': 'Uitgenodigd',
  'beheer.accounts.status.geblokkeerd': 'Geblokkeerd',
  'beheer.accounts.blokkeren': 'Blokkeren',
  'beheer.accounts.blokkeren.label': 'Blokkeren: {naam}',
  'beheer.accounts.aangemaakt': 'Het account is gemaakt. Er is een e-mail met een link verstuurd.',
  'beheer.accounts.geblokkeerd': 'Het account is geblokkeerd. Alle sessies van dit account zijn beëindigd.',
  'beheer.accounts.maken': 'Account maken',
  'beheer.accounts.organisatie.uitleg': 'Alleen voor een professional.',
};

export const en: { [K in keyof typeof nl]: string } = {
  'rol.inwoner': 'Resident',
  'rol.naaste': 'Close one',
  'rol.professional': 'Professional',
  'rol.beheerder': 'Administrator',
  'rol.analist': 'Analyst',
  'rol.panelmedewerker': 'Panel worker (fills in questions for the panel)',
  'beheer.accounts.titel': 'Accounts',
  'beheer.accounts.intro':
    'All accounts of {gemeente}. A new account gets an e-mail with a link to choose a password.',
  'beheer.accounts.nieuw': 'New account',
  'beheer.accounts.naam': 'Name',
  'beheer.accounts.email': 'E-mail address',
  'beheer.accounts.rol': 'Role',
  'beheer.accounts.organisatie': 'Organisation',
  'beheer.accounts.geen-organisatie': 'No organisation',
  'beheer.accounts.status': 'Status',
  'beheer.accounts.status.actief': 'Active',
  'beheer.accounts.status.uitgenodigd': 'Invited',
  'beheer.accounts.status.geblokkeerd': 'Blocked',
  'beheer.accounts.blokkeren': 'Block',
  'beheer.accounts.blokkeren.label': 'Block {naam}',
  'beheer.accounts.aangemaakt': 'The account is made. An e-mail with a link was sent.',
  'beheer.accounts.geblokkeerd': 'The account is blocked. All sessions of this account have ended.',
  'beheer.accounts.maken': 'Make account',
  'beheer.accounts.organisatie.uitleg': 'Only for a professional.',
};

declare module '../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
