import { createGesprek } from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { type AfgesprokenDoel, telOp, vandaag } from './rules.js';

/** The goals agreed at the demo's kitchen table: the two goals of the demo plan (src/plan/demo.ts). */
const DEMO_DOELEN: AfgesprokenDoel[] = [
  { tekst: 'Ik wil weer overzicht over mijn geld en post.', gebied: 'financien' },
  { tekst: 'Ik wil vaker onder de mensen zijn.', gebied: 'sociale-contacten' },
];

/**
 * The demo resident's requests for help: one from two months ago whose persoonlijk plan she
 * handed in, whose talk Yara of the buurtteam held, and whose report she approved — its two
 * goals are the two goals of her demo plan; and one from three days ago that she is preparing
 * (domains, what goes well, what she wants, question cards) with a netwerkberaad she is setting
 * up (two people from her map invited, one answered). Every name and word is made up.
 */
export async function seedDemoGesprekken(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; professionalId?: string; nu?: Date },
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
    ...(input.professionalId
      ? {
          aantekeningen: {
            agenda: ['financien', 'sociale-contacten'],
            perGebied: {
              financien: 'De post blijft liggen. Zij betaalt de huur wel op tijd. Haar broer wil helpen.',
              'sociale-contacten': 'Zij zit veel alleen thuis. Wandelen vindt zij fijn.',
            },
            vragen: ['kracht-trots', 'schaamte-moeilijk'],
            doelen: DEMO_DOELEN,
            betrokkenen: 'Haar broer Bram helpt met de post. Een wandelmaatje van de vrijwilligerscentrale.',
            regievoerder: 'Yara van het buurtteam',
          },
          verslag: {
            door: input.professionalId,
            besluit: 'akkoord' as const,
            reactie: 'Fijn dat het nu zo op papier staat.',
            inhoud: {
              perGebied: [
                {
                  code: 'financien',
                  tekst: 'De post blijft liggen. De huur gaat wel goed. Bram wil helpen met een overzicht.',
                },
                {
                  code: 'sociale-contacten',
                  tekst: 'Ze zit veel alleen thuis en wil vaker naar buiten. Wandelen vindt ze fijn.',
                },
              ],
              doelen: DEMO_DOELEN,
              betrokkenen: 'Bram helpt met de post. Een wandelmaatje van de vrijwilligerscentrale.',
              regievoerder: 'Yara van het buurtteam',
            },
          },
        }
      : {}),
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
    // She is planning a netwerkberaad: Bram comes and offers help, Tante Els has not answered yet.
    beraad: {
      datum: telOp(vandaag(nu), 10),
      inhoud: {
        agenda: ['sociale-contacten', 'huishouden'],
        informatie: 'Er is een wandelgroep in de wijk. Voor de grote schoonmaak kan een vrijwilliger komen.',
        afspraken: [],
      },
      genodigden: [
        { naam: 'Bram', antwoord: 'komt', aanbod: 'Ik kan elke zaterdag met je wandelen.' },
        { naam: 'Tante Els' },
      ],
    },
  });
}
