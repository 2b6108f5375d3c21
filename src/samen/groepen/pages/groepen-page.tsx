import {
  Alert,
  Heading,
  Link,
  Paragraph,
  PostForm,
  SelectField,
  SubmitButton,
  UnorderedList,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import { MELD_REDENEN } from '../../forms.js';
import { naamVan, type VaardigheidInstelling } from '../../lijst/rules.js';
import type { GroepFout, GroepKaart } from '../deelnemen.js';

export const GROEP_MELDINGEN = ['ja', 'nee', 'geblokkeerd', 'gemeld'] as const;
export type GroepMelding = (typeof GROEP_MELDINGEN)[number];

/**
 * Her groups: each group's kind, theme, leader and meeting place; of the others only first name
 * and neighbourhood, and their phone and e-mail once the group started; join or decline; block
 * and report. Plain forms, no script.
 */
export function GroepenPage({
  ctx,
  dossierId,
  groepen,
  vaardigheden,
  melding,
  fout,
}: {
  ctx: PageContext;
  dossierId: string;
  groepen: GroepKaart[];
  /** The gemeente's skill list, to name each group's theme as the gemeente does. */
  vaardigheden: readonly VaardigheidInstelling[];
  melding?: GroepMelding | undefined;
  fout?: GroepFout['fout'] | undefined;
}) {
  const { t } = ctx;
  const titel = t('samen.groepen.titel');
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      {fout ? (
        <Alert type="error">
          <Heading level={2}>{t('samen.groep.fout.titel')}</Heading>
          <Paragraph>{t(`samen.groep.fout.${fout}`)}</Paragraph>
        </Alert>
      ) : null}
      {melding ? (
        <Alert type="ok">
          <Paragraph>{t(`samen.groep.melding.${melding}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t('samen.groepen.intro')}</Paragraph>
      <Paragraph>{t('samen.groepen.hoe')}</Paragraph>
      {groepen.length === 0 ? <Paragraph>{t('samen.groepen.geen')}</Paragraph> : null}
      {groepen.map((g) => (
        <GroepKaartView ctx={ctx} dossierId={dossierId} g={g} vaardigheden={vaardigheden} key={g.id} />
      ))}
      <Paragraph>
        <Link href={`/dossiers/${dossierId}/samen`}>{t('samen.groepen.terug')}</Link>
      </Paragraph>
    </Layout>
  );
}

function GroepKaartView({
  ctx,
  dossierId,
  g,
  vaardigheden,
}: {
  ctx: PageContext;
  dossierId: string;
  g: GroepKaart;
  vaardigheden: readonly VaardigheidInstelling[];
}) {
  const { t } = ctx;
  const actie = `/dossiers/${dossierId}/samen/groepen/${g.id}`;
  const thema = naamVan(vaardigheden, g.thema, ctx.locale, (c) =>
    t(`samen.vaardigheid.${c}` as 'samen.vaardigheid.tuin'),
  );
  const weg = g.mijnAntwoord === 'nee' || g.mijnAntwoord === 'verwijderd';
  return (
    <article class="samen-groep" aria-labelledby={`groep-${g.id}`}>
      <Heading level={2} id={`groep-${g.id}`}>
        {t('samen.groep.kop', { soort: t(`samen.groep.soort.${g.soort}`), thema })}
      </Heading>
      <Paragraph>{t(`samen.groep.leider.${g.soort}`, { naam: g.leiderNaam })}</Paragraph>
      <Paragraph>
        {g.plek
          ? t('samen.groep.plek', { naam: g.plek.naam, adres: g.plek.adres })
          : t('samen.groep.plek.nog-niet')}
      </Paragraph>
      <Paragraph>
        {g.status === 'open'
          ? t('samen.groep.status.open', {
              datum: g.verlooptOp.toLocaleDateString(ctx.locale),
              aantal: g.aantalJa,
            })
          : t(`samen.groep.status.${g.status}`)}
      </Paragraph>
      {g.mijnAntwoord !== 'open' ? <Paragraph>{t(`samen.groep.jouw.${g.mijnAntwoord}`)}</Paragraph> : null}
      {g.anderen.length > 0 ? (
        <>
          <Heading level={3}>{t('samen.groep.anderen')}</Heading>
          <UnorderedList
            items={g.anderen.map((a) => (
              <>
                {t(a.antwoord === 'open' ? 'samen.groep.lid.open' : 'samen.groep.lid', {
                  voornaam: a.voornaam,
                  wijk: a.wijk,
                })}
                {a.contact?.telefoon ? (
                  <>
                    <br />
                    {t('samen.groep.contact.telefoon', { telefoon: a.contact.telefoon })}
                  </>
                ) : null}
                {a.contact?.email ? (
                  <>
                    <br />
                    {t('samen.groep.contact.email', { email: a.contact.email })}
                  </>
                ) : null}
              </>
            ))}
          />
        </>
      ) : null}
      {g.status === 'open' && g.mijnAntwoord === 'open' ? (
        <PostForm ctx={ctx} action={actie}>
          <button type="submit" name="keuze" value="ja" class="utrecht-button utrecht-button--primary-action">
            {t('samen.groep.ja')}
          </button>{' '}
          <button
            type="submit"
            name="keuze"
            value="nee"
            class="utrecht-button utrecht-button--secondary-action"
          >
            {t('samen.groep.nee')}
          </button>
        </PostForm>
      ) : null}
      {!weg && g.anderen.length > 0 ? (
        <details class="samen-veilig">
          <summary>{t('samen.veilig.titel')}</summary>
          <Paragraph>{t('samen.groep.veilig.uitleg')}</Paragraph>
          <PostForm ctx={ctx} action={`${actie}/veilig`}>
            <SelectField
              id={`lid-${g.id}`}
              name="lid"
              label={t('samen.veilig.persoon')}
              options={g.anderen.map((a) => ({
                value: String(a.plek),
                label: t('samen.groep.lid', { voornaam: a.voornaam, wijk: a.wijk }),
              }))}
            />
            <SelectField
              id={`reden-${g.id}`}
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
