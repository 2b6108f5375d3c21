import { formatDate } from '../../platform/dates.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SubmitButton,
  TextArea,
} from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Invullen } from '../beoordelen.js';
import { type Gebied, gebiedNaam, gebiedUitleg, zichtbaar } from '../catalogus.js';
import { type Invoer, MAX_TEKST } from '../forms.js';
import { GebiedIcoon } from '../iconen.js';
import { isLeeg, kanAfronden } from '../rules.js';
import {
  AntwoordDetails,
  belangOpties,
  KeuzeGroep,
  scoreOpties,
  scoreTekst,
  TerugLink,
  VinkGroep,
  wieHelptOpties,
} from './onderdelen.js';

function titelVan(ctx: PageContext, data: Invullen) {
  return data.eigenaar
    ? ctx.t('levensgebieden.invullen.titel')
    : ctx.t('levensgebieden.invullen.titel.ander', { naam: data.inwonerNaam });
}

/**
 * The start and end of filling in: every domain with what is filled in so far, a link to each,
 * and "Ik ben klaar". One domain per page keeps it light on an old phone, without JavaScript.
 */
export function InvullenPage({
  ctx,
  data,
  melding,
}: {
  ctx: PageContext;
  data: Invullen;
  melding?: 'later' | 'conflict' | 'onbekend-gebied' | 'leeg' | undefined;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/levensgebieden`;
  const gebieden = zichtbaar(data.catalogus);
  const concept = data.concept;
  const ingevuld = gebieden.filter((g) => !isLeeg(concept?.antwoorden[g.code])).length;
  return (
    <Layout ctx={ctx} title={titelVan(ctx, data)}>
      <TerugLink href={basis}>
        {data.eigenaar
          ? t('levensgebieden.titel')
          : t('levensgebieden.titel.ander', { naam: data.inwonerNaam })}
      </TerugLink>
      <Heading level={1}>{titelVan(ctx, data)}</Heading>
      {melding === 'later' ? (
        <Alert type="ok">
          <Paragraph>{t('levensgebieden.melding.later')}</Paragraph>
        </Alert>
      ) : null}
      {melding === 'conflict' ? (
        <Alert type="error">
          <Paragraph>{t('levensgebieden.fout.conflict')}</Paragraph>
        </Alert>
      ) : null}
      {melding === 'leeg' ? (
        <Alert type="error">
          <Paragraph>{t('levensgebieden.fout.leeg')}</Paragraph>
        </Alert>
      ) : null}
      {melding === 'onbekend-gebied' ? (
        <Alert type="error">
          <Paragraph>{t('levensgebieden.fout.gebied')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>
        {data.eigenaar
          ? t('levensgebieden.invullen.intro')
          : t('levensgebieden.invullen.intro.ander', { naam: data.inwonerNaam })}
      </Paragraph>
      <Paragraph>{t('levensgebieden.invullen.overslaan')}</Paragraph>
      <Paragraph>{t('levensgebieden.invullen.voortgang', { ingevuld, totaal: gebieden.length })}</Paragraph>
      {Object.keys(data.vorige).length > 0 ? (
        <Paragraph>{t('levensgebieden.invullen.vorige.uitleg')}</Paragraph>
      ) : null}
      <ol class="utrecht-ordered-list">
        {gebieden.map((g) => {
          const nu = concept?.antwoorden[g.code];
          const vorige = data.vorige[g.code];
          return (
            <li class="utrecht-ordered-list__item" key={g.code}>
              <GebiedIcoon icoon={g.icoon} />{' '}
              <Link href={`${basis}/invullen/${g.code}`}>{gebiedNaam(g, t)}</Link>
              {': '}
              {!isLeeg(nu) ? (
                vorige ? (
                  t('levensgebieden.invullen.deze-keer', { antwoord: scoreTekst(nu, t) })
                ) : (
                  scoreTekst(nu, t)
                )
              ) : vorige ? (
                <>
                  {t('levensgebieden.invullen.vorige', {
                    datum: formatDate(vorige.datum, ctx.locale),
                    antwoord: scoreTekst(vorige.antwoord, t),
                  })}{' '}
                  <KloptNog
                    ctx={ctx}
                    basis={basis}
                    code={g.code}
                    naam={gebiedNaam(g, t)}
                    versie={concept?.versie ?? 0}
                  />
                </>
              ) : (
                t('levensgebieden.antwoord.leeg')
              )}
            </li>
          );
        })}
      </ol>
      {concept && !kanAfronden(concept.antwoorden) ? (
        <Paragraph>{t('levensgebieden.invullen.nog-niets')}</Paragraph>
      ) : null}
      {concept && kanAfronden(concept.antwoorden) ? (
        <PostForm ctx={ctx} action={`${basis}/afronden`}>
          <input type="hidden" name="versie" value={String(concept.versie)} />
          <Paragraph>{t('levensgebieden.invullen.klaar.uitleg')}</Paragraph>
          <SubmitButton>{t('levensgebieden.knop.klaar')}</SubmitButton>
        </PostForm>
      ) : (
        <Paragraph>
          <Link href={`${basis}/invullen/${gebieden[0]?.code ?? ''}`}>
            {t('levensgebieden.knop.beginnen')}
          </Link>
        </Paragraph>
      )}
    </Layout>
  );
}

/** "Klopt nog": one tap keeps her previous answer about this domain in the new round (works without JavaScript). */
function KloptNog({
  ctx,
  basis,
  code,
  naam,
  versie,
}: {
  ctx: PageContext;
  basis: string;
  code: string;
  naam: string;
  versie: number;
}) {
  return (
    <form method="post" action={`${basis}/invullen/${code}`} class="redzaam-inline-form">
      <input type="hidden" name="_csrf" value={ctx.csrfToken} />
      <input type="hidden" name="versie" value={String(versie)} />
      <input type="hidden" name="klopt_nog" value="ja" />
      <button
        type="submit"
        name="actie"
        value="overzicht"
        class="utrecht-button utrecht-button--secondary-action"
      >
        {ctx.t('levensgebieden.knop.klopt-nog')}
        <span class="redzaam-visually-hidden"> – {naam}</span>
      </button>
    </form>
  );
}

/**
 * Warns before leaving a form with changes that were not saved (progressive enhancement: the
 * page works the same without it). Placed right after its form; the CSP nonce lets it run.
 */
export function WaarschuwBijWeggaan({ nonce }: { nonce: string }) {
  const code =
    "(function(){var s=document.currentScript,f=s&&s.previousElementSibling;if(!f||f.tagName!=='FORM')return;" +
    "var v=false;f.addEventListener('input',function(){v=true});f.addEventListener('change',function(){v=true});" +
    "f.addEventListener('submit',function(){v=false});window.addEventListener('beforeunload',function(e){if(v){e.preventDefault();e.returnValue='';}});})();";
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: code }} />;
}

/** One domain: how it goes, who helps, my goal, how important, what goes well, what I am proud of. */
export function GebiedPage({
  ctx,
  data,
  gebied,
  invoer,
  versie,
  errors = {},
  conflict = false,
  positie,
  vanVorige,
}: {
  ctx: PageContext;
  data: Invullen;
  gebied: Gebied;
  invoer: Invoer;
  versie: number;
  errors?: FieldErrors;
  conflict?: boolean;
  positie: { nummer: number; totaal: number; eerste: boolean };
  /** The form starts from her answer of this day (a new round) */
  vanVorige?: Date | undefined;
}) {
  const { t } = ctx;
  const basis = `/dossiers/${data.dossierId}/levensgebieden`;
  const naam = gebiedNaam(gebied, t);
  const uitleg = gebiedUitleg(gebied, t);
  const perspectief = data.eigenaar ? 'eigen' : 'ander';
  const jij = data.eigenaar ? '' : '.ander';
  const vars = { naam: data.inwonerNaam };
  return (
    <Layout ctx={ctx} title={`${naam} – ${titelVan(ctx, data)}`}>
      <TerugLink href={`${basis}/invullen`}>{t('levensgebieden.invullen.terug')}</TerugLink>
      <Paragraph>
        {t('levensgebieden.invullen.stap', { nummer: positie.nummer, totaal: positie.totaal })}
      </Paragraph>
      <Heading level={1}>
        <GebiedIcoon icoon={gebied.icoon} /> {naam}
      </Heading>
      {uitleg ? <Paragraph lead>{uitleg}</Paragraph> : null}
      {conflict || Object.keys(errors).length > 0 ? (
        <Alert type="error">
          <Paragraph>{t('levensgebieden.niet-bewaard', { gebied: naam })}</Paragraph>
          {conflict ? <Paragraph>{t('levensgebieden.fout.conflict')}</Paragraph> : null}
        </Alert>
      ) : null}
      <ErrorSummary ctx={ctx} errors={errors} />
      {vanVorige ? (
        <Paragraph>
          {t('levensgebieden.invullen.van-vorige', { datum: formatDate(vanVorige, ctx.locale) })}
        </Paragraph>
      ) : null}
      {data.eigenLaatste ? (
        <section aria-labelledby="antwoord-inwoner">
          <Heading level={2} id="antwoord-inwoner">
            {t('levensgebieden.invullen.antwoord-inwoner', vars)}
          </Heading>
          <AntwoordDetails antwoord={data.eigenLaatste.antwoorden[gebied.code]} t={t} />
        </section>
      ) : null}
      <PostForm ctx={ctx} action={`${basis}/invullen/${gebied.code}`}>
        <input type="hidden" name="versie" value={String(versie)} />
        <KeuzeGroep
          name="score"
          legend={t(`levensgebieden.vraag.hoe${jij}`, vars)}
          options={scoreOpties(t, perspectief, data.inwonerNaam)}
          value={invoer.score}
          error={errors.score}
        />
        <VinkGroep
          name="wie_helpt"
          legend={t(`levensgebieden.vraag.wie-helpt${jij}`, vars)}
          options={wieHelptOpties(t, perspectief, data.inwonerNaam)}
          values={invoer.wieHelpt}
          error={errors.wie_helpt}
        />
        <TextArea
          name="doel"
          maxLength={MAX_TEKST}
          label={t(`levensgebieden.vraag.doel${jij}`, vars)}
          description={t('levensgebieden.vraag.doel.uitleg')}
          value={invoer.doel}
          error={errors.doel}
        />
        <KeuzeGroep
          name="belang"
          legend={t(`levensgebieden.vraag.belang${jij}`, vars)}
          options={belangOpties(t)}
          value={invoer.belang}
          error={errors.belang}
        />
        <TextArea
          name="goed_gaat"
          maxLength={MAX_TEKST}
          label={t(`levensgebieden.vraag.goed-gaat${jij}`, vars)}
          value={invoer.goedGaat}
          error={errors.goed_gaat}
        />
        <TextArea
          name="trots"
          maxLength={MAX_TEKST}
          label={t(`levensgebieden.vraag.trots${jij}`, vars)}
          value={invoer.trots}
          error={errors.trots}
        />
        {/* The first button is the one Enter presses: "Volgende". */}
        <div class="utrecht-button-group">
          <button
            type="submit"
            name="actie"
            value="volgende"
            class="utrecht-button utrecht-button--primary-action"
          >
            {t('levensgebieden.knop.volgende')}
          </button>{' '}
          {positie.eerste ? null : (
            <>
              <button
                type="submit"
                name="actie"
                value="vorige"
                class="utrecht-button utrecht-button--secondary-action"
              >
                {t('levensgebieden.knop.vorige')}
              </button>{' '}
            </>
          )}
          <button
            type="submit"
            name="actie"
            value="later"
            class="utrecht-button utrecht-button--secondary-action"
          >
            {t('levensgebieden.knop.later')}
          </button>
        </div>
      </PostForm>
      <WaarschuwBijWeggaan nonce={ctx.nonce} />
    </Layout>
  );
}
