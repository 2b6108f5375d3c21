import { formatIsoDate } from '../platform/dates.js';
import { alsZin, type LeesbaarContext } from '../platform/extensions/secties.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import type { PdfBlok } from '../platform/pdf/pdf-document.js';
import type { exporteerPlan } from './sectie.js';
import { voorstelSleutel } from './weergave.js';

type Export = Awaited<ReturnType<typeof exporteerPlan>>;
type Actie = Export['doelen'][number]['acties'][number];

/**
 * Mijn plan in plain words for "Alles wat Redzaam van je weet" (pure): every goal in her words
 * with its part of life, why and when it worked, every action with who does it, when and how it
 * stands, the notes, who belongs to the plan and what they may do, the regievoerder, her
 * household link and the proposals of others with what became of them.
 */
export function planLeesbaar(data: Export, { t, locale, gebied }: LeesbaarContext): PdfBlok[] {
  const datum = (iso: string) => formatIsoDate(iso, locale);
  const naamVan = (accountId: string | null) => data.team.find((p) => p.accountId === accountId);
  const wie = (a: Actie): string => {
    switch (a.doener) {
      case 'ikzelf':
        return t('plan.doener.ikzelf');
      case 'netwerk':
        return a.netwerkPersoon?.naam
          ? t('plan.doener.netwerk.naam', { naam: a.netwerkPersoon.naam })
          : t('plan.doener.netwerk.anoniem');
      case 'vrijwilliger':
        return a.doenerNaam
          ? t('plan.doener.vrijwilliger.naam', { naam: a.doenerNaam })
          : t('plan.doener.vrijwilliger');
      default: {
        const p = naamVan(a.doenerAccountId);
        const naam = p?.naam ?? a.doenerNaam;
        if (p?.organisatie)
          return t('plan.doener.professional.organisatie', { naam, organisatie: p.organisatie });
        return naam ? t('plan.doener.professional.naam', { naam }) : t('plan.doener.professional');
      }
    }
  };
  const blokken: PdfBlok[] = [];
  if (data.doelen.length === 0) blokken.push({ soort: 'alinea', tekst: t('plan.doelen.leeg') });
  for (const d of data.doelen) {
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('plan.alles.doel', { doel: d.doel }) },
      {
        soort: 'lijst',
        items: [
          t('plan.alles.gemaakt', { datum: datum(d.aangemaakt) }),
          ...(d.levensgebieden.length > 0
            ? [t('plan.doel.gebieden', { gebieden: d.levensgebieden.map(gebied).join(', ') })]
            : []),
          ...(d.waarom ? [t('plan.doel.waarom', { waarom: d.waarom })] : []),
          ...(d.geluktAls ? [t('plan.doel.gelukt-als', { gelukt: d.geluktAls })] : []),
          ...(d.evaluatieOp ? [t('plan.doel.evaluatie', { datum: datum(d.evaluatieOp) })] : []),
          ...(d.aanleiding ? [t(`plan.aanleiding.${d.aanleiding}`)] : []),
        ],
      },
    );
    if (d.acties.length === 0) blokken.push({ soort: 'alinea', tekst: t('plan.acties.leeg') });
    for (const a of d.acties)
      blokken.push(
        { soort: 'alinea', tekst: t('plan.alles.actie', { wat: a.wat }) },
        {
          soort: 'lijst',
          items: [
            t('plan.actie.wie', { wie: wie(a) }),
            t('plan.actie.wanneer', { wanneer: a.wanneer ? datum(a.wanneer) : t('plan.alles.geen-datum') }),
            t('plan.actie.status', { status: t(`plan.status.${a.status}` as MessageKey) }) +
              (a.statusWaarom ? ` ${t('plan.actie.waarom', { waarom: a.statusWaarom })}` : ''),
            ...(a.evaluatieOp ? [t('plan.actie.evaluatie', { datum: datum(a.evaluatieOp) })] : []),
            ...a.notities.map((n) =>
              t('plan.notitie.regel', {
                wie: n.van ?? t('plan.wie.onbekend'),
                datum: datum(n.op),
                tekst: n.tekst,
              }),
            ),
          ],
        },
      );
  }
  blokken.push(
    { soort: 'kop', niveau: 3, tekst: t('plan.wie.kop') },
    {
      soort: 'lijst',
      items:
        data.team.length === 0
          ? [t('plan.alles.team.leeg')]
          : data.team.map((p) => {
              const rol = t(
                p.vertegenwoordiger
                  ? 'plan.wie.rol.vertegenwoordiger'
                  : p.rol === 'professional'
                    ? 'plan.wie.rol.professional'
                    : 'plan.wie.rol.naaste',
              );
              return [
                p.organisatie
                  ? t('plan.wie.regel.organisatie', { naam: p.naam, rol, organisatie: p.organisatie })
                  : t('plan.wie.regel', { naam: p.naam, rol }),
                t(p.niveau ? (`plan.wie.niveau.${p.niveau}` as MessageKey) : 'plan.wie.niveau.geen'),
              ].join(' ');
            }),
    },
    {
      soort: 'alinea',
      tekst: naamVan(data.regievoerder)
        ? t('plan.regievoerder.is', { naam: naamVan(data.regievoerder)?.naam ?? '' })
        : t('plan.regievoerder.geen'),
    },
  );
  if (data.huishouden)
    blokken.push({
      soort: 'alinea',
      tekst: t('plan.alles.huishouden', {
        datum: datum(data.huishouden.sinds),
        anderen: data.huishouden.anderen,
      }),
    });
  if (data.voorstellen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: t('plan.alles.voorstellen') },
      {
        soort: 'lijst',
        items: data.voorstellen.map((v) => {
          const sleutel = voorstelSleutel(v);
          const gegevens = v.voorstel as { wat?: string; tekst?: string };
          const inhoud = gegevens.wat ?? gegevens.tekst;
          return [
            `${t(sleutel, { auteur: v.van.naam, datum: datum(v.aangemaakt) })}.`,
            ...(inhoud ? [t('plan.alles.voorstel.inhoud', { inhoud: alsZin(inhoud) })] : []),
            v.besloten
              ? t(`plan.alles.voorstel.${v.status === 'aanvaard' ? 'aanvaard' : 'afgewezen'}`, {
                  datum: datum(v.besloten),
                })
              : t('plan.alles.voorstel.open'),
          ].join(' ');
        }),
      },
    );
  return blokken;
}
