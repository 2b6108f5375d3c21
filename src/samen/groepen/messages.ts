/**
 * The texts of Samen groups (src/samen/groepen): Dutch at B1 level ("je" form) and English with
 * exactly the same keys, in ICU syntax. src/catalog.ts registers them ('samen/groepen').
 */
export const nl = {
  'samen.groepen.titel': 'Je groepen',
  'samen.groepen.intro':
    'In een groep helpen buren elkaar samen. Een buurtcirkel is een vaste groep van 8 tot 12 buren met een coach. Een lotgenotengroep is een groep van mensen die hetzelfde meemaken, met iemand die dat zelf ook heeft meegemaakt.',
  'samen.groepen.hoe':
    'Je ziet eerst alleen voornamen, wijken en waar de groep over gaat. Telefoon en e-mail zie je pas als de groep begint, en alleen van wie meedoet.',
  'samen.groepen.geen':
    'Je zit nog niet in een groep. Wil je hulp in een groep? Kies dan bij je vraag voor "in een groep".',
  'samen.groepen.terug': 'Terug naar Samen',
  'samen.groepen.link': 'Je groepen',
  'samen.groep.soort.buurtcirkel': 'Buurtcirkel',
  'samen.groep.soort.lotgenoten': 'Lotgenotengroep',
  'samen.groep.kop': '{soort} over: {thema}',
  'samen.groep.leider.buurtcirkel': 'Coach: {naam}',
  'samen.groep.leider.lotgenoten': 'Geleid door iemand die het zelf heeft meegemaakt: {naam}',
  'samen.groep.plek': 'Waar jullie samenkomen: {naam}, {adres}',
  'samen.groep.plek.nog-niet': 'De coördinator zoekt nog een plek om samen te komen.',
  'samen.groep.status.open':
    'Dit is een voorstel. Zeg ja of nee vóór {datum}. {aantal, plural, one {# persoon doet al mee.} other {# mensen doen al mee.}}',
  'samen.groep.status.gestart': 'De groep is begonnen.',
  'samen.groep.status.niet-doorgegaan':
    'Deze groep gaat niet door. Er waren te weinig mensen. We zoeken later opnieuw.',
  'samen.groep.jouw.ja': 'Je doet mee.',
  'samen.groep.jouw.nee': 'Je zei nee. Dat is goed.',
  'samen.groep.jouw.verwijderd': 'Je doet niet meer mee aan deze groep.',
  'samen.groep.anderen': 'Wie zitten er in de groep?',
  'samen.groep.lid': '{voornaam} uit {wijk}',
  'samen.groep.lid.open': '{voornaam} uit {wijk} (heeft nog niet gekozen)',
  'samen.groep.contact.telefoon': 'Telefoon: {telefoon}',
  'samen.groep.contact.email': 'E-mail: {email}',
  'samen.groep.ja': 'Ja, ik doe mee',
  'samen.groep.nee': 'Nee, liever niet',
  'samen.groep.veilig.uitleg':
    'Kies wie je niet meer wilt zien. Je komt niet meer met die persoon in een groep of voorstel. Wil je ook iets melden? Kies dan wat er is. De coördinator kijkt ernaar.',
  'samen.groep.melding.ja': 'Je doet mee. Als de groep begint, zie je hoe je de anderen bereikt.',
  'samen.groep.melding.nee': 'Je zei nee. Dat is goed. Je hoeft niet te zeggen waarom.',
  'samen.groep.melding.geblokkeerd': 'Je komt niet meer met deze persoon in een groep.',
  'samen.groep.melding.gemeld': 'Je melding is doorgegeven aan de coördinator.',
  'samen.groep.fout.al-beantwoord': 'Je hebt al gekozen voor deze groep.',
  'samen.groep.fout.verlopen': 'De tijd om te kiezen is voorbij. We zoeken later opnieuw.',
  'samen.groep.fout.gesloten': 'Deze groep neemt geen antwoorden meer aan.',
  'samen.groep.fout.geen-lid': 'Deze groep is niet voor jou.',
  'samen.groep.fout.onbekend-lid': 'Kies iemand uit de groep.',
  'samen.groep.fout.titel': 'Er is niets veranderd',
  // The coordinator's page
  'samen.menu.groepen': 'Samen: groepen',
  'samen.coordinatie.groepen.titel': 'Groepen',
  'samen.coordinatie.groepen.mogelijk.kop': 'Mogelijke groepen',
  'samen.coordinatie.groepen.mogelijk.uitleg':
    'Elke nacht kijkt Redzaam wie samen een groep kan vormen. U ziet hier alleen hoeveel mensen dat zijn, geen namen. Kies wie de groep leidt en stel de groep voor.',
  'samen.coordinatie.groepen.mogelijk.geen': 'Er zijn nu geen mogelijke groepen.',
  'samen.coordinatie.groepen.mogelijk.aantal':
    '{mensen} mensen kunnen samen {groepen, plural, one {een groep} other {# groepen}} vormen.',
  'samen.coordinatie.groepen.mogelijk.berekend': 'Bekeken op {datum}.',
  'samen.coordinatie.groepen.mogelijk.stel-voor': '{soort} over {thema} voorstellen',
  'samen.coordinatie.groepen.intro':
    'Zoek buren met dezelfde vraag die dicht bij elkaar wonen en op hetzelfde moment kunnen. Zij krijgen een voorstel voor een groep. U ziet alleen voornaam, wijk en antwoord, geen dossier.',
  'samen.coordinatie.groepen.zoek.buurtcirkel': 'Buurtcirkels voorstellen',
  'samen.coordinatie.groepen.zoek.lotgenoten': 'Lotgenotengroepen voorstellen',
  'samen.coordinatie.groepen.kop.buurtcirkel': 'Een buurtcirkel',
  'samen.coordinatie.groepen.kop.lotgenoten': 'Een lotgenotengroep',
  'samen.coordinatie.groepen.uitleg.buurtcirkel': 'Een vaste groep van 8 tot 12 buren, met een coach.',
  'samen.coordinatie.groepen.uitleg.lotgenoten':
    'Een groep van 4 tot 10 mensen die hetzelfde meemaken. Een ervaringsdeskundige leidt de groep: iemand die het zelf ook heeft meegemaakt.',
  'samen.coordinatie.groepen.thema': 'Waar gaat de groep over?',
  'samen.coordinatie.groepen.leider.buurtcirkel': 'Wie is de coach?',
  'samen.coordinatie.groepen.leider.lotgenoten': 'Welke ervaringsdeskundige leidt de groep?',
  'samen.coordinatie.groepen.lotgenoten.niemand':
    'Nog niemand is als ervaringsdeskundige aangegeven. Geef hieronder eerst aan wie dat is.',
  'samen.coordinatie.groepen.fout.leider-geen-ervaringsdeskundige':
    'Kies iemand die ervaringsdeskundige is. Alleen een ervaringsdeskundige leidt een lotgenotengroep.',
  'samen.coordinatie.groepen.ervaring.kop': 'Ervaringsdeskundigen',
  'samen.coordinatie.groepen.ervaring.uitleg':
    'Een ervaringsdeskundige heeft het zelf meegemaakt. Alleen zo iemand leidt een lotgenotengroep.',
  'samen.coordinatie.groepen.ervaring.is': '{naam} is ervaringsdeskundige.',
  'samen.coordinatie.groepen.ervaring.niet': '{naam} is geen ervaringsdeskundige.',
  'samen.coordinatie.groepen.ervaring.maak': 'Maak {naam} ervaringsdeskundige',
  'samen.coordinatie.groepen.ervaring.haal-weg': '{naam} is geen ervaringsdeskundige meer',
  'samen.coordinatie.groepen.melding.ervaring': 'Bewaard.',
  'samen.coordinatie.groepen.klaar':
    '{groepen, plural, =0 {Geen groep gevonden} one {# groep voorgesteld} other {# groepen voorgesteld}} (van {kandidaten} deelnemers).',
  'samen.coordinatie.groepen.melding.bezig':
    'Er zoekt al een ronde buren bij elkaar. Probeer het zo nog eens.',
  'samen.coordinatie.groepen.melding.verwijderd': 'De persoon is uit de groep gehaald.',
  'samen.coordinatie.groepen.melding.gepauzeerd':
    'De persoon is uit de groep gehaald en gepauzeerd. Zij krijgt geen voorstellen tot u de pauze stopt.',
  'samen.coordinatie.groepen.melding.plek': 'De plek is bewaard.',
  'samen.coordinatie.groepen.melding.plek-onbekend':
    'Deze plek staat niet (meer) op de sociale kaart. Kies een andere.',
  'samen.coordinatie.groepen.melding.plek-conflict':
    'Iemand anders heeft de plek net veranderd. Bekijk de plek hieronder en kies opnieuw.',
  'samen.coordinatie.groepen.lijst': 'Groepen van het afgelopen jaar',
  'samen.coordinatie.groepen.geen': 'Er zijn nog geen groepen.',
  'samen.coordinatie.groepen.lid.antwoord.open': 'nog niet gekozen',
  'samen.coordinatie.groepen.lid.antwoord.ja': 'doet mee',
  'samen.coordinatie.groepen.lid.antwoord.nee': 'zei nee',
  'samen.coordinatie.groepen.lid.antwoord.verwijderd': 'uit de groep gehaald',
  'samen.coordinatie.groepen.lid': '{voornaam} uit {wijk}: {antwoord}',
  'samen.coordinatie.groepen.verwijder': 'Haal {voornaam} uit de groep',
  'samen.coordinatie.groepen.verwijder-pauzeer': 'Haal {voornaam} uit de groep en pauzeer',
  'samen.coordinatie.groepen.plek.kies': 'Plek om samen te komen (van de sociale kaart)',
  'samen.coordinatie.groepen.plek.afstand': '{naam}, {adres} ({km} km)',
  'samen.coordinatie.groepen.plek.bewaar': 'Bewaar plek',
  'samen.coordinatie.groepen.plek.geen': 'Er staat geen plek in de buurt op de sociale kaart.',
};

