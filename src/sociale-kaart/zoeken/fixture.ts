import type { DienstSpec } from './hsds-bouwer.js';

/**
 * A small Dutch sociale kaart for the search tests: the entries the issue names, near misses
 * that share words with them (wandelcoach, hardloopgroep), a retired service and fictional
 * postcodes (they start with 0, which no real Dutch postcode does).
 */
export const TEST_POSTCODES = [
  { postcode: '0101AA', latitude: 52.9, longitude: 3.5 },
  { postcode: '0101AB', latitude: 52.905, longitude: 3.5 },
  { postcode: '0101', latitude: 52.902, longitude: 3.501 },
  { postcode: '0102AA', latitude: 52.92, longitude: 3.52 },
  { postcode: '0102', latitude: 52.92, longitude: 3.52 },
  { postcode: '0103AA', latitude: 52.95, longitude: 3.55 },
  { postcode: '0103', latitude: 52.95, longitude: 3.55 },
  { postcode: '0109AA', latitude: 53.05, longitude: 3.8 },
  { postcode: '0109', latitude: 53.05, longitude: 3.8 },
];

const gemeentehuis = { id: 'org-gemeente', naam: 'Gemeente Testwaard' };
const buurt = { id: 'org-buurt', naam: 'Stichting Buurtkracht' };
const plek = (id: string, postcode: string, adres = 'Dorpsstraat 1') => ({
  id,
  adres,
  postcode,
  plaats: 'Testwaard',
});

