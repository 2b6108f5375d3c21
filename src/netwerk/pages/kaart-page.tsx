import type { HulpPerBron } from '../../platform/extensions/hulp.js';
import {
  Alert,
  ButtonLink,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { SAMENVATTINGEN } from '../codes.js';
import { Ecomap, type KaartPersoon, NetwerkLijst } from '../kaart/index.js';
import type { KaartData } from '../lezen.js';
import type { Signaal } from '../rules.js';
import { gebiedTekst, voorLezer, type Zichtbaar } from '../weergave.js';
import { KeuzeGroep, PersoonRegels } from './onderdelen.js';

export const KAART_MELDINGEN = [
  'bewaard',
  'voorgesteld',
  'verwijderd',
  'samenvatting',
  'aanvaard',
  'afgewezen',
] as const;
export type KaartMelding = (typeof KAART_MELDINGEN)[number];

/**
 * The map page: the summary first (the panel's three groups, hers to confirm or correct, and per
 * levensgebied whether there is someone to ask), then the conversation starters, where help can
 * be found, the people as cards, and the picture with the same content as a list.
 */
export function KaartPage({
  ctx,
  data,
  hulp,
  groepen = [],
  melding,
  samenvattingFout,
}: {
  ctx: PageContext;
  data: KaartData;
  hulp: { code: string; bronnen: HulpPerBron[] }[];
  /** Her own map only: people from elsewhere in her record, in their own group (Via Samen) */
  groepen?: KaartPersoon[];
  melding?: KaartMelding | undefined;
  samenvattingFout?: 'fout' | 'conflict' | undefined;
}) {
  // Others than the resident read her map: texts that speak to her get their third-person form.
  const t = voorLezer(ctx.t, data.eigenaar, data.inwonerNaam);
  const basis = `/dossiers/${data.dossierId}/netwerk`;
  const titel = data.eigenaar ? t('netwerk.titel') : t('netwerk.titel.ander', { naam: data.inwonerNaam });
  const labelVan = (id: string) => data.personen.find((p) => p.persoon.id === id)?.label ?? '';
  const gebied = (code: string) => gebiedTekst(data.gebieden, code, t);
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`netwerk.melding.${melding}`, { naam: data.inwonerNaam })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>
        {data.eigenaar ? t('netwerk.intro') : t('netwerk.intro.ander', { naam: data.inwonerNaam })}
      </Paragraph>
      <ul class="utrecht-link-list redzaam-link-list">
        {data.kanVoorstellen ? (
          <li>
            <Link href={`${basis}/nieuw`}>
              {data.kanBewerken ? t('netwerk.knop.toevoegen') : t('netwerk.knop.voorstellen')}
            </Link>
          </li>
        ) : null}
        {data.kanVoorstellen ? (
          <li>
            <Link href={`${basis}/voorstellen`}>
              {t('netwerk.link.voorstellen', { aantal: data.openVoorstellen })}
            </Link>
          </li>
        ) : null}
        <li>
          <Link href={`${basis}/vergelijk`}>{t('netwerk.link.vergelijken')}</Link>
        </li>
      </ul>

      <section aria-labelledby="samenvatting">
        <Heading level={2} id="samenvatting">
          {t('netwerk.samenvatting.kop')}
        </Heading>
        <Paragraph>
          {t('netwerk.samenvatting.afgeleid', { groep: t(`netwerk.groep.${data.afgeleid}`) })}
        </Paragraph>
        {data.keuze ? (
          <Paragraph>
            <strong>{t('netwerk.samenvatting.keuze', { groep: t(`netwerk.groep.${data.keuze}`) })}</strong>{' '}
            {t('netwerk.samenvatting.telt')}
          </Paragraph>
        ) : null}
        {samenvattingFout === 'conflict' ? (
          <Alert type="error">
            <Paragraph>{t('netwerk.fout.conflict')}</Paragraph>
          </Alert>
        ) : null}
        {data.eigenaar ? (
          <PostForm ctx={ctx} action={`${basis}/samenvatting`}>
            <input type="hidden" name="versie" value={String(data.kaartVersie)} />
            <KeuzeGroep
              name="keuze"
              legend={t('netwerk.samenvatting.vraag')}
              description={t('netwerk.samenvatting.telt')}
              value={data.keuze ?? 'afgeleid'}
              error={samenvattingFout === 'fout' ? t('netwerk.fout.samenvatting') : undefined}
              options={[
                { value: 'afgeleid', label: t('netwerk.samenvatting.optie.afgeleid') },
                ...SAMENVATTINGEN.map((s) => ({ value: s, label: t(`netwerk.groep.${s}`) })),
              ]}
            />
            <SubmitButton appearance="secondary-action">{t('netwerk.knop.opslaan')}</SubmitButton>
          </PostForm>
        ) : null}
        <Heading level={3}>{t('netwerk.gebieden.kop')}</Heading>
        <div class="redzaam-table-wrapper">
          <table class="utrecht-table redzaam-netwerk-gebieden">
            <thead class="utrecht-table__header">
              <tr class="utrecht-table__row">
                <th class="utrecht-table__header-cell" scope="col">
                  {t('netwerk.gebieden.gebied')}
                </th>
                <th class="utrecht-table__header-cell" scope="col">
                  {t('netwerk.gebieden.antwoord')}
                </th>
              </tr>
            </thead>
            <tbody class="utrecht-table__body">
              {data.gebieden.map((g) => (
                <tr class="utrecht-table__row" key={g.code}>
                  <th class="utrecht-table__header-cell" scope="row">
                    {gebied(g.code)}
                  </th>
                  <td class="utrecht-table__cell">{t(`netwerk.stand.${data.stand[g.code] ?? 'niemand'}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="signalen">
        <Heading level={2} id="signalen">
          {t('netwerk.signalen.kop')}
        </Heading>
        <Paragraph>{t('netwerk.signalen.uitleg')}</Paragraph>
        {data.signalen.length === 0 ? (
          <Paragraph>{t('netwerk.signalen.geen')}</Paragraph>
        ) : (
          <ul class="utrecht-unordered-list">
            {data.signalen.map((s, i) => (
              <li class="utrecht-unordered-list__item" key={i}>
                {signaalTekst(s, labelVan, gebied, t)}
              </li>
            ))}
          </ul>
        )}
      </section>

      {data.tekorten.length > 0 ? (
        <section aria-labelledby="tekort">
          <Heading level={2} id="tekort">
            {t('netwerk.tekort.kop')}
          </Heading>
          <Paragraph>{t('netwerk.tekort.uitleg')}</Paragraph>
          {data.tekorten.map((code) => {
            const bronnen = hulp.find((h) => h.code === code)?.bronnen ?? [];
            return (
              <div key={code} class="redzaam-hulp">
                <Heading level={3}>{gebied(code)}</Heading>
                {bronnen.length === 0 ? <Paragraph>{t('netwerk.tekort.geen-hulp')}</Paragraph> : null}
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
                    </ul>
                  </div>
                ))}
              </div>
            );
          })}
        </section>
      ) : null}

      <section aria-labelledby="personen">
        <Heading level={2} id="personen">
          {t('netwerk.personen.kop', { aantal: data.personen.length })}
        </Heading>
        {data.personen.length === 0 ? <Paragraph>{t('netwerk.personen.leeg')}</Paragraph> : null}
        <ul class="redzaam-netwerk-kaartjes">
          {data.personen.map((z) => (
            <Kaartje key={z.persoon.id} ctx={ctx} data={data} z={z} />
          ))}
        </ul>
        {data.kanVoorstellen ? (
          <Paragraph>
            <ButtonLink href={`${basis}/nieuw`}>
              {data.kanBewerken ? t('netwerk.knop.toevoegen') : t('netwerk.knop.voorstellen')}
            </ButtonLink>
          </Paragraph>
        ) : null}
      </section>

      <div class="redzaam-netwerk-weergave">
        <section aria-labelledby="netwerk-lijst" class="redzaam-netwerk-weergave__lijst">
          <Heading level={2} id="netwerk-lijst">
            {t('netwerk.lijst.kop')}
          </Heading>
          <NetwerkLijst personen={[...data.personen.map((z) => z.kaart), ...groepen]} t={t} />
        </section>
        <section aria-labelledby="netwerk-plaatje" class="redzaam-netwerk-weergave__plaatje">
          <Heading level={2} id="netwerk-plaatje">
            {t('netwerk.plaatje.kop')}
          </Heading>
          <Ecomap
            id="ecomap"
            titel={t('netwerk.plaatje.titel', { naam: data.inwonerNaam })}
            ik={data.inwonerNaam}
            personen={[...data.personen.map((z) => z.kaart), ...groepen]}
            t={t}
          />
        </section>
      </div>
    </Layout>
  );
}

function signaalTekst(
  s: Signaal,
  labelVan: (id: string) => string,
  gebied: (code: string) => string,
  t: PageContext['t'],
): string {
  switch (s.soort) {
    case 'veel-aan-belaste':
      return t('netwerk.signaal.veel-aan-belaste', { naam: labelVan(s.persoonId) });
    case 'uit-balans':
      return t(`netwerk.signaal.uit-balans.${s.richting}`, { naam: labelVan(s.persoonId) });
    case 'niemand-voor-gebied':
      return t('netwerk.signaal.niemand-voor-gebied', { gebied: gebied(s.code) });
  }
}

/** One person as a card: who, how close, what flows each way, capacity, and what one can do. */
function Kaartje({ ctx, data, z }: { ctx: PageContext; data: KaartData; z: Zichtbaar }) {
  const { t } = ctx;
  const p = z.persoon;
  const basis = `/dossiers/${data.dossierId}/netwerk`;
  const grantee = p.accountId ? data.grantees.find((g) => g.accountId === p.accountId) : undefined;
  const kopId = `persoon-${p.id}`;
  const uitnodigen = new URLSearchParams({
    rol: p.relatie === 'professional' ? 'professional' : 'naaste',
    netwerk: 'lezen',
  });
  return (
    <li class="redzaam-netwerk-kaartje">
      <article aria-labelledby={kopId}>
        <Heading level={3} id={kopId}>
          {z.label}
        </Heading>
        <ul class="utrecht-unordered-list">
          <PersoonRegels z={z} gebieden={data.gebieden} t={t} />
          {data.eigenaar && p.notitie ? (
            <li class="utrecht-unordered-list__item">{t('netwerk.kaartje.notitie', { tekst: p.notitie })}</li>
          ) : null}
          {data.eigenaar ? (
            <li class="utrecht-unordered-list__item">
              {p.naamZichtbaar
                ? t('netwerk.kaartje.naam-zichtbaar')
                : t('netwerk.kaartje.naam-verborgen', { label: z.anoniem })}
            </li>
          ) : null}
          {grantee ? (
            <li class="utrecht-unordered-list__item">
              {grantee.live ? t('netwerk.kaartje.toegang.actief') : t('netwerk.kaartje.toegang.gestopt')}
            </li>
          ) : null}
        </ul>
        <ul class="utrecht-link-list redzaam-link-list">
          {data.kanVoorstellen ? (
            <li>
              <a
                class="utrecht-link utrecht-link--html-a"
                href={`${basis}/personen/${p.id}`}
                aria-label={t('netwerk.knop.wijzigen.label', { naam: z.label })}
              >
                {t('netwerk.knop.wijzigen')}
              </a>
            </li>
          ) : null}
          {data.eigenaar && !grantee?.live ? (
            <li>
              <a
                class="utrecht-link utrecht-link--html-a"
                href={`/dossiers/${data.dossierId}/toegang?${uitnodigen.toString()}#uitnodigen`}
                aria-label={t('netwerk.knop.uitnodigen.label', { naam: z.label })}
              >
                {t('netwerk.knop.uitnodigen')}
              </a>
            </li>
          ) : null}
        </ul>
      </article>
    </li>
  );
}
