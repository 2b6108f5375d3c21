/**
 * The texts of the second factor (src/auth/tweede-factor): Dutch at B1 level ("je" form) and
 * English with exactly the same keys. src/catalog.ts registers them.
 */
export const nl = {
  'tweede-factor.code.titel': 'Inloggen: stap 2',
  'tweede-factor.code.intro':
    'Open de app voor inlogcodes op je telefoon. Typ de code van 6 cijfers die je bij Redzaam ziet.',
  'tweede-factor.code.label': 'Code van 6 cijfers',
  'tweede-factor.code.knop': 'Verder',
  'tweede-factor.code.geen-telefoon': 'Ik heb mijn telefoon niet',
  'tweede-factor.instellen.titel': 'Inloggen in twee stappen instellen',
  'tweede-factor.instellen.waarom':
    'Je werkt met gegevens van inwoners. Daarom log je in met je wachtwoord én een code van je telefoon. Zo kan niemand anders inloggen, ook niet als hij je wachtwoord weet.',
  'tweede-factor.instellen.waarom-optioneel':
    'Met een code van je telefoon kan niemand anders inloggen, ook niet als hij je wachtwoord weet.',
  'tweede-factor.instellen.stap1':
    'Zet een app voor inlogcodes op je telefoon. Bijvoorbeeld de app van je werk, Microsoft Authenticator, Google Authenticator of FreeOTP.',
  'tweede-factor.instellen.stap2': 'Kies in de app "account toevoegen" en scan deze QR-code:',
  'tweede-factor.instellen.qr-alt': 'QR-code om Redzaam toe te voegen aan je app',
  'tweede-factor.instellen.stap3': 'Lukt scannen niet? Typ dan deze sleutel in de app:',
  'tweede-factor.instellen.stap4': 'Typ hieronder de code van 6 cijfers die de app nu laat zien.',
  'tweede-factor.instellen.knop': 'Code controleren',
  'tweede-factor.instellen.al-ingesteld':
    'Inloggen in twee stappen staat aan. Heb je een nieuwe telefoon? Zet Redzaam dan op de nieuwe telefoon met de QR-code hieronder. Je oude telefoon werkt tot je de nieuwe code hebt getypt.',
  'tweede-factor.herstelcodes.titel': 'Je herstelcodes',
  'tweede-factor.herstelcodes.gelukt':
    'Gelukt. Vanaf nu log je in met je wachtwoord en een code van je telefoon.',
  'tweede-factor.herstelcodes.intro':
    'Ben je je telefoon kwijt? Dan kun je inloggen met een van deze codes. Elke code werkt één keer. Schrijf ze op of print ze, en bewaar ze op een veilige plek. Je ziet ze maar één keer.',
  'tweede-factor.herstelcodes.verder': 'Ik heb de codes bewaard, ga verder',
  'tweede-factor.herstel.titel': 'Inloggen zonder telefoon',
  'tweede-factor.herstel.intro':
    'Typ een van je herstelcodes. Daarna zet je inloggen in twee stappen opnieuw aan op je (nieuwe) telefoon. Heb je geen herstelcodes meer? Vraag dan de beheerder van Redzaam om je tweede stap te resetten.',
  'tweede-factor.herstel.label': 'Herstelcode',
  'tweede-factor.herstel.knop': 'Inloggen met herstelcode',
  'tweede-factor.herstel.terug': 'Ik heb mijn telefoon toch',
  'tweede-factor.fout.code-vorm': 'Typ de 6 cijfers van de code uit de app.',
  'tweede-factor.fout.code-onjuist':
    'Deze code klopt niet. Let op: een code werkt maar 30 seconden en maar één keer. Typ de nieuwe code uit de app.',
  'tweede-factor.fout.herstel-vorm': 'Een herstelcode heeft 10 letters en cijfers, zoals ABCDE-FGHJK.',
  'tweede-factor.fout.herstel-onjuist': 'Deze herstelcode klopt niet of is al gebruikt.',
  'tweede-factor.fout.te-vaak':
    'Je hebt te vaak een verkeerde code getypt. Wacht {minuten} minuten en probeer het dan opnieuw.',
  'tweede-factor.fout.onleesbaar':
    'Je code kan nu niet worden gecontroleerd. Dat ligt niet aan jou. Log in met een herstelcode, of vraag de beheerder van Redzaam om je tweede stap te resetten.',
  'tweede-factor.fout.opnieuw-beginnen': 'Begin opnieuw: scan de QR-code en typ de code uit de app.',
  'tweede-factor.menu': 'Inloggen in twee stappen',
  'tweede-factor.menu-beheer': 'Tweede stap van medewerkers',
  'tweede-factor.beheer.titel': 'Inloggen in twee stappen van medewerkers',
  'tweede-factor.beheer.intro':
    'Is iemand zijn telefoon én zijn herstelcodes kwijt? Reset dan zijn tweede stap. Hij wordt overal uitgelogd en zet bij de volgende keer inloggen een nieuwe telefoon klaar. Controleer eerst of je echt met die persoon praat.',
  'tweede-factor.beheer.naam': 'Naam',
  'tweede-factor.beheer.rol': 'Rol',
  'tweede-factor.beheer.status': 'Tweede stap',
  'tweede-factor.beheer.aan': 'Aan',
  'tweede-factor.beheer.uit': 'Nog niet ingesteld',
  'tweede-factor.beheer.uit-verplicht': 'Nog niet ingesteld (moet bij volgende keer inloggen)',
  'tweede-factor.beheer.reset': 'Resetten',
  'tweede-factor.beheer.reset-voor': 'Tweede stap resetten van {naam}',
  'tweede-factor.beheer.gereset': 'De tweede stap van {naam} is gereset. Deze persoon is overal uitgelogd.',
};