export const TEST_DIENSTEN: DienstSpec[] = [
  {
    id: 'schuldhulp',
    naam: 'Schuldhulpverlening',
    beschrijving: 'Hulp bij schulden en rekeningen die je niet kunt betalen. We maken samen een plan.',
    organisatie: gemeentehuis,
    levensgebieden: ['financien'],
    kenmerken: ['zonder-indicatie', 'gratis', 'individueel'],
    plek: plek('plek-gemeentehuis', '0101 AA', 'Raadhuisplein 1'),
    roosters: [{ dagen: 'MO,WE', open: '09:00', dicht: '12:00' }],
    telefoon: '0123 456 789',
  },
  {
    id: 'formulieren',
    naam: 'Formulierenhulp',
    beschrijving: 'Vrijwilligers helpen je met brieven en formulieren van de belastingdienst en de gemeente.',
    organisatie: buurt,
    levensgebieden: ['financien'],
    kenmerken: ['zonder-indicatie', 'gratis'],
    plek: plek('plek-bibliotheek', '0102 AA', 'Bibliotheeklaan 3'),
  },
  {
    id: 'budgetcursus',
    naam: 'Budgetcursus',
    beschrijving: 'In vier avonden leer je in een groep je geld en je rekeningen bij te houden.',
    organisatie: gemeentehuis,
    levensgebieden: ['financien'],
    kenmerken: ['groep', 'eigen-bijdrage'],
    plek: plek('plek-gemeentehuis', '0101 AA', 'Raadhuisplein 1'),
  },
  {
    id: 'wandelgroep',
    naam: 'Wandelgroep voor ouderen',
    beschrijving: 'Elke dinsdag wandelen we samen een uur door het park. Daarna drinken we koffie.',
    organisatie: buurt,
    levensgebieden: ['sociale-contacten', 'lichamelijke-gezondheid'],
    kenmerken: ['groep', 'gratis', 'zonder-indicatie', 'vereniging-of-buurtinitiatief'],
    voorWie: 'Voor ouderen en iedereen die graag rustig wandelt.',
    plek: plek('plek-park', '0101 AB', 'Parkweg 2'),
    roosters: [{ dagen: 'TU', open: '10:00', dicht: '11:30' }],
  },
  {
    id: 'wandelcoach',
    naam: 'Wandelcoach',
    beschrijving: 'Een coach wandelt met je en praat over wat je bezighoudt. Individueel.',
    organisatie: { id: 'org-coach', naam: 'Praktijk Stap' },
    levensgebieden: ['psychische-gezondheid'],
    kenmerken: ['individueel', 'eigen-bijdrage'],
    plek: plek('plek-coach', '0103 AA', 'Heideweg 9'),
  },
  {
    id: 'hardloopgroep',
    naam: 'Hardloopgroep voor beginners',
    beschrijving: 'Samen leren hardlopen in een groep, op je eigen tempo.',
    organisatie: { id: 'org-atletiek', naam: 'Atletiekvereniging Vlug' },
    levensgebieden: ['lichamelijke-gezondheid'],
    kenmerken: ['groep', 'vereniging-of-buurtinitiatief'],
    plek: plek('plek-baan', '0109 AA', 'Sportlaan 5'),
  },
  {
    id: 'taalcafe',
    naam: 'Taalcafé De Brug',
    beschrijving: 'Nederlands oefenen met koffie en thee. Iedereen is welkom.',
    organisatie: buurt,
    levensgebieden: ['sociale-contacten', 'werk-en-dagbesteding'],
    kenmerken: ['groep', 'gratis', 'zonder-indicatie'],
    plek: plek('plek-buurthuis', '0102 AA', 'Lindeplein 4'),
    roosters: [{ dagen: 'TH', open: '19:00', dicht: '21:00' }],
  },
  {
    id: 'cafe-samen',
    naam: 'Café Samen',
    beschrijving: 'Ontmoeting voor mantelzorgers: even je verhaal kwijt bij mensen die het kennen.',
    organisatie: buurt,
    levensgebieden: ['psychische-gezondheid', 'sociale-contacten'],
    kenmerken: ['groep', 'gratis', 'ervaringsdeskundigen'],
    plek: plek('plek-buurthuis', '0102 AA', 'Lindeplein 4'),
  },
  {
    id: 'repaircafe',
    naam: 'Repair Café',
    beschrijving: 'Samen kapotte spullen repareren: fietsen, kleding en apparaten.',
    organisatie: buurt,
    levensgebieden: ['huishouden'],
    kenmerken: ['gratis', 'vereniging-of-buurtinitiatief', 'zonder-indicatie'],
    plek: plek('plek-buurthuis', '0102 AA', 'Lindeplein 4'),
  },
  {
    id: 'buurthuis',
    naam: 'Buurthuis De Linde',
    beschrijving: 'Binnenlopen voor een kop koffie, een praatje of een activiteit.',
    organisatie: buurt,
    levensgebieden: ['sociale-contacten'],
    kenmerken: ['zonder-indicatie', 'gratis'],
    plek: plek('plek-buurthuis', '0102 AA', 'Lindeplein 4'),
    roosters: [{ dagen: 'MO,TU,WE,TH,FR', open: '09:00', dicht: '17:00' }],
  },
  {
    id: 'maaltijd',
    naam: 'Maaltijd aan huis',
    beschrijving: 'Elke dag een warme maaltijd thuisbezorgd.',
    organisatie: { id: 'org-zorg', naam: 'Zorggroep Lindeborg' },
    levensgebieden: ['zelfzorg', 'huishouden'],
    kenmerken: ['eigen-bijdrage', 'zonder-indicatie'],
    plek: plek('plek-zorg', '0103 AA', 'Zorglaan 7'),
  },
  {
    id: 'plusbus',
    naam: 'Plusbus',
    beschrijving: 'Vervoer voor ouderen naar de dokter, de winkel of familie.',
    organisatie: buurt,
    levensgebieden: ['vervoer'],
    kenmerken: ['eigen-bijdrage', 'zonder-indicatie'],
  },
  {
    id: 'gestopt',
    naam: 'Schuldenspreekuur Oost',
    status: 'inactive',
    beschrijving: 'Dit spreekuur over schulden is gestopt.',
    organisatie: gemeentehuis,
    levensgebieden: ['financien'],
    kenmerken: ['gratis'],
    plek: plek('plek-oost', '0101 AA', 'Oostweg 1'),
  },
];
