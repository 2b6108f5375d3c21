import { Heading, Paragraph } from '../../platform/views/components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Overzicht } from '../beoordelen.js';
import { zichtbaar } from '../catalogus.js';
import { gebiedenVoorHulp, netwerkVerschillen } from '../rules.js';

/**
 * On the resident's own overview: who on her netwerkkaart helps where it is not going well, and
 * where her answer "wie helpt" and her map tell different stories (a topic, not a verdict).
 * The data comes from the `HulpUitDossier` extension point, read inside the door for her only.
 */
export function NetwerkHulp({
  ctx,
  data,
  naamVan,
}: {
  ctx: PageContext;
  data: Overzicht;
  naamVan: (code: string) => string;
}) {
  const { t } = ctx;
  if (!data.eigenaar) return null;
  const codes = zichtbaar(data.catalogus).map((g) => g.code);
  const laatste = data.eigen.at(-1)?.antwoorden;
  const helpen = gebiedenVoorHulp(codes, laatste).filter((code) => (data.netwerk[code] ?? []).length > 0);
  const verschillen = netwerkVerschillen(codes, laatste, data.netwerk);
  if (helpen.length === 0 && verschillen.length === 0) return null;
  return (
    <section aria-labelledby="netwerk-hulp">
      <Heading level={2} id="netwerk-hulp">
        {t('levensgebieden.netwerk.kop')}
      </Heading>
      {helpen.length > 0 ? (
        <ul class="utrecht-unordered-list">
          {helpen.map((code) => (
            <li class="utrecht-unordered-list__item" key={code}>
              {t('levensgebieden.netwerk.wie', {
                gebied: naamVan(code),
                namen: (data.netwerk[code] ?? []).join(', '),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {verschillen.length > 0 ? (
        <>
          <Paragraph>{t('levensgebieden.netwerk.verschil.uitleg')}</Paragraph>
          <ul class="utrecht-unordered-list">
            {verschillen.map((v) => (
              <li class="utrecht-unordered-list__item" key={v.code}>
                {t(`levensgebieden.netwerk.verschil.${v.soort}`, { gebied: naamVan(v.code) })}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
