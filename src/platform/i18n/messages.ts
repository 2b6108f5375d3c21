/**
 * The texts of the platform (layout, navigation, error pages, form errors) and keys that several
 * capabilities share: Dutch at B1 level (short sentences, everyday words, "je" form) and English
 * with exactly the same keys. Each capability keeps its own texts in its messages.ts;
 * src/catalog.ts registers them. Messages use ICU syntax: {name}, {count, plural, ...}.
 */
export const nl = {
  'app.naam': 'Redzaam',
  'layout.skiplink': 'Naar de inhoud',
  'layout.menu': 'Menu',
  'layout.ingelogd-als': 'Ingelogd als {naam}',
  'layout.taal.knop': 'English',
  'layout.taal.label': 'Switch to English',
  'layout.footer.tekst': 'Redzaam is van en voor de inwoners van {gemeente}.',
  'layout.footer.privacy': 'Redzaam bewaart alleen wat nodig is. Jij bepaalt wie wat ziet.',
  'nav.start': 'Start',
  'nav.sociale-kaart': 'Hulp zoeken',
  'nav.mijn-overzicht': 'Mijn overzicht',
  'nav.sessies': 'Waar ben ik ingelogd',
  'nav.beheer-accounts': 'Accounts',
  'nav.inloggen': 'Inloggen',
  'nav.uitloggen': 'Uitloggen',
  'inloggen.titel': 'Inloggen',
  'inloggen.sessie-verlopen': 'Je was een tijd niet actief. Log opnieuw in.',
  'instellen.intro':
    'Kies een wachtwoord van minstens 8 tekens. Een lange zin is makkelijk te onthouden en moeilijk te raden.',
  'instellen.wachtwoord': 'Nieuw wachtwoord',
  'instellen.herhaal': 'Typ je nieuwe wachtwoord nog een keer',
  'veld.fout.verplicht': 'Vul dit veld in.',
  'veld.fout.email': 'Vul een geldig e-mailadres in, zoals naam@voorbeeld.nl.',
  'veld.fout.te-lang': 'Dit is te lang. Gebruik maximaal {max} tekens.',
  'veld.fout.keuze': 'Kies een van de mogelijkheden.',
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
  'fout.druk.titel': 'Het is nu erg druk',
  'fout.druk.tekst': 'Er is niets opgeslagen. Probeer het over een paar seconden opnieuw.',
  'fout.referentie':
    'Wil je hierover contact opnemen met de gemeente? Noem dan deze code, dan kunnen zij zien wat er gebeurde: {code}',
  'nav.mijn-gegevens': 'Mijn gegevens',
  'nav.wie-kan-wat-zien': 'Wie kan wat zien',
  'nav.logboek': 'Logboek',
  'nav.noodtoegang': 'Noodtoegang',
  'nav.vertegenwoordiging': 'Vertegenwoordigers',
  'sectie.levensgebieden': 'Hoe het gaat',
  'sectie.levensgebieden.uitleg': 'Per deel van je leven: wat goed gaat en waar je hulp bij wilt.',
  'levensgebieden.beheer.titel': 'Levensgebieden',
  'dossier.titel.eigen': 'Mijn gegevens',
  'dossier.titel.ander': 'Gegevens van {naam}',
  'fout.409.titel': 'Iemand anders was je voor',
  'fout.409.tekst':
    'Iemand anders heeft dit net veranderd. Er is niets overschreven. Ga terug, laad de pagina opnieuw en kijk of het nog klopt.',
  'socialeKaartBeheer.nav': 'Sociale kaart bijhouden',
  'fout.410.titel': 'Deze gegevens zijn gewist',
  'fout.410.tekst':
    'De gegevens van dit dossier zijn op verzoek gewist. Ze zijn niet meer te lezen, door niemand.',
  // The default name of each levensgebied, until the gemeente renames it in its catalog:
  // the one name every capability shows (platform/levensgebied-codes.ts levensgebiedNaam).
  'levensgebied.financien': 'Geld en rekeningen',
  'levensgebied.werk-en-dagbesteding': 'Werk en dagbesteding',
  'levensgebied.sociale-contacten': 'Familie en vrienden',
  'levensgebied.lichamelijke-gezondheid': 'Je lichaam',
  'levensgebied.psychische-gezondheid': 'Hoe je je voelt',
  'levensgebied.wonen': 'Wonen',
  'levensgebied.huishouden': 'Huishouden',
  'levensgebied.zelfzorg': 'Voor jezelf zorgen',
  'levensgebied.vervoer': 'Vervoer',
  // Words a resident meets elsewhere too, kept and explained (issue 18, src/leesbaarheid-lijsten.ts).
  'begrip.vraag': 'Wat betekent "{begrip}"?',
  'begrip.waakvlam':
    'Dit is een klein plan dat je samen maakt. Je beantwoordt af en toe een paar korte vragen. Zo merk je op tijd als het minder goed gaat.',
  'begrip.crisiskaart':
    'Dit is een kaartje met wat anderen moeten weten als het even niet gaat. Bijvoorbeeld wie ze moeten bellen en wat jou dan helpt. Jij bepaalt wat erop staat.',
  'begrip.keukentafelgesprek':
    'Dit is een gesprek met iemand van de gemeente over je hele leven. Jullie praten over wat goed gaat en welke hulp je nodig hebt. Het gesprek is vaak bij jou thuis, aan de keukentafel.',
  'begrip.positieve-gezondheid':
    'Dit is een manier om naar het hele leven te kijken. Het gaat niet alleen over ziek zijn. Het gaat ook over wat goed gaat en wat iemand belangrijk vindt.',
  'begrip.ervaringsdeskundige':
    'Zo iemand heeft zelf iets moeilijks meegemaakt. Nu helpt die anderen met wat hij of zij daarvan leerde.',
  'begrip.indicatie':
    'Dat is een besluit van de gemeente of een arts dat je hulp krijgt. Voor sommige hulp heb je dat nodig. Voor andere hulp niet: daar kun je zelf heen.',
  'begrip.regievoerder':
    'Dat is de persoon die het overzicht houdt over alle hulp. Die zorgt dat iedereen weet wie wat doet.',
  'begrip.fhir':
    "Dat is een vaste vorm voor gegevens over zorg. Veel computerprogramma's in de zorg kunnen zo'n bestand lezen.",
};

