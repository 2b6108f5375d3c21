import { formatIsoDate } from '../platform/dates.js';
import { alsZin, type LeesbaarContext } from '../platform/extensions/secties.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import { FASEN } from './rules.js';
import type { exporteerWaakvlam } from './sectie.js';

type Export = Awaited<ReturnType<typeof exporteerWaakvlam>>;

/** Her lines of signals ("Ik slaap slecht" per line) as sentences: each ends with a full stop. */
function alsZinnen(tekst: string): string {
  return tekst
    .split('\n')
    .map((r) => r.trim())
    .filter(Boolean)
    .map(alsZin)
    .join(' ');
}

/**
 * The waakvlam in plain words for "Alles wat Redzaam van je weet" (pure): her plan per phase in
 * her words, what she gets asked and how often, who is told, how it goes now, every check-in
 * with her answers, and every change of phase or support. `namen`: account id → name, for the
 * people she chose.
 */
export function waakvlamLeesbaar(
  data: Export,
  { t, locale, gebied }: LeesbaarContext,
  namen: ReadonlyMap<string, string>,
): PdfBlok[] {
  const datum = (iso: string) => formatIsoDate(iso, locale);
  const fase = (code: string) => t(`waakvlam.fase.${code}` as MessageKey);
  const steun = (n: number) => t(`waakvlam.alles.steun.${n}` as MessageKey);
  const wie = (ids: readonly string[]) =>
    ids.map((id) => namen.get(id) ?? t('waakvlam.alles.iemand')).join(', ');
  const { plan } = data;
  if (!plan && data.checkins.length === 0) return [{ soort: 'alinea', tekst: t('sectie.leeg') }];
  const blokken: PdfBlok[] = [];
  if (plan) {
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('waakvlam.alles.plan') },
      {
        soort: 'alinea',
        tekst: t('waakvlam.alles.gemaakt', {
          gemaakt: datum(plan.aangemaakt),
          gewijzigd: datum(plan.gewijzigd),
        }),
      },
      {
        soort: 'alinea',
        tekst: t('waakvlam.alles.nu', { fase: fase(plan.fase), steun: steun(plan.intensiteit) }),
      },
    );
    for (const f of FASEN) {
      const inhoud = plan.fasen[f];
      const delen = (['signalen', 'zelf', 'netwerk', 'professionals'] as const).filter(
        (d) => (inhoud?.[d] ?? '').trim() !== '',
      );
      blokken.push({ soort: 'kop', niveau: 3, tekst: t('waakvlam.plan.fase', { fase: fase(f) }) });
      blokken.push(
        delen.length === 0
          ? { soort: 'alinea', tekst: t('waakvlam.plan.leeg') }
          : {
              soort: 'lijst',
              items: delen.map((d) => `${t(`waakvlam.deel.${d}`)} ${alsZinnen(inhoud[d])}`),
            },
      );
    }
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('waakvlam.checkins.kop') },
      {
        soort: 'lijst',
        items: [
          t('waakvlam.checkins.ritme', { dagen: plan.elkeDagen, datum: datum(plan.volgendeCheckin) }),
          plan.levensgebieden.length > 0
            ? t('waakvlam.alles.gebieden', { gebieden: plan.levensgebieden.map(gebied).join(', ') })
            : t('waakvlam.alles.gebieden.geen'),
          plan.geenAntwoordNaDagen === null
            ? t('waakvlam.alles.stilte.nooit')
            : t('waakvlam.alles.stilte', { dagen: plan.geenAntwoordNaDagen }),
          t('waakvlam.alles.afschalen', { keer: plan.minderSteunVragenNa }),
          plan.gekozenAccounts.length > 0
            ? t('waakvlam.checkins.gekozen', { namen: wie(plan.gekozenAccounts) })
            : t('waakvlam.checkins.niemand'),
          ...(plan.alleenFaseAccounts.length > 0
            ? [t('waakvlam.alles.alleen-fase', { namen: wie(plan.alleenFaseAccounts) })]
            : []),
        ],
      },
    );
  }
  if (data.checkins.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('waakvlam.alles.antwoorden') },
      {
        soort: 'lijst',
        items: data.checkins.map((c) => {
          if (!c.beantwoord || !c.antwoorden)
            return t('waakvlam.alles.checkin.open', { datum: datum(c.verstuurd), tot: datum(c.verloopt) });
          const { gebieden, signalen } = c.antwoorden;
          const oordeel = (o: string) => t(`waakvlam.oordeel.${o}` as MessageKey).toLowerCase();
          const gemerkt = [...(signalen['let-op'] ?? []), ...(signalen.crisis ?? [])];
          return [
            t('waakvlam.alles.checkin', { datum: datum(c.beantwoord), fase: fase(c.fase ?? 'goed') }),
            ...Object.entries(gebieden).map(([code, o]) =>
              code === 'algemeen'
                ? t('waakvlam.alles.algemeen', { oordeel: oordeel(o) })
                : t('waakvlam.alles.gebied', { gebied: gebied(code), oordeel: oordeel(o) }),
            ),
            gemerkt.length > 0
              ? t('waakvlam.alles.gemerkt', { signalen: gemerkt.join('; ') })
              : t('waakvlam.alles.niets-gemerkt'),
          ].join(' ');
        }),
      },
    );
  if (data.overgangen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('waakvlam.alles.overgangen') },
      {
        soort: 'lijst',
        items: data.overgangen.map((o) =>
          t('waakvlam.alles.overgang', {
            datum: datum(o.op),
            reden: t(`waakvlam.reden.${o.reden}` as MessageKey),
            fase: fase(o.naar),
            steun: steun(o.intensiteit),
          }),
        ),
      },
    );
  return blokken;
}
