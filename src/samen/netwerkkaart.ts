import type { KaartGroep, KaartGroepBron } from '../platform/extensions/kaart-groepen.js';
import type { MessageKey } from '../platform/i18n/i18n.js';
import { viaDeDeur } from '../regie/door/door.js';
import { gemeenteVaardigheden } from './lijst/lijst.js';
import { naamVan } from './lijst/rules.js';
import * as q from './queries.js';
import { bevestigingenVan, uitwisselingenVoorKaart } from './rules.js';
import { andereLeden, SECTIE } from './systeem.js';

/**
 * Samen on her netwerkkaart (issue 14, item 5; decision 050): when she chose it, the people she
 * exchanged help with — both sides confirmed — as the group "Via Samen", first name only and what
 * went each way in words. Read through the door (her own record, section `samen`, the owner only,
 * audited); the first names through the same named system path as her Samen page. Off (her
 * default), nobody, or anyone but her: nothing.
 */
export const samenKaartGroep: KaartGroepBron = {
  code: 'samen',
  async lees(db, viewer, dossierId, nu, { t, locale }) {
    const gelezen = await viaDeDeur(
      db,
      viewer,
      {
        dossierId,
        sectie: SECTIE,
        nodig: 'lezen',
        actie: 'read',
        alleenEigenaar: true,
        itemId: 'netwerkkaart',
      },
      { now: nu },
      async (toegang) => {
        const profiel = await q.profiel(toegang);
        return profiel?.opNetwerkkaart ? await q.mijnVoorstellen(toegang) : undefined;
      },
    );
    if (!gelezen) return undefined;
    const uitwisselingen = uitwisselingenVoorKaart(bevestigingenVan(gelezen), dossierId);
    if (uitwisselingen.length === 0) return undefined;
    const lijst = await gemeenteVaardigheden(db, viewer.gemeenteId);
    const woord = (code: string) =>
      naamVan(lijst, code, locale, (c) => t(`samen.vaardigheid.${c}` as MessageKey));
    // The other members' first names, once per proposal (each read is audited in their record).
    const leden = new Map<string, Awaited<ReturnType<typeof andereLeden>>>();
    const personen: KaartGroep['personen'] = [];
    for (const [i, u] of uitwisselingen.entries()) {
      const v = gelezen.find((x) => x.id === u.voorstel);
      const plek = v?.leden.find((l) => l.dossierId === u.ander)?.volgorde;
      if (!v || plek === undefined) continue;
      if (!leden.has(v.id)) leden.set(v.id, await andereLeden(db, viewer, dossierId, v, nu));
      const naam = leden.get(v.id)?.find((l) => l.volgorde === plek)?.voornaam;
      if (!naam) continue;
      personen.push({
        id: `samen-${i + 1}`,
        naam,
        steun: u.gegeven.length + u.ontvangen.length,
        regels: [
          ...(u.gegeven.length > 0
            ? [t('samen.netwerkkaart.gegeven', { lijst: u.gegeven.map(woord).join(', ') })]
            : []),
          ...(u.ontvangen.length > 0
            ? [t('samen.netwerkkaart.ontvangen', { lijst: u.ontvangen.map(woord).join(', ') })]
            : []),
        ],
      });
    }
    return {
      code: 'samen',
      naam: t('samen.netwerkkaart.groep'),
      uitleg: t('samen.netwerkkaart.groep.uitleg'),
      personen,
    };
  },
};
