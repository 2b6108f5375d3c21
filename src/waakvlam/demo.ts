import { createWaakvlam } from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Antwoorden } from './queries.js';

const DAG = 24 * 3_600_000;

const goed = (gebieden: string[]): Antwoorden => ({
  gebieden: Object.fromEntries([['algemeen', 'goed'], ...gebieden.map((g) => [g, 'goed'])]),
  signalen: { 'let-op': [], crisis: [] },
});

/**
 * The demo resident's waakvlam: a signaleringsplan she made eight weeks ago with her brother
 * Bram as the one who is told (he holds `lezen` on the waakvlam), and eight weekly check-ins —
 * good, good, good, then a week where she sleeps badly and cancels appointments ("let op", Bram
 * told then), back to good the week after, and good since. Every name is made up.
 */
export async function seedDemoWaakvlam(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; naasteId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const dossierId = await dossierVanInwoner(db, input.gemeenteId, input.inwonerId);
  const begin = new Date(nu.getTime() - 57 * DAG);
  const gebieden = ['financien', 'psychische-gezondheid'];
  const antwoorden = Array.from({ length: 8 }, (_, week) => {
    const op = new Date(begin.getTime() + (week + 1) * 7 * DAG);
    if (week === 3)
      return {
        op,
        antwoorden: {
          gebieden: { algemeen: 'wisselend', financien: 'goed', 'psychische-gezondheid': 'wisselend' },
          signalen: { 'let-op': ['Ik slaap slecht', 'Ik zeg afspraken af'], crisis: [] },
        } satisfies Antwoorden,
      };
    return { op, antwoorden: goed(gebieden) };
  });
  await createWaakvlam(db, {
    gemeenteId: input.gemeenteId,
    dossierId,
    op: begin,
    volgendeCheckinOp: new Date(begin.getTime() + 9 * 7 * DAG),
    plan: {
      fasen: {
        goed: {
          signalen: 'Ik slaap goed\nIk zie mensen',
          zelf: 'Elke dag een stuk wandelen',
          netwerk: 'Bram en ik bellen op zondag',
          professionals: '',
        },
        'let-op': {
          signalen: 'Ik slaap slecht\nIk zeg afspraken af\nIk open mijn post niet',
          zelf: 'Ik bel Bram. Ik houd mijn dagritme vast.',
          netwerk: 'Bram komt langs en kijkt samen met mij naar de post.',
          professionals: 'Yara van het buurtteam belt binnen twee dagen.',
        },
        crisis: {
          signalen: 'Ik kom mijn bed niet meer uit\nIk eet niet meer',
          zelf: 'Ik pak mijn crisiskaart.',
          netwerk: 'Bram belt de huisarts en zorgt voor de kat.',
          professionals: 'De huisarts overlegt met de POH-GGZ.',
        },
      },
      gebieden,
      intervalDagen: 7,
      stilteDagen: 21,
      afschaalNa: 3,
      gekozen: [input.naasteId],
      alleenFase: [],
    },
    antwoorden,
  });
}
