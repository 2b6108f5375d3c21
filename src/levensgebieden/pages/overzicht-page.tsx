import type { VNode } from 'preact';
import { formatDate } from '../../platform/dates.js';
import { Alert, ButtonLink, Heading, Link, Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Overzicht } from '../beoordelen.js';
import { gebiedNaam, zichtbaar } from '../catalogus.js';
import { GebiedIcoon } from '../iconen.js';
import type { Beoordeling } from '../queries.js';
import {
  alleenAntwoorden,
  gespreksonderwerpen,
  type LaatsteAntwoord,
  laatstePerGebied,
  spiegel,
} from '../rules.js';
import { NetwerkHulp } from './netwerk-hulp.js';
import { scoreTekst, TerugLink, wieEnWanneer } from './onderdelen.js';

export type OverzichtMelding = 'afgerond' | 'instelling' | 'later';

/** The newest completed view of each person, in order of their first view. */
export function laatstePerAuteur(beoordelingen: Beoordeling[]): Beoordeling[] {
  const per = new Map<string, Beoordeling>();
  for (const b of beoordelingen) per.set(b.auteurId, b);
  return [...per.values()];
}

/** Her latest answer about one domain, with the day she gave it. */
function MijnAntwoord({ ctx, laatste }: { ctx: PageContext; laatste: LaatsteAntwoord | undefined }) {
  if (!laatste) return <>{scoreTekst(undefined, ctx.t)}</>;
  return (
    <>
      {scoreTekst(laatste.antwoord, ctx.t)} (
      {ctx.t('levensgebieden.antwoord.datum', { datum: formatDate(laatste.datum, ctx.locale) })})
    </>
  );
}

/**
 * The levensgebieden of a record: what goes well, the regie-spiegel (my view beside each
 * other view, differences as conversation topics), the charts and the way to the history.
 * Never one score or label for the person.
 */
