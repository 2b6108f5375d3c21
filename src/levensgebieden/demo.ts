import { createBeoordeling } from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';

const DAG = 24 * 3_600_000;

/**
 * The demo resident's levensgebieden, so the mirror and the charts show on first start: her
 * assessment of about three months ago, the one of last week, and the view of her buurtteam
 * professional (who sees her finances as better and her contacts as worse than she does:
 * two conversation topics). All text is made up.
 */
export async function seedDemoLevensgebieden(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; professionalId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const dossierId = await dossierVanInwoner(db, input.gemeenteId, input.inwonerId);
  const basis = { gemeenteId: input.gemeenteId, dossierId };
  await createBeoordeling(db, {
    ...basis,
    auteurId: input.inwonerId,
    perspectief: 'eigen',
    afgerondAt: new Date(nu.getTime() - 92 * DAG),
    antwoorden: {
      financien: { score: 1, wieHelpt: ['ikzelf'], belang: 'erg', doel: 'Geen nieuwe schulden meer' },
      'werk-en-dagbesteding': 3,
      'sociale-contacten': 3,
      'lichamelijke-gezondheid': 3,
      'psychische-gezondheid': 2,
      wonen: 3,
      huishouden: 4,
      zelfzorg: 4,
      vervoer: 'weet-niet',
    },
  });
  await createBeoordeling(db, {
    ...basis,
    auteurId: input.inwonerId,
    perspectief: 'eigen',
    afgerondAt: new Date(nu.getTime() - 6 * DAG),
    antwoorden: {
      financien: {
        score: 2,
        wieHelpt: ['ikzelf', 'professional'],
        belang: 'erg',
        doel: 'Overzicht in mijn rekeningen, zodat ik niet meer schrik van de post',
        goedGaat: 'Ik open mijn post nu elke week.',
      },
      'werk-en-dagbesteding': {
        score: 4,
        wieHelpt: ['ikzelf'],
        goedGaat: 'Twee ochtenden per week help ik in de kringloopwinkel.',
        trots: 'Ik ben nooit te laat.',
      },
      'sociale-contacten': {
        score: 4,
        wieHelpt: ['netwerk'],
        trots: 'Ik ga elke dinsdag naar de koffieochtend in het buurthuis.',
      },
      'lichamelijke-gezondheid': 3,
      'psychische-gezondheid': { score: 2, belang: 'beetje', doel: 'Beter slapen' },
      wonen: 4,
      huishouden: 5,
      zelfzorg: 4,
      vervoer: { score: null, wieHelpt: ['netwerk'] },
    },
  });
  await createBeoordeling(db, {
    ...basis,
    auteurId: input.professionalId,
    perspectief: 'ander',
    afgerondAt: new Date(nu.getTime() - 3 * DAG),
    antwoorden: {
      financien: { score: 4, goedGaat: 'Ilse houdt zich aan de afspraken met de schuldhulp.' },
      'werk-en-dagbesteding': 4,
      'sociale-contacten': 2,
      'lichamelijke-gezondheid': 3,
      'psychische-gezondheid': 3,
      wonen: 4,
      huishouden: 4,
      zelfzorg: 4,
      vervoer: 3,
    },
  });
}
