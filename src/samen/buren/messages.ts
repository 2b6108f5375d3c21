/**
 * Texts of Samen's neighbours without a resident's record (decision 048): the public sign-up, the
 * coordinator's sign-ups page and the invitation. Dutch B1 ("je" form) and English with the same
 * keys; spread into ../messages.ts, which the catalog registers.
 */
export const nl = {
  'rol.buur': 'Buur (Samen)',
  'samen.buren.aanmelden.titel': 'Meedoen met Samen',
  'samen.buren.aanmelden.intro':
    'Buren helpen elkaar. Wil je iets doen voor een buur? Of wil je ook zelf hulp vragen? Meld je hier aan. Je hebt nog geen account nodig.',
  'samen.buren.aanmelden.daarna':
    'De coördinator van Samen bij de gemeente kijkt naar je aanmelding. Is het goed? Dan krijg je een e-mail met een link. Daarmee kies je een wachtwoord.',
  'samen.buren.aanmelden.privacy':
    'Wij bewaren je gegevens versleuteld. Alleen de coördinator ziet ze. Zegt de coördinator nee, dan wissen we ze.',
  'samen.buren.voornaam': 'Je voornaam',
  'samen.buren.email': 'Je e-mailadres',
  'samen.buren.email.uitleg': 'Hierheen sturen wij de link om een wachtwoord te kiezen.',
  'samen.buren.postcode': 'De cijfers van je postcode',
  'samen.buren.postcode.uitleg': 'Alleen de 4 cijfers, bijvoorbeeld 1234. Zo zoeken we buren dichtbij.',
  'samen.buren.geboortejaar': 'Je geboortejaar',
  'samen.buren.geboortejaar.uitleg': 'Je moet 18 jaar of ouder zijn.',
  'samen.buren.soort': 'Wat wil je doen?',
  'samen.buren.soort.vrijwilliger': 'Ik wil alleen helpen (vrijwilliger)',
  'samen.buren.soort.buurtbewoner': 'Ik wil helpen, en soms ook hulp vragen',
  'samen.buren.soort.vrijwilliger.kort': 'vrijwilliger',
  'samen.buren.soort.buurtbewoner.kort': 'buurtbewoner',
  'samen.buren.aanmelden.knop': 'Aanmelden',
  'samen.buren.aangemeld':
    'Dank je! We hebben je aanmelding. De coördinator kijkt ernaar. Je krijgt een e-mail als je aanmelding is goedgekeurd.',
  'samen.buren.te-vaak': 'Er zijn net te veel aanmeldingen gedaan. Probeer het over een uur nog eens.',
  'samen.buren.fout.voornaam': 'Vul je voornaam in.',
  'samen.buren.fout.email': 'Vul een e-mailadres in, zoals naam@voorbeeld.nl.',
  'samen.buren.fout.postcode': 'Vul de 4 cijfers van je postcode in, zoals 1234.',
  'samen.buren.fout.postcode-onbekend': 'Deze postcode kennen we niet. Kijk of de cijfers kloppen.',
  'samen.buren.fout.geboortejaar': 'Vul je geboortejaar in met 4 cijfers, zoals 1980.',
  'samen.buren.fout.te-jong': 'Je moet 18 jaar of ouder zijn om mee te doen.',
  'samen.buren.fout.soort': 'Kies wat je wilt doen.',
  // The coordinator's page
  'samen.buren.menu': 'Samen: aanmeldingen',
  'samen.buren.lijst.titel': 'Aanmeldingen voor Samen',
  'samen.buren.lijst.intro':
    'Deze buren willen meedoen, maar hebben nog geen account. Zeg je ja? Dan krijgen ze een account dat alleen Samen laat zien, en een e-mail om een wachtwoord te kiezen.',
  'samen.buren.lijst.vog':
    'Een vrijwilliger komt pas in een voorstel als je ook haar identiteit en haar VOG hebt gecontroleerd.',
  'samen.buren.lijst.geen': 'Er wachten nu geen aanmeldingen.',
  'samen.buren.lijst.persoon': '{voornaam}, postcode {postcode}',
  'samen.buren.lijst.gegevens': 'Wil meedoen als {soort}. Geboren in {geboortejaar}. Aangemeld op {datum}.',
  'samen.buren.lijst.onleesbaar':
    'Deze aanmelding kunnen we niet meer lezen (de sleutel is vervangen). Weiger haar; de buur kan zich opnieuw aanmelden.',
  'samen.buren.goedkeuren': 'Ja, {voornaam} mag meedoen',
  'samen.buren.weigeren': 'Nee, niet goedkeuren',
  'samen.buren.melding.goedgekeurd': 'Goedgekeurd. De buur krijgt een e-mail om een wachtwoord te kiezen.',
  'samen.buren.melding.geweigerd':
    'Niet goedgekeurd. De buur krijgt daarover een e-mail. De gegevens van de aanmelding zijn gewist.',
  'samen.buren.melding.uitgenodigd': 'De uitnodiging is verstuurd.',
  'samen.buren.fout.al-besloten': 'Over deze aanmelding is al besloten. Er is niets veranderd.',
  'samen.buren.mail.geweigerd.onderwerp': 'Je aanmelding voor Samen',
  'samen.buren.mail.geweigerd.tekst':
    'Hallo {naam},\n\nJe hebt je aangemeld om mee te doen met Samen in {gemeente}.\nDat kan nu helaas niet. We hebben je gegevens gewist.\n\nHeb je een vraag? Bel of mail dan de gemeente.\n',
  'samen.buren.fout.al-account':
    'Dit e-mailadres heeft al een account. Er is niets veranderd. Weiger de aanmelding en vraag de buur in te loggen.',
  'samen.buren.uitnodigen.titel': 'Een buur uitnodigen',
  'samen.buren.uitnodigen.uitleg':
    'Ken je iemand die wil meedoen? Zij krijgt een e-mail met een link om een wachtwoord te kiezen. Daarna vult ze zelf haar deel in.',
  'samen.buren.uitnodigen.knop': 'Uitnodiging versturen',
  'samen.buren.fout.email-bestaat': 'Dit e-mailadres heeft al een account.',
  'samen.buren.terug': 'Terug naar Samen: coördinatie',
  'samen.buren.naar-aanmeldingen': 'Aanmeldingen van buren zonder account',
  // Her own page
  'samen.buren.vrijwilliger.uitleg':
    'Je doet mee als vrijwilliger: je helpt buren. Daarom vragen we niet waar jij hulp bij wilt.',
  'samen.buren.jouw-gegevens': 'Alles wat Redzaam van je weet, en wie je gegevens bekeek',
  'samen.buren.kaart.tekst': 'Je deel van Samen: wat je kunt geven, en je afspraken met buren.',
  'samen.buren.wachtwoord.onderwerp': 'Je doet mee met Samen',
} as const;

