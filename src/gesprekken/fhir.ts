import { fhirTekst, fullUrl, naamUuid } from '../platform/fhir/bundle.js';
import type { Composition, CompositionSection, Reference } from '../platform/fhir/types.js';
import { translator } from '../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../platform/levensgebied-codes.js';
import type { FhirContext } from '../regie/secties.js';
import type { exporteerGesprekken } from './sectie.js';

/**
 * The keukentafelgesprek in FHIR R4, pure (from the section's export, so both downloads
 * agree): the **final** report of each gesprek as a Composition (status `final`; the version
 * she approved, attested by her, or the version with her disagreement attached, marked by an
 * extension and her reaction as a section), and her persoonlijk plan as a second Composition
 * (`final` once handed in, else `preliminary`) that the report `appends`. Reports that are not
 * final are not exported as documents (they are in the JSON download with every version).
 */

export const DOCUMENT_SYSTEEM = 'https://redzaam.nl/fhir/CodeSystem/gesprek-document';
export const LEVENSGEBIED_SYSTEEM = 'https://redzaam.nl/fhir/CodeSystem/levensgebied';
export const BESLUIT_EXTENSIE = 'https://redzaam.nl/fhir/StructureDefinition/gesprek-besluit';

type Export = Awaited<ReturnType<typeof exporteerGesprekken>>;
type Gesprek = Export['gesprekken'][number];

const t = translator('nl');

const alsXhtml = (tekst: string) =>
  tekst.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Free text as a section's XHTML narrative, one paragraph per line. */