export const en: Record<keyof typeof nl, string> = {
  'tweede-factor.code.titel': 'Log in: step 2',
  'tweede-factor.code.intro':
    'Open the app for login codes on your phone. Type the 6-digit code you see for Redzaam.',
  'tweede-factor.code.label': '6-digit code',
  'tweede-factor.code.knop': 'Continue',
  'tweede-factor.code.geen-telefoon': 'I do not have my phone',
  'tweede-factor.instellen.titel': 'Set up two-step login',
  'tweede-factor.instellen.waarom':
    'You work with residents’ data. That is why you log in with your password and a code from your phone. Then nobody else can log in, not even someone who knows your password.',
  'tweede-factor.instellen.waarom-optioneel':
    'With a code from your phone nobody else can log in, not even someone who knows your password.',
  'tweede-factor.instellen.stap1':
    'Put an app for login codes on your phone. For example your work’s app, Microsoft Authenticator, Google Authenticator or FreeOTP.',
  'tweede-factor.instellen.stap2': 'In the app, choose "add account" and scan this QR code:',
  'tweede-factor.instellen.qr-alt': 'QR code to add Redzaam to your app',
  'tweede-factor.instellen.stap3': 'Scanning does not work? Then type this key into the app:',
  'tweede-factor.instellen.stap4': 'Type the 6-digit code the app shows now below.',
  'tweede-factor.instellen.knop': 'Check code',
  'tweede-factor.instellen.al-ingesteld':
    'Two-step login is on. Do you have a new phone? Add Redzaam to the new phone with the QR code below. Your old phone keeps working until you have typed the new code.',
  'tweede-factor.herstelcodes.titel': 'Your recovery codes',
  'tweede-factor.herstelcodes.gelukt':
    'Done. From now on you log in with your password and a code from your phone.',
  'tweede-factor.herstelcodes.intro':
    'Lost your phone? Then you can log in with one of these codes. Each code works once. Write them down or print them, and keep them somewhere safe. You see them only once.',
  'tweede-factor.herstelcodes.verder': 'I have kept the codes, continue',
  'tweede-factor.herstel.titel': 'Log in without your phone',
  'tweede-factor.herstel.intro':
    'Type one of your recovery codes. Then you turn two-step login on again on your (new) phone. No recovery codes left? Ask the Redzaam administrator to reset your second step.',
  'tweede-factor.herstel.label': 'Recovery code',
  'tweede-factor.herstel.knop': 'Log in with recovery code',
  'tweede-factor.herstel.terug': 'I do have my phone',
  'tweede-factor.fout.code-vorm': 'Type the 6 digits of the code from the app.',
  'tweede-factor.fout.code-onjuist':
    'This code is not right. Note: a code works for only 30 seconds and only once. Type the new code from the app.',
  'tweede-factor.fout.herstel-vorm': 'A recovery code has 10 letters and digits, like ABCDE-FGHJK.',
  'tweede-factor.fout.herstel-onjuist': 'This recovery code is not right or was used before.',
  'tweede-factor.fout.onleesbaar':
    'Your code cannot be checked right now. This is not your fault. Log in with a recovery code, or ask the Redzaam administrator to reset your second step.',
  'tweede-factor.fout.te-vaak': 'You typed a wrong code too often. Wait {minuten} minutes and try again.',
  'tweede-factor.fout.opnieuw-beginnen': 'Start again: scan the QR code and type the code from the app.',
  'tweede-factor.menu': 'Two-step login',
  'tweede-factor.menu-beheer': 'Second step of staff',
  'tweede-factor.beheer.titel': 'Two-step login of staff',
  'tweede-factor.beheer.intro':
    'Has someone lost both their phone and their recovery codes? Then reset their second step. They are logged out everywhere and set up a new phone the next time they log in. First check that you are really talking to that person.',
  'tweede-factor.beheer.naam': 'Name',
  'tweede-factor.beheer.rol': 'Role',
  'tweede-factor.beheer.status': 'Second step',
  'tweede-factor.beheer.aan': 'On',
  'tweede-factor.beheer.uit': 'Not set up yet',
  'tweede-factor.beheer.uit-verplicht': 'Not set up yet (must at next login)',
  'tweede-factor.beheer.reset': 'Reset',
  'tweede-factor.beheer.reset-voor': 'Reset the second step of {naam}',
  'tweede-factor.beheer.gereset': 'The second step of {naam} is reset. This person is logged out everywhere.',
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
