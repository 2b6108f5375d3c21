import { formatDate } from '../platform/dates.js';
import type { Locale, Translate } from '../platform/i18n/i18n.js';
import type { PdfBlok, PdfDocument } from '../platform/pdf/pdf-document.js';
import type { ActieWeergave, Betrokkene, DoelWeergave, PlanData, VoorstelWeergave } from './lezen.js';
import { dag, doenerTekst, gebiedTekst } from './pages/onderdelen.js';
import type { Waarschuwing } from './rules.js';

/**
 * How the plan reads, in sentences: the page and the PDF take their lines from here, so what
 * she downloads says exactly what she saw (issue 11, item 6).
 */

type Tekst = { t: Translate; locale: Locale };

export function planTitel(data: PlanData, t: Translate): string {
  return data.eigenaar ? t('plan.titel') : t('plan.titel.ander', { naam: data.inwonerNaam });
}

export function planIntro(data: PlanData, t: Translate): string {
  return data.eigenaar ? t('plan.intro') : t('plan.intro.ander', { naam: data.inwonerNaam });
}

export function waarschuwingRegel(w: Waarschuwing, data: PlanData, t: Translate): string {
  switch (w.soort) {
    case 'organisaties-op-gebied':
      return t('plan.waarschuwing.organisaties', {
        gebied: gebiedTekst(data.gebieden, w.levensgebied, t),
        organisaties: w.organisaties.join(', '),
      });
    case 'te-veel-professionals':
      return t('plan.waarschuwing.professionals', { aantal: w.aantal, drempel: w.drempel });
    case 'huishouden-professionals':
      return t('plan.waarschuwing.huishouden-professionals', { aantal: w.aantal, drempel: w.drempel });
    case 'huishouden-organisaties':
      return t('plan.waarschuwing.huishouden-organisaties', { aantal: w.gebieden });
  }
}

/** What a proposal asks, as the key of its heading: a new or changed goal or action. */
export function voorstelSleutel(v: {
  soort: 'doel' | 'actie';
  doelId: string | null;
  actieId: string | null;
}) {
  return v.soort === 'doel'
    ? v.doelId
      ? 'plan.voorstel.doel.wijzig'
      : 'plan.voorstel.doel.nieuw'
    : v.actieId
      ? 'plan.voorstel.actie.wijzig'
      : 'plan.voorstel.actie.nieuw';
}

export function voorstelKop(v: VoorstelWeergave, { t, locale }: Tekst): string {
  return t(voorstelSleutel(v), { auteur: v.auteurNaam, datum: formatDate(v.createdAt, locale) });
}

/** A goal's lines under its heading (the link back to the levensgebieden is the page's own). */
export function doelRegels(d: DoelWeergave, data: PlanData, { t, locale }: Tekst): string[] {
  return [
    t('plan.doel.gebieden', {
      gebieden: d.levensgebieden.map((c) => gebiedTekst(data.gebieden, c, t)).join(', '),
    }),
    ...(d.waarom ? [t('plan.doel.waarom', { waarom: d.waarom })] : []),
    ...(d.geluktAls ? [t('plan.doel.gelukt-als', { gelukt: d.geluktAls })] : []),
    ...(d.evaluatieOp ? [t('plan.doel.evaluatie', { datum: dag(d.evaluatieOp, locale, t) })] : []),
    ...(d.aanleiding ? [t(`plan.aanleiding.${d.aanleiding}`)] : []),
  ];
}

/** An action's lines under its heading: who, when, how it stands, when to look back. */
export function actieRegels(a: ActieWeergave, data: PlanData, { t, locale }: Tekst): string[] {
  return [
    t('plan.actie.wie', { wie: doenerTekst(a.doenerWeergave, data.eigenaar, data.inwonerNaam, t) }),
    t('plan.actie.wanneer', { wanneer: dag(a.wanneer, locale, t) }),
    t('plan.actie.status', { status: t(`plan.status.${a.status}`) }) +
      (a.statusWaarom ? ` ${t('plan.actie.waarom', { waarom: a.statusWaarom })}` : ''),
    ...(a.evaluatieOp ? [t('plan.actie.evaluatie', { datum: dag(a.evaluatieOp, locale, t) })] : []),
  ];
}

export function notitieRegels(a: ActieWeergave, { t, locale }: Tekst): string[] {
  return a.notities.map((n) =>
    t('plan.notitie.regel', {
      wie: n.auteurNaam ?? t('plan.wie.onbekend'),
      datum: formatDate(n.op, locale),
      tekst: n.tekst,
    }),
  );
}

