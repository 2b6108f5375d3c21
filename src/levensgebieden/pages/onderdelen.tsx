import type { ComponentChildren } from 'preact';
import { formatDate } from '../../platform/dates.js';
import { isMessageKey, type Translate } from '../../platform/i18n/i18n.js';
import { Link, Paragraph } from '../../platform/views/components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { type Catalogus, type Gebied, gebiedNaam } from '../catalogus.js';
import type { Beoordeling } from '../queries.js';
import { type Antwoord, BELANG, SCORES, WIE_HELPT } from '../rules.js';

/** Small parts the levensgebieden pages share: answers as text, radio groups, text areas. */

export function scoreTekst(antwoord: Pick<Antwoord, 'score' | 'weetNiet'> | undefined, t: Translate): string {
  if (!antwoord) return t('levensgebieden.antwoord.leeg');
  if (antwoord.weetNiet) return t('levensgebieden.antwoord.weet-niet');
  if (antwoord.score === null) return t('levensgebieden.antwoord.overgeslagen');
  return t(`levensgebieden.schaal.kort.${antwoord.score as 1 | 2 | 3 | 4 | 5}`);
}

/** "Yara Doğan, 3 februari 2027": who gave a view, and when. */
export function wieEnWanneer(beoordeling: Beoordeling, ctx: PageContext): string {
  return ctx.t('levensgebieden.blik.wie-wanneer', {
    naam: beoordeling.auteurNaam,
    datum: formatDate(beoordeling.afgerondAt ?? beoordeling.updatedAt, ctx.locale),
  });
}

export function naamVanCode(catalogus: Catalogus, code: string, t: Translate): string {
  const gebied = catalogus.gebieden.find((g) => g.code === code);
  return gebied ? gebiedNaam(gebied, t) : code;
}

export { KeuzeGroep, VinkGroep } from '../../platform/views/keuzes.js';

export function scoreOpties(t: Translate, perspectief: 'eigen' | 'ander', naam: string) {
  return [
    ...SCORES.map((score) => ({
      value: String(score),
      label:
        perspectief === 'eigen'
          ? t(`levensgebieden.schaal.ik.${score}`)
          : t(`levensgebieden.schaal.ander.${score}`, { naam }),
    })),
    { value: 'weet-niet', label: t('levensgebieden.antwoord.weet-niet') },
    { value: '', label: t('levensgebieden.vraag.overslaan') },
  ];
}

/** The choices of "who helps", in the words of whoever answers: the resident, or someone about her. */
export function wieHelptOpties(t: Translate, perspectief: 'eigen' | 'ander' = 'eigen', naam = '') {
  return WIE_HELPT.map((value) => {
    const ander = `levensgebieden.wie-helpt.${value}.ander`;
    return {
      value,
      label:
        perspectief === 'ander' && isMessageKey(ander)
          ? t(ander, { naam })
          : t(`levensgebieden.wie-helpt.${value}`),
    };
  });
}

export function belangOpties(t: Translate) {
  return [
    ...BELANG.map((value) => ({ value, label: t(`levensgebieden.belang.${value}`) })),
    { value: '', label: t('levensgebieden.vraag.overslaan') },
  ];
}

/** All the answers about one domain, as a description list, for history and the overview. */
export function AntwoordDetails({ antwoord, t }: { antwoord: Antwoord | undefined; t: Translate }) {
  if (!antwoord) return <Paragraph>{t('levensgebieden.antwoord.leeg')}</Paragraph>;
  const regels: [string, ComponentChildren][] = [[t('levensgebieden.detail.hoe'), scoreTekst(antwoord, t)]];
  if (antwoord.wieHelpt.length > 0)
    regels.push([
      t('levensgebieden.detail.wie-helpt'),
      antwoord.wieHelpt.map((w) => t(`levensgebieden.wie-helpt.${w}`)).join(', '),
    ]);
  if (antwoord.belang)
    regels.push([t('levensgebieden.detail.belang'), t(`levensgebieden.belang.${antwoord.belang}`)]);
  if (antwoord.doel) regels.push([t('levensgebieden.detail.doel'), antwoord.doel]);
  if (antwoord.goedGaat) regels.push([t('levensgebieden.detail.goed-gaat'), antwoord.goedGaat]);
  if (antwoord.trots) regels.push([t('levensgebieden.detail.trots'), antwoord.trots]);
  return (
    <dl class="redzaam-levensgebied-antwoord">
      {regels.map(([term, waarde]) => (
        <div key={term}>
          <dt>
            <strong>{term}</strong>
          </dt>
          <dd>{waarde}</dd>
        </div>
      ))}
    </dl>
  );
}

export function TerugLink({ href, children }: { href: string; children: ComponentChildren }) {
  return (
    <Paragraph>
      <Link href={href}>{children}</Link>
    </Paragraph>
  );
}

export type { Gebied };
