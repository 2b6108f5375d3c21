import { levensgebiedNaam } from '../../platform/levensgebied-codes.js';
import {
  Alert,
  ErrorSummary,
  type FieldErrors,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  TextArea,
  TextField,
  UnorderedList,
} from '../../platform/views/components.js';
import { KeuzeGroep, VinkGroep } from '../../platform/views/keuzes.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { MELD_REDENEN } from '../forms.js';
import type { SamenData, VoorstelKaart } from '../lezen.js';
import { gemeenteLijst, keuzes, naamVan, type VaardigheidInstelling } from '../lijst/rules.js';
import { levensgebiedSuggesties, netwerkSuggesties, type Suggestie } from '../netwerk-suggestie.js';
import type { Wens } from '../queries.js';
import { DAGEN, DELEN, VAARDIGHEDEN } from '../vaardigheden.js';

export const SAMEN_MELDINGEN = [
  'bewaard',
  'ja',
  'nee',
  'gebeurd',
  'geblokkeerd',
  'gemeld',
  'netwerkkaart',
] as const;
export type SamenMelding = (typeof SAMEN_MELDINGEN)[number];

export type SamenFoutMelding =
  | 'al-beantwoord'
  | 'verlopen'
  | 'gesloten'
  | 'geen-lid'
  | 'niet-geaccepteerd'
  | 'onbekend-lid';

type Props = {
  ctx: PageContext;
  dossierId: string;
  data: SamenData;
  melding?: SamenMelding | undefined;
  fout?: SamenFoutMelding | undefined;
  conflict?: boolean;
  errors?: FieldErrors;
  waarden?: Record<string, string | string[]> | undefined;
  /** The gemeente's skill list (lijst/): what the form offers and how skills are named; default the shared list */
  lijst?: VaardigheidInstelling[];
  /** The gemeente's own names of the parts of life (for the tips from her netwerkkaart). */
  gebiedNamen?: ReadonlyMap<string, string>;
  /** Skills a tip's button put in her request form (ticked, not saved: she still presses Bewaren). */
  tipVraag?: readonly string[];
};

/**
 * Her page "Samen": first what she can give (asked first, gently), then what she would like help
 * with, where and when, how to reach her once a match is agreed; her proposals (first name,
 * neighbourhood and what each would do; contact only when everyone said yes), yes or no without a
 * reason, "it happened", block or report; and what she gave and received — plain lists, no sum.
 * Plain HTML forms: works without JavaScript.
 */
