/**
 * The texts of the start page and "Mijn overzicht" (src/home): Dutch at B1 level ("je" form) and
 * English with exactly the same keys, in ICU syntax. src/catalog.ts registers them; the
 * declaration at the end adds their keys to MessageKey.
 */
export const nl = {
  'start.titel': 'Redzaam in {gemeente}',
  'start.intro':
    'Redzaam is een website voor inwoners die hulp krijgen of hulp zoeken. Jij bepaalt zelf wat er over jou wordt opgeschreven en wie dat mag zien.',
  'start.wel.kop': 'Wat kun je met Redzaam?',
  'start.wel.1': 'Je maakt je eigen plan, voor alle delen van je leven.',
  'start.wel.2': 'Je kiest zelf wie meekijkt: familie, vrienden of een hulpverlener.',
  'start.wel.3': 'Je ziet altijd wie je gegevens heeft bekeken.',
  'start.wel.4': 'Je vindt hulp en activiteiten in de buurt. Vaak zonder verwijzing.',
  'start.niet.kop': 'Wat is Redzaam niet?',
  'start.niet.1': 'Redzaam is geen noodnummer. Bij gevaar bel je 112.',
  'start.niet.2': 'Redzaam beslist niets over jou. Mensen praten met jou en beslissen samen met jou.',
  'start.niet.3': 'Redzaam verkoopt je gegevens niet en laat geen reclame zien.',
  'start.inloggen': 'Inloggen',
  'start.naar-overzicht': 'Naar mijn overzicht',
  'overzicht.titel': 'Mijn overzicht',
  'overzicht.welkom': 'Welkom, {naam}.',
  'overzicht.inwoner.intro':
    'Hier vind je je gegevens, zoals je plan, je netwerk en je crisiskaart. Jij bepaalt wie wat mag zien.',
  'overzicht.naaste.intro':
    'Hier zie je de mensen die jou uitnodigden om mee te kijken. Je ziet alleen wat zij met jou delen.',
  'overzicht.professional.intro':
    'Hier zie je de inwoners die jou toegang gaven. Je ziet alleen wat zij met jou delen.',
  'overzicht.professional.organisatie': 'Je werkt bij {organisatie}.',
  'overzicht.beheerder.intro': 'Hier beheer je de accounts en instellingen van {gemeente}.',
  'overzicht.analist.intro': 'Hier zie je straks cijfers over heel {gemeente}. Nooit over één persoon.',
  'overzicht.panelmedewerker.intro':
    'Hier vul je de vragen van een peiling in voor een lid van het panel van {gemeente}. Je ziet geen gegevens van inwoners.',
  'overzicht.nog-leeg': 'Hier staat nog niets.',
  'overzicht.gedeeld.kop': 'Mensen die hun gegevens met jou delen',
  'overzicht.gedeeld.leeg': 'Nog niemand deelt gegevens met jou.',
  'overzicht.gedeeld.tot': 'tot {datum}',
  'overzicht.inwoner.links': 'Wat wil je doen?',
  'overzicht.volgende-stap.kop': 'Wat kun je nu doen?',
  'overzicht.privacy.kop': 'Jouw privacy',
  'overzicht.kaart.mijn-gegevens': 'Alles wat je in Redzaam bewaart, op één plek.',
  'uitnodiging.geaccepteerd': 'Je hebt de uitnodiging geaccepteerd.',
  'gegevens.gewist': 'Je gegevens zijn gewist. Je account bestaat niet meer.',
};

export const en: { [K in keyof typeof nl]: string } = {
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
  'overzicht.titel': 'My overview',
  'overzicht.welkom': 'Welcome, {naam}.',
  'overzicht.inwoner.intro':
    'Here you find your record, such as your plan, your network and your crisis card. You decide who may see what.',
  'overzicht.naaste.intro':
    'Here you see the people who invited you to look along. You see only what they share with you.',
  'overzicht.professional.intro':
    'Here you see the residents who gave you access. You see only what they share with you.',
  'overzicht.professional.organisatie': 'You work at {organisatie}.',
  'overzicht.beheerder.intro': 'Here you manage the accounts and settings of {gemeente}.',
  'overzicht.analist.intro':
    'Soon you will see figures about all of {gemeente} here. Never about one person.',
  'overzicht.panelmedewerker.intro':
    'Here you fill in the questions of a survey for a member of the panel of {gemeente}. You see no data of residents.',
  'overzicht.nog-leeg': 'Nothing here yet.',
  'overzicht.gedeeld.kop': 'People who share their record with you',
  'overzicht.gedeeld.leeg': 'Nobody shares their record with you yet.',
  'overzicht.gedeeld.tot': 'until {datum}',
  'overzicht.inwoner.links': 'What do you want to do?',
  'overzicht.volgende-stap.kop': 'What can you do now?',
  'overzicht.privacy.kop': 'Your privacy',
  'overzicht.kaart.mijn-gegevens': 'Everything you keep in Redzaam, in one place.',
  'uitnodiging.geaccepteerd': 'You accepted the invitation.',
  'gegevens.gewist': 'Your record is erased. Your account no longer exists.',
};

declare module '../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
