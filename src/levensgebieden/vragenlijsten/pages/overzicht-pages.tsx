import { formatDate } from '../../../platform/dates.js';
import { Begrip } from '../../../platform/views/begrip.js';
import { Alert, ButtonLink, Heading, Link, Paragraph } from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import {
  PG_DIMENSIES,
  pgTitel,
  REGIE_GROEPEN,
  REGIE_ITEMS,
  regieGroepTitel,
  regieItemStelling,
  regieItemTitel,
  regieSchaalLabel,
  type Vragenlijst,
} from '../items.js';
import { type Antwoord, gespreksonderwerpen, scoresVan } from '../rules.js';
import { pad } from './invul-page.js';

/** One submitted round as the pages show it. */
export type RondeWeergave = {
  id: string;
  naam: string;
  rol: 'inwoner' | 'professional';
  datum: Date;
  toelichting: string;
  antwoorden: Antwoord[];
};

type Basis = {
  ctx: PageContext;
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
};

/** The answer in words; null when skipped (shown as "Niet ingevuld", never as zero). */
export function antwoordTekst(
  t: PageContext['t'],
  vragenlijst: Vragenlijst,
  antwoord: Antwoord | undefined,
): string | null {
  if (!antwoord || (antwoord.score === null && !antwoord.weetNiet)) return null;
  if (antwoord.weetNiet) return t('vragenlijst.weet-niet');
  const score = antwoord.score as number;
  return vragenlijst === 'eigen-regie'
    ? t('vragenlijst.regie.score', { score, label: t(regieSchaalLabel(score)) })
    : t('vragenlijst.pg.score', { score });
}

function Cel({
  ctx,
  vragenlijst,
  antwoord,
  kop,
}: {
  ctx: PageContext;
  vragenlijst: Vragenlijst;
  antwoord: Antwoord | undefined;
  /** The column's heading, shown before the answer when the table is stacked on a phone */
  kop: string;
}) {
  const { t } = ctx;
  return (
    <td data-label={kop}>
      {antwoordTekst(t, vragenlijst, antwoord) ?? (
        <span class="redzaam-overgeslagen">{t('vragenlijst.niet-ingevuld')}</span>
      )}
      {vragenlijst === 'positieve-gezondheid' && antwoord?.praten ? (
        <p class="utrecht-paragraph">
          <strong>{t('vragenlijst.pg.praten.kort')}</strong>
        </p>
      ) : null}
      {antwoord?.toelichting ? (
        <p class="utrecht-paragraph">
          {t('vragenlijst.toelichting.label')} {antwoord.toelichting}
        </p>
      ) : null}
    </td>
  );
}

const vind = (ronde: RondeWeergave | undefined, code: string) =>
  ronde?.antwoorden.find((a) => a.code === code);