export function SamenPage({
  ctx,
  dossierId,
  data,
  melding,
  fout,
  conflict = false,
  errors = {},
  waarden,
  lijst: vaardigheden = gemeenteLijst(VAARDIGHEDEN, []),
  gebiedNamen = new Map(),
  tipVraag = [],
}: Props) {
  const { t } = ctx;
  const vaardigheid = (code: string) =>
    naamVan(vaardigheden, code, ctx.locale, (c) => t(`samen.vaardigheid.${c}` as 'samen.vaardigheid.tuin'));
  const titel = t('samen.titel');
  const { profiel } = data;
  const basis = `/dossiers/${dossierId}/samen`;
  const tekst = (veld: string, huidig: string) => {
    const w = waarden?.[veld];
    return typeof w === 'string' ? w : huidig;
  };
  const lijst = (veld: string, huidig: string[]) => {
    if (!waarden) return huidig;
    const w = waarden[veld];
    return w === undefined ? [] : Array.isArray(w) ? w : [w];
  };
  const dagdelenNu = profiel
    ? Array.from({ length: 21 }, (_, i) => i)
        .filter((i) => (profiel.dagdelen & (1 << i)) !== 0)
        .map(String)
    : [];
  // A hidden skill is offered only to someone who has it already (she keeps it when she saves).
  const vaardigheidOpties = (soort: 'aanbod' | 'vraag') =>
    keuzes(vaardigheden, profiel?.[soort]?.vaardigheden ?? []).map((v) => ({
      value: v,
      label: vaardigheid(v),
    }));
  const wensVelden = (soort: 'aanbod' | 'vraag', wens: Wens | undefined) => (
    <>
      <VinkGroep
        name={soort}
        legend={t(soort === 'aanbod' ? 'samen.aanbod' : 'samen.vraag')}
        options={vaardigheidOpties(soort)}
        values={
          soort === 'vraag'
            ? [...new Set([...lijst(soort, wens?.vaardigheden ?? []), ...tipVraag])]
            : lijst(soort, wens?.vaardigheden ?? [])
        }
        error={errors[soort]}
      />
      <TextArea
        name={`${soort}Toelichting`}
        label={t(soort === 'aanbod' ? 'samen.aanbod.toelichting' : 'samen.vraag.toelichting')}
        value={tekst(`${soort}Toelichting`, wens?.toelichting ?? '')}
        error={errors[`${soort}Toelichting`]}
        maxLength={500}
      />
      <KeuzeGroep
        name={`${soort}Frequentie`}
        legend={t('samen.frequentie')}
        options={(['eenmalig', 'regelmatig'] as const).map((f) => ({
          value: f,
          label: t(`samen.frequentie.${f}`),
        }))}
        value={tekst(`${soort}Frequentie`, wens?.frequentie ?? 'eenmalig')}
        error={errors[`${soort}Frequentie`]}
      />
      <KeuzeGroep
        name={`${soort}Vorm`}
        legend={t('samen.vorm')}
        options={(['een-op-een', 'groep'] as const).map((f) => ({ value: f, label: t(`samen.vorm.${f}`) }))}
        value={tekst(`${soort}Vorm`, wens?.vorm ?? 'een-op-een')}
        error={errors[`${soort}Vorm`]}
      />
    </>
  );
  // Tips for her request, from her own map and her own levensgebieden: shown to her only, nothing
  // stored; a tip's button ticks its skills in the form below (a GET back to this page).
  const gevraagd = profiel?.vraag?.vaardigheden ?? [];
  const aangeboden = keuzes(vaardigheden, []);
  const tips: { soort: 'netwerk' | 'levensgebied'; s: Suggestie }[] =
    data.buur === 'vrijwilliger'
      ? []
      : [
          ...(data.zorgen ? levensgebiedSuggesties(data.zorgen, gevraagd, aangeboden) : []).map((s) => ({
            soort: 'levensgebied' as const,
            s,
          })),
          ...(data.netwerkHulp ? netwerkSuggesties(data.netwerkHulp, gevraagd, aangeboden) : []).map((s) => ({
            soort: 'netwerk' as const,
            s,
          })),
        ];
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`samen.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      {fout ? (
        <Alert type="error">
          <Paragraph>{t(`samen.fout.${fout}`)}</Paragraph>
        </Alert>
      ) : null}
      {conflict ? (
        <Alert type="error">
          <Paragraph>{t('samen.conflict')}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('samen.intro')}</Paragraph>
      <Paragraph>{t('samen.hoe')}</Paragraph>
      <Paragraph>
        <Link href={`/dossiers/${dossierId}/samen/groepen`}>{t('samen.groepen.link')}</Link>
      </Paragraph>
      {data.buur ? (
        // A neighbour without a resident's record has no "Mijn gegevens" menu: her download and trail from here.
        <Paragraph>
          <Link href={`/dossiers/${dossierId}/gegevens`}>{t('samen.buren.jouw-gegevens')}</Link>
        </Paragraph>
      ) : null}

      {profiel ? (
        <section aria-labelledby="samen-voorstellen">
          <Heading level={2} id="samen-voorstellen">
            {t('samen.voorstellen.titel')}
          </Heading>
          {data.voorstellen.length === 0 ? <Paragraph>{t('samen.voorstellen.geen')}</Paragraph> : null}
          {data.voorstellen.map((v) => (
            <Voorstel ctx={ctx} basis={basis} v={v} vaardigheid={vaardigheid} key={v.id} />
          ))}
        </section>
      ) : null}

      {profiel ? (
        <section aria-labelledby="samen-beeld">
          <Heading level={2} id="samen-beeld">
            {t('samen.beeld.titel')}
          </Heading>
          <Paragraph>{t('samen.beeld.uitleg')}</Paragraph>
          <Heading level={3}>{t('samen.beeld.gegeven')}</Heading>
          {data.beeld.gegeven.length > 0 ? (
            <UnorderedList items={data.beeld.gegeven.map(vaardigheid)} />
          ) : (
            <Paragraph>{t('samen.beeld.leeg')}</Paragraph>
          )}
          <Heading level={3}>{t('samen.beeld.ontvangen')}</Heading>
          {data.beeld.ontvangen.length > 0 ? (
            <UnorderedList items={data.beeld.ontvangen.map(vaardigheid)} />
          ) : (
            <Paragraph>{t('samen.beeld.leeg')}</Paragraph>
          )}
          {data.buur ? null : (
            // Her choice whether these people appear on her netwerkkaart (decision 050); off by default.
            <>
              <Heading level={3} id="samen-netwerkkaart">
                {t('samen.netwerkkaart.titel')}
              </Heading>
              <Paragraph>{t('samen.netwerkkaart.uitleg')}</Paragraph>
              <PostForm ctx={ctx} action={`${basis}/netwerkkaart`}>
                <KeuzeGroep
                  name="keuze"
                  legend={t('samen.netwerkkaart.keuze')}
                  options={(['ja', 'nee'] as const).map((k) => ({
                    value: k,
                    label: t(`samen.netwerkkaart.${k}`),
                  }))}
                  value={profiel.opNetwerkkaart ? 'ja' : 'nee'}
                />
                <SubmitButton appearance="secondary-action">{t('samen.netwerkkaart.bewaren')}</SubmitButton>
              </PostForm>
            </>
          )}
        </section>
      ) : null}

      <section aria-labelledby="samen-deel">
        <Heading level={2} id="samen-deel">
          {t('samen.deel.titel')}
        </Heading>
        <ErrorSummary ctx={ctx} errors={errors} />
        {tips.map(({ soort, s: tip }) => (
          <form
            method="get"
            action={`${basis}#samen-vraag`}
            class="redzaam-samen-tip"
            key={`${soort}-${tip.gebied}`}
          >
            <Paragraph>
              {t(`samen.tip.${soort}`, {
                gebied: levensgebiedNaam(tip.gebied, gebiedNamen.get(tip.gebied), t),
                vaardigheden: tip.vaardigheden.map(vaardigheid).join(', '),
              })}
            </Paragraph>
            {tip.vaardigheden.map((v) => (
              <input type="hidden" name="tip" value={v} key={v} />
            ))}
            <SubmitButton appearance="secondary-action">{t('samen.tip.neem')}</SubmitButton>
          </form>
        ))}
        <PostForm ctx={ctx} action={basis} id="samen-form">
          <input type="hidden" name="versie" value={tekst('versie', String(profiel?.versie ?? 0))} />
          <Heading level={3}>{t('samen.aanbod.titel')}</Heading>
          <Paragraph>{t('samen.aanbod.uitleg')}</Paragraph>
          {wensVelden('aanbod', profiel?.aanbod)}
          {data.buur === 'vrijwilliger' ? (
            <Paragraph>{t('samen.buren.vrijwilliger.uitleg')}</Paragraph>
          ) : (
            <>
              <Heading level={3} id="samen-vraag">
                {t('samen.vraag.titel')}
              </Heading>
              <Paragraph>{t('samen.vraag.uitleg')}</Paragraph>
              {tipVraag.length > 0 ? <Paragraph>{t('samen.tip.genomen')}</Paragraph> : null}
              {wensVelden('vraag', profiel?.vraag)}
            </>
          )}
          <Heading level={3}>{t('samen.praktisch.titel')}</Heading>
          <TextField
            name="voornaam"
            label={t('samen.voornaam')}
            description={t('samen.voornaam.uitleg')}
            value={tekst('voornaam', profiel?.voornaam ?? '')}
            error={errors.voornaam}
            autocomplete="given-name"
            maxLength={60}
          />
          <TextField
            name="wijk"
            label={t('samen.wijk')}
            value={tekst('wijk', profiel?.wijk ?? '')}
            error={errors.wijk}
            maxLength={80}
          />
          <TextField
            name="postcode"
            label={t('samen.postcode')}
            description={t('samen.postcode.uitleg')}
            value={tekst('postcode', profiel?.postcode ?? '')}
            error={errors.postcode}
            maxLength={7}
          />
          <TextField
            name="maxKm"
            label={t('samen.maxKm')}
            value={tekst('maxKm', profiel ? String(profiel.maxKm) : '2')}
            error={errors.maxKm}
            maxLength={5}
          />
          <VinkGroep
            name="dagdeel"
            legend={t('samen.dagdelen')}
            options={DAGEN.flatMap((dag, d) =>
              DELEN.map((deel, p) => ({
                value: String(d * 3 + p),
                label: t('samen.dagdeel', { dag: t(`samen.dag.${dag}`), deel: t(`samen.deel.${deel}`) }),
              })),
            )}
            values={lijst('dagdeel', dagdelenNu)}
            error={errors.dagdeel}
          />
          <TextField
            name="geboortejaar"
            label={t('samen.geboortejaar')}
            description={t('samen.geboortejaar.uitleg')}
            value={tekst('geboortejaar', profiel ? String(profiel.geboortejaar) : '')}
            error={errors.geboortejaar}
            maxLength={4}
          />
          <KeuzeGroep
            name="geslacht"
            legend={t('samen.geslacht')}
            options={[
              { value: '', label: t('samen.geslacht.leeg') },
              ...(['v', 'm', 'x'] as const).map((g) => ({ value: g, label: t(`samen.geslacht.${g}`) })),
            ]}
            value={tekst('geslacht', profiel?.geslacht ?? '')}
            error={errors.geslacht}
          />
          <VinkGroep
            name="alleenVrouwen"
            legend={t('samen.alleenVrouwen')}
            options={[{ value: 'ja', label: t('samen.alleenVrouwen') }]}
            values={lijst('alleenVrouwen', profiel?.alleenVrouwen ? ['ja'] : [])}
            error={errors.alleenVrouwen}
          />
          <Heading level={3}>{t('samen.contact.titel')}</Heading>
          <Paragraph>{t('samen.contact.uitleg')}</Paragraph>
          <TextField
            name="telefoon"
            label={t('samen.telefoon')}
            value={tekst('telefoon', profiel?.contact.telefoon ?? '')}
            error={errors.telefoon}
            required={false}
            autocomplete="tel"
            maxLength={30}
          />
          <TextField
            name="email"
            type="email"
            label={t('samen.email')}
            value={tekst('email', profiel?.contact.email ?? '')}
            error={errors.email}
            required={false}
            autocomplete="email"
            maxLength={200}
          />
          <SubmitButton>{t('samen.bewaren')}</SubmitButton>
        </PostForm>
      </section>
    </Layout>
  );
}

