import { formatDate } from '../../../platform/dates.js';
import type { MessageKey, Translate } from '../../../platform/i18n/i18n.js';
import { levensgebiedNaam } from '../../../platform/levensgebied-codes.js';
import {
  Heading,
  Link,
  MetAfbreekpunten,
  Paragraph,
  UnorderedList,
} from '../../../platform/views/components.js';
import { Layout } from '../../../platform/views/layout.js';
import type { PageContext } from '../../../platform/views/page-context.js';
import type { DienstDetail } from '../queries.js';
import { leesTijd, type Rooster, roosterDagen } from '../rules.js';

function tijd(text: string | null, locale: 'nl' | 'en'): string {
  const minutes = leesTijd(text) ?? 0;
  const hours = Math.floor(minutes / 60);
  const rest = String(minutes % 60).padStart(2, '0');
  return locale === 'nl' ? `${hours}.${rest}` : `${String(hours).padStart(2, '0')}:${rest}`;
}

/** "maandag en woensdag: van 9.00 tot 12.00 uur", or the schedule's own description. */
export function roosterZin(
  rooster: Rooster & { description: string | null },
  t: Translate,
  locale: 'nl' | 'en',
) {
  const dagen = roosterDagen(rooster);
  if (!dagen || leesTijd(rooster.opens_at) === undefined || leesTijd(rooster.closes_at) === undefined) {
    return rooster.description ?? undefined;
  }
  const list = new Intl.ListFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', { type: 'conjunction' }).format(
    dagen.map((dag) => t(`socialeKaart.dag.${dag}` as MessageKey)),
  );
  const zin = t('socialeKaart.rooster.zin', {
    dagen: list,
    open: tijd(rooster.opens_at, locale),
    dicht: tijd(rooster.closes_at, locale),
  });
  return rooster.description ? `${zin} ${rooster.description}` : zin;
}

function amsterdamDag(ymd: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(ymd);
  return match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12)) : undefined;
}