function Geschiedenis({
  ctx,
  dossierId,
  vragenlijst,
  rondes,
}: {
  ctx: PageContext;
  dossierId: string;
  vragenlijst: Vragenlijst;
  rondes: RondeWeergave[];
}) {
  const { t } = ctx;
  return (
    <section aria-labelledby="geschiedenis">
      <Heading level={2} id="geschiedenis">
        {t('vragenlijst.geschiedenis.kop')}
      </Heading>
      {rondes.length === 0 ? (
        <Paragraph>{t('vragenlijst.geschiedenis.leeg')}</Paragraph>
      ) : (
        <ul class="utrecht-link-list redzaam-link-list">
          {rondes.map((ronde) => (
            <li key={ronde.id}>
              <Link href={`${pad(dossierId, vragenlijst)}/rondes/${ronde.id}`}>
                {t('vragenlijst.geschiedenis.item', {
                  datum: formatDate(ronde.datum, ctx.locale),
                  naam: ronde.naam,
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * "Eigen regie in eigen woorden" side by side: per statement the resident's answer and each
 * professional's latest answer, with their notes; differences of two steps or more as neutral
 * conversation topics. No total score, on purpose (domain.md, principle 2).
 */
export function RegieSpiegelPage({
  ctx,
  dossierId,
  eigenaar,
  inwonerNaam,
  kanInvullen,
  heeftConcept,
  inwoner,
  professionals,
  geschiedenis,
  pgLink,
  inwonerVerborgen = false,
  melding,
}: Basis & {
  kanInvullen: boolean;
  heeftConcept: boolean;
  /** The resident's latest submitted round */
  inwoner: RondeWeergave | undefined;
  /** Each professional's latest submitted round */
  professionals: RondeWeergave[];
  geschiedenis: RondeWeergave[];
  pgLink: boolean;
  /** The resident answered, but this viewer sees it only after giving their own view */
  inwonerVerborgen?: boolean;
  melding?: 'ingediend' | undefined;
}) {
  const { t } = ctx;
  const titel = eigenaar
    ? t('vragenlijst.regie.titel')
    : t('vragenlijst.regie.titel-ander', { naam: inwonerNaam });
  const eigenNaam = eigenaar ? t('vragenlijst.jij') : inwonerNaam;
  const eigenScores = scoresVan(inwoner?.antwoorden ?? []);
  const onderwerpen = professionals.flatMap((ronde) =>
    gespreksonderwerpen(REGIE_ITEMS, eigenScores, scoresVan(ronde.antwoorden)).map((o) => ({
      ...o,
      naam: ronde.naam,
    })),
  );
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={`/dossiers/${dossierId}/levensgebieden`}>{t('vragenlijst.terug-levensgebieden')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>
        {eigenaar ? t('vragenlijst.regie.intro') : t('vragenlijst.regie.intro-ander', { naam: inwonerNaam })}
      </Paragraph>
      {melding === 'ingediend' ? (
        <Alert type="ok">
          <Paragraph>{t('vragenlijst.melding.ingediend')}</Paragraph>
        </Alert>
      ) : null}
      {kanInvullen ? (
        <Paragraph>
          <ButtonLink href={`${pad(dossierId, 'eigen-regie')}/invullen`}>
            {heeftConcept ? t('vragenlijst.knop.verder') : t('vragenlijst.knop.invullen')}
          </ButtonLink>
        </Paragraph>
      ) : null}
      {!inwoner && professionals.length === 0 ? (
        <Paragraph>
          {inwonerVerborgen
            ? t('vragenlijst.regie.inwoner-verborgen', { naam: inwonerNaam })
            : t('vragenlijst.regie.nog-leeg')}
        </Paragraph>
      ) : (
        <>
          {inwonerVerborgen ? (
            <Paragraph>{t('vragenlijst.regie.inwoner-verborgen', { naam: inwonerNaam })}</Paragraph>
          ) : inwoner ? null : (
            <Paragraph>
              {eigenaar
                ? t('vragenlijst.regie.inwoner-leeg.eigen')
                : t('vragenlijst.regie.inwoner-leeg', { naam: inwonerNaam })}
            </Paragraph>
          )}
          <section aria-labelledby="onderwerpen">
            <Heading level={2} id="onderwerpen">
              {t('vragenlijst.onderwerpen.kop')}
            </Heading>
            {onderwerpen.length === 0 ? (
              <Paragraph>{t('vragenlijst.onderwerpen.geen')}</Paragraph>
            ) : (
              <>
                <Paragraph>{t('vragenlijst.onderwerpen.uitleg')}</Paragraph>
                <ul class="utrecht-unordered-list redzaam-onderwerpen">
                  {onderwerpen.map((o) => (
                    <li class="utrecht-unordered-list__item" key={`${o.naam}-${o.code}`}>
                      {t(
                        o.richting === 'anderen-beter'
                          ? 'vragenlijst.onderwerp.positiever'
                          : 'vragenlijst.onderwerp.negatiever',
                        {
                          item: t(regieItemTitel(o.code)),
                          ander: o.naam,
                          eigen: eigenNaam,
                        },
                      )}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
          {REGIE_GROEPEN.map((groep) => (
            <div class="redzaam-table-wrapper" key={groep.code}>
              <table class="redzaam-table redzaam-spiegel">
                <caption class="utrecht-heading-2">{t(regieGroepTitel(groep.code, eigenaar))}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('vragenlijst.kolom.vraag')}</th>
                    <th scope="col">
                      {eigenaar ? t('vragenlijst.kolom.jij') : inwonerNaam}
                      {inwoner ? ` (${formatDate(inwoner.datum, ctx.locale)})` : ''}
                    </th>
                    {professionals.map((ronde) => (
                      <th scope="col" key={ronde.id}>
                        {`${ronde.naam} (${formatDate(ronde.datum, ctx.locale)})`}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {groep.items.map((code) => (
                    <tr key={code}>
                      <th scope="row">
                        {t(regieItemTitel(code))}
                        <br />
                        <span class="redzaam-stelling">{t(regieItemStelling(code, 'inwoner'))}</span>
                      </th>
                      <Cel
                        ctx={ctx}
                        vragenlijst="eigen-regie"
                        antwoord={vind(inwoner, code)}
                        kop={eigenaar ? t('vragenlijst.kolom.jij') : inwonerNaam}
                      />
                      {professionals.map((ronde) => (
                        <Cel
                          ctx={ctx}
                          vragenlijst="eigen-regie"
                          antwoord={vind(ronde, code)}
                          kop={ronde.naam}
                          key={ronde.id}
                        />
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ))}
          <Toelichtingen ctx={ctx} rondes={[...(inwoner ? [inwoner] : []), ...professionals]} />
        </>
      )}
      <Geschiedenis ctx={ctx} dossierId={dossierId} vragenlijst="eigen-regie" rondes={geschiedenis} />
      {pgLink ? (
        <Paragraph>
          <Link href={pad(dossierId, 'positieve-gezondheid')}>{t('vragenlijst.pg.titel')}</Link>
        </Paragraph>
      ) : null}
    </Layout>
  );
}

function Toelichtingen({ ctx, rondes }: { ctx: PageContext; rondes: RondeWeergave[] }) {
  const { t } = ctx;
  const met = rondes.filter((r) => r.toelichting);
  if (met.length === 0) return null;
  return (
    <section aria-labelledby="toelichtingen">
      <Heading level={2} id="toelichtingen">
        {t('vragenlijst.toelichting.kop')}
      </Heading>
      <dl class="redzaam-toelichtingen">
        {met.map((r) => (
          <div key={r.id}>
            <dt>
              <strong>{r.naam}</strong>
            </dt>
            <dd>{r.toelichting}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function RondeTabel({
  ctx,
  vragenlijst,
  ronde,
  caption,
}: {
  ctx: PageContext;
  vragenlijst: Vragenlijst;
  ronde: RondeWeergave;
  caption: string;
}) {
  const { t } = ctx;
  const rijen =
    vragenlijst === 'eigen-regie'
      ? REGIE_ITEMS.map((code) => ({
          code,
          titel: t(regieItemTitel(code)),
          stelling: t(regieItemStelling(code, ronde.rol)),
        }))
      : PG_DIMENSIES.map((code) => ({ code, titel: t(pgTitel(code)), stelling: '' }));
  return (
    <div class="redzaam-table-wrapper">
      <table class="redzaam-table">
        <caption class="utrecht-heading-2">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('vragenlijst.kolom.vraag')}</th>
            <th scope="col">{t('vragenlijst.kolom.antwoord')}</th>
          </tr>
        </thead>
        <tbody>
          {rijen.map((rij) => (
            <tr key={rij.code}>
              <th scope="row">
                {rij.titel}
                {rij.stelling ? (
                  <>
                    <br />
                    <span class="redzaam-stelling">{rij.stelling}</span>
                  </>
                ) : null}
              </th>
              <Cel
                ctx={ctx}
                vragenlijst={vragenlijst}
                antwoord={vind(ronde, rij.code)}
                kop={t('vragenlijst.kolom.antwoord')}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One submitted round from the history. */
export function RondePage({
  ctx,
  dossierId,
  eigenaar,
  inwonerNaam,
  vragenlijst,
  ronde,
}: Basis & { vragenlijst: Vragenlijst; ronde: RondeWeergave }) {
  const { t } = ctx;
  const titel = t('vragenlijst.ronde.titel', {
    vragenlijst: vragenlijst === 'eigen-regie' ? t('vragenlijst.regie.titel') : t('vragenlijst.pg.titel'),
    datum: formatDate(ronde.datum, ctx.locale),
  });
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={pad(dossierId, vragenlijst)}>
          {vragenlijst === 'eigen-regie'
            ? eigenaar
              ? t('vragenlijst.regie.titel')
              : t('vragenlijst.regie.titel-ander', { naam: inwonerNaam })
            : eigenaar
              ? t('vragenlijst.pg.titel')
              : t('vragenlijst.pg.titel-ander', { naam: inwonerNaam })}
        </Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>{t('vragenlijst.ronde.door', { naam: ronde.naam })}</Paragraph>
      <RondeTabel
        ctx={ctx}
        vragenlijst={vragenlijst}
        ronde={ronde}
        caption={t('vragenlijst.ronde.antwoorden')}
      />
      <Toelichtingen ctx={ctx} rondes={[ronde]} />
    </Layout>
  );
}

/** Positieve gezondheid: the latest round, what the resident wants to talk about, the history. */
export function PgOverzichtPage({
  ctx,
  dossierId,
  eigenaar,
  inwonerNaam,
  laatste,
  heeftConcept,
  geschiedenis,
  melding,
}: Basis & {
  laatste: RondeWeergave | undefined;
  heeftConcept: boolean;
  geschiedenis: RondeWeergave[];
  melding?: 'ingediend' | undefined;
}) {
  const { t } = ctx;
  const titel = eigenaar ? t('vragenlijst.pg.titel') : t('vragenlijst.pg.titel-ander', { naam: inwonerNaam });
  const praten = laatste ? PG_DIMENSIES.filter((code) => vind(laatste, code)?.praten) : [];
  return (
    <Layout ctx={ctx} title={titel}>
      <Paragraph>
        <Link href={`/dossiers/${dossierId}/levensgebieden`}>{t('vragenlijst.terug-levensgebieden')}</Link>
      </Paragraph>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>
        {eigenaar ? t('vragenlijst.pg.intro') : t('vragenlijst.pg.intro-ander', { naam: inwonerNaam })}
      </Paragraph>
      <Begrip t={t} code="positieve-gezondheid" woord="Positieve gezondheid" />
      {melding === 'ingediend' ? (
        <Alert type="ok">
          <Paragraph>{t('vragenlijst.melding.ingediend')}</Paragraph>
        </Alert>
      ) : null}
      {eigenaar ? (
        <Paragraph>
          <ButtonLink href={`${pad(dossierId, 'positieve-gezondheid')}/invullen`}>
            {heeftConcept ? t('vragenlijst.knop.verder') : t('vragenlijst.knop.invullen')}
          </ButtonLink>
        </Paragraph>
      ) : null}
      {laatste ? (
        <>
          <section aria-labelledby="praten">
            <Heading level={2} id="praten">
              {eigenaar
                ? t('vragenlijst.pg.praten.kop')
                : t('vragenlijst.pg.praten.kop-ander', { naam: inwonerNaam })}
            </Heading>
            {praten.length === 0 ? (
              <Paragraph>{t('vragenlijst.pg.praten.geen')}</Paragraph>
            ) : (
              <ul class="utrecht-unordered-list">
                {praten.map((code) => (
                  <li class="utrecht-unordered-list__item" key={code}>
                    {t(pgTitel(code))}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <RondeTabel
            ctx={ctx}
            vragenlijst="positieve-gezondheid"
            ronde={laatste}
            caption={t('vragenlijst.pg.laatste', { datum: formatDate(laatste.datum, ctx.locale) })}
          />
          <Toelichtingen ctx={ctx} rondes={[laatste]} />
        </>
      ) : (
        <Paragraph>
          {eigenaar
            ? t('vragenlijst.pg.nog-leeg.eigen')
            : t('vragenlijst.pg.nog-leeg', { naam: inwonerNaam })}
        </Paragraph>
      )}
      <Geschiedenis
        ctx={ctx}
        dossierId={dossierId}
        vragenlijst="positieve-gezondheid"
        rondes={geschiedenis}
      />
    </Layout>
  );
}
