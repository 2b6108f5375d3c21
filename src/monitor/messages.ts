/**
 * The texts of the monitor (src/monitor): Dutch at B1 level ("je" form) and English with
 * exactly the same keys, in ICU syntax. src/catalog.ts registers them.
 */
export const nl = {
  'monitor.menu.meetellen': 'Meetellen',
  'monitor.menu.rapport': 'Monitor',
  'monitor.menu.beheer': 'Monitor: regels',
  'monitor.kaart.tekst':
    'Laat je antwoorden over je leven meetellen in de cijfers van de gemeente. Zonder je naam.',
  'sectie.meetellen': 'Meetellen',
  'sectie.meetellen.uitleg':
    'Of je antwoorden over je levensgebieden meetellen in de cijfers van de gemeente.',
  // The log names the section in its sentences ("Bram bekeek je …"), as regie does for its own.
  'sectie.meetellen.je': 'je keuze om mee te tellen',
  'monitor.meetellen.titel': 'Meetellen',
  'monitor.meetellen.intro':
    'De gemeente wil weten hoe het gaat met inwoners. Daarvoor telt zij antwoorden op. Jij kiest of jouw antwoorden meetellen.',
  'monitor.meetellen.hoe':
    'Wat telt mee: hoe het volgens jou gaat op elk deel van je leven, uit je laatste ingevulde overzicht. Niet je naam, niet je adres en niet wat je zelf schrijft.',
  'monitor.meetellen.wie':
    'De gemeente ziet alleen totalen van minstens {minimum} mensen. Nooit jou, nooit een lijst met namen.',
  'monitor.meetellen.stoppen.uitleg':
    'Je kunt altijd stoppen. Dan tel je niet meer mee in nieuwe cijfers. Cijfers die al gemaakt zijn, blijven zoals ze zijn. Daarin ben je niet te herkennen.',
  'monitor.meetellen.status.ja': 'Je telt mee sinds {datum}.',
  'monitor.meetellen.status.nee': 'Je telt nu niet mee.',
  'monitor.meetellen.geboortejaren': 'In welke jaren ben je geboren?',
  'monitor.meetellen.geboortejaren.uitleg':
    'We vragen alleen een groep van tien jaar, niet je geboortedatum.',
  'monitor.meetellen.geboortejaren.optie': '{jaar} tot en met {tot}',
  'monitor.meetellen.gebied': 'In welk deel van de gemeente woon je?',
  'monitor.meetellen.gebied.geen': 'Zeg ik liever niet',
  'monitor.meetellen.geslacht': 'Wat past bij jou?',
  'monitor.meetellen.geslacht.man': 'Man',
  'monitor.meetellen.geslacht.vrouw': 'Vrouw',
  'monitor.meetellen.geslacht.anders': 'Anders',
  'monitor.meetellen.geslacht.onbekend': 'Zeg ik liever niet',
  'monitor.meetellen.meedoen': 'Ja, laat mijn antwoorden meetellen',
  'monitor.meetellen.wijzigen': 'Wijzigingen opslaan',
  'monitor.meetellen.stoppen': 'Stoppen met meetellen',
  'monitor.meetellen.melding.mee': 'Je antwoorden tellen nu mee.',
  'monitor.meetellen.melding.gestopt': 'Je telt niet meer mee.',
  'monitor.meetellen.conflict':
    'Je keuze is intussen ergens anders veranderd. Kijk of dit nog klopt en sla opnieuw op.',
  'monitor.fout.geboortejaren': 'Kies de jaren waarin je geboren bent.',
  'monitor.fout.gebied': 'Kies een deel van de gemeente uit de lijst.',
  'monitor.fout.geslacht': 'Kies wat bij je past.',
  'monitor.rapport.titel': 'Monitor: hoe redden inwoners zich?',
  'monitor.rapport.intro':
    'Cijfers van inwoners die meetellen, per deel van het leven. Je ziet nooit een persoon. Een groep kleiner dan {minimum} mensen tonen we niet.',
  'monitor.rapport.variabele': 'Welke cijfers?',
  'monitor.rapport.variabele.redzaamheid': 'Redt zich, of niet',
  'monitor.rapport.variabele.schatting': 'Overschat of onderschat door anderen',
  'monitor.rapport.uitsplitsing': 'Verdelen naar',
  'monitor.rapport.uitsplitsing.geen': 'Niet verdelen',
  'monitor.rapport.uitsplitsing.geboortejaren': 'Geboortejaren',
  'monitor.rapport.uitsplitsing.gebied': 'Gebied',
  'monitor.rapport.uitsplitsing.geslacht': 'Geslacht',
  'monitor.rapport.uitsplitsing.paar': '{a} en {b}',
  'monitor.rapport.toon': 'Toon de cijfers',
  'monitor.rapport.csv': 'Download als CSV',
  'monitor.rapport.ongeldig': 'Deze verdeling bestaat niet. Kies er een uit de lijst.',
  'monitor.rapport.niet-veilig':
    'Deze verdeling tonen we niet: de groepen zijn te klein. Dan zou je iemand kunnen herkennen. Kies een andere verdeling.',
  'monitor.rapport.onderdrukt':
    'Een streep (–) betekent: niet getoond. Die groep is te klein, of het getal zou een te kleine groep verraden.',
  'monitor.rapport.teruggehouden': 'Voor {gebied} zijn er te weinig antwoorden om iets te tonen.',
  'monitor.rapport.samenvatting.redzaamheid': '{gebied}: {pct} procent van de {n} mensen redt zich goed.',
  'monitor.rapport.samenvatting.schatting':
    '{gebied}: bij {pct} procent van de {n} mensen schat een ander het hoger in dan zijzelf.',
  'monitor.rapport.groep': 'Groep',
  'monitor.rapport.iedereen': 'Iedereen',
  'monitor.rapport.n': 'Aantal',
  'monitor.rapport.niet-ingevuld': 'Niet ingevuld',
  'monitor.rapport.jaren': '{jaar}–{tot}',
  'monitor.rapport.caption': '{gebied}: aantal mensen en aandeel per antwoord',
  'monitor.rapport.cel': '{aantal} ({pct}%)',
  'monitor.waarde.redt-zich': 'Redt zich',
  'monitor.waarde.niet': 'Redt zich niet',
  'monitor.waarde.weet-niet': 'Weet niet',
  'monitor.waarde.overschat': 'Overschat',
  'monitor.waarde.gelijk': 'Zelfde beeld',
  'monitor.waarde.onderschat': 'Onderschat',
};

