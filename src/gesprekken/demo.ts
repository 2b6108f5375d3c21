import { createGesprek } from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { telOp, vandaag } from './rules.js';

/**
 * The demo resident's requests for help: one from two months ago whose persoonlijk plan she
 * handed in, and one from three days ago that she is preparing (domains, what goes well, what
 * she wants, question cards). Every name and word is made up.
 */
export async function seedDemoGesprekken(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const dossierId = await dossierVanInwoner(db, input.gemeenteId, input.inwonerId);
  const basis = { gemeenteId: input.gemeenteId, dossierId, gemeldDoor: input.inwonerId, op: nu };
  const eerder = telOp(vandaag(nu), -60);
  await createGesprek(db, {
    ...basis,
    gemeldOp: eerder,
    planIngediendOp: telOp(eerder, 5),
    voorbereiding: {
      gebieden: ['financien'],
      perGebied: {
        financien: { goed: 'Ik betaal de huur op tijd.', wil: 'Ik wil weer overzicht over mijn post.' },
      },
      nietVragen: '',
      geven: 'Ik kan goed koken.',
      vragen: ['kracht-trots', 'schaamte-moeilijk'],
    },
  });
  await createGesprek(db, {
    ...basis,
    gemeldOp: telOp(vandaag(nu), -3),
    voorbereiding: {
      gebieden: ['sociale-contacten', 'huishouden'],
      perGebied: {
        'sociale-contacten': { goed: 'Mijn broer belt elke week.', wil: 'Ik wil vaker de deur uit.' },
        huishouden: { goed: '', wil: 'Hulp bij de grote schoonmaak.' },
      },
      nietVragen: 'Mijn buurvrouw, zij heeft het zelf al zwaar.',
      geven: 'Ik kan iemand helpen met de computer.',
      vragen: ['kracht-energie', 'netwerk-wie', 'geven-wie'],
    },
  });
}
