import { randomBytes } from 'node:crypto';
import { createCrisiskaart, createCrisiskaartAfspraak, crisiskaartMapPersonen } from '../demo/factories.js';
import type { Db } from '../platform/db/database.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import type { Taak } from './codes.js';
import { type Inhoud, legeInhoud } from './rules.js';

const DAG = 24 * 3_600_000;

/** Ilse's plan in her own words; what is on the card and what only in the longer plan. */
export function demoInhoud(waarschuw: string[]): Inhoud {
  const inhoud = legeInhoud();
  const zet = (code: keyof Inhoud['delen'], tekst: string, opKaart = true) => {
    inhoud.delen[code] = { tekst, opKaart };
  };
  zet('signalen', 'Ik slaap slecht en neem de telefoon niet meer op.\nIk ruim niets meer op.');
  zet('helpt', 'Rustig praten, één persoon tegelijk. Een kop thee.');
  zet('helptNiet', 'Harde stemmen. Met veel mensen tegelijk om me heen staan.');
  zet('waarschuwen', 'Bram, mijn broer. Hij belt mijn moeder.');
  zet('medicijnenWel', 'Wat de huisarts in mijn dossier heeft staan helpt mij.');
  zet('medicijnenNiet', 'Geen middelen waar ik erg suf van word.');
  zet('opnameWel', 'Liefst dicht bij huis, zodat Bram kan langskomen.', false);
  zet('opnameNiet', 'Niet ver weg van mijn familie.', false);
  zet('professionals', 'Bel eerst Bram. Leg uit wat je gaat doen.');
  inhoud.waarschuwPersonen = waarschuw;
  return inhoud;
}

/**
 * The demo resident's crisiskaart: made about 8 months ago under her own calm name, Bram
 * (linked to his account) to warn, and three practical agreements: Bram feeds the cat and Tante
 * Els takes the post (both confirmed), buurman Henk waters the plants (still waiting).
 * Every name is made up. Runs after the netwerkkaart's demo (the people come from her map).
 */
export async function seedDemoCrisiskaart(
  db: Db,
  input: { gemeenteId: string; inwonerId: string; nu?: Date },
): Promise<void> {
  const nu = input.nu ?? new Date();
  const dossierId = await dossierVanInwoner(db, input.gemeenteId, input.inwonerId);
  const basis = { gemeenteId: input.gemeenteId, dossierId };
  const gemaakt = new Date(nu.getTime() - 240 * DAG);
  const personen = await crisiskaartMapPersonen(db, { ...basis, op: gemaakt });
  const wie = (naam: string) => personen.find((p) => p.naam === naam)?.id;
  const bram = wie('Bram');
  await createCrisiskaart(db, {
    ...basis,
    naam: 'Mijn rustkaart',
    inhoud: demoInhoud(bram ? [bram] : []),
    op: gemaakt,
  });
  const afspraken: [string, Taak, string, 'afgesproken' | 'gevraagd'][] = [
    ['Bram', 'huisdieren', 'De kat Minoes krijgt twee keer per dag eten.', 'afgesproken'],
    ['Tante Els', 'post', 'Post openmaken en rekeningen bij Bram leggen.', 'afgesproken'],
    ['Buurman Henk', 'planten', '', 'gevraagd'],
  ];
  for (const [naam, taak, toelichting, status] of afspraken) {
    const persoonId = wie(naam);
    if (persoonId)
      await createCrisiskaartAfspraak(db, {
        ...basis,
        persoonId,
        taak,
        toelichting,
        status,
        // The waiting one was asked by e-mail: a link (only its hash is kept) nobody in the demo holds.
        ...(status === 'gevraagd' ? { tokenHash: randomBytes(32).toString('hex') } : {}),
        op: new Date(gemaakt.getTime() + DAG),
      });
  }
}
