/**
 * The reviewed lists of the B1 test (src/leesbaarheid.test.ts, issue 18 item 7).
 *
 * TOEGESTAAN: messages with a sentence above the readability bar that stays, with the reason.
 * BEGRIPPEN: words a resident meets elsewhere too, kept and explained in plain words: the
 * explanation text (`uitleg`, shown on the pages as "Wat betekent dit?") and every message
 * that uses the word, with where she finds the explanation.
 */

export const TOEGESTAAN: Record<string, string> = {
  'gesprekken.voeren.betrokkenen.uitleg':
    'For the professional: a list of roles (vrijwilliger, hulpverlener); the long words are the roles themselves.',
  'logboek.geweigerd.update':
    'A log sentence of placeholders (who, what, when, why): the test fills each with one name, which scores it low; it reads as "Jij probeerde de toegang van Bram te veranderen op 3 maart om 10:00."',
  'logboek.groep.beoordeling.update':
    'A log sentence of placeholders grouping repeated lines (issue 18 item 3); it reads as "Jij veranderde 4 antwoorden bij Hoe het gaat op 3 maart, tussen 10:00 en 10:20."',
  'samen.coordinatie.ronde.klaar':
    'For the coordinator: three counts as placeholders ("12 mensen deden mee, 3 nieuwe voorstellen, …"); the test fills them with a name, which scores it low.',
  'uitnodiging.vertegenwoordiger':
    '"Wettelijke vertegenwoordiger" is the legal role (curator, mentor, bewindvoerder); it must be named exactly.',
  'mail.vertegenwoordiging.onderwerp':
    'Mail subject naming the legal role "wettelijke vertegenwoordiger" exactly, as the letter from the court does.',
  'logboek.vertegenwoordiging.create':
    'A log sentence: the legal role is named exactly. The log sentences are reworded in issue 18 item 3 (another branch).',
  'logboek.systeem.voorbeeldgegevens':
    'A log sentence about demo data ("voorbeeldgegevens" is one long word); reworded with the log in issue 18 item 3.',
  'tweede-factor.instellen.stap1':
    'Names of authenticator apps (Microsoft Authenticator, Google Authenticator, FreeOTP): she must recognise them in her app store.',
};

/**
 * Words above B1 that issue 18 found and that were rewritten: they must not come back in Dutch
 * text ("regie-spiegel", "zorgsysteem", "Uitnodiging intrekken", "Toelichting", …).
 */