export const en: Record<keyof typeof nl, string> = {
  'samen.groepen.titel': 'Your groups',
  'samen.groepen.intro':
    'In a group, neighbours help each other together. A buurtcirkel is a closed group of 8 to 12 neighbours with a coach. A peer group is a group of people going through the same thing, with someone who has been through it too.',
  'samen.groepen.hoe':
    'At first you see only first names, neighbourhoods and what the group is about. You see phone and e-mail only once the group starts, and only of those who take part.',
  'samen.groepen.geen':
    'You are not in a group yet. Would you like help in a group? Choose "in a group" with your request.',
  'samen.groepen.terug': 'Back to Samen',
  'samen.groepen.link': 'Your groups',
  'samen.groep.soort.buurtcirkel': 'Buurtcirkel',
  'samen.groep.soort.lotgenoten': 'Peer group',
  'samen.groep.kop': '{soort} about: {thema}',
  'samen.groep.leider.buurtcirkel': 'Coach: {naam}',
  'samen.groep.leider.lotgenoten': 'Led by an expert by experience: {naam}',
  'samen.groep.plek': 'Where you meet: {naam}, {adres}',
  'samen.groep.plek.nog-niet': 'The coordinator is still looking for a place to meet.',
  'samen.groep.status.open':
    'This is a proposal. Say yes or no before {datum}. {aantal, plural, one {# person has joined.} other {# people have joined.}}',
  'samen.groep.status.gestart': 'The group has started.',
  'samen.groep.status.niet-doorgegaan':
    'This group is not going ahead. Too few people joined. We will look again later.',
  'samen.groep.jouw.ja': 'You take part.',
  'samen.groep.jouw.nee': 'You said no. That is fine.',
  'samen.groep.jouw.verwijderd': 'You no longer take part in this group.',
  'samen.groep.anderen': 'Who is in the group?',
  'samen.groep.lid': '{voornaam} from {wijk}',
  'samen.groep.lid.open': '{voornaam} from {wijk} (has not chosen yet)',
  'samen.groep.contact.telefoon': 'Phone: {telefoon}',
  'samen.groep.contact.email': 'E-mail: {email}',
  'samen.groep.ja': 'Yes, I will join',
  'samen.groep.nee': 'No, rather not',
  'samen.groep.veilig.uitleg':
    'Choose whom you no longer want to see. You will not be in a group or proposal with that person again. Want to report something too? Choose what happened. The coordinator will look at it.',
  'samen.groep.melding.ja': 'You joined. Once the group starts, you will see how to reach the others.',
  'samen.groep.melding.nee': 'You said no. That is fine. You do not need to say why.',
  'samen.groep.melding.geblokkeerd': 'You will not be in a group with this person again.',
  'samen.groep.melding.gemeld': 'Your report has been passed on to the coordinator.',
  'samen.groep.fout.al-beantwoord': 'You already chose for this group.',
  'samen.groep.fout.verlopen': 'The time to choose is over. We will look again later.',
  'samen.groep.fout.gesloten': 'This group no longer takes answers.',
  'samen.groep.fout.geen-lid': 'This group is not for you.',
  'samen.groep.fout.onbekend-lid': 'Choose someone from the group.',
  'samen.groep.fout.titel': 'Nothing was changed',
  'samen.menu.groepen': 'Samen: groups',
  'samen.coordinatie.groepen.titel': 'Groups',
  'samen.coordinatie.groepen.mogelijk.kop': 'Possible groups',
  'samen.coordinatie.groepen.mogelijk.uitleg':
    'Every night Redzaam looks at who could form a group together. Here you see only how many people, no names. Choose who leads the group and propose it.',
  'samen.coordinatie.groepen.mogelijk.geen': 'There are no possible groups now.',
  'samen.coordinatie.groepen.mogelijk.aantal':
    '{mensen} people could form {groepen, plural, one {a group} other {# groups}} together.',
  'samen.coordinatie.groepen.mogelijk.berekend': 'Worked out on {datum}.',
  'samen.coordinatie.groepen.mogelijk.stel-voor': 'Propose {soort} about {thema}',
  'samen.coordinatie.groepen.intro':
    'Find neighbours with the same request who live near each other and are free at the same time. They get a proposal for a group. You see only first name, neighbourhood and answer, no record.',
  'samen.coordinatie.groepen.zoek.buurtcirkel': 'Propose buurtcirkels',
  'samen.coordinatie.groepen.zoek.lotgenoten': 'Propose peer groups',
  'samen.coordinatie.groepen.kop.buurtcirkel': 'A buurtcirkel',
  'samen.coordinatie.groepen.kop.lotgenoten': 'A peer group',
  'samen.coordinatie.groepen.uitleg.buurtcirkel': 'A closed group of 8 to 12 neighbours, with a coach.',
  'samen.coordinatie.groepen.uitleg.lotgenoten':
    'A group of 4 to 10 people who go through the same thing. An expert by experience leads it: someone who went through it too.',
  'samen.coordinatie.groepen.thema': 'What is the group about?',
  'samen.coordinatie.groepen.leider.buurtcirkel': 'Who is the coach?',
  'samen.coordinatie.groepen.leider.lotgenoten': 'Which expert by experience leads the group?',
  'samen.coordinatie.groepen.lotgenoten.niemand':
    'No one has been marked as an expert by experience yet. Mark someone below first.',
  'samen.coordinatie.groepen.fout.leider-geen-ervaringsdeskundige':
    'Choose an expert by experience. Only an expert by experience leads a peer group.',
  'samen.coordinatie.groepen.ervaring.kop': 'Experts by experience',
  'samen.coordinatie.groepen.ervaring.uitleg':
    'An expert by experience went through what a peer group is about. Only they lead such a group.',
  'samen.coordinatie.groepen.ervaring.is': '{naam} is an expert by experience.',
  'samen.coordinatie.groepen.ervaring.niet': '{naam} is not an expert by experience.',
  'samen.coordinatie.groepen.ervaring.maak': 'Mark {naam} as expert by experience',
  'samen.coordinatie.groepen.ervaring.haal-weg': '{naam} is no longer an expert by experience',
  'samen.coordinatie.groepen.melding.ervaring': 'Saved.',
  'samen.coordinatie.groepen.klaar':
    '{groepen, plural, =0 {No group found} one {# group proposed} other {# groups proposed}} (of {kandidaten} participants).',
  'samen.coordinatie.groepen.melding.bezig': 'A round is already finding neighbours. Try again in a moment.',
  'samen.coordinatie.groepen.melding.verwijderd': 'The person was taken out of the group.',
  'samen.coordinatie.groepen.melding.gepauzeerd':
    'The person was taken out of the group and paused. She gets no proposals until you end the pause.',
  'samen.coordinatie.groepen.melding.plek': 'The place was saved.',
  'samen.coordinatie.groepen.melding.plek-onbekend':
    'This place is not (or no longer) on the sociale kaart. Choose another.',
  'samen.coordinatie.groepen.melding.plek-conflict':
    'Someone else just changed the place. Look at the place below and choose again.',
  'samen.coordinatie.groepen.lijst': 'Groups of the past year',
  'samen.coordinatie.groepen.geen': 'There are no groups yet.',
  'samen.coordinatie.groepen.lid.antwoord.open': 'not chosen yet',
  'samen.coordinatie.groepen.lid.antwoord.ja': 'takes part',
  'samen.coordinatie.groepen.lid.antwoord.nee': 'said no',
  'samen.coordinatie.groepen.lid.antwoord.verwijderd': 'taken out of the group',
  'samen.coordinatie.groepen.lid': '{voornaam} from {wijk}: {antwoord}',
  'samen.coordinatie.groepen.verwijder': 'Take {voornaam} out of the group',
  'samen.coordinatie.groepen.verwijder-pauzeer': 'Take {voornaam} out of the group and pause',
  'samen.coordinatie.groepen.plek.kies': 'Place to meet (from the sociale kaart)',
  'samen.coordinatie.groepen.plek.afstand': '{naam}, {adres} ({km} km)',
  'samen.coordinatie.groepen.plek.bewaar': 'Save place',
  'samen.coordinatie.groepen.plek.geen': 'There is no place nearby on the sociale kaart.',
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
