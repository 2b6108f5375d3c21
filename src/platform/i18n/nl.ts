/**
 * The Dutch catalog: the source of every UI text. Dutch at B1 level: short sentences,
 * everyday words, "je" form. English (en.ts) must have exactly the same keys; the type
 * checker enforces that. Messages use ICU syntax: {name}, {count, plural, ...}.
 */
export const nl = {
  'app.naam': 'Redzaam',
  'app.tagline': 'Zelf de regie over je hulp',

  'layout.skiplink': 'Naar de inhoud',
  'layout.menu': 'Menu',
  'layout.ingelogd-als': 'Ingelogd als {naam}',
  'layout.taal.kop': 'Taal',
  'layout.taal.knop': 'English',
  'layout.taal.label': 'Switch to English',
  'layout.footer.tekst': 'Redzaam is van en voor de inwoners van {gemeente}.',
  'layout.footer.privacy': 'Redzaam bewaart alleen wat nodig is. Jij bepaalt wie wat ziet.',

  'nav.start': 'Start',
  'nav.mijn-overzicht': 'Mijn overzicht',
  'nav.sessies': 'Waar ben ik ingelogd',
  'nav.beheer-accounts': 'Accounts',
  'nav.inloggen': 'Inloggen',
  'nav.uitloggen': 'Uitloggen',

  'rol.inwoner': 'Inwoner',
  'rol.naaste': 'Naaste',
  'rol.professional': 'Professional',
  'rol.beheerder': 'Beheerder',
  'rol.analist': 'Analist',

  'start.titel': 'Redzaam in {gemeente}',
  'start.intro':
    'Redzaam is een website voor inwoners die hulp krijgen of hulp zoeken. Jij houdt zelf de regie: jij bepaalt wat er over jou wordt opgeschreven en wie dat mag zien.',
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

  'inloggen.titel': 'Inloggen',
  'inloggen.intro': 'Log in met je e-mailadres en je wachtwoord.',
  'inloggen.email': 'E-mailadres',
  'inloggen.wachtwoord': 'Wachtwoord',
  'inloggen.knop': 'Inloggen',
  'inloggen.vergeten': 'Wachtwoord vergeten?',
  'inloggen.fout.onjuist': 'Het e-mailadres of het wachtwoord klopt niet. Probeer het opnieuw.',
  'inloggen.fout.te-vaak':
    'Je hebt te vaak een verkeerd wachtwoord gebruikt. Wacht {minuten} minuten en probeer het dan opnieuw. Of vraag een nieuw wachtwoord aan.',
  'inloggen.uitgelogd': 'Je bent uitgelogd.',
  'inloggen.sessie-verlopen': 'Je was een tijd niet actief. Log opnieuw in.',
  'inloggen.wachtwoord-ingesteld': 'Je wachtwoord is opgeslagen. Je kunt nu inloggen.',

  'vergeten.titel': 'Wachtwoord vergeten',
  'vergeten.intro':
    'Vul je e-mailadres in. Wij sturen je een e-mail met een link. Met die link maak je een nieuw wachtwoord.',
  'vergeten.knop': 'Stuur mij een link',
  'vergeten.verstuurd':
    'Als dit e-mailadres bij ons bekend is, krijg je binnen een paar minuten een e-mail. De link werkt één uur. Kijk ook in je map met ongewenste e-mail.',

  'instellen.titel.herstel': 'Nieuw wachtwoord maken',
  'instellen.titel.activatie': 'Je account klaarzetten',
  'instellen.intro':
    'Kies een wachtwoord van minstens 8 tekens. Een lange zin is makkelijk te onthouden en moeilijk te raden.',
  'instellen.wachtwoord': 'Nieuw wachtwoord',
  'instellen.herhaal': 'Typ je nieuwe wachtwoord nog een keer',
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

  'overzicht.titel': 'Mijn overzicht',
  'overzicht.welkom': 'Welkom, {naam}.',
  'overzicht.inwoner.intro':
    'Hier zie je straks je plan, je netwerk en je crisiskaart. Jij bepaalt wie wat mag zien.',
  'overzicht.naaste.intro':
    'Hier zie je straks de mensen die jou uitnodigden om mee te kijken, en wat je van hen mag zien.',
  'overzicht.professional.intro':
    'Hier zie je straks de inwoners die jou toegang gaven. Je ziet alleen wat zij met jou delen.',
  'overzicht.professional.organisatie': 'Je werkt bij {organisatie}.',
  'overzicht.beheerder.intro': 'Hier beheer je de accounts en instellingen van {gemeente}.',
  'overzicht.analist.intro': 'Hier zie je straks cijfers over heel {gemeente}. Nooit over één persoon.',
  'overzicht.nog-leeg': 'Hier staat nog niets.',

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

  'veld.fout.verplicht': 'Vul dit veld in.',
  'veld.fout.email': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'veld.fout.te-lang': 'Dit is te lang. Gebruik maximaal {max} tekens.',
  'veld.fout.wachtwoord-kort': 'Je wachtwoord is te kort. Gebruik minstens 8 tekens.',
  'veld.fout.wachtwoord-lang': 'Je wachtwoord is te lang. Gebruik maximaal 128 tekens.',
  'veld.fout.wachtwoord-bekend': 'Dit wachtwoord is te makkelijk te raden. Kies een ander wachtwoord.',
  'veld.fout.wachtwoord-anders': 'De twee wachtwoorden zijn niet hetzelfde.',
  'veld.fout.keuze': 'Kies een van de mogelijkheden.',
  'veld.fout.organisatie-nodig': 'Kies de organisatie van deze professional.',
  'veld.fout.organisatie-niet-nodig': 'Alleen een professional hoort bij een organisatie.',
  'veld.fout.email-bestaat': 'Er is al een account met dit e-mailadres.',
  'formulier.fouten.kop': 'Er ging iets mis. Kijk naar deze punten:',

  'fout.404.titel': 'Deze pagina bestaat niet',
  'fout.404.tekst': 'Misschien is de link oud of zit er een typefout in.',
  'fout.naar-start': 'Naar de startpagina',
  'fout.onbekende-gemeente.titel': 'Deze gemeente kennen we niet',
  'fout.onbekende-gemeente.tekst':
    'Dit adres hoort niet bij een gemeente die Redzaam gebruikt. Controleer het adres.',
  'fout.400.titel': 'Dit konden we niet lezen',
  'fout.400.tekst': 'Wat je stuurde klopt niet. Er is niets opgeslagen. Ga terug en probeer het opnieuw.',
  'fout.403.titel': 'Dit mag niet',
  'fout.403.tekst': 'Je hebt geen toegang tot deze pagina.',
  'fout.csrf.titel': 'Het formulier is verlopen',
  'fout.csrf.tekst':
    'Uit veiligheid hebben we niets opgeslagen. Ga terug, laad de pagina opnieuw en probeer het nog een keer.',
  'fout.413.titel': 'Dit is te groot',
  'fout.413.tekst': 'Wat je stuurde is te groot. Er is niets opgeslagen.',
  'fout.415.titel': 'Dit soort bestand kunnen we niet lezen',
  'fout.415.tekst': 'Er is niets opgeslagen.',
  'fout.429.titel': 'Even wachten',
  'fout.429.tekst': 'Er kwamen te veel verzoeken achter elkaar. Wacht even en probeer het opnieuw.',
  'fout.500.titel': 'Er ging iets mis',
  'fout.500.tekst':
    'Dit ligt niet aan jou. Probeer het later nog een keer. Lukt het dan nog niet? Neem contact op met de gemeente.',
  'fout.503.titel': 'Redzaam is even niet bereikbaar',
  'fout.503.tekst': 'Probeer het over een paar minuten opnieuw.',
} as const;

export type MessageKey = keyof typeof nl;