export const en: { [K in keyof typeof nl]: string } = {
  'app.naam': 'Redzaam',
  'layout.skiplink': 'Skip to content',
  'layout.menu': 'Menu',
  'layout.ingelogd-als': 'Logged in as {naam}',
  'layout.taal.knop': 'Nederlands',
  'layout.taal.label': 'Schakel naar Nederlands',
  'layout.footer.tekst': 'Redzaam belongs to the residents of {gemeente}.',
  'layout.footer.privacy': 'Redzaam keeps only what is needed. You decide who sees what.',
  'nav.start': 'Home',
  'nav.sociale-kaart': 'Find help',
  'nav.mijn-overzicht': 'My overview',
  'nav.sessies': 'Where am I logged in',
  'nav.beheer-accounts': 'Accounts',
  'nav.inloggen': 'Log in',
  'nav.uitloggen': 'Log out',
  'inloggen.titel': 'Log in',
  'inloggen.sessie-verlopen': 'You were inactive for a while. Please log in again.',
  'instellen.intro':
    'Choose a password of at least 8 characters. A long sentence is easy to remember and hard to guess.',
  'instellen.wachtwoord': 'New password',
  'instellen.herhaal': 'Type your new password once more',
  'veld.fout.verplicht': 'Fill in this field.',
  'veld.fout.email': 'Enter a valid e-mail address, like name@example.com.',
  'veld.fout.te-lang': 'This is too long. Use at most {max} characters.',
  'veld.fout.keuze': 'Choose one of the options.',
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
  'fout.druk.titel': 'It is very busy right now',
  'fout.druk.tekst': 'Nothing was saved. Please try again in a few seconds.',
  'fout.referentie':
    'Do you want to contact the municipality about this? Then mention this code, so they can see what happened: {code}',
  'nav.mijn-gegevens': 'My record',
  'nav.wie-kan-wat-zien': 'Who can see what',
  'nav.logboek': 'Log',
  'nav.noodtoegang': 'Emergency access',
  'nav.vertegenwoordiging': 'Representatives',
  'sectie.levensgebieden': 'How it goes',
  'sectie.levensgebieden.uitleg': 'Per part of your life: what goes well and where you want help.',
  'levensgebieden.beheer.titel': 'Life domains',
  'dossier.titel.eigen': 'My record',
  'dossier.titel.ander': 'Record of {naam}',
  'fout.409.titel': 'Someone else was first',
  'fout.409.tekst':
    'Someone else just changed this. Nothing was overwritten. Go back, reload the page and check that it is still right.',
  'socialeKaartBeheer.nav': 'Keep the social map up to date',
  'fout.410.titel': 'This data was erased',
  'fout.410.tekst': 'The data of this record was erased on request. Nobody can read it any more.',
  // The default name of each levensgebied, until the gemeente renames it in its catalog:
  // the one name every capability shows (platform/levensgebied-codes.ts levensgebiedNaam).
  'levensgebied.financien': 'Money and bills',
  'levensgebied.werk-en-dagbesteding': 'Work and daytime activities',
  'levensgebied.sociale-contacten': 'Family and friends',
  'levensgebied.lichamelijke-gezondheid': 'Your body',
  'levensgebied.psychische-gezondheid': 'How you feel',
  'levensgebied.wonen': 'Housing',
  'levensgebied.huishouden': 'Household',
  'levensgebied.zelfzorg': 'Taking care of yourself',
  'levensgebied.vervoer': 'Getting around',
  'begrip.vraag': 'What does "{begrip}" mean?',
  'begrip.waakvlam':
    'A small plan you make together. Now and then you answer a few short questions. That way you notice in time when things go less well.',
  'begrip.crisiskaart':
    'A card with what others need to know when things are not going well. For example whom to call and what helps you then. You decide what is on it.',
  'begrip.keukentafelgesprek':
    'A conversation with someone from the gemeente about your whole life. You talk about what goes well and what help you need. It is often at your home, at the kitchen table.',
  'begrip.positieve-gezondheid':
    'A way of looking at your life. It is not only about being ill. It is also about what goes well and what matters to you.',
  'begrip.ervaringsdeskundige':
    'Someone who has been through something hard. Now they help others with what they learned from it.',
  'begrip.indicatie':
    'A decision by the gemeente or a doctor that you get help. Some help needs it. Other help does not: you can go there yourself.',
  'begrip.regievoerder':
    'The person who keeps an overview of all the help. They make sure everyone knows who does what.',
  'begrip.fhir': 'A fixed format for care data. Many computer programs in care can read such a file.',
};