function Voorstel({
  ctx,
  basis,
  v,
  vaardigheid,
}: {
  ctx: PageContext;
  basis: string;
  v: VoorstelKaart;
  vaardigheid: (code: string) => string;
}) {
  const { t } = ctx;
  const wie = (plek: number) => {
    const lid = v.anderen.find((a) => a.volgorde === plek);
    return lid ? t('samen.voorstel.persoon', { voornaam: lid.voornaam, wijk: lid.wijk }) : '…';
  };
  const actie = `${basis}/voorstellen/${v.id}`;
  const kop = `voorstel-${v.id}`;
  return (
    <article class="samen-voorstel" aria-labelledby={kop}>
      <Heading level={3} id={kop}>
        {t(`samen.voorstel.${v.soort}`)}
      </Heading>
      <Paragraph>
        <strong>
          {v.status === 'open'
            ? t('samen.voorstel.status.open', { datum: v.verlooptOp.toLocaleDateString(ctx.locale) })
            : t(`samen.voorstel.status.${v.status}`)}
        </strong>
      </Paragraph>
      {v.status === 'open' || v.status === 'geaccepteerd' ? (
        <UnorderedList
          items={[
            ...v.ikGeef.map((g) =>
              t('samen.voorstel.ikgeef', { wie: wie(g.aan), wat: vaardigheid(g.vaardigheid) }),
            ),
            ...v.ikKrijg.map((k) =>
              t('samen.voorstel.ikkrijg', { wie: wie(k.van), wat: vaardigheid(k.vaardigheid) }),
            ),
          ]}
        />
      ) : null}
      {v.status === 'geaccepteerd'
        ? v.anderen.map((a) => (
            <div key={a.volgorde} class="samen-contact">
              <Paragraph>{t('samen.voorstel.contact', { voornaam: a.voornaam })}</Paragraph>
              <UnorderedList
                items={[
                  ...(a.contact?.telefoon
                    ? [t('samen.voorstel.telefoon', { telefoon: a.contact.telefoon })]
                    : []),
                  ...(a.contact?.email ? [t('samen.voorstel.email', { email: a.contact.email })] : []),
                ]}
              />
            </div>
          ))
        : null}
      {v.mijnAntwoord !== 'open' ? (
        <Paragraph>{t(`samen.voorstel.jouwantwoord.${v.mijnAntwoord}`)}</Paragraph>
      ) : null}
      {v.status === 'open' && v.mijnAntwoord === 'open' ? (
        <PostForm ctx={ctx} action={actie}>
          <Paragraph>{t('samen.voorstel.nee.uitleg')}</Paragraph>
          <button type="submit" name="keuze" value="ja" class="utrecht-button utrecht-button--primary-action">
            {t('samen.voorstel.ja')}
          </button>{' '}
          <button
            type="submit"
            name="keuze"
            value="nee"
            class="utrecht-button utrecht-button--secondary-action"
          >
            {t('samen.voorstel.nee')}
          </button>
        </PostForm>
      ) : null}
      {v.status === 'geaccepteerd' ? (
        v.gebeurd ? (
          <Paragraph>{t('samen.voorstel.gebeurd.al')}</Paragraph>
        ) : (
          <PostForm ctx={ctx} action={`${actie}/gebeurd`}>
            <SubmitButton appearance="secondary-action">{t('samen.voorstel.gebeurd')}</SubmitButton>
          </PostForm>
        )
      ) : null}
      {(v.status === 'open' || v.status === 'geaccepteerd') && v.anderen.length > 0 ? (
        <details class="samen-veilig">
          <summary>{t('samen.veilig.titel')}</summary>
          <Paragraph>{t('samen.veilig.uitleg')}</Paragraph>
          <PostForm ctx={ctx} action={`${actie}/veilig`}>
            <SelectField
              id={`lid-${v.id}`}
              name="lid"
              label={t('samen.veilig.persoon')}
              options={v.anderen.map((a) => ({ value: String(a.volgorde), label: wie(a.volgorde) }))}
            />
            <SelectField
              id={`reden-${v.id}`}
              name="reden"
              label={t('samen.veilig.reden')}
              options={[
                { value: '', label: t('samen.veilig.reden.geen') },
                ...MELD_REDENEN.map((r) => ({ value: r, label: t(`samen.veilig.reden.${r}`) })),
              ]}
            />
            <SubmitButton appearance="secondary-action">{t('samen.veilig.knop')}</SubmitButton>
          </PostForm>
        </details>
      ) : null}
    </article>
  );
}
