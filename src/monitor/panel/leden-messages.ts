/**
 * The texts of the beheerder's page of the panel's members (src/monitor/panel/leden.ts): Dutch
 * at B1 level ("je" form) and English with exactly the same keys, in ICU syntax. src/catalog.ts
 * registers them.
 */
export const nl = {
  'monitor.leden.menu': 'Leden van het panel',
  'monitor.leden.titel': 'Leden van het panel',
  'monitor.leden.intro':
    '{n, plural, =0 {Het panel heeft nog geen leden.} one {Het panel heeft 1 lid.} other {Het panel heeft # leden.}}',
  'monitor.leden.los':
    'Je ziet hier wie er in het panel zit. Wat iemand antwoordde, zie je nergens. De antwoorden staan los van de namen.',
  'monitor.leden.open.kop': 'Open peilingen',
  'monitor.leden.open.geen': 'Er is nu geen open peiling.',
  'monitor.leden.open.regel':
    '{titel}: {nog} van de {uitgenodigd} leden moeten nog antwoorden. Dit kan tot en met {datum}.',
  'monitor.leden.lijst.kop': 'Alle leden',
  'monitor.leden.naam': 'Naam',
  'monitor.leden.email': 'E-mailadres (verkort)',
  'monitor.leden.sinds': 'Lid sinds',
  'monitor.leden.acties': 'Wat kun je doen?',
  'monitor.leden.verwijderen.uitleg':
    'Vraagt iemand om uit het panel te gaan? Dan kun je haar hier verwijderen. Haar antwoorden blijven bewaard, zonder naam. Niemand kan ze aan haar koppelen, en we veranderen er niets aan.',
  'monitor.leden.code.uitleg':
    'Is iemand haar code kwijt? Stuur dan een nieuwe code. Moet ze nog een peiling invullen, dan krijgt ze een e-mail met een nieuwe code. De oude code werkt dan niet meer.',
  'monitor.leden.verwijderen': 'Verwijderen',
  'monitor.leden.verwijderen.label': 'Verwijderen uit het panel: {naam}',
  'monitor.leden.code': 'Nieuwe code sturen',
  'monitor.leden.code.label': 'Nieuwe code sturen: {naam}',
  'monitor.leden.verwijderd':
    'Het lid is uit het panel verwijderd. Haar antwoorden blijven bewaard, zonder naam.',
  'monitor.leden.code-gestuurd':
    'Klaar. Moet dit lid nog een peiling invullen, dan krijgt ze een e-mail met een nieuwe code.',
  'monitor.leden.onbekend': 'Dit lid staat niet (meer) in het panel. Er is niets veranderd.',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'monitor.leden.menu': 'Panel members',
  'monitor.leden.titel': 'Panel members',
  'monitor.leden.intro':
    '{n, plural, =0 {Nobody is in the panel yet.} one {The panel has 1 member.} other {The panel has # members.}}',
  'monitor.leden.los':
    'Here you see who is in the panel. What someone answered, you see nowhere. The answers are kept apart from the names.',
  'monitor.leden.open.kop': 'Open surveys',
  'monitor.leden.open.geen': 'There is no open survey now.',
  'monitor.leden.open.regel':
    '{titel}: {nog} of the {uitgenodigd} invited members still have to answer. They can until {datum}.',
  'monitor.leden.lijst.kop': 'All members',
  'monitor.leden.naam': 'Name',
  'monitor.leden.email': 'E-mail address (shortened)',
  'monitor.leden.sinds': 'Member since',
  'monitor.leden.acties': 'What can you do?',
  'monitor.leden.verwijderen.uitleg':
    'Does someone ask to leave the panel? Then you can remove her here. Her answers stay, without a name. Nobody can link them to her, and we do not change them.',
  'monitor.leden.code.uitleg':
    'Has someone lost her code? Then send a new code. If she still has a survey to fill in, she gets an e-mail with a new code. The old code then no longer works.',
  'monitor.leden.verwijderen': 'Remove',
  'monitor.leden.verwijderen.label': 'Remove from the panel: {naam}',
  'monitor.leden.code': 'Send a new code',
  'monitor.leden.code.label': 'Send a new code: {naam}',
  'monitor.leden.verwijderd': 'The member was removed from the panel. Her answers stay, without a name.',
  'monitor.leden.code-gestuurd':
    'Done. If this member still has a survey to fill in, she gets an e-mail with a new code.',
  'monitor.leden.onbekend': 'This member is not (or no longer) in the panel. Nothing was changed.',
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
