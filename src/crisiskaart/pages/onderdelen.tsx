import type { ComponentChildren } from 'preact';
import type { Translate } from '../../platform/i18n/i18n.js';
import { Heading, Link, Paragraph } from '../../platform/views/components.js';
import type { VeldCode } from '../codes.js';

/** Small parts the crisiskaart pages share. */

export function TerugLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <Paragraph>
      <Link href={href}>{children}</Link>
    </Paragraph>
  );
}

/** The card's (or plan's) parts as headings with her text, line breaks kept. */
export function Delen({
  delen,
  t,
  niveau = 2,
  metKaartLabel = false,
}: {
  delen: { code: VeldCode; tekst: string; opKaart?: boolean }[];
  t: Translate;
  niveau?: 2 | 3;
  metKaartLabel?: boolean;
}) {
  return (
    <>
      {delen.map((d) => (
        <section key={d.code} class="redzaam-crisiskaart__deel" aria-labelledby={`deel-${d.code}`}>
          <Heading level={niveau} id={`deel-${d.code}`}>
            {t(`crisiskaart.deel.${d.code}`)}
          </Heading>
          {metKaartLabel ? (
            <Paragraph>
              <strong>{t(d.opKaart ? 'crisiskaart.op-kaart' : 'crisiskaart.alleen-plan')}</strong>
            </Paragraph>
          ) : null}
          {d.tekst.split(/\r?\n/).map((regel, i) => (
            <p class="utrecht-paragraph redzaam-crisiskaart__tekst" key={i}>
              {regel}
            </p>
          ))}
        </section>
      ))}
    </>
  );
}