export const en: Record<keyof typeof nl, string> = {
  'rol.buur': 'Neighbour (Samen)',
  'samen.buren.aanmelden.titel': 'Take part in Samen',
  'samen.buren.aanmelden.intro':
    'Neighbours help each other. Would you like to do something for a neighbour? Or would you also like to ask for help yourself? Sign up here. You do not need an account yet.',
  'samen.buren.aanmelden.daarna':
    "The gemeente's Samen coordinator looks at your sign-up. Is it fine? Then you get an e-mail with a link. With it you choose a password.",
  'samen.buren.aanmelden.privacy':
    'We keep your details encrypted. Only the coordinator sees them. If the coordinator says no, we erase them.',
  'samen.buren.voornaam': 'Your first name',
  'samen.buren.email': 'Your e-mail address',
  'samen.buren.email.uitleg': 'We send the link to choose a password here.',
  'samen.buren.postcode': 'The digits of your postcode',
  'samen.buren.postcode.uitleg':
    'Only the 4 digits, for example 1234. This way we look for neighbours nearby.',
  'samen.buren.geboortejaar': 'Your year of birth',
  'samen.buren.geboortejaar.uitleg': 'You must be 18 or older.',
  'samen.buren.soort': 'What would you like to do?',
  'samen.buren.soort.vrijwilliger': 'I only want to help (volunteer)',
  'samen.buren.soort.buurtbewoner': 'I want to help, and sometimes ask for help too',
  'samen.buren.soort.vrijwilliger.kort': 'volunteer',
  'samen.buren.soort.buurtbewoner.kort': 'neighbour',
  'samen.buren.aanmelden.knop': 'Sign up',
  'samen.buren.aangemeld':
    'Thank you! We have your sign-up. The coordinator will look at it. You get an e-mail when your sign-up is approved.',
  'samen.buren.te-vaak': 'Too many sign-ups were just made. Please try again in an hour.',
  'samen.buren.fout.voornaam': 'Fill in your first name.',
  'samen.buren.fout.email': 'Fill in an e-mail address, like name@example.com.',
  'samen.buren.fout.postcode': 'Fill in the 4 digits of your postcode, like 1234.',
  'samen.buren.fout.postcode-onbekend': 'We do not know this postcode. Check the digits.',
  'samen.buren.fout.geboortejaar': 'Fill in your year of birth with 4 digits, like 1980.',
  'samen.buren.fout.te-jong': 'You must be 18 or older to take part.',
  'samen.buren.fout.soort': 'Choose what you would like to do.',
  'samen.buren.menu': 'Samen: sign-ups',
  'samen.buren.lijst.titel': 'Sign-ups for Samen',
  'samen.buren.lijst.intro':
    'These neighbours want to take part but have no account yet. Do you say yes? Then they get an account that shows only Samen, and an e-mail to choose a password.',
  'samen.buren.lijst.vog':
    'A volunteer is only put in a proposal once you have also checked her identity and her certificate of conduct (VOG).',
  'samen.buren.lijst.geen': 'No sign-ups are waiting now.',
  'samen.buren.lijst.persoon': '{voornaam}, postcode {postcode}',
  'samen.buren.lijst.gegevens':
    'Wants to take part as a {soort}. Born in {geboortejaar}. Signed up on {datum}.',
  'samen.buren.lijst.onleesbaar':
    'We can no longer read this sign-up (the key was replaced). Refuse it; the neighbour can sign up again.',
  'samen.buren.goedkeuren': 'Yes, {voornaam} may take part',
  'samen.buren.weigeren': 'No, do not approve',
  'samen.buren.melding.goedgekeurd': 'Approved. The neighbour gets an e-mail to choose a password.',
  'samen.buren.melding.geweigerd':
    "Not approved. The neighbour gets an e-mail about it. The sign-up's details were erased.",
  'samen.buren.melding.uitgenodigd': 'The invitation was sent.',
  'samen.buren.fout.al-besloten': 'This sign-up was already decided. Nothing was changed.',
  'samen.buren.mail.geweigerd.onderwerp': 'Your sign-up for Samen',
  'samen.buren.mail.geweigerd.tekst':
    'Hello {naam},\n\nYou signed up to take part in Samen in {gemeente}.\nUnfortunately that is not possible now. We have deleted your details.\n\nDo you have a question? Then call or e-mail the gemeente.\n',
  'samen.buren.fout.al-account':
    'This e-mail address already has an account. Nothing was changed. Refuse the sign-up and ask the neighbour to log in.',
  'samen.buren.uitnodigen.titel': 'Invite a neighbour',
  'samen.buren.uitnodigen.uitleg':
    'Do you know someone who wants to take part? She gets an e-mail with a link to choose a password. Then she fills in her part herself.',
  'samen.buren.uitnodigen.knop': 'Send the invitation',
  'samen.buren.fout.email-bestaat': 'This e-mail address already has an account.',
  'samen.buren.terug': 'Back to Samen: coordination',
  'samen.buren.naar-aanmeldingen': 'Sign-ups of neighbours without an account',
  'samen.buren.vrijwilliger.uitleg':
    'You take part as a volunteer: you help neighbours. That is why we do not ask what you would like help with.',
  'samen.buren.jouw-gegevens': 'Everything Redzaam knows about you, and who looked at your details',
  'samen.buren.kaart.tekst': 'Your part of Samen: what you can give, and your arrangements with neighbours.',
  'samen.buren.wachtwoord.onderwerp': 'You take part in Samen',
};
