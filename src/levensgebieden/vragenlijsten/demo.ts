import { createVragenlijstRonde, zetPositieveGezondheidAan } from '../../demo/factories.js';
import type { Db } from '../../platform/db/database.js';
import { dossierVanInwoner } from '../../regie/door/door.js';

/**
 * Demo data for the questionnaires (fictional, like all demo data): the demo gemeente has
 * positieve gezondheid on; the demo resident filled in eigen regie twice (an earlier and a
 * recent round) and positieve gezondheid once; the demo professional filled in eigen regie,
 * with two answers two steps apart from the resident's, so the conversation topics show.
 * The seed writes through the demo factories, outside the door, as the rest of the demo seed does.
 */

export async function seedDemoVragenlijsten(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; professionalId: string; now?: Date },
): Promise<void> {
  const { gemeenteId, inwonerId, professionalId } = input;
  const now = input.now ?? new Date();
  const dagen = (n: number) => new Date(now.getTime() - n * 24 * 3_600_000);
  const dossierId = await dossierVanInwoner(db, gemeenteId, inwonerId);
  await zetPositieveGezondheidAan(db, gemeenteId, now);
  const basis = { gemeenteId, dossierId, vragenlijst: 'eigen-regie' as const };
  await createVragenlijstRonde(db, {
    ...basis,
    accountId: inwonerId,
    rol: 'inwoner',
    op: dagen(70),
    toelichting: 'Het was een drukke tijd met veel brieven.',
    antwoorden: {
      eigenaarschap: { score: 2 },
      kracht: { score: 2, toelichting: 'De brieven van de belasting snap ik niet.' },
      motivatie: { score: 3 },
      contacten: { score: 3 },
      vertrouwen: { score: 3 },
      gelijkwaardigheid: { score: 3 },
      veiligheid: { weetNiet: true },
      samenwerking: { score: 3 },
    },
  });
  await createVragenlijstRonde(db, {
    ...basis,
    accountId: inwonerId,
    rol: 'inwoner',
    op: dagen(10),
    toelichting: 'Ik wil vooral zelf blijven kiezen wanneer ik hulp vraag.',
    antwoorden: {
      eigenaarschap: { score: 4, toelichting: 'Ik kies zelf wie mij helpt.' },
      kracht: { score: 3 },
      motivatie: { score: 4, toelichting: 'Ik wil weer werken in de bibliotheek.' },
      contacten: { score: 2, toelichting: 'Ik zie mijn vriendinnen weinig.' },
      vertrouwen: { score: 4 },
      gelijkwaardigheid: { score: 4 },
      veiligheid: { score: 4 },
      activatie: { score: 3 },
      samenwerking: { score: 4 },
      communicatie: { score: 3 },
      uitvoering: { score: 2, toelichting: 'Soms duurt het lang voor er iets gebeurt.' },
    },
  });
  await createVragenlijstRonde(db, {
    ...basis,
    accountId: professionalId,
    rol: 'professional',
    op: dagen(7),
    toelichting: 'Goed om dit samen te bespreken bij ons volgende gesprek.',
    antwoorden: {
      eigenaarschap: { score: 4 },
      kracht: { score: 3 },
      motivatie: { score: 4 },
      contacten: { score: 4, toelichting: 'Ilse vertelt vaak over haar buurvrouw.' },
      vertrouwen: { score: 4 },
      gelijkwaardigheid: { score: 4 },
      veiligheid: { score: 3 },
      activatie: { score: 3 },
      samenwerking: { score: 4 },
      communicatie: { score: 4 },
      uitvoering: { score: 4 },
    },
  });
  await createVragenlijstRonde(db, {
    gemeenteId,
    dossierId,
    vragenlijst: 'positieve-gezondheid',
    accountId: inwonerId,
    rol: 'inwoner',
    op: dagen(9),
    toelichting: '',
    antwoorden: {
      lichaamsfuncties: { score: 6 },
      'mentaal-welbevinden': {
        score: 5,
        praten: true,
        toelichting: 'Ik slaap slecht door zorgen over geld.',
      },
      zingeving: { score: 7 },
      'kwaliteit-van-leven': { score: 6 },
      meedoen: { score: 4, praten: true },
      'dagelijks-functioneren': { score: 7 },
    },
  });
}