export function OverzichtPage({
  ctx,
  data,
  melding,
  grafieken,
  extraLinks,
}: {
  ctx: PageContext;
  data: Overzicht;
  melding?: OverzichtMelding | undefined;
  /** The charts (radar now vs before, me vs them), rendered by the route */
  grafieken?: VNode | null;
  /** Links to the questionnaires (eigen regie, positieve gezondheid) when they exist */
  extraLinks?: { href: string; label: string }[];
}) {
  const { t } = ctx;
  const { eigenaar, inwonerNaam } = data;
  const basis = `/dossiers/${data.dossierId}/levensgebieden`;
  const titel = eigenaar ? t('levensgebieden.titel') : t('levensgebieden.titel.ander', { naam: inwonerNaam });
  const gebieden = zichtbaar(data.catalogus);
  const eigenNu = data.eigen.at(-1);
  // Per domain her latest answer, also from an earlier round the newest one skipped.
  const mijnLaatste = laatstePerGebied(data.eigen);
  const anderen = laatstePerAuteur(data.anderen);
  const rijen = spiegel(
    gebieden.map((g) => g.code),
    eigenNu ? alleenAntwoorden(mijnLaatste) : undefined,
    anderen.map((b) => ({ auteurId: b.id, naam: b.auteurNaam, antwoorden: b.antwoorden })),
  );
  const onderwerpen = gespreksonderwerpen(rijen);
  const naamVan = (code: string) => {
    const gebied = data.catalogus.gebieden.find((g) => g.code === code);
    return gebied ? gebiedNaam(gebied, t) : code;
  };
  const sterktes = eigenNu
    ? gebieden.flatMap((g) => {
        const a = mijnLaatste[g.code]?.antwoord;
        return a && (a.goedGaat || a.trots) ? [{ gebied: g, goedGaat: a.goedGaat, trots: a.trots }] : [];
      })
    : [];
  const alles = [...data.eigen, ...data.anderen].sort(
    (a, b) => (b.afgerondAt?.getTime() ?? 0) - (a.afgerondAt?.getTime() ?? 0),
  );
  const ikKolom = eigenaar
    ? t('levensgebieden.spiegel.ik')
    : t('levensgebieden.spiegel.inwoner', { naam: inwonerNaam });
  return (
    <Layout ctx={ctx} title={titel}>
      <TerugLink href={`/dossiers/${data.dossierId}`}>
        {eigenaar ? t('dossier.titel.eigen') : t('dossier.titel.ander', { naam: inwonerNaam })}
      </TerugLink>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>
        {eigenaar ? t('levensgebieden.intro') : t('levensgebieden.intro.ander', { naam: inwonerNaam })}
      </Paragraph>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`levensgebieden.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {data.kanReageren ? (
        <Paragraph>
          <ButtonLink href={`${basis}/invullen`}>
            {data.concept
              ? t('levensgebieden.knop.verder')
              : eigenaar
                ? t('levensgebieden.knop.invullen')
                : t('levensgebieden.knop.blik', { naam: inwonerNaam })}
          </ButtonLink>
        </Paragraph>
      ) : null}
      {eigenaar ? (
        <Paragraph>
          {data.anderenZienEerst
            ? t('levensgebieden.instelling.nu-ja')
            : t('levensgebieden.instelling.nu-nee')}{' '}
          <Link href={`${basis}/instellingen`}>{t('levensgebieden.instelling.wijzig')}</Link>
        </Paragraph>
      ) : null}
      {!data.eigenZichtbaar ? (
        <Alert type="info">
          <Paragraph>{t('levensgebieden.eerst-eigen-blik', { naam: inwonerNaam })}</Paragraph>
        </Alert>
      ) : null}
      {extraLinks && extraLinks.length > 0 ? (
        <ul class="utrecht-link-list redzaam-link-list">
          {extraLinks.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      ) : null}

      {eigenNu || anderen.length > 0 ? null : (
        <Paragraph>{eigenaar ? t('levensgebieden.leeg') : t('levensgebieden.leeg.ander')}</Paragraph>
      )}

      {sterktes.length > 0 ? (
        <section aria-labelledby="sterktes">
          <Heading level={2} id="sterktes">
            {eigenaar
              ? t('levensgebieden.sterktes.kop')
              : t('levensgebieden.sterktes.kop.ander', { naam: inwonerNaam })}
          </Heading>
          <ul class="utrecht-unordered-list">
            {sterktes.map((s) => (
              <li class="utrecht-unordered-list__item" key={s.gebied.code}>
                <strong>{gebiedNaam(s.gebied, t)}:</strong> {[s.goedGaat, s.trots].filter(Boolean).join(' ')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {eigenNu && anderen.length > 0 ? (
        <section aria-labelledby="onderwerpen">
          <Heading level={2} id="onderwerpen">
            {t('levensgebieden.onderwerpen.kop')}
          </Heading>
          <Paragraph>{t('levensgebieden.onderwerpen.uitleg')}</Paragraph>
          {onderwerpen.length === 0 ? (
            <Paragraph>{t('levensgebieden.onderwerpen.geen')}</Paragraph>
          ) : (
            <ul class="utrecht-unordered-list" id="gespreksonderwerpen">
              {onderwerpen.map((o) => (
                <li class="utrecht-unordered-list__item" key={`${o.code}-${o.naam}`}>
                  <strong>{naamVan(o.code)}:</strong>{' '}
                  {eigenaar
                    ? t(`levensgebieden.onderwerp.${o.onderwerp}`, { naam: o.naam })
                    : t(`levensgebieden.onderwerp.ander.${o.onderwerp}`, { naam: inwonerNaam })}
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {eigenNu || anderen.length > 0 ? (
        <section aria-labelledby="spiegel">
          <Heading level={2} id="spiegel">
            {t('levensgebieden.spiegel.kop')}
          </Heading>
          <Paragraph>{t('levensgebieden.spiegel.uitleg')}</Paragraph>
          <div class="redzaam-table-wrapper">
            <table class="utrecht-table utrecht-table--html-table redzaam-table">
              <caption class="utrecht-table__caption">{t('levensgebieden.spiegel.caption')}</caption>
              <thead class="utrecht-table__header">
                <tr class="utrecht-table__row">
                  <th class="utrecht-table__header-cell" scope="col">
                    {t('levensgebieden.spiegel.gebied')}
                  </th>
                  <th class="utrecht-table__header-cell" scope="col">
                    {ikKolom}
                    {eigenNu ? (
                      <span class="redzaam-visually-hidden"> ({wieEnWanneer(eigenNu, ctx)})</span>
                    ) : null}
                  </th>
                  {anderen.map((b) => (
                    <th class="utrecht-table__header-cell" scope="col" key={b.id}>
                      {wieEnWanneer(b, ctx)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody class="utrecht-table__body">
                {rijen.map((rij) => {
                  const gebied = gebieden.find((g) => g.code === rij.code);
                  return (
                    <tr class="utrecht-table__row" key={rij.code}>
                      <th class="utrecht-table__header-cell" scope="row">
                        {gebied ? <GebiedIcoon icoon={gebied.icoon} /> : null} {naamVan(rij.code)}
                      </th>
                      <td class="utrecht-table__cell" data-label={ikKolom}>
                        {eigenNu ? (
                          <MijnAntwoord ctx={ctx} laatste={mijnLaatste[rij.code]} />
                        ) : (
                          t('levensgebieden.antwoord.niet-zichtbaar')
                        )}
                      </td>
                      {rij.anderen.map((ander, i) => (
                        <td
                          class="utrecht-table__cell"
                          key={ander.auteurId}
                          data-label={anderen[i] ? wieEnWanneer(anderen[i], ctx) : undefined}
                        >
                          {scoreTekst(anderen[i]?.antwoorden[rij.code], t)}
                          {ander.onderwerp ? (
                            <>
                              {' '}
                              <strong>{t('levensgebieden.spiegel.praat-erover')}</strong>
                            </>
                          ) : null}
                        </td>
                      ))}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}

      {grafieken ?? null}

      {data.hulp.length > 0 ? (
        <section aria-labelledby="hulp">
          <Heading level={2} id="hulp">
            {t('levensgebieden.hulp.kop')}
          </Heading>
          <Paragraph>
            {eigenaar
              ? t('levensgebieden.hulp.uitleg')
              : t('levensgebieden.hulp.uitleg.ander', { naam: inwonerNaam })}
          </Paragraph>
          {data.hulp.map(({ code, bronnen }) => (
            <div key={code} class="redzaam-hulp">
              <Heading level={3}>{naamVan(code)}</Heading>
              {bronnen.map(({ bron, suggesties }) => (
                <div key={bron.code}>
                  <Paragraph>{t(bron.kop)}</Paragraph>
                  <ul class="utrecht-link-list redzaam-link-list">
                    {suggesties.map((s) => (
                      <li key={s.href}>
                        <Link href={s.href}>{s.titel}</Link>
                        {s.toelichting ? <> ({s.toelichting})</> : null}
                      </li>
                    ))}
                    {bron.meer ? (
                      <li>
                        <Link href={bron.meer}>{t('socialeKaart.hulp.meer', { gebied: naamVan(code) })}</Link>
                      </li>
                    ) : null}
                  </ul>
                </div>
              ))}
            </div>
          ))}
        </section>
      ) : null}

      <NetwerkHulp ctx={ctx} data={data} naamVan={naamVan} />

      {eigenNu || anderen.length > 0 ? (
        <section aria-labelledby="historie">
          <Heading level={2} id="historie">
            {t('levensgebieden.historie.kop')}
          </Heading>
          <Paragraph>{t('levensgebieden.historie.uitleg')}</Paragraph>
          <ul class="utrecht-link-list redzaam-link-list">
            {gebieden.map((g) => (
              <li key={g.code}>
                <GebiedIcoon icoon={g.icoon} />{' '}
                <Link href={`${basis}/historie/${g.code}`}>{gebiedNaam(g, t)}</Link>
              </li>
            ))}
          </ul>
          <Heading level={3}>{t('levensgebieden.historie.keren')}</Heading>
          <ul class="utrecht-unordered-list">
            {alles.map((b) => (
              <li class="utrecht-unordered-list__item" key={b.id}>
                {wieEnWanneer(b, ctx)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}
