import { formatIsoDate } from '../platform/dates.js';
import type { LeesbaarContext } from '../platform/extensions/secties.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import { naamVan, type VaardigheidInstelling } from './lijst/rules.js';
import type { exporteerSamen } from './sectie.js';

type Export = Awaited<ReturnType<typeof exporteerSamen>>;

/** How many parts of the week a bit mask of day parts holds. */
function aantalDagdelen(masker: number): number {
  let n = 0;
  for (let m = masker; m > 0; m >>>= 1) n += m & 1;
  return n;
}

/**
 * Samen in plain words for "Alles wat Redzaam van je weet" (pure): her part (what she offers and
 * asks, where and when, how to reach her), the proposals with her answer, the help given and
 * received, her groups, and her reports; skills by the gemeente's own names.
 */
export function samenLeesbaar(
  data: Export,
  lijst: readonly VaardigheidInstelling[],
  { t, locale }: LeesbaarContext,
): PdfBlok[] {
  if (!data.doetMee) return [{ soort: 'alinea', tekst: t('samen.alles.doet-niet-mee') }];
  const datum = (iso: string) => formatIsoDate(iso, locale);
  // By the names her gemeente gave its skills (decision 045), as her Samen page shows them.
  const naam = (code: string) =>
    naamVan(lijst, code, locale, (c) => t(`samen.vaardigheid.${c}` as MessageKey));
  const vaardigheden = (codes: readonly string[]) => codes.map((c) => naam(c).toLowerCase()).join(', ');
  const { deel } = data;
  const wens = (soort: 'aanbod' | 'vraag') => {
    const w = deel[soort];
    if (!w || w.vaardigheden.length === 0) return [];
    return [
      t(`samen.alles.${soort}`, { wat: vaardigheden(w.vaardigheden) }),
      `${t(`samen.frequentie.${w.frequentie}`)}. ${t(`samen.vorm.${w.vorm}`)}.`,
      ...(w.toelichting ? [`${t('samen.alles.toelichting')}: ${w.toelichting}`] : []),
    ];
  };
  const blokken: PdfBlok[] = [
    { soort: 'kop', niveau: 3, tekst: t('samen.alles.deel') },
    {
      soort: 'lijst',
      items: [
        t('samen.alles.wie', { voornaam: deel.voornaam, wijk: deel.wijk, postcode: deel.postcode }),
        t('samen.alles.plek', { km: deel.maxKm }),
        t('samen.alles.dagdelen', { aantal: aantalDagdelen(deel.dagdelen) }),
        ...(deel.geboortejaar ? [t('samen.alles.geboortejaar', { jaar: deel.geboortejaar })] : []),
        ...(deel.geslacht ? [`${t('samen.alles.geslacht')}: ${t(`samen.geslacht.${deel.geslacht}`)}`] : []),
        ...(deel.alleenVrouwen ? [t('samen.alles.alleen-vrouwen')] : []),
        t(deel.opNetwerkkaart ? 'samen.alles.netwerkkaart.ja' : 'samen.alles.netwerkkaart.nee'),
        ...(deel.contact.telefoon ? [t('samen.voorstel.telefoon', { telefoon: deel.contact.telefoon })] : []),
        ...(deel.contact.email ? [t('samen.voorstel.email', { email: deel.contact.email })] : []),
        ...wens('aanbod'),
        ...wens('vraag'),
        ...(deel.gepauzeerd ? [t('samen.alles.gepauzeerd', { datum: datum(deel.gepauzeerd) })] : []),
        ...(deel.identiteitGecontroleerd
          ? [t('samen.alles.identiteit', { datum: datum(deel.identiteitGecontroleerd) })]
          : []),
        ...(deel.vogGecontroleerd ? [t('samen.alles.vog', { datum: datum(deel.vogGecontroleerd) })] : []),
        ...(deel.aantalGeblokkeerd > 0
          ? [t('samen.alles.geblokkeerd', { aantal: deel.aantalGeblokkeerd })]
          : []),
      ],
    },
  ];
  if (data.voorstellen.length > 0) {
    blokken.push({ soort: 'kop', niveau: 3, tekst: t('samen.voorstellen.titel') });
    for (const v of data.voorstellen)
      blokken.push({
        soort: 'lijst',
        items: [
          t('samen.alles.voorstel', { soort: t(`samen.voorstel.${v.soort}`), datum: datum(v.gemaakt) }),
          ...(v.ikGeef.length > 0 ? [t('samen.alles.ik-geef', { wat: vaardigheden(v.ikGeef) })] : []),
          ...(v.ikKrijg.length > 0 ? [t('samen.alles.ik-krijg', { wat: vaardigheden(v.ikKrijg) })] : []),
          v.mijnAntwoord === 'open'
            ? t('samen.alles.nog-geen-antwoord', { datum: datum(v.verloopt) })
            : t(`samen.voorstel.jouwantwoord.${v.mijnAntwoord}`),
        ],
      });
  }
  const { gegeven, ontvangen } = data.gegevenEnOntvangen;
  if (gegeven.length + ontvangen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('samen.alles.geholpen') },
      {
        soort: 'lijst',
        items: [
          ...(gegeven.length > 0 ? [t('samen.alles.gegeven', { wat: vaardigheden(gegeven) })] : []),
          ...(ontvangen.length > 0 ? [t('samen.alles.ontvangen', { wat: vaardigheden(ontvangen) })] : []),
        ],
      },
    );
  if (data.groepen.length > 0) {
    blokken.push({ soort: 'kop', niveau: 3, tekst: t('samen.groepen.titel') });
    for (const g of data.groepen)
      blokken.push({
        soort: 'lijst',
        items: [
          t('samen.groep.kop', {
            soort: t(`samen.groep.soort.${g.soort}`),
            thema: naam(g.thema),
          }),
          ...(g.leider ? [t(`samen.groep.leider.${g.soort}`, { naam: g.leider })] : []),
          ...(g.plek ? [t('samen.groep.plek', g.plek)] : []),
          ...(g.gestart ? [t('samen.groep.status.gestart')] : []),
          g.mijnAntwoord === 'open'
            ? t('samen.alles.nog-geen-antwoord', { datum: datum(g.verloopt) })
            : t(`samen.groep.jouw.${g.mijnAntwoord}`),
        ],
      });
  }
  if (data.meldingen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('samen.alles.meldingen') },
      {
        soort: 'lijst',
        items: data.meldingen.map((m) =>
          [
            t('samen.alles.melding', { datum: datum(m.op), reden: t(`samen.veilig.reden.${m.reden}`) }),
            m.afgehandeld ? t('samen.alles.afgehandeld', { datum: datum(m.afgehandeld) }) : '',
          ]
            .filter(Boolean)
            .join(' '),
        ),
      },
    );
  return blokken;
}
