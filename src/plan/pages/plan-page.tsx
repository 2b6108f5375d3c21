import { Begrip } from '../../platform/views/begrip.js';
import {
  Alert,
  ButtonLink,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextArea,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MAX_LANG } from '../forms.js';
import type { ActieWeergave, PlanData, VoorstelWeergave } from '../lezen.js';
import type { Actie, ActieInvoer, Doel, DoelInvoer } from '../rules.js';
import {
  actieRegels as actieRegelsVan,
  doelRegels as doelRegelsVan,
  notitieRegels,
  planIntro,
  planTitel,
  regievoerderZin,
  voorstelKop,
  waarschuwingRegel,
  wieRegels,
  wieUitleg,
} from '../weergave.js';
import { actieRegels, doelRegels, NaastElkaar } from './onderdelen.js';

export const PLAN_MELDINGEN = [
  'bewaard',
  'voorgesteld',
  'aanvaard',
  'afgewezen',
  'notitie',
  'regievoerder',
] as const;
export type PlanMelding = (typeof PLAN_MELDINGEN)[number];

export type PlanFout =
  | { soort: 'voorstel'; id: string; reden: 'besloten' | 'verouderd' }
  | { soort: 'notitie'; actieId: string; fout: string }
  | { soort: 'regievoerder'; reden: 'fout' | 'conflict' };

/** A proposal with what is there now beside it, and (for whoever decides) accept and decline. */
function VoorstelKaart({
  v,
  data,
  ctx,
  fout,
}: {
  v: VoorstelWeergave;
  data: PlanData;
  ctx: PageContext;
  fout: PlanFout | undefined;
}) {
  const { t, locale } = ctx;
  const kopId = `voorstel-${v.id}`;
  const doenerVan = (a: ActieInvoer) =>
    a.doener === 'netwerk' ? t('plan.doener.netwerk.anoniem') : t(`plan.doener.soort.${a.doener}`);
  const nieuw =
    v.soort === 'doel'
      ? doelRegels(v.gegevens as DoelInvoer, data.gebieden, locale, t)
      : actieRegels(v.gegevens as ActieInvoer, doenerVan(v.gegevens as ActieInvoer), locale, t);
  const nu = v.huidig
    ? v.soort === 'doel'
      ? doelRegels(v.huidig as Doel, data.gebieden, locale, t)
      : actieRegels(v.huidig as Actie, doenerVan(v.huidig as Actie), locale, t)
    : undefined;
  const basis = `/dossiers/${data.dossierId}/plan`;
  return (
    <li class="redzaam-plan-kaart" key={v.id}>
      <article aria-labelledby={kopId}>
        <Heading level={3} id={kopId}>
          {voorstelKop(v, ctx)}
        </Heading>
        {v.doelTekst && v.soort === 'actie' ? (
          <Paragraph>{t('plan.voorstel.bij-doel', { doel: v.doelTekst })}</Paragraph>
        ) : null}
        <NaastElkaar
          caption={t('plan.voorstel.caption')}
          links={nu}
          rechts={nieuw}
          kopLinks={t('plan.naast.nu')}
          kopRechts={t('plan.naast.voorstel')}
          t={t}
        />
        {fout?.soort === 'voorstel' && fout.id === v.id ? (
          <Alert type="error">
            <Paragraph>{t(`plan.fout.voorstel.${fout.reden}`)}</Paragraph>
          </Alert>
        ) : null}
        {data.kanBeslissen ? (
          <div class="redzaam-plan-knoppen">
            <PostForm ctx={ctx} action={`${basis}/voorstellen/${v.id}`}>
              <input type="hidden" name="besluit" value="aanvaarden" />
              <SubmitButton ariaLabel={`${t('plan.knop.aanvaarden')}: ${voorstelKop(v, ctx)}`}>
                {t('plan.knop.aanvaarden')}
              </SubmitButton>
            </PostForm>
            <PostForm ctx={ctx} action={`${basis}/voorstellen/${v.id}`}>
              <input type="hidden" name="besluit" value="afwijzen" />
              <SubmitButton
                appearance="secondary-action"
                ariaLabel={`${t('plan.knop.afwijzen')}: ${voorstelKop(v, ctx)}`}
              >
                {t('plan.knop.afwijzen')}
              </SubmitButton>
            </PostForm>
          </div>
        ) : (
          <Paragraph>{t('plan.voorstel.wacht', { naam: data.inwonerNaam })}</Paragraph>
        )}
      </article>
    </li>
  );
}

