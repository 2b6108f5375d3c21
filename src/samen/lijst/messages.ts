/**
 * The texts of the beheerder's skill list for Samen (src/samen/lijst): Dutch at B1 level (the
 * beheer pages use "u") and English with exactly the same keys. src/catalog.ts registers them.
 */
export const nl = {
  'samen.lijst.menu': 'Vaardigheden Samen',
  'samen.lijst.titel': 'Vaardigheden voor Samen',
  'samen.lijst.intro':
    'Hier kiest u welke vaardigheden inwoners en buren kunnen aanbieden en vragen. Laat een naam leeg om de standaardtekst te houden. Een verborgen vaardigheid kan niet meer gekozen worden voor iets nieuws. Wie hem al heeft, houdt hem.',
  'samen.lijst.standaard': 'Standaard: {standaard}',
  'samen.lijst.eigen': 'Eigen vaardigheid: {naam}',
  'samen.lijst.naam': 'Eigen naam (Nederlands)',
  'samen.lijst.naam.uitleg': 'Leeg laten = de standaardtekst.',
  'samen.lijst.naam-eigen': 'Naam (Nederlands)',
  'samen.lijst.naam-en': 'Eigen naam (Engels)',
  'samen.lijst.naam-en.uitleg': 'Leeg laten = de Nederlandse naam.',
  'samen.lijst.verbergen': 'Niet meer aanbieden voor iets nieuws',
  'samen.lijst.opslaan': 'Opslaan',
  'samen.lijst.opgeslagen': 'De vaardigheden zijn opgeslagen.',
  'samen.lijst.toegevoegd': 'De vaardigheid is toegevoegd.',
  'samen.lijst.conflict':
    'Iemand anders heeft de vaardigheden net gewijzigd. Uw invoer staat er nog. Kijk het na en sla opnieuw op.',
  'samen.lijst.nieuw.titel': 'Een vaardigheid toevoegen',
  'samen.lijst.nieuw.naam': 'Naam (Nederlands)',
  'samen.lijst.nieuw.naam-en': 'Naam (Engels)',
  'samen.lijst.nieuw.toevoegen': 'Toevoegen',
  'samen.lijst.fout.teken': 'Hier staat een teken dat niet mag. Typ de naam opnieuw.',
  'samen.lijst.fout.naam-nodig': 'Vul een naam in.',
  'samen.lijst.fout.bestaat': 'Deze vaardigheid staat al in de lijst. Kies een andere naam.',
};

export const en: Record<keyof typeof nl, string> = {
  'samen.lijst.menu': 'Samen skills',
  'samen.lijst.titel': 'Skills for Samen',
  'samen.lijst.intro':
    'Choose which skills residents and neighbours can offer and ask for. Leave a name empty to keep the default text. A hidden skill can no longer be chosen for anything new. People who have it already keep it.',
  'samen.lijst.standaard': 'Default: {standaard}',
  'samen.lijst.eigen': 'Own skill: {naam}',
  'samen.lijst.naam': 'Own name (Dutch)',
  'samen.lijst.naam.uitleg': 'Leave empty = the default text.',
  'samen.lijst.naam-eigen': 'Name (Dutch)',
  'samen.lijst.naam-en': 'Own name (English)',
  'samen.lijst.naam-en.uitleg': 'Leave empty = the Dutch name.',
  'samen.lijst.verbergen': 'No longer offer for anything new',
  'samen.lijst.opslaan': 'Save',
  'samen.lijst.opgeslagen': 'The skills have been saved.',
  'samen.lijst.toegevoegd': 'The skill has been added.',
  'samen.lijst.conflict':
    'Someone else has just changed the skills. Your input is still here. Check it and save again.',
  'samen.lijst.nieuw.titel': 'Add a skill',
  'samen.lijst.nieuw.naam': 'Name (Dutch)',
  'samen.lijst.nieuw.naam-en': 'Name (English)',
  'samen.lijst.nieuw.toevoegen': 'Add',
  'samen.lijst.fout.teken': 'There is a character here that is not allowed. Type the name again.',
  'samen.lijst.fout.naam-nodig': 'Fill in a name.',
  'samen.lijst.fout.bestaat': 'This skill is already on the list. Choose another name.',
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
