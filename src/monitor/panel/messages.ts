/**
 * The texts of the panel's review of open answers (src/monitor/panel): Dutch at B1 level
 * ("je" form) and English with exactly the same keys, in ICU syntax. src/catalog.ts registers
 * them; the rest of the panel's texts are in src/monitor/messages.ts.
 */
export const nl = {
  'monitor.open.link': 'Open antwoorden nakijken',
  'monitor.open.titel': 'Open antwoorden nakijken: {titel}',
  'monitor.open.uitleg':
    'Je ziet steeds één antwoord. Je ziet niet wie het gaf. Haal alles weg waaraan je iemand kunt herkennen: namen, adressen, postcodes, telefoonnummers en e-mail. Alleen antwoorden die je goedkeurt, tellen mee.',
  'monitor.open.wachtend': '{n, plural, one {Er wacht nog 1 antwoord.} other {Er wachten nog # antwoorden.}}',
  'monitor.open.klaar': 'Alle open antwoorden zijn nagekeken.',
  'monitor.open.goedgekeurd': 'Het antwoord is goedgekeurd. Het telt nu mee.',
  'monitor.open.weggegooid': 'Het antwoord is weggegooid. Het telt niet mee.',
  'monitor.open.vraag': 'De vraag',
  'monitor.open.antwoord': 'Het antwoord zoals het gegeven is',
  'monitor.open.markering.uitleg':
    'Geel gemarkeerd: hier staat misschien een naam, adres of nummer. Controleer het zelf: de computer ziet niet alles.',
  'monitor.open.delen': 'Wat moet weg?',
  'monitor.open.delen.uitleg': 'Vink uit wat niemand herkenbaar maakt. Kies dan "Opnieuw voorstellen".',
  'monitor.open.soort.naam': 'naam',
  'monitor.open.soort.adres': 'adres',
  'monitor.open.soort.postcode': 'postcode',
  'monitor.open.soort.telefoon': 'telefoonnummer',
  'monitor.open.soort.email': 'e-mailadres',
  'monitor.open.deel': '"{tekst}" ({soort})',
  'monitor.open.voorstel': 'Opnieuw voorstellen',
  'monitor.open.tekst': 'Het antwoord zonder wat iemand herkenbaar maakt',
  'monitor.open.tekst.uitleg':
    'Je mag hier nog meer veranderen. Zet bijvoorbeeld [naam] in plaats van een naam.',
  'monitor.open.goedkeuren': 'Goedkeuren',
  'monitor.open.weggooien': 'Weggooien',
  'monitor.open.fout.leeg': 'Het antwoord is leeg. Gooi het weg, of schrijf wat er moet staan.',
  'monitor.open.fout.over': 'Hier staat nog iets in dat weg moet: {delen}.',
  'monitor.open.fout.lang': 'Het antwoord mag niet langer zijn dan 4000 tekens.',
  'monitor.open.conflict.titel': 'Iemand anders was je voor',
  'monitor.open.conflict':
    'Iemand anders heeft dit antwoord net nagekeken. Jouw keuze is nog niet bewaard. Hieronder zie je beide versies. Kies welke blijft.',
  'monitor.open.conflict.nu': 'Zo staat het nu',
  'monitor.open.conflict.jij': 'Jouw versie',
  'monitor.open.conflict.goedgekeurd': 'Goedgekeurd:',
  'monitor.open.conflict.weggegooid': 'Weggegooid. Het telt niet mee.',
  'monitor.open.conflict.mijn': 'Mijn versie bewaren',
  'monitor.open.conflict.hun': 'Hun versie houden en verder',
  'monitor.open.nagekeken': 'Dit antwoord is al nagekeken.',
  'monitor.open.terug': 'Terug naar de uitslag',
  'monitor.open.citaten': 'Wat mensen schreven (nagekeken):',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'monitor.open.link': 'Review open answers',
  'monitor.open.titel': 'Review open answers: {titel}',
  'monitor.open.uitleg':
    'You see one answer at a time. You do not see who gave it. Remove everything by which someone could be recognised: names, addresses, postcodes, phone numbers and e-mail. Only answers you approve count.',
  'monitor.open.wachtend':
    '{n, plural, one {1 answer is still waiting.} other {# answers are still waiting.}}',
  'monitor.open.klaar': 'All open answers of this survey have been reviewed.',
  'monitor.open.goedgekeurd': 'The answer was approved. It counts now.',
  'monitor.open.weggegooid': 'The answer was thrown away. It does not count.',
  'monitor.open.vraag': 'The question',
  'monitor.open.antwoord': 'The answer as it was given',
  'monitor.open.markering.uitleg':
    'Highlighted in yellow: there may be a name, address or number here. Check it yourself: the computer does not see everything.',
  'monitor.open.delen': 'What must go?',
  'monitor.open.delen.uitleg': 'Untick what identifies nobody. Then choose "Suggest again".',
  'monitor.open.soort.naam': 'name',
  'monitor.open.soort.adres': 'address',
  'monitor.open.soort.postcode': 'postcode',
  'monitor.open.soort.telefoon': 'phone number',
  'monitor.open.soort.email': 'e-mail address',
  'monitor.open.deel': '"{tekst}" ({soort})',
  'monitor.open.voorstel': 'Suggest again',
  'monitor.open.tekst': 'The answer without what identifies anyone',
  'monitor.open.tekst.uitleg': 'You may change more here. For example, write [naam] instead of a name.',
  'monitor.open.goedkeuren': 'Approve',
  'monitor.open.weggooien': 'Throw away',
  'monitor.open.fout.leeg': 'The answer is empty. Throw it away, or write what it should say.',
  'monitor.open.fout.over': 'This still holds something that must go: {delen}.',
  'monitor.open.fout.lang': 'The answer may not be longer than 4000 characters.',
  'monitor.open.conflict.titel': 'Someone else was first',
  'monitor.open.conflict':
    'Someone else has just reviewed this answer. Your choice has not been saved yet. Below you see both versions. Choose which one stays.',
  'monitor.open.conflict.nu': 'What is stored now',
  'monitor.open.conflict.jij': 'Your version',
  'monitor.open.conflict.goedgekeurd': 'Approved:',
  'monitor.open.conflict.weggegooid': 'Thrown away. It does not count.',
  'monitor.open.conflict.mijn': 'Keep my version',
  'monitor.open.conflict.hun': 'Keep theirs and go on',
  'monitor.open.nagekeken': 'This answer has been reviewed already.',
  'monitor.open.terug': 'Back to the results',
  'monitor.open.citaten': 'What people wrote (reviewed):',
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
