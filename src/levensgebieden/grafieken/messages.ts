/**
 * The texts of the charts of the levensgebieden: radar and history
 * (src/levensgebieden/grafieken): Dutch at B1 level ("je" form) and English with exactly the
 * same keys, in ICU syntax. src/catalog.ts registers them; the declaration at the end adds their
 * keys to MessageKey.
 */
export const nl = {
  'grafiek.taalcode': 'nl-NL',
  'grafiek.leeg': 'Er is nog niets om te laten zien.',
  'grafiek.overgeslagen': 'overgeslagen of weet ik niet',
  'grafiek.geen-meting': 'geen antwoord',
  'grafiek.waarde': '{getal} – {label}',
  'grafiek.legenda.kop': 'Zo lees je de grafiek',
  'grafiek.legenda.reeks': '{naam}: {lijn} met {vorm}',
  'grafiek.legenda.overgeslagen-radar':
    'Een open teken in het midden betekent: overgeslagen of weet ik niet. Het is dus geen laag antwoord.',
  'grafiek.legenda.overgeslagen-historie':
    'Een open teken bij het vraagteken onder de lijn betekent: overgeslagen of weet ik niet.',
  'grafiek.legenda.schaal': 'De getallen betekenen:',
  'grafiek.lijn.0': 'een doorgetrokken lijn',
  'grafiek.lijn.1': 'een lijn van streepjes',
  'grafiek.lijn.2': 'een lijn van puntjes',
  'grafiek.lijn.3': 'een lijn van streepjes en puntjes',
  'grafiek.lijn.4': 'een lijn van korte streepjes',
  'grafiek.vorm.cirkel': 'rondjes',
  'grafiek.vorm.vierkant': 'vierkantjes',
  'grafiek.vorm.driehoek': 'driehoekjes',
  'grafiek.vorm.ruit': 'ruitjes',
  'grafiek.vorm.driehoek-omlaag': 'driehoekjes met de punt naar beneden',
  'grafiek.tabel.bijschrift': 'Alle antwoorden in een tabel: {titel}',
  'grafiek.tabel.levensgebied': 'Levensgebied',
  'grafiek.tabel.datum': 'Datum',
  'grafiek.tabel.regio': 'Tabel: {titel}',
  'grafiek.samenvatting.tabel': 'Alle antwoorden staan ook in de tabel onder de grafiek.',
  'grafiek.radar.ingevuld':
    'Je hebt {ingevuld} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} ingevuld.',
  'grafiek.radar.overgeslagen': 'Overgeslagen of weet je niet: {lijst}.',
  'grafiek.radar.beter':
    'Op {aantal} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} gaat het volgens jou beter dan de vorige keer: {lijst}.',
  'grafiek.radar.slechter':
    'Op {aantal} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} gaat het volgens jou slechter dan de vorige keer: {lijst}.',
  'grafiek.radar.gelijk':
    'Op {aantal} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} is het volgens jou hetzelfde als de vorige keer.',
  'grafiek.radar.verschil-beter':
    '{naam} denkt dat het beter gaat dan jij bij: {lijst}. Het verschil is 2 stappen of meer.',
  'grafiek.radar.verschil-slechter':
    '{naam} denkt dat het slechter gaat dan jij bij: {lijst}. Het verschil is 2 stappen of meer.',
  'grafiek.radar.verschil-geen': 'Jij en {naam} verschillen nergens 2 stappen of meer.',
  'grafiek.radar.ander.ingevuld':
    '{ik} heeft {ingevuld} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} ingevuld.',
  'grafiek.radar.ander.overgeslagen': '{ik} heeft dit overgeslagen of weet het niet: {lijst}.',
  'grafiek.radar.ander.beter':
    'Op {aantal} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} gaat het volgens {ik} beter dan de vorige keer: {lijst}.',
  'grafiek.radar.ander.slechter':
    'Op {aantal} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} gaat het volgens {ik} slechter dan de vorige keer: {lijst}.',
  'grafiek.radar.ander.gelijk':
    'Op {aantal} van de {totaal, plural, one {# levensgebied} other {# levensgebieden}} is het volgens {ik} hetzelfde als de vorige keer.',
  'grafiek.radar.ander.verschil-beter':
    '{naam} denkt dat het beter gaat dan {ik} bij: {lijst}. Het verschil is 2 stappen of meer.',
  'grafiek.radar.ander.verschil-slechter':
    '{naam} denkt dat het slechter gaat dan {ik} bij: {lijst}. Het verschil is 2 stappen of meer.',
  'grafiek.radar.ander.verschil-geen': '{ik} en {naam} verschillen nergens 2 stappen of meer.',
  'grafiek.radar.reeks-overgeslagen': '{naam} heeft dit overgeslagen of weet het niet: {lijst}.',
  'grafiek.historie.geen': '{naam}: nog geen antwoorden.',
  'grafiek.historie.alles-overgeslagen':
    '{naam}: {aantal, plural, one {# keer} other {# keer}} overgeslagen of weet ik niet. Er is nog geen antwoord.',
  'grafiek.historie.een': '{naam}: één antwoord, op {datum}: {waarde}.',
  'grafiek.historie.eerste-laatste':
    '{naam}: de eerste keer ({datum1}) was het antwoord {waarde1}. De laatste keer ({datum2}) was het {waarde2}.',
  'grafiek.historie.hoger': 'Dat is {stappen, plural, one {# stap} other {# stappen}} hoger.',
  'grafiek.historie.lager': 'Dat is {stappen, plural, one {# stap} other {# stappen}} lager.',
  'grafiek.historie.gelijk': 'Dat is hetzelfde.',
  'grafiek.historie.ook-overgeslagen':
    '{aantal, plural, one {# keer} other {# keer}} overgeslagen of weet ik niet.',
};