function verhaal(tekst: string): CompositionSection['text'] {
  const regels = (fhirTekst(tekst) ?? '').split('\n').filter((r) => r.trim() !== '');
  const div = regels.length > 0 ? regels.map((r) => `<p>${alsXhtml(r)}</p>`).join('') : '<p>-</p>';
  return { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml">${div}</div>` };
}

function gebiedTitel(code: string): string {
  return levensgebiedNaam(code, undefined, t);
}

const gebiedCode = (code: string) => ({ coding: [{ system: LEVENSGEBIED_SYSTEEM, code }] });

const sectie = (title: string, tekst: string, code?: string): CompositionSection => ({
  title,
  ...(code ? { code: gebiedCode(code) } : {}),
  text: verhaal(tekst),
});

function planCompositie(g: Gesprek, context: FhirContext): Composition | undefined {
  const v = g.voorbereiding;
  if (!v) return undefined;
  const secties: CompositionSection[] = v.gebieden.map((code) => {
    const p = v.perGebied[code];
    const regels = [
      ...(p?.goed ? [t('gesprekken.plan.goed', { tekst: p.goed })] : []),
      ...(p?.wil ? [t('gesprekken.plan.wil', { tekst: p.wil })] : []),
    ];
    return sectie(gebiedTitel(code), regels.join('\n'), code);
  });
  if (v.nietVragen) secties.push(sectie(t('gesprekken.plan.niet-vragen'), v.nietVragen));
  if (v.geven) secties.push(sectie(t('gesprekken.plan.geven'), v.geven));
  return {
    resourceType: 'Composition',
    id: naamUuid(`gesprek:${g.id}:persoonlijk-plan`),
    status: g.persoonlijkPlanIngediendOp ? 'final' : 'preliminary',
    type: {
      coding: [{ system: DOCUMENT_SYSTEEM, code: 'persoonlijk-plan', display: 'Persoonlijk plan' }],
      text: 'Persoonlijk plan (Wmo 2015)',
    },
    subject: context.patient,
    date: g.persoonlijkPlanIngediendOp ?? g.gemeldOp,
    author: [context.patient],
    title: t('gesprekken.plan.titel', { naam: context.patient.display ?? '-' }),
    ...(secties.length > 0 ? { section: secties } : {}),
  };
}

function verslagCompositie(
  g: Gesprek,
  context: FhirContext,
  plan: Composition | undefined,
): Composition | undefined {
  const v = g.verslag.find((x) => x.besluit !== null);
  if (!v?.besloten) return undefined;
  const naam = context.patient.display ?? '-';
  const secties: CompositionSection[] = v.inhoud.perGebied.map((p) =>
    sectie(gebiedTitel(p.code), p.tekst, p.code),
  );
  if (v.inhoud.doelen.length > 0)
    secties.push({
      title: t('gesprekken.verslag.doelen'),
      section: v.inhoud.doelen.map((d) =>
        sectie((fhirTekst(d.tekst) ?? '-').slice(0, 200), d.tekst, d.gebied),
      ),
    });
  if (v.inhoud.betrokkenen) secties.push(sectie(t('gesprekken.verslag.betrokkenen'), v.inhoud.betrokkenen));
  if (v.inhoud.regievoerder)
    secties.push(sectie(t('gesprekken.verslag.regievoerder'), v.inhoud.regievoerder));
  if (v.reactie) secties.push(sectie(t('gesprekken.verslag.reactie', { naam }), v.reactie));
  const auteur: Reference = fhirTekst(v.door.naam)
    ? { display: fhirTekst(v.door.naam) as string }
    : { display: 'Redzaam' };
  return {
    resourceType: 'Composition',
    id: naamUuid(`gesprek:${g.id}:verslag`),
    extension: [{ url: BESLUIT_EXTENSIE, valueCode: v.besluit as string }],
    status: 'final',
    type: {
      coding: [{ system: DOCUMENT_SYSTEEM, code: 'verslag-keukentafelgesprek', display: 'Verslag' }],
      text: 'Verslag van het keukentafelgesprek (Wmo 2015)',
    },
    subject: context.patient,
    date: v.besloten,
    author: [auteur],
    title: t('gesprekken.verslag.titel', { naam }),
    // She attests the version she approved; a version she disagreed with carries her reaction instead.
    ...(v.besluit === 'akkoord'
      ? { attester: [{ mode: 'personal', time: v.besloten, party: context.patient }] }
      : {}),
    ...(plan?.id
      ? { relatesTo: [{ code: 'appends', targetReference: { reference: fullUrl(plan.id) } }] }
      : {}),
    ...(secties.length > 0 ? { section: secties } : {}),
  };
}

/**
 * The network's plan of a netwerkberaad she decided on, as a third Composition (type
 * `plan-netwerkberaad`, `final`): each agreement a section with its domain and who does it, her
 * reaction when she disagreed; attested by her when she agreed. Undecided plans are not documents.
 */
function beraadCompositie(g: Gesprek, context: FhirContext): Composition | undefined {
  const b = g.netwerkberaad;
  if (!b?.besluit || !b.besloten) return undefined;
  const naam = context.patient.display ?? '-';
  const secties: CompositionSection[] = b.afspraken.map((a) =>
    sectie(
      (fhirTekst(a.tekst) ?? '-').slice(0, 200),
      t('gesprekken.beraad.afspraak.regel', {
        tekst: a.tekst,
        gebied: gebiedTitel(a.gebied),
        wie: a.wie || t('gesprekken.beraad.afspraak.niemand'),
      }),
      a.gebied,
    ),
  );
  if (b.reactie) secties.push(sectie(t('gesprekken.verslag.reactie', { naam }), b.reactie));
  return {
    resourceType: 'Composition',
    id: naamUuid(`gesprek:${g.id}:netwerkberaad`),
    extension: [{ url: BESLUIT_EXTENSIE, valueCode: b.besluit }],
    status: 'final',
    type: {
      coding: [
        { system: DOCUMENT_SYSTEEM, code: 'plan-netwerkberaad', display: 'Plan van het netwerkberaad' },
      ],
      text: 'Plan van het netwerkberaad',
    },
    subject: context.patient,
    date: b.besloten,
    author: [context.patient],
    title: t('gesprekken.beraad.titel', { naam }),
    ...(b.besluit === 'akkoord'
      ? { attester: [{ mode: 'personal', time: b.besloten, party: context.patient }] }
      : {}),
    ...(secties.length > 0 ? { section: secties } : {}),
  };
}

export function gesprekkenNaarFhir(data: Export, context: FhirContext): Composition[] {
  return data.gesprekken.flatMap((g) => {
    const plan = planCompositie(g, context);
    const verslag = verslagCompositie(g, context, plan);
    const beraad = beraadCompositie(g, context);
    return [...(plan ? [plan] : []), ...(verslag ? [verslag] : []), ...(beraad ? [beraad] : [])];
  });
}
