import { Heading, Paragraph } from '../../platform/views/components.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { Overzicht } from '../beoordelen.js';
import { type Gebied, gebiedNaam, zichtbaar } from '../catalogus.js';
import { HistorieGrafiek, RadarGrafiek, type Reeks, type Schaal } from '../grafieken/index.js';
import type { Beoordeling } from '../queries.js';
import { alleenAntwoorden, laatstePerGebied, SCORE_MAX, SCORE_MIN, SCORES, telbareScore } from '../rules.js';
import { laatstePerAuteur } from './overzicht-page.js';

/** The charts of the levensgebieden, fed from the assessments. Drawing is grafieken/'s work. */

export function schaalVan(ctx: PageContext): Schaal {
  return {
    min: SCORE_MIN,
    max: SCORE_MAX,
    stappen: SCORES.map((waarde) => ({ waarde, label: ctx.t(`levensgebieden.schaal.kort.${waarde}`) })),
  };
}

function waarden(beoordeling: Beoordeling, gebieden: Gebied[]): Record<string, number | null> {
  return Object.fromEntries(gebieden.map((g) => [g.code, telbareScore(beoordeling.antwoorden[g.code])]));
}

/** Radar charts on the overview: now vs. before (the resident's own), and me vs. them. */
export function OverzichtGrafieken({ ctx, data }: { ctx: PageContext; data: Overzicht }) {
  const { t } = ctx;
  const gebieden = zichtbaar(data.catalogus);
  const assen = gebieden.map((g) => ({ code: g.code, label: gebiedNaam(g, t) }));
  const laatste = data.eigen.at(-1);
  // "Now" is her latest answer per domain, also from an earlier round the newest one skipped.
  const nu = laatste && { ...laatste, antwoorden: alleenAntwoorden(laatstePerGebied(data.eigen)) };
  const vorige = data.eigen.at(-2);
  const eerder = vorige && {
    ...vorige,
    antwoorden: alleenAntwoorden(laatstePerGebied(data.eigen.slice(0, -1))),
  };
  const anderen = laatstePerAuteur(data.anderen);
  const ik = data.eigenaar ? t('levensgebieden.grafiek.ik') : data.inwonerNaam;
  if (!nu && anderen.length === 0) return null;
  const schaal = schaalVan(ctx);
  const kijker = data.eigenaar ? 'eigenaar' : 'ander';
  const nuVsEerder: Reeks[] = nu
    ? [
        { naam: t('levensgebieden.grafiek.nu', { naam: ik }), soort: 'ik', waarden: waarden(nu, gebieden) },
        ...(eerder
          ? [
              {
                naam: t('levensgebieden.grafiek.eerder', { naam: ik }),
                soort: 'eerder' as const,
                waarden: waarden(eerder, gebieden),
              },
            ]
          : []),
      ]
    : [];
  const ikVsAnderen: Reeks[] = [
    ...(nu ? [{ naam: ik, soort: 'ik' as const, waarden: waarden(nu, gebieden) }] : []),
    ...anderen.map((b) => ({ naam: b.auteurNaam, soort: 'ander' as const, waarden: waarden(b, gebieden) })),
  ];
  return (
    <section aria-labelledby="grafieken">
      <Heading level={2} id="grafieken">
        {t('levensgebieden.grafiek.kop')}
      </Heading>
      <Paragraph>{t('levensgebieden.grafiek.uitleg')}</Paragraph>
      {nu && eerder ? (
        <RadarGrafiek
          id="radar-nu-eerder"
          titel={t('levensgebieden.grafiek.nu-eerder')}
          assen={assen}
          reeksen={nuVsEerder}
          schaal={schaal}
          t={t}
          kijker={kijker}
        />
      ) : null}
      {ikVsAnderen.length > 1 ? (
        <RadarGrafiek
          id="radar-ik-anderen"
          titel={
            data.eigenaar
              ? t('levensgebieden.grafiek.ik-anderen')
              : t('levensgebieden.grafiek.ik-anderen.ander', { naam: data.inwonerNaam })
          }
          assen={assen}
          reeksen={ikVsAnderen}
          schaal={schaal}
          t={t}
          kijker={kijker}
        />
      ) : null}
      {nu && !eerder && ikVsAnderen.length <= 1 ? (
        <RadarGrafiek
          id="radar-nu"
          titel={t('levensgebieden.grafiek.nu-alleen')}
          assen={assen}
          reeksen={nuVsEerder}
          schaal={schaal}
          t={t}
          kijker={kijker}
        />
      ) : null}
    </section>
  );
}

/** The history chart of one domain: every completed view over time, one line per person. */
export function HistorieGrafiekVan({
  ctx,
  data,
  gebied,
}: {
  ctx: PageContext;
  data: Overzicht;
  gebied: Gebied;
}) {
  const { t } = ctx;
  const reeksen: {
    naam: string;
    soort: Reeks['soort'];
    metingen: { datum: Date; waarde: number | null }[];
  }[] = [];
  if (data.eigen.length > 0)
    reeksen.push({
      naam: data.eigenaar ? t('levensgebieden.grafiek.ik') : data.inwonerNaam,
      soort: 'ik',
      metingen: data.eigen.map((b) => ({
        datum: b.afgerondAt ?? b.updatedAt,
        waarde: telbareScore(b.antwoorden[gebied.code]),
      })),
    });
  const perAuteur = new Map<string, Beoordeling[]>();
  for (const b of data.anderen) perAuteur.set(b.auteurId, [...(perAuteur.get(b.auteurId) ?? []), b]);
  for (const lijst of perAuteur.values())
    reeksen.push({
      naam: lijst[0]?.auteurNaam ?? '',
      soort: 'ander',
      metingen: lijst.map((b) => ({
        datum: b.afgerondAt ?? b.updatedAt,
        waarde: telbareScore(b.antwoorden[gebied.code]),
      })),
    });
  if (reeksen.length === 0) return null;
  return (
    <HistorieGrafiek
      id="historie-grafiek"
      titel={t('levensgebieden.grafiek.historie', { gebied: gebiedNaam(gebied, t) })}
      reeksen={reeksen}
      schaal={schaalVan(ctx)}
      t={t}
    />
  );
}