export const en: { [K in keyof typeof nl]: string } = {
  'grafiek.taalcode': 'en-GB',
  'grafiek.leeg': 'There is nothing to show yet.',
  'grafiek.overgeslagen': "skipped or don't know",
  'grafiek.geen-meting': 'no answer',
  'grafiek.waarde': '{getal} – {label}',
  'grafiek.legenda.kop': 'How to read the chart',
  'grafiek.legenda.reeks': '{naam}: {lijn} with {vorm}',
  'grafiek.legenda.overgeslagen-radar':
    "An open mark in the middle means: skipped or don't know. So it is not a low answer.",
  'grafiek.legenda.overgeslagen-historie':
    "An open mark next to the question mark under the line means: skipped or don't know.",
  'grafiek.legenda.schaal': 'What the numbers mean:',
  'grafiek.lijn.0': 'a solid line',
  'grafiek.lijn.1': 'a dashed line',
  'grafiek.lijn.2': 'a dotted line',
  'grafiek.lijn.3': 'a dash-dot line',
  'grafiek.lijn.4': 'a line of short dashes',
  'grafiek.vorm.cirkel': 'circles',
  'grafiek.vorm.vierkant': 'squares',
  'grafiek.vorm.driehoek': 'triangles',
  'grafiek.vorm.ruit': 'diamonds',
  'grafiek.vorm.driehoek-omlaag': 'triangles pointing down',
  'grafiek.tabel.bijschrift': 'All answers in a table: {titel}',
  'grafiek.tabel.levensgebied': 'Life domain',
  'grafiek.tabel.datum': 'Date',
  'grafiek.tabel.regio': 'Table: {titel}',
  'grafiek.samenvatting.tabel': 'All answers are also in the table under the chart.',
  'grafiek.radar.ingevuld':
    'You answered {ingevuld} of the {totaal, plural, one {# life domain} other {# life domains}}.',
  'grafiek.radar.overgeslagen': "Skipped or you don't know: {lijst}.",
  'grafiek.radar.beter':
    'On {aantal} of the {totaal, plural, one {# life domain} other {# life domains}} you think it goes better than last time: {lijst}.',
  'grafiek.radar.slechter':
    'On {aantal} of the {totaal, plural, one {# life domain} other {# life domains}} you think it goes worse than last time: {lijst}.',
  'grafiek.radar.gelijk':
    'On {aantal} of the {totaal, plural, one {# life domain} other {# life domains}} you think it is the same as last time.',
  'grafiek.radar.verschil-beter':
    '{naam} thinks it goes better than you think on: {lijst}. The difference is 2 steps or more.',
  'grafiek.radar.verschil-slechter':
    '{naam} thinks it goes worse than you think on: {lijst}. The difference is 2 steps or more.',
  'grafiek.radar.verschil-geen': 'You and {naam} nowhere differ by 2 steps or more.',
  'grafiek.radar.ander.ingevuld':
    '{ik} answered {ingevuld} of the {totaal, plural, one {# life domain} other {# life domains}}.',
  'grafiek.radar.ander.overgeslagen': "{ik} skipped this or doesn't know: {lijst}.",
  'grafiek.radar.ander.beter':
    'On {aantal} of the {totaal, plural, one {# life domain} other {# life domains}} {ik} thinks it goes better than last time: {lijst}.',
  'grafiek.radar.ander.slechter':
    'On {aantal} of the {totaal, plural, one {# life domain} other {# life domains}} {ik} thinks it goes worse than last time: {lijst}.',
  'grafiek.radar.ander.gelijk':
    'On {aantal} of the {totaal, plural, one {# life domain} other {# life domains}} {ik} thinks it is the same as last time.',
  'grafiek.radar.ander.verschil-beter':
    '{naam} thinks it goes better than {ik} thinks on: {lijst}. The difference is 2 steps or more.',
  'grafiek.radar.ander.verschil-slechter':
    '{naam} thinks it goes worse than {ik} thinks on: {lijst}. The difference is 2 steps or more.',
  'grafiek.radar.ander.verschil-geen': '{ik} and {naam} nowhere differ by 2 steps or more.',
  'grafiek.radar.reeks-overgeslagen': "{naam} skipped this or doesn't know: {lijst}.",
  'grafiek.historie.geen': '{naam}: no answers yet.',
  'grafiek.historie.alles-overgeslagen':
    "{naam}: skipped or don't know {aantal, plural, one {# time} other {# times}}. There is no answer yet.",
  'grafiek.historie.een': '{naam}: one answer, on {datum}: {waarde}.',
  'grafiek.historie.eerste-laatste':
    '{naam}: the first time ({datum1}) the answer was {waarde1}. The last time ({datum2}) it was {waarde2}.',
  'grafiek.historie.hoger': 'That is {stappen, plural, one {# step} other {# steps}} higher.',
  'grafiek.historie.lager': 'That is {stappen, plural, one {# step} other {# steps}} lower.',
  'grafiek.historie.gelijk': 'That is the same.',
  'grafiek.historie.ook-overgeslagen':
    "Skipped or don't know {aantal, plural, one {# time} other {# times}}.",
};

declare module '../../platform/i18n/i18n.js' {
  interface Messages extends Record<keyof typeof nl, string> {}
}