function ActieItem({
  a,
  data,
  ctx,
  fout,
}: {
  a: ActieWeergave;
  data: PlanData;
  ctx: PageContext;
  fout: PlanFout | undefined;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/plan`;
  const kopId = `actie-${a.id}`;
  const notitieFout = fout?.soort === 'notitie' && fout.actieId === a.id ? fout.fout : undefined;
  return (
    <li class="redzaam-plan-actie" key={a.id}>
      <h4 class="utrecht-heading-4" id={kopId}>
        {a.wat}
      </h4>
      <ul class="utrecht-unordered-list">
        {actieRegelsVan(a, data, ctx).map((regel) => (
          <li key={regel}>{regel}</li>
        ))}
      </ul>
      {a.notities.length > 0 ? (
        <section aria-label={t('plan.notities.kop', { actie: a.wat })}>
          <Paragraph>{t('plan.notities.titel')}</Paragraph>
          <ul class="utrecht-unordered-list">
            {notitieRegels(a, ctx).map((regel, i) => (
              <li key={a.notities[i]?.id}>{regel}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.kanVoorstellen ? (
        <Paragraph>
          <Link href={`${basis}/acties/${a.id}`}>{t('plan.link.actie-wijzigen', { actie: a.wat })}</Link>
        </Paragraph>
      ) : null}
      {data.kanReageren ? (
        <details class="redzaam-plan-notitie" open={notitieFout !== undefined}>
          <summary>{t('plan.notitie.toevoegen', { actie: a.wat })}</summary>
          <PostForm ctx={ctx} action={`${basis}/acties/${a.id}/notities`}>
            <TextArea
              id={`notitie-${a.id}`}
              name="tekst"
              label={t('plan.veld.notitie')}
              error={notitieFout}
              maxLength={MAX_LANG}
              rows={3}
            />
            <SubmitButton appearance="secondary-action">{t('plan.knop.notitie')}</SubmitButton>
          </PostForm>
        </details>
      ) : null}
    </li>
  );
}

/** The plan: proposals, goals with their actions and notes, wie doet wat, and who changed what. */
export function PlanPage({
  ctx,
  data,
  wijzigingen,
  melding,
  fout,
}: {
  ctx: PageContext;
  data: PlanData;
  /** The trail's changes to the plan, as the log's sentences */
  wijzigingen: { id: string; zin: string }[];
  melding?: PlanMelding | undefined;
  fout?: PlanFout | undefined;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/plan`;
  const titel = planTitel(data, t);
  const regievoerderKandidaten = data.betrokkenen.filter((b) => b.rol === 'professional' && b.niveaus.plan);
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`plan.melding.${melding}`, { naam: data.inwonerNaam })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{planIntro(data, t)}</Paragraph>
      <Paragraph>
        <Link href={`${basis}.pdf`}>{t('plan.pdf.link')}</Link>
      </Paragraph>
      {data.waarschuwingen.length > 0 ? (
        <Alert type="warning">
          <Heading level={2}>{t('plan.waarschuwing.kop')}</Heading>
          <ul class="utrecht-unordered-list">
            {data.waarschuwingen.map((w) => (
              <li key={w.soort === 'organisaties-op-gebied' ? `${w.soort}-${w.levensgebied}` : w.soort}>
                {waarschuwingRegel(w, data, t)}
              </li>
            ))}
          </ul>
          <Paragraph>{t('plan.waarschuwing.uitleg')}</Paragraph>
        </Alert>
      ) : null}
      {data.eigenaar ? (
        <Paragraph>
          <Link href={`${basis}/huishouden`}>{t('plan.huishouden.link')}</Link>
        </Paragraph>
      ) : null}
      {fout?.soort === 'voorstel' && !data.voorstellen.some((v) => v.id === fout.id) ? (
        <Alert type="error">
          <Paragraph>{t(`plan.fout.voorstel.${fout.reden}`)}</Paragraph>
        </Alert>
      ) : null}
      {data.voorstellen.length > 0 ? (
        <section aria-labelledby="voorstellen">
          <Heading level={2} id="voorstellen">
            {t('plan.voorstellen.kop')}
          </Heading>
          <ul class="redzaam-plan-kaarten">
            {data.voorstellen.map((v) => (
              <VoorstelKaart v={v} data={data} ctx={ctx} fout={fout} key={v.id} />
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="doelen">
        <Heading level={2} id="doelen">
          {t('plan.doelen.kop')}
        </Heading>
        {data.doelen.length === 0 ? (
          <Paragraph>{data.eigenaar ? t('plan.doelen.leeg') : t('plan.doelen.leeg.ander')}</Paragraph>
        ) : null}
        {data.kanVoorstellen ? (
          <Paragraph>
            <ButtonLink href={`${basis}/doelen/nieuw`} appearance="secondary-action">
              {data.kanBewerken ? t('plan.knop.doel-nieuw') : t('plan.knop.doel-voorstellen')}
            </ButtonLink>
          </Paragraph>
        ) : null}
        <ol class="redzaam-plan-doelen">
          {data.doelen.map((d) => (
            <li class="redzaam-plan-kaart" key={d.id}>
              <article aria-labelledby={`doel-${d.id}`}>
                <Heading level={3} id={`doel-${d.id}`}>
                  {d.tekst}
                </Heading>
                <ul class="utrecht-unordered-list">
                  {doelRegelsVan(d, data, ctx).map((regel, i, regels) => (
                    <li key={regel}>
                      {regel}
                      {d.aanleiding && d.aanleiding !== 'keukentafelgesprek' && i === regels.length - 1 ? (
                        <>
                          {' '}
                          <Link href={`/dossiers/${data.dossierId}/levensgebieden`}>
                            {t('plan.aanleiding.link')}
                          </Link>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
                {data.kanVoorstellen ? (
                  <Paragraph>
                    <Link href={`${basis}/doelen/${d.id}`}>
                      {t('plan.link.doel-wijzigen', { doel: d.tekst })}
                    </Link>
                    {' · '}
                    <Link href={`${basis}/doelen/${d.id}/acties/nieuw`}>
                      {t('plan.link.actie-nieuw', { doel: d.tekst })}
                    </Link>
                  </Paragraph>
                ) : null}
                {d.acties.length === 0 ? <Paragraph>{t('plan.acties.leeg')}</Paragraph> : null}
                <ul class="redzaam-plan-acties">
                  {d.acties.map((a) => (
                    <ActieItem a={a} data={data} ctx={ctx} fout={fout} key={a.id} />
                  ))}
                </ul>
              </article>
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="wie-doet-wat">
        <Heading level={2} id="wie-doet-wat">
          {t('plan.wie.kop')}
        </Heading>
        <Paragraph>{wieUitleg(data, t)}</Paragraph>
        <ul class="utrecht-unordered-list">
          {wieRegels(data, t).map((regel) => (
            <li key={regel}>{regel}</li>
          ))}
        </ul>
        {data.eigenaar ? (
          <Paragraph>
            <Link href={`/dossiers/${data.dossierId}/toegang`}>{t('plan.wie.toegang-link')}</Link>
          </Paragraph>
        ) : null}
        <Heading level={3} id="regievoerder">
          {t('plan.regievoerder.kop')}
        </Heading>
        <Begrip t={t} code="regievoerder" woord="regievoerder" />
        <Paragraph>{regievoerderZin(data, t)}</Paragraph>
        {data.eigenaar && regievoerderKandidaten.length > 0 ? (
          <PostForm ctx={ctx} action={`${basis}/regievoerder`}>
            <input type="hidden" name="versie" value={String(data.standVersie)} />
            {fout?.soort === 'regievoerder' ? (
              <Alert type="error">
                <Paragraph>{t(`plan.fout.regievoerder.${fout.reden}`)}</Paragraph>
              </Alert>
            ) : null}
            <SelectField
              name="account_id"
              label={t('plan.regievoerder.veld')}
              description={t('plan.regievoerder.uitleg')}
              value={data.regievoerder?.accountId ?? ''}
              options={[
                { value: '', label: t('plan.regievoerder.niemand') },
                ...regievoerderKandidaten.map((b) => ({
                  value: b.accountId,
                  label: b.organisatie ? `${b.naam} (${b.organisatie})` : b.naam,
                })),
              ]}
            />
            <SubmitButton appearance="secondary-action">{t('plan.knop.regievoerder')}</SubmitButton>
          </PostForm>
        ) : null}
      </section>
      <section aria-labelledby="wijzigingen">
        <Heading level={2} id="wijzigingen">
          {t('plan.wijzigingen.kop')}
        </Heading>
        {wijzigingen.length === 0 ? (
          <Paragraph>{t('plan.wijzigingen.leeg')}</Paragraph>
        ) : (
          <ul class="utrecht-unordered-list">
            {wijzigingen.map((w) => (
              <li key={w.id}>{w.zin}</li>
            ))}
          </ul>
        )}
      </section>
    </Layout>
  );
}
