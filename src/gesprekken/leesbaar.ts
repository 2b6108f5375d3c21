import { formatIsoDate } from '../platform/dates.js';
import { alsZin, type LeesbaarContext } from '../platform/extensions/secties.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import type { exporteerGesprekken } from './sectie.js';
import { vraagTekst } from './weergave.js';

type Export = Awaited<ReturnType<typeof exporteerGesprekken>>;

/**
 * The keukentafelgesprekken in plain words for "Alles wat Redzaam van je weet" (pure): per
 * request for help its deadlines, her own preparation, the professional's notes of the talk,
 * every version of the report with her decision, and the netwerkberaad.
 */
export function gesprekkenLeesbaar(data: Export, { t, locale, gebied }: LeesbaarContext): PdfBlok[] {
  if (data.gesprekken.length === 0) return [{ soort: 'alinea', tekst: t('sectie.leeg') }];
  const datum = (iso: string) => formatIsoDate(iso, locale);
  const doel = (d: { tekst: string; gebied: string }) =>
    t('gesprekken.alles.doel', { tekst: d.tekst, gebied: gebied(d.gebied) });
  const metLabel = (label: MessageKey, tekst: string) => (tekst ? [`${t(label)}: ${alsZin(tekst)}`] : []);
  const blokken: PdfBlok[] = [];
  for (const g of data.gesprekken) {
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('gesprekken.alles.hulpvraag', { datum: datum(g.gemeldOp) }) },
      {
        soort: 'lijst',
        items: [
          g.persoonlijkPlanIngediendOp
            ? t('gesprekken.alles.plan-ingeleverd', { datum: datum(g.persoonlijkPlanIngediendOp) })
            : t('gesprekken.alles.plan-uiterlijk', { datum: datum(g.persoonlijkPlanUiterlijk) }),
          t('gesprekken.alles.onderzoek', { datum: datum(g.onderzoekUiterlijk) }),
        ],
      },
    );
    const v = g.voorbereiding;
    if (v) {
      blokken.push({ soort: 'alinea', tekst: t('gesprekken.alles.voorbereiding') });
      const items = [
        ...v.gebieden.map((code) => {
          const p = v.perGebied[code];
          return [
            `${gebied(code)}.`,
            ...(p?.goed ? [t('gesprekken.plan.goed', { tekst: alsZin(p.goed) })] : []),
            ...(p?.wil ? [t('gesprekken.plan.wil', { tekst: alsZin(p.wil) })] : []),
          ].join(' ');
        }),
        ...metLabel('gesprekken.plan.niet-vragen', v.nietVragen),
        ...metLabel('gesprekken.plan.geven', v.geven),
      ];
      if (items.length > 0) blokken.push({ soort: 'lijst', items });
      if (v.vragen.length > 0)
        blokken.push(
          { soort: 'alinea', tekst: t('gesprekken.alles.vragen') },
          { soort: 'lijst', items: v.vragen.map((c) => vraagTekst(c, t)) },
        );
    }
    const a = g.aantekeningen;
    if (a) {
      blokken.push({ soort: 'alinea', tekst: t('gesprekken.alles.aantekeningen') });
      blokken.push({
        soort: 'lijst',
        items: [
          ...a.agenda.map((code) => `${gebied(code)}: ${a.perGebied[code] || t('gesprekken.verslag.niets')}`),
          ...a.doelen.map(doel),
          ...metLabel('gesprekken.verslag.betrokkenen', a.betrokkenen),
          ...metLabel('gesprekken.verslag.regievoerder', a.regievoerder),
          ...(a.vragen.length > 0
            ? [t('gesprekken.alles.besproken', { vragen: a.vragen.map((c) => vraagTekst(c, t)).join(' ') })]
            : []),
        ],
      });
    }
    for (const versie of g.verslag) {
      blokken.push({
        soort: 'alinea',
        tekst: [
          t('gesprekken.alles.verslag', {
            nummer: versie.versie,
            wie: versie.door.naam ?? t('gesprekken.verslag.onbekend'),
            datum: datum(versie.aangemaakt),
          }),
          versie.besluit && versie.besloten
            ? t(`gesprekken.alles.verslag.${versie.besluit === 'akkoord' ? 'akkoord' : 'oneens'}`, {
                datum: datum(versie.besloten),
              })
            : t('gesprekken.alles.verslag.open'),
        ].join(' '),
      });
      const i = versie.inhoud;
      blokken.push({
        soort: 'lijst',
        items: [
          ...i.perGebied.map((p) => `${gebied(p.code)}: ${p.tekst || t('gesprekken.verslag.niets')}`),
          ...i.doelen.map(doel),
          ...metLabel('gesprekken.verslag.betrokkenen', i.betrokkenen),
          ...metLabel('gesprekken.verslag.regievoerder', i.regievoerder),
          ...metLabel('gesprekken.alles.reactie', versie.reactie),
          ...(versie.doelenVoorgesteld
            ? [t('gesprekken.alles.naar-plan', { datum: datum(versie.doelenVoorgesteld) })]
            : []),
        ],
      });
    }
    const b = g.netwerkberaad;
    if (b) {
      blokken.push({
        soort: 'alinea',
        tekst: t('gesprekken.alles.beraad', {
          datum: datum(b.datum),
          onderwerpen: b.agenda.map(gebied).join(', '),
        }),
      });
      blokken.push({
        soort: 'lijst',
        items: [
          ...metLabel('gesprekken.beraad.informatie.kop', b.informatie),
          ...b.genodigden.map((x) =>
            [
              t(
                x.antwoord === 'komt'
                  ? 'gesprekken.beraad.genodigde.komt'
                  : x.antwoord === 'komt-niet'
                    ? 'gesprekken.beraad.genodigde.komt-niet'
                    : 'gesprekken.beraad.genodigde.open',
                { naam: x.naam ?? t('gesprekken.verslag.onbekend') },
              ),
              ...(x.aanbod ? [t('gesprekken.beraad.aanbod', { aanbod: alsZin(x.aanbod) })] : []),
            ].join(' '),
          ),
          ...b.afspraken.map((af) =>
            t('gesprekken.beraad.afspraak.regel', {
              tekst: af.tekst,
              gebied: gebied(af.gebied),
              wie: af.wie || t('gesprekken.beraad.afspraak.niemand'),
            }),
          ),
          b.besluit && b.besloten
            ? t(`gesprekken.alles.beraad.${b.besluit === 'akkoord' ? 'akkoord' : 'oneens'}`, {
                datum: datum(b.besloten),
              })
            : t('gesprekken.alles.beraad.open'),
          ...metLabel('gesprekken.alles.reactie', b.reactie),
        ],
      });
    }
  }
  return blokken;
}