export const en: Record<keyof typeof nl, string> = {
  'monitor.menu.meetellen': 'Count me in',
  'monitor.menu.rapport': 'Monitor',
  'monitor.menu.beheer': 'Monitor: rules',
  'monitor.kaart.tekst':
    "Let your answers about your life count in the gemeente's figures. Without your name.",
  'sectie.meetellen': 'Count me in',
  'sectie.meetellen.uitleg': "Whether your answers about your life domains count in the gemeente's figures.",
  'sectie.meetellen.je': 'your choice to be counted',
  'monitor.meetellen.titel': 'Count me in',
  'monitor.meetellen.intro':
    'The gemeente wants to know how residents are doing. It adds up answers for that. You choose whether your answers count.',
  'monitor.meetellen.hoe':
    'What counts: how you say each part of your life is going, from your latest completed overview. Not your name, not your address and not what you write yourself.',
  'monitor.meetellen.wie':
    'The gemeente only sees totals of at least {minimum} people. Never you, never a list of names.',
  'monitor.meetellen.stoppen.uitleg':
    'You can stop at any time. Then you no longer count in new figures. Figures already made stay as they are. You cannot be recognised in them.',
  'monitor.meetellen.status.ja': 'You count since {datum}.',
  'monitor.meetellen.status.nee': 'You do not count now.',
  'monitor.meetellen.geboortejaren': 'In which years were you born?',
  'monitor.meetellen.geboortejaren.uitleg': 'We only ask for a group of ten years, not your date of birth.',
  'monitor.meetellen.geboortejaren.optie': '{jaar} to {tot}',
  'monitor.meetellen.gebied': 'In which part of the gemeente do you live?',
  'monitor.meetellen.gebied.geen': 'I would rather not say',
  'monitor.meetellen.geslacht': 'What fits you?',
  'monitor.meetellen.geslacht.man': 'Man',
  'monitor.meetellen.geslacht.vrouw': 'Woman',
  'monitor.meetellen.geslacht.anders': 'Other',
  'monitor.meetellen.geslacht.onbekend': 'I would rather not say',
  'monitor.meetellen.meedoen': 'Yes, let my answers count',
  'monitor.meetellen.wijzigen': 'Save changes',
  'monitor.meetellen.stoppen': 'Stop counting',
  'monitor.meetellen.melding.mee': 'Your answers count now.',
  'monitor.meetellen.melding.gestopt': 'You no longer count.',
  'monitor.meetellen.conflict': 'Your choice was changed elsewhere in the meantime. Check it and save again.',
  'monitor.fout.geboortejaren': 'Choose the years in which you were born.',
  'monitor.fout.gebied': 'Choose a part of the gemeente from the list.',
  'monitor.fout.geslacht': 'Choose what fits you.',
  'monitor.rapport.titel': 'Monitor: how are residents managing?',
  'monitor.rapport.intro':
    'Figures of residents who count themselves in, per part of life. You never see a person. A group smaller than {minimum} people is not shown.',
  'monitor.rapport.variabele': 'Which figures?',
  'monitor.rapport.variabele.redzaamheid': 'Managing, or not',
  'monitor.rapport.variabele.schatting': 'Over- or underestimated by others',
  'monitor.rapport.uitsplitsing': 'Break down by',
  'monitor.rapport.uitsplitsing.geen': 'No breakdown',
  'monitor.rapport.uitsplitsing.geboortejaren': 'Birth years',
  'monitor.rapport.uitsplitsing.gebied': 'Area',
  'monitor.rapport.uitsplitsing.geslacht': 'Gender',
  'monitor.rapport.uitsplitsing.paar': '{a} and {b}',
  'monitor.rapport.toon': 'Show the figures',
  'monitor.rapport.csv': 'Download as CSV',
  'monitor.rapport.ongeldig': 'This breakdown does not exist. Choose one from the list.',
  'monitor.rapport.niet-veilig':
    'We do not show this breakdown: the groups are too small. Someone could be recognised. Choose another breakdown.',
  'monitor.rapport.onderdrukt':
    'A dash (–) means: not shown. That group is too small, or the number would give away a group that is too small.',
  'monitor.rapport.teruggehouden': 'For {gebied} there are too few answers to show anything.',
  'monitor.rapport.samenvatting.redzaamheid': '{gebied}: {pct} percent of the {n} people are managing well.',
  'monitor.rapport.samenvatting.schatting':
    '{gebied}: for {pct} percent of the {n} people someone else rates them higher than they do themselves.',
  'monitor.rapport.groep': 'Group',
  'monitor.rapport.iedereen': 'Everyone',
  'monitor.rapport.n': 'Number',
  'monitor.rapport.niet-ingevuld': 'Not given',
  'monitor.rapport.jaren': '{jaar}–{tot}',
  'monitor.rapport.caption': '{gebied}: number of people and share per answer',
  'monitor.rapport.cel': '{aantal} ({pct}%)',
  'monitor.waarde.redt-zich': 'Managing',
  'monitor.waarde.niet': 'Not managing',
  'monitor.waarde.weet-niet': "Don't know",
  'monitor.waarde.overschat': 'Overestimated',
  'monitor.waarde.gelijk': 'Same view',
  'monitor.waarde.onderschat': 'Underestimated',
};

declare module '../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
