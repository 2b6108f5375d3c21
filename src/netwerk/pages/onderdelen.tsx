import type { ComponentChildren } from 'preact';
import type { Translate } from '../../platform/i18n/i18n.js';
import { Link, Paragraph } from '../../platform/views/components.js';
import { STEUN, type Steun } from '../codes.js';
import type { GebiedNaam } from '../queries.js';
import { gebiedTekst, type Zichtbaar } from '../weergave.js';

/** Small parts the netwerk pages share. */

export function TerugLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <Paragraph>
      <Link href={href}>{children}</Link>
    </Paragraph>
  );
}

/** "Een luisterend oor, Gezelschap", or "niets". */
export function steunLijst(steun: readonly string[], t: Translate): string {
  const woorden = STEUN.filter((s) => steun.includes(s)).map((s: Steun) => t(`netwerk.steun.${s}`));
  return woorden.length > 0 ? woorden.join(', ') : t('netwerk.geen');
}

export function gebiedenLijst(codes: readonly string[], gebieden: GebiedNaam[], t: Translate): string {
  return codes.length > 0 ? codes.map((c) => gebiedTekst(gebieden, c, t)).join(', ') : t('netwerk.geen');
}

/** The lines of a person's card (or of a proposal): who, how close, what flows each way, capacity. */
export function PersoonRegels({ z, gebieden, t }: { z: Zichtbaar; gebieden: GebiedNaam[]; t: Translate }) {
  const p = z.persoon;
  const regels = [
    t('netwerk.kaartje.relatie', { relatie: z.kaart.relatie }),
    t('netwerk.kaartje.cirkel', { cirkel: t(`netwerk.cirkel.${p.cirkel}`) }),
    t('netwerk.kaartje.contact', { contact: t(`netwerk.contact.${p.contact}`) }),
    t('netwerk.kaartje.krijgt', { lijst: steunLijst(p.krijgt, t) }),
    t('netwerk.kaartje.geeft', { lijst: steunLijst(p.geeft, t) }),
    t('netwerk.kaartje.helpt-bij', { lijst: gebiedenLijst(p.helptBij, gebieden, t) }),
    ...z.kaart.vlaggen.map(
      (v) =>
        t(`netwerk.vlag.${v}`) +
        (v === 'liever-niet-vragen' && p.lieverNietReden
          ? `: ${t(`netwerk.reden.${p.lieverNietReden}`)}`
          : ''),
    ),
  ];
  return (
    <>
      {regels.map((regel) => (
        <li class="utrecht-unordered-list__item" key={regel}>
          {regel}
        </li>
      ))}
    </>
  );
}

export { KeuzeGroep, VinkGroep } from '../../platform/views/keuzes.js';