/** A service's page: what it is, for whom, cost, where, when, how to get in touch. */
export function DienstPage({
  ctx,
  namen = new Map(),
  dienst,
  nuOpen,
}: {
  ctx: PageContext;
  /** The gemeente's own names of its levensgebieden (code → name) */
  namen?: ReadonlyMap<string, string>;
  dienst: DienstDetail;
  nuOpen: boolean;
}) {
  const { t, locale } = ctx;
  const roosters = dienst.roosters
    .map((rooster) => roosterZin(rooster, t, locale))
    .filter((zin): zin is string => Boolean(zin));
  const leeftijd =
    dienst.minimumLeeftijd !== null && dienst.maximumLeeftijd !== null
      ? t('socialeKaart.dienst.leeftijd-van-tot', {
          van: dienst.minimumLeeftijd,
          tot: dienst.maximumLeeftijd,
        })
      : dienst.minimumLeeftijd !== null
        ? t('socialeKaart.dienst.leeftijd-vanaf', { van: dienst.minimumLeeftijd })
        : dienst.maximumLeeftijd !== null
          ? t('socialeKaart.dienst.leeftijd-tot', { tot: dienst.maximumLeeftijd })
          : undefined;
  const gecontroleerd = dienst.gecontroleerd ? amsterdamDag(dienst.gecontroleerd) : undefined;
  const email = dienst.email;
  const website = dienst.website && /^https?:\/\//i.test(dienst.website) ? dienst.website : undefined;
  return (
    <Layout ctx={ctx} title={dienst.naam}>
      <Paragraph>
        <Link href="/sociale-kaart">{t('socialeKaart.dienst.terug')}</Link>
      </Paragraph>
      <Heading level={1}>{dienst.naam}</Heading>
      {dienst.organisatie ? (
        <Paragraph lead>
          {t('socialeKaart.resultaat.door', { organisatie: dienst.organisatie.naam })}
        </Paragraph>
      ) : null}
      {nuOpen ? (
        <Paragraph>
          <strong>{t('socialeKaart.dienst.nu-open')}</strong>
        </Paragraph>
      ) : null}

      <Heading level={2}>{t('socialeKaart.dienst.wat')}</Heading>
      <Paragraph>{dienst.beschrijving ?? t('socialeKaart.dienst.onbekend')}</Paragraph>
      {dienst.kenmerken.length > 0 ? (
        <UnorderedList
          items={dienst.kenmerken.map((k) => t(`socialeKaart.kenmerk.uitleg.${k}` as MessageKey))}
        />
      ) : null}
      {dienst.levensgebieden.length > 0 ? (
        <Paragraph>
          {t('socialeKaart.dienst.levensgebieden', {
            lijst: dienst.levensgebieden.map((code) => levensgebiedNaam(code, namen.get(code), t)).join(', '),
          })}
        </Paragraph>
      ) : null}

      <Heading level={2}>{t('socialeKaart.dienst.voor-wie')}</Heading>
      <Paragraph>{dienst.voorWie ?? t('socialeKaart.dienst.voor-iedereen')}</Paragraph>
      {leeftijd ? <Paragraph>{leeftijd}</Paragraph> : null}

      <Heading level={2}>{t('socialeKaart.dienst.kosten')}</Heading>
      <Paragraph>
        {dienst.kosten ??
          (dienst.kenmerken.includes('gratis')
            ? t('socialeKaart.dienst.gratis')
            : dienst.kenmerken.includes('eigen-bijdrage')
              ? t('socialeKaart.dienst.eigen-bijdrage')
              : t('socialeKaart.dienst.kosten-onbekend'))}
      </Paragraph>
      {dienst.kostenOpties.length > 0 ? (
        <UnorderedList
          items={dienst.kostenOpties.map((optie) =>
            [
              optie.optie,
              optie.bedrag !== null
                ? new Intl.NumberFormat(locale === 'nl' ? 'nl-NL' : 'en-GB', {
                    style: 'currency',
                    currency: 'EUR',
                  }).format(optie.bedrag)
                : null,
              optie.uitleg,
            ]
              .filter(Boolean)
              .join(' – '),
          )}
        />
      ) : null}

      <Heading level={2}>{t('socialeKaart.dienst.waar')}</Heading>
      {dienst.plekken.length === 0 ? <Paragraph>{t('socialeKaart.dienst.geen-adres')}</Paragraph> : null}
      {dienst.plekken.map((plek) => (
        <address class="redzaam-adres" key={`${plek.adres}-${plek.postcode}`}>
          {plek.naam ? (
            <>
              {plek.naam}
              <br />
            </>
          ) : null}
          {plek.adres ? (
            <>
              {plek.adres}
              <br />
            </>
          ) : null}
          {[plek.postcode, plek.plaats].filter(Boolean).join(' ')}
          {plek.vervoer ? (
            <>
              <br />
              {plek.vervoer}
            </>
          ) : null}
        </address>
      ))}

      <Heading level={2}>{t('socialeKaart.dienst.wanneer')}</Heading>
      {roosters.length > 0 ? (
        <UnorderedList items={roosters} />
      ) : (
        <Paragraph>{t('socialeKaart.dienst.geen-tijden')}</Paragraph>
      )}

      <Heading level={2}>{t('socialeKaart.dienst.contact')}</Heading>
      {dienst.aanmelden ? <Paragraph>{dienst.aanmelden}</Paragraph> : null}
      {dienst.telefoons.length > 0 || email || website ? (
        <UnorderedList
          items={[
            ...dienst.telefoons.map((telefoon) => (
              <>
                {t('socialeKaart.dienst.bel')}{' '}
                <Link href={`tel:${telefoon.nummer.replace(/[^\d+]/g, '')}`}>{telefoon.nummer}</Link>
                {telefoon.uitleg ? ` (${telefoon.uitleg})` : ''}
              </>
            )),
            ...(email
              ? [
                  <>
                    {t('socialeKaart.dienst.mail')}{' '}
                    <Link href={`mailto:${email}`}>
                      <MetAfbreekpunten tekst={email} />
                    </Link>
                  </>,
                ]
              : []),
            ...(website
              ? [
                  <>
                    {t('socialeKaart.dienst.website')}{' '}
                    <Link href={website}>
                      <MetAfbreekpunten tekst={website} />
                    </Link>
                  </>,
                ]
              : []),
          ]}
        />
      ) : (
        <Paragraph>{t('socialeKaart.dienst.geen-contact')}</Paragraph>
      )}
      {dienst.contacten.length > 0 ? (
        <UnorderedList
          items={dienst.contacten.map((contact) =>
            [contact.naam, contact.functie, contact.email].filter(Boolean).join(', '),
          )}
        />
      ) : null}
      {dienst.wachttijd ? (
        <Paragraph>{t('socialeKaart.dienst.wachttijd', { tekst: dienst.wachttijd })}</Paragraph>
      ) : null}

      <Paragraph>
        {gecontroleerd
          ? t('socialeKaart.dienst.gecontroleerd', { datum: formatDate(gecontroleerd, locale) })
          : t('socialeKaart.dienst.niet-gecontroleerd')}
      </Paragraph>
    </Layout>
  );
}