function rolNaam(b: Betrokkene, t: Translate): string {
  const soort = b.vertegenwoordiger
    ? 'vertegenwoordiger'
    : b.rol === 'professional'
      ? 'professional'
      : 'naaste';
  return t(`plan.wie.rol.${soort}`);
}

/** "Wie doet wat": her line first, then everyone with a live grant, in plain words. */
export function wieRegels(data: PlanData, t: Translate): string[] {
  const alleActies = data.doelen.flatMap((d) => d.acties);
  return [
    t('plan.wie.inwoner', { naam: data.inwonerNaam }),
    ...data.betrokkenen.map((b) => {
      const doet = alleActies.filter((a) => a.doenerAccountId === b.accountId).length;
      const niveau = b.niveaus.plan;
      return [
        b.organisatie
          ? t('plan.wie.regel.organisatie', { naam: b.naam, rol: rolNaam(b, t), organisatie: b.organisatie })
          : t('plan.wie.regel', { naam: b.naam, rol: rolNaam(b, t) }),
        niveau ? t(`plan.wie.niveau.${niveau}`) : t('plan.wie.niveau.geen'),
        ...(doet > 0 ? [t('plan.wie.doet', { aantal: doet })] : []),
        ...(data.regievoerder?.accountId === b.accountId ? [t('plan.wie.is-regievoerder')] : []),
      ].join(' ');
    }),
  ];
}

export function wieUitleg(data: PlanData, t: Translate): string {
  return data.eigenaar ? t('plan.wie.uitleg') : t('plan.wie.uitleg.ander', { naam: data.inwonerNaam });
}

export function regievoerderZin(data: PlanData, t: Translate): string {
  return data.regievoerder
    ? t('plan.regievoerder.is', { naam: data.regievoerder.naam })
    : t('plan.regievoerder.geen');
}

/**
 * The plan as a document (for the PDF): the page's content in the page's order and words —
 * the warning, open proposals, goals with their actions and notes, wie doet wat, the
 * regievoerder and who changed what — without the forms and links.
 */
export function planDocument(
  data: PlanData,
  wijzigingen: readonly { zin: string }[],
  tekst: Tekst,
): PdfDocument {
  const { t } = tekst;
  const blokken: PdfBlok[] = [
    { soort: 'kop', niveau: 1, tekst: planTitel(data, t) },
    { soort: 'alinea', tekst: planIntro(data, t) },
  ];
  if (data.waarschuwingen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 2, tekst: t('plan.waarschuwing.kop') },
      { soort: 'lijst', items: data.waarschuwingen.map((w) => waarschuwingRegel(w, data, t)) },
      { soort: 'alinea', tekst: t('plan.waarschuwing.uitleg') },
    );
  if (data.voorstellen.length > 0)
    blokken.push(
      { soort: 'kop', niveau: 2, tekst: t('plan.voorstellen.kop') },
      { soort: 'lijst', items: data.voorstellen.map((v) => voorstelKop(v, tekst)) },
    );
  blokken.push({ soort: 'kop', niveau: 2, tekst: t('plan.doelen.kop') });
  if (data.doelen.length === 0)
    blokken.push({
      soort: 'alinea',
      tekst: data.eigenaar ? t('plan.doelen.leeg') : t('plan.doelen.leeg.ander'),
    });
  for (const d of data.doelen) {
    blokken.push(
      { soort: 'kop', niveau: 3, tekst: d.tekst },
      { soort: 'lijst', items: doelRegels(d, data, tekst) },
    );
    if (d.acties.length === 0) blokken.push({ soort: 'alinea', tekst: t('plan.acties.leeg') });
    for (const a of d.acties) {
      blokken.push({ soort: 'alinea', tekst: a.wat }, { soort: 'lijst', items: actieRegels(a, data, tekst) });
      if (a.notities.length > 0)
        blokken.push(
          { soort: 'alinea', tekst: t('plan.notities.titel') },
          { soort: 'lijst', items: notitieRegels(a, tekst) },
        );
    }
  }
  blokken.push(
    { soort: 'kop', niveau: 2, tekst: t('plan.wie.kop') },
    { soort: 'alinea', tekst: wieUitleg(data, t) },
    { soort: 'lijst', items: wieRegels(data, t) },
    { soort: 'kop', niveau: 3, tekst: t('plan.regievoerder.kop') },
    { soort: 'alinea', tekst: regievoerderZin(data, t) },
    { soort: 'kop', niveau: 2, tekst: t('plan.wijzigingen.kop') },
    wijzigingen.length === 0
      ? { soort: 'alinea', tekst: t('plan.wijzigingen.leeg') }
      : { soort: 'lijst', items: wijzigingen.map((w) => w.zin) },
  );
  return { taal: tekst.locale, titel: planTitel(data, t), formaat: 'A4', blokken };
}
