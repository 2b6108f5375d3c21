import type { MessageKey } from './nl.js';

/** English catalog: same keys as nl.ts (enforced by the type), plain English. */
export const en: Record<MessageKey, string> = {
  'app.naam': 'Redzaam',
  'app.tagline': 'In charge of your own support',

  'layout.skiplink': 'Skip to content',
  'layout.menu': 'Menu',
  'layout.ingelogd-als': 'Logged in as {naam}',
  'layout.taal.kop': 'Language',
  'layout.taal.knop': 'Nederlands',
  'layout.taal.label': 'Schakel naar Nederlands',
  'layout.footer.tekst': 'Redzaam belongs to the residents of {gemeente}.',
  'layout.footer.privacy': 'Redzaam keeps only what is needed. You decide who sees what.',

  'nav.start': 'Home',
  'nav.mijn-overzicht': 'My overview',
  'nav.sessies': 'Where am I logged in',
  'nav.beheer-accounts': 'Accounts',
  'nav.inloggen': 'Log in',
  'nav.uitloggen': 'Log out',

  'rol.inwoner': 'Resident',
  'rol.naaste': 'Close one',
  'rol.professional': 'Professional',
  'rol.beheerder': 'Administrator',
  'rol.analist': 'Analyst',

  'start.titel': 'Redzaam in {gemeente}',
  'start.intro':
    'Redzaam is a website for residents who get or look for support. You stay in charge: you decide what is written about you and who may see it.',
  'start.wel.kop': 'What can you do with Redzaam?',
  'start.wel.1': 'You make your own plan, for every part of your life.',
  'start.wel.2': 'You choose who may look along: family, friends or a professional.',
  'start.wel.3': 'You always see who looked at your information.',
  'start.wel.4': 'You find help and activities nearby. Often without a referral.',
  'start.niet.kop': 'What is Redzaam not?',
  'start.niet.1': 'Redzaam is not an emergency number. In danger, call 112.',
  'start.niet.2': 'Redzaam decides nothing about you. People talk with you and decide together with you.',
  'start.niet.3': 'Redzaam does not sell your data and shows no advertising.',
  'start.inloggen': 'Log in',
  'start.naar-overzicht': 'Go to my overview',

  'inloggen.titel': 'Log in',
  'inloggen.intro': 'Log in with your e-mail address and your password.',
  'inloggen.email': 'E-mail address',
  'inloggen.wachtwoord': 'Password',
  'inloggen.knop': 'Log in',
  'inloggen.vergeten': 'Forgot your password?',
  'inloggen.fout.onjuist': 'The e-mail address or the password is not correct. Please try again.',
  'inloggen.fout.te-vaak':
    'You used a wrong password too often. Wait {minuten} minutes and try again. Or ask for a new password.',
  'inloggen.uitgelogd': 'You are logged out.',
  'inloggen.sessie-verlopen': 'You were inactive for a while. Please log in again.',
  'inloggen.wachtwoord-ingesteld': 'Your password is saved. You can log in now.',

  'vergeten.titel': 'Forgot your password',
  'vergeten.intro':
    'Enter your e-mail address. We send you an e-mail with a link. With that link you make a new password.',
  'vergeten.knop': 'Send me a link',
  'vergeten.verstuurd':
    'If we know this e-mail address, you will get an e-mail within a few minutes. The link works for one hour. Also look in your junk mail folder.',

  'instellen.titel.herstel': 'Make a new password',
  'instellen.titel.activatie': 'Set up your account',
  'instellen.intro':
    'Choose a password of at least 8 characters. A long sentence is easy to remember and hard to guess.',
  'instellen.wachtwoord': 'New password',
  'instellen.herhaal': 'Type your new password once more',
  'instellen.knop': 'Save password',
  'instellen.link-ongeldig.titel': 'This link no longer works',
  'instellen.link-ongeldig.tekst':
    'The link was already used or is too old. A link works once and only for a short time.',
  'instellen.link-ongeldig.opnieuw': 'Ask for a new link',

  'mail.herstel.onderwerp': 'New password for Redzaam',
  'mail.herstel.tekst':
    'Hello {naam},\n\nYou asked for a new password for Redzaam in {gemeente}.\nClick this link to make a new password:\n\n{link}\n\nThe link works for one hour and only once.\nDid you not ask for this? Then you do not need to do anything.\n',
  'mail.activatie.onderwerp': 'Your Redzaam account',
  'mail.activatie.tekst':
    'Hello {naam},\n\nAn account was made for you at Redzaam in {gemeente}.\nClick this link to choose your password:\n\n{link}\n\nThe link works for 7 days and only once.\n',

  'overzicht.titel': 'My overview',
  'overzicht.welkom': 'Welcome, {naam}.',
  'overzicht.inwoner.intro':
    'Soon you will see your plan, your network and your crisis card here. You decide who may see what.',
  'overzicht.naaste.intro':
    'Soon you will see the people who invited you to look along here, and what you may see.',
  'overzicht.professional.intro':
    'Soon you will see the residents who gave you access here. You see only what they share with you.',
  'overzicht.professional.organisatie': 'You work at {organisatie}.',
  'overzicht.beheerder.intro': 'Here you manage the accounts and settings of {gemeente}.',
  'overzicht.analist.intro':
    'Soon you will see figures about all of {gemeente} here. Never about one person.',
  'overzicht.nog-leeg': 'Nothing here yet.',

  'sessies.titel': 'Where am I logged in',
  'sessies.intro':
    'These are the devices where you are logged in now. Do you not recognise one? Log that device out and make a new password.',
  'sessies.apparaat': 'Device',
  'sessies.sinds': 'Logged in at',
  'sessies.laatst': 'Last used',
  'sessies.dit-apparaat': 'This device',
  'sessies.beeindigen': 'Log out on this device',
  'sessies.beeindigd': 'The device is logged out.',
  'sessies.onbekend-apparaat': 'Unknown device',

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

  'veld.fout.verplicht': 'Fill in this field.',
  'veld.fout.email': 'Enter a valid e-mail address, like name@example.com.',
  'veld.fout.te-lang': 'This is too long. Use at most {max} characters.',
  'veld.fout.wachtwoord-kort': 'Your password is too short. Use at least 8 characters.',
  'veld.fout.wachtwoord-lang': 'Your password is too long. Use at most 128 characters.',
  'veld.fout.wachtwoord-bekend': 'This password is too easy to guess. Choose another password.',
  'veld.fout.wachtwoord-anders': 'The two passwords are not the same.',
  'veld.fout.keuze': 'Choose one of the options.',
  'veld.fout.organisatie-nodig': 'Choose the organisation of this professional.',
  'veld.fout.organisatie-niet-nodig': 'Only a professional belongs to an organisation.',
  'veld.fout.email-bestaat': 'There already is an account with this e-mail address.',
  'formulier.fouten.kop': 'Something went wrong. Look at these points:',

  'fout.404.titel': 'This page does not exist',
  'fout.404.tekst': 'Maybe the link is old or has a typing error.',
  'fout.naar-start': 'Go to the home page',
  'fout.onbekende-gemeente.titel': 'We do not know this municipality',
  'fout.onbekende-gemeente.tekst':
    'This address does not belong to a municipality that uses Redzaam. Check the address.',
  'fout.400.titel': 'We could not read this',
  'fout.400.tekst': 'What you sent is not right. Nothing was saved. Go back and try again.',
  'fout.403.titel': 'This is not allowed',
  'fout.403.tekst': 'You do not have access to this page.',
  'fout.csrf.titel': 'The form has expired',
  'fout.csrf.tekst': 'For your safety nothing was saved. Go back, reload the page and try once more.',
  'fout.413.titel': 'This is too big',
  'fout.413.tekst': 'What you sent is too big. Nothing was saved.',
  'fout.415.titel': 'We cannot read this kind of file',
  'fout.415.tekst': 'Nothing was saved.',
  'fout.429.titel': 'Please wait',
  'fout.429.tekst': 'Too many requests came in a row. Wait a moment and try again.',
  'fout.500.titel': 'Something went wrong',
  'fout.500.tekst':
    'This is not your fault. Please try again later. Still not working? Contact the municipality.',
  'fout.503.titel': 'Redzaam is not available for a moment',
  'fout.503.tekst': 'Please try again in a few minutes.',
};
