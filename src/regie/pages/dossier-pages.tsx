import { formatTime } from '../../platform/dates.js';
import { isMessageKey, type MessageKey, type Translate } from '../../platform/i18n/i18n.js';
import { Alert, Heading, Link, Paragraph } from '../../platform/views/components.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Niveau, NiveauOfGeen } from '../rules.js';
import type { SectieDefinitie } from '../secties.js';

/**
 * A section's label or explanation in the words of whoever reads: the resident's own ("Mijn
 * plan", "Wat je wilt bereiken"), or for anyone else its `.ander` form with her name ("Plan van
 * Ilse") where the text speaks to her. Texts that speak to no one in particular have no `.ander`.
 */
export function sectieTekst(t: Translate, key: MessageKey, inwonerNaam: string | undefined): string {
  const ander = `${key}.ander`;
  return inwonerNaam !== undefined && isMessageKey(ander) ? t(ander, { naam: inwonerNaam }) : t(key);
}

/** The record's front page: its sections, and for the resident the pages about sharing. */
export function DossierPage({
  ctx,
  dossierId,
  eigenaar,
  inwonerNaam,
  secties,
  niveaus,
}: {
  ctx: PageContext;
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  secties: SectieDefinitie[];
  niveaus: Partial<Record<string, Niveau>>;
}) {
  const { t } = ctx;
  const titel = eigenaar ? t('dossier.titel.eigen') : t('dossier.titel.ander', { naam: inwonerNaam });
  const niveauVan = (code: string): NiveauOfGeen => (eigenaar ? 'bewerken' : (niveaus[code] ?? 'geen'));
  const tekst = (key: MessageKey) => sectieTekst(t, key, eigenaar ? undefined : inwonerNaam);
  return (
    <Layout ctx={ctx} title={titel}>
      <Heading level={1}>{titel}</Heading>
      <Paragraph lead>
        {eigenaar ? t('dossier.intro.eigen') : t('dossier.intro.ander', { naam: inwonerNaam })}
      </Paragraph>
      {eigenaar ? (
        <ul class="utrecht-link-list redzaam-link-list">
          <li>
            <Link href={`/dossiers/${dossierId}/toegang`}>{t('nav.wie-kan-wat-zien')}</Link>
          </li>
          <li>
            <Link href={`/dossiers/${dossierId}/logboek`}>{t('nav.logboek')}</Link>
          </li>
          <li>
            <Link href={`/dossiers/${dossierId}/gegevens`}>{t('gegevens.titel')}</Link>
          </li>
        </ul>
      ) : null}
      <ul class="redzaam-sections">
        {secties.map((sectie) => {
          const niveau = niveauVan(sectie.code);
          return (
            <li key={sectie.code} class="redzaam-card">
              <Heading level={2}>
                {niveau === 'geen' ? (
                  tekst(sectie.label)
                ) : (
                  <Link href={`/dossiers/${dossierId}/secties/${sectie.code}`}>{tekst(sectie.label)}</Link>
                )}
              </Heading>
              <Paragraph>{tekst(sectie.uitleg)}</Paragraph>
              {eigenaar ? null : (
                <Paragraph>{t('sectie.jouw-niveau', { niveau: t(`niveau.${niveau}`) })}</Paragraph>
              )}
            </li>
          );
        })}
      </ul>
    </Layout>
  );
}

/** One section of a record. Capabilities fill it; until then it says so. */
export function SectiePage({
  ctx,
  dossierId,
  eigenaar,
  inwonerNaam,
  sectie,
  niveau,
  noodtoegangTot,
}: {
  ctx: PageContext;
  dossierId: string;
  eigenaar: boolean;
  inwonerNaam: string;
  sectie: SectieDefinitie;
  niveau: Niveau;
  noodtoegangTot: Date | undefined;
}) {
  const { t } = ctx;
  const anderNaam = eigenaar ? undefined : inwonerNaam;
  const label = sectieTekst(t, sectie.label, anderNaam);
  // A label without her name in it gets it added: "Crisiskaart: Ilse".
  const titel = eigenaar || label.includes(inwonerNaam) ? label : `${label}: ${inwonerNaam}`;
  return (
    <Layout ctx={ctx} title={titel}>
      {/* With emergency access only the crisiskaart may be opened: no link to the rest of the record. */}
      {noodtoegangTot ? null : (
        <Paragraph>
          <Link href={`/dossiers/${dossierId}`}>
            {eigenaar ? t('dossier.titel.eigen') : t('dossier.titel.ander', { naam: inwonerNaam })}
          </Link>
        </Paragraph>
      )}
      <Heading level={1}>{titel}</Heading>
      {noodtoegangTot ? (
        <Alert type="warning">
          <Paragraph>
            {t('sectie.noodtoegang-actief', { tijd: formatTime(noodtoegangTot, ctx.locale) })}
          </Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{sectieTekst(t, sectie.uitleg, anderNaam)}</Paragraph>
      {eigenaar ? null : <Paragraph>{t('sectie.jouw-niveau', { niveau: t(`niveau.${niveau}`) })}</Paragraph>}
      <Paragraph>{t('sectie.leeg')}</Paragraph>
    </Layout>
  );
}
