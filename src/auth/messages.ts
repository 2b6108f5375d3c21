/**
 * The texts of logging in, passwords, sessions and account mail (src/auth): Dutch at B1 level
 * ("je" form) and English with exactly the same keys, in ICU syntax. src/catalog.ts registers
 * them; the declaration at the end adds their keys to MessageKey.
 */
export const nl = {
  'inloggen.intro': 'Log in met je e-mailadres en je wachtwoord.',
  'inloggen.email': 'E-mailadres',
  'inloggen.wachtwoord': 'Wachtwoord',
  'inloggen.knop': 'Inloggen',
  'inloggen.vergeten': 'Wachtwoord vergeten?',
  'account.krijgen.kop': 'Hoe krijg je een account?',
  'account.krijgen.inwoner':
    'Woon je in {gemeente}? Vraag een account aan bij de gemeente of bij je buurtteam. Zij maken het voor je. Je krijgt dan een mail met een link. Met die link kies je zelf een wachtwoord.',
  'account.krijgen.uitgenodigd':
    'Heeft iemand je uitgenodigd om mee te kijken? Open dan de link in de mail die je kreeg. Daar maak je je account.',
  'inloggen.fout.onjuist': 'Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.',
  'inloggen.fout.te-vaak':
    'Je hebt te vaak een verkeerd wachtwoord gebruikt. Wacht {minuten} minuten en probeer het dan opnieuw. Of vraag een nieuw wachtwoord aan.',
  'inloggen.uitgelogd': 'Je bent uitgelogd.',
  'inloggen.wachtwoord-ingesteld': 'Je wachtwoord is opgeslagen. Je kunt nu inloggen.',
  'vergeten.titel': 'Wachtwoord vergeten',
  'vergeten.intro':
    'Vul je e-mailadres in. Wij sturen je een e-mail met een link. Met die link maak je een nieuw wachtwoord.',
  'vergeten.knop': 'Stuur mij een link',
  'vergeten.verstuurd':
    'Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een e-mail. De link werkt één uur. Kijk ook in je map met ongewenste e-mail.',
  'instellen.titel.herstel': 'Nieuw wachtwoord maken',
  'instellen.titel.activatie': 'Je account klaarzetten',
  'instellen.knop': 'Wachtwoord opslaan',
  'instellen.link-ongeldig.titel': 'Deze link werkt niet meer',
  'instellen.link-ongeldig.tekst':
    'De link is al gebruikt of te oud. Een link werkt één keer en maar een korte tijd.',
  'instellen.link-ongeldig.opnieuw': 'Vraag een nieuwe link aan',
  'mail.herstel.onderwerp': 'Nieuw wachtwoord voor Redzaam',
  'mail.herstel.tekst':
    'Hallo {naam},\n\nJe hebt gevraagd om een nieuw wachtwoord voor Redzaam in {gemeente}.\nKlik op deze link om een nieuw wachtwoord te maken:\n\n{link}\n\nDe link werkt één uur en maar één keer.\nHeb je dit niet zelf gevraagd? Dan hoef je niets te doen.\n',
  'mail.activatie.onderwerp': 'Je account voor Redzaam',
  'mail.activatie.tekst':
    'Hallo {naam},\n\nEr is een account voor je gemaakt bij Redzaam in {gemeente}.\nKlik op deze link om je wachtwoord te kiezen:\n\n{link}\n\nDe link werkt 7 dagen en maar één keer.\n',
  'sessies.titel': 'Waar ben ik ingelogd',
  'sessies.intro':
    'Dit zijn de apparaten waarop je nu bent ingelogd. Herken je er een niet? Log dat apparaat dan uit en maak een nieuw wachtwoord.',
  'sessies.apparaat': 'Apparaat',
  'sessies.sinds': 'Ingelogd op',
  'sessies.laatst': 'Laatst gebruikt',
  'sessies.dit-apparaat': 'Dit apparaat',
  'sessies.beeindigen': 'Uitloggen op dit apparaat',
  'sessies.beeindigd': 'Het apparaat is uitgelogd.',
  'sessies.onbekend-apparaat': 'Onbekend apparaat',
  'veld.fout.wachtwoord-kort': 'Je wachtwoord is te kort. Gebruik minstens 8 tekens.',
  'veld.fout.wachtwoord-lang': 'Je wachtwoord is te lang. Gebruik maximaal 128 tekens.',
  'veld.fout.wachtwoord-bekend': 'Dit wachtwoord is te makkelijk te raden. Kies een ander wachtwoord.',
  'veld.fout.wachtwoord-anders': 'De twee wachtwoorden zijn niet hetzelfde.',
  'veld.fout.organisatie-nodig': 'Kies de organisatie van deze professional.',
  'veld.fout.organisatie-niet-nodig': 'Alleen een professional hoort bij een organisatie.',
  'veld.fout.email-bestaat': 'Er is al een account met dit e-mailadres.',
};

export const en: { [K in keyof typeof nl]: string } = {
  'inloggen.intro': 'Log in with your e-mail address and your password.',
  'inloggen.email': 'E-mail address',
  'inloggen.wachtwoord': 'Password',
  'inloggen.knop': 'Log in',
  'inloggen.vergeten': 'Forgot your password?',
  'account.krijgen.kop': 'How do you get an account?',
  'account.krijgen.inwoner':
    'Do you live in {gemeente}? Ask the municipality or your neighbourhood team for an account. They make it for you. You then get an email with a link. With that link you choose your own password.',
  'account.krijgen.uitgenodigd':
    'Did someone invite you to look along? Then open the link in the email you got. There you make your account.',
  'inloggen.fout.onjuist': 'The e-mail address or the password is not correct. Please try again.',
  'inloggen.fout.te-vaak':
    'You used a wrong password too often. Wait {minuten} minutes and try again. Or ask for a new password.',
  'inloggen.uitgelogd': 'You are logged out.',
  'inloggen.wachtwoord-ingesteld': 'Your password is saved. You can log in now.',
  'vergeten.titel': 'Forgot your password',
  'vergeten.intro':
    'Enter your e-mail address. We send you an e-mail with a link. With that link you make a new password.',
  'vergeten.knop': 'Send me a link',
  'vergeten.verstuurd':
    'If we know this e-mail address, you will get an e-mail within a few minutes. The link works for one hour. Also look in your junk mail folder.',
  'instellen.titel.herstel': 'Make a new password',
  'instellen.titel.activatie': 'Set up your account',
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
  'veld.fout.wachtwoord-kort': 'Your password is too short. Use at least 8 characters.',
  'veld.fout.wachtwoord-lang': 'Your password is too long. Use at most 128 characters.',
  'veld.fout.wachtwoord-bekend': 'This password is too easy to guess. Choose another password.',
  'veld.fout.wachtwoord-anders': 'The two passwords are not the same.',
  'veld.fout.organisatie-nodig': 'Choose the organisation of this professional.',
  'veld.fout.organisatie-niet-nodig': 'Only a professional belongs to an organisation.',
  'veld.fout.email-bestaat': 'There already is an account with this e-mail address.',
};

declare module '../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