export const HERSCHREVEN =
  /regie-spiegel|zorgsysteem|intrekken|toelichting|gelijkwaardig|initiatief van|houdt zelf de regie|regie over|eigen regie|Meer hulp bij \{/i;

export type Begrip = {
  /** How the word is found in a Dutch message */
  patroon: RegExp;
  /** The message key of its explanation */
  uitleg: string;
  /** Every other message with the word: key → where the explanation stands */
  plekken: Record<string, string>;
};

export const BEGRIPPEN: Record<string, Begrip> = {
  waakvlam: {
    patroon: /waakvlam/i,
    uitleg: 'begrip.waakvlam',
    plekken: {
      'waakvlam.link.terug':
        'link back to her Waakvlam page, which shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'sectie.waakvlam':
        'section name in Mijn gegevens and Wie kan wat zien; links to the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'sectie.waakvlam.je':
        'same section name inside a sentence; the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'waakvlam.intensiteit.1':
        'phase label on the Waakvlam page itself; the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'waakvlam.menu':
        'menu entry and overview card; the card text says what it is (waakvlam.kaart.tekst), and the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'waakvlam.plan.gekozen.geen':
        'on the Waakvlam plan form, reached from the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'waakvlam.terug':
        'link back to the Waakvlam page, where the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'waakvlam.titel':
        'the page heading; the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
      'waakvlam.titel.ander':
        'the heading for someone who helps; the Waakvlam page shows "Wat betekent Waakvlam?" under its heading (waakvlam/pages/overzicht-page.tsx)',
    },
  },
  crisiskaart: {
    patroon: /crisiskaart/i,
    uitleg: 'begrip.crisiskaart',
    plekken: {
      'nood.via-kaart':
        'for a professional opening emergency access from the QR code on the card; the card itself is what this access shows',
      'crisiskaart.mail.vraag.onderwerp':
        'mail subject, a link only: the page it opens explains the card (the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx))',
      'crisiskaart.pdf.titel':
        'title of the printed card she made herself; the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
      'crisiskaart.pdf.voor':
        'title of the printed card she made herself; the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
      'crisiskaart.titel.ander':
        'the heading for someone who helps; the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
      'overzicht.inwoner.intro':
        'Mijn overzicht: the card right below says in plain words what it is (crisiskaart.overzicht.tekst)',
      'gegevens.overzicht.noodtoegang.kop':
        'heading in her data overview; the card is explained where she made it (the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx))',
      'mail.nood.onderwerp':
        'mail after an emergency opening, a link only; the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
      'mail.nood.tekst.inwoner':
        'mail after an emergency opening, a link only; the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
      'mail.nood.tekst.naaste':
        'mail to someone she chose to be told; the link opens the card page, where the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
      'nood.intro': 'for professionals with emergency access, who use the word daily',
      'nood.knop': 'for professionals with emergency access, who use the word daily',
      'nood.titel': 'for professionals with emergency access, who use the word daily',
      'sectie.crisiskaart':
        'section name in Mijn gegevens and Wie kan wat zien; links to the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
      'sectie.crisiskaart.je':
        'same section name inside a sentence; the crisiskaart page shows "Wat betekent Crisiskaart?" under its heading (crisiskaart/pages/kaart-page.tsx)',
    },
  },
  keukentafelgesprek: {
    patroon: /keukentafelgesprek/i,
    uitleg: 'begrip.keukentafelgesprek',
    plekken: {
      'gesprekken.voeren.titel':
        "the professional's page heading for the talk; professionals know the word, and the resident's own gesprekken page explains it",
      'gesprekken.verslag.titel':
        'heading of the report, reached from her gesprekken page, which shows "Wat betekent keukentafelgesprek?"',
      'gesprekken.intro':
        'explains it itself ("een gesprek over je hele leven: het keukentafelgesprek"), and the page shows "Wat betekent keukentafelgesprek?"',
      'plan.aanleiding.keukentafelgesprek':
        'on her plan, for a goal that came from the conversation she had herself; the Gesprekken page explains the word',
    },
  },
  'positieve-gezondheid': {
    patroon: /positieve gezondheid/i,
    uitleg: 'begrip.positieve-gezondheid',
    plekken: {
      'vragenlijst.beheer.link': 'for beheerders (a method they choose to offer)',
      'vragenlijst.beheer.intro': 'for beheerders; says in the same sentence what it is',
      'vragenlijst.beheer.opgeslagen.aan': 'for beheerders (a method they choose to offer)',
      'vragenlijst.beheer.opgeslagen.uit': 'for beheerders (a method they choose to offer)',
      'vragenlijst.beheer.titel': 'for beheerders (a method they choose to offer)',
      'vragenlijst.beheer.vraag': 'for beheerders (a method they choose to offer)',
      'vragenlijst.pg.invullen.titel':
        'the form, reached from the Positieve gezondheid page, which shows "Wat betekent Positieve gezondheid?"',
      'vragenlijst.pg.titel':
        'the page heading; the intro and "Wat betekent Positieve gezondheid?" follow it',
      'vragenlijst.pg.titel-ander':
        'the page heading for someone who helps; "Wat betekent Positieve gezondheid?" follows it',
    },
  },
  ervaringsdeskundige: {
    patroon: /ervaringsdeskundig/i,
    uitleg: 'begrip.ervaringsdeskundige',
    plekken: {
      'netwerk.relatie.ervaringsdeskundige':
        "a relationship she picks herself for someone in her network: that person's own role",
      'socialeKaartBeheer.kenmerk.ervaringsdeskundigen':
        'for beheerders of the sociale kaart; residents see "mensen die het zelf hebben meegemaakt"',
      // The Samen coordinator's groups page (professionals only), which explains the word itself.
      ...Object.fromEntries(
        [
          'uitleg.lotgenoten',
          'leider.lotgenoten',
          'lotgenoten.niemand',
          'fout.leider-geen-ervaringsdeskundige',
          'ervaring.kop',
          'ervaring.uitleg',
          'ervaring.is',
          'ervaring.niet',
          'ervaring.maak',
          'ervaring.haal-weg',
        ].map((k) => [
          `samen.coordinatie.groepen.${k}`,
          "the Samen coordinator's groups page (professionals only); its 'Ervaringsdeskundigen' part says what the word means",
        ]),
      ),
    },
  },
  indicatie: {
    patroon: /\bindicatie/i,
    uitleg: 'begrip.indicatie',
    plekken: {
      'socialeKaartBeheer.kenmerk.zonder-indicatie':
        'for beheerders of the sociale kaart; residents see "Je kunt er zelf heen"',
    },
  },
  regievoerder: {
    patroon: /regievoerder/i,
    uitleg: 'begrip.regievoerder',
    plekken: {
      'gesprekken.voeren.regievoerder': 'explains it itself: "Wie houdt het overzicht (regievoerder)?"',
      'gesprekken.voeren.regievoerder.uitleg':
        'on the professional\'s conversation page, right under "Wie houdt het overzicht (regievoerder)?"',
      'plan.waarschuwing.uitleg': 'explains it itself: "één regievoerder die het overzicht houdt"',
      'plan.knop.regievoerder':
        'on the plan page, under the heading Regievoerder with "Wat betekent regievoerder?"',
      'plan.wie.is-regievoerder':
        'on the plan page, which shows "Wat betekent regievoerder?" under the heading Regievoerder',
      'plan.regievoerder.kop':
        'the heading; "Wat betekent regievoerder?" follows it (plan/pages/plan-page.tsx)',
      'plan.regievoerder.geen': 'under the heading Regievoerder, after "Wat betekent regievoerder?"',
    },
  },
  fhir: {
    patroon: /\bFHIR\b/,
    uitleg: 'begrip.fhir',
    plekken: {
      'gegevens.download.fhir.tekst':
        'explains it itself: "een vaste vorm die zulke programma\'s kunnen lezen. Die vorm heet FHIR."',
    },
  },
};
