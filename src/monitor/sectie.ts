import type { Toegang } from '../regie/door/door.js';
import type { SectieDefinitie } from '../regie/secties.js';
import { meetellenLeesbaar } from './leesbaar.js';
import * as q from './queries.js';

/**
 * The record's section "meetellen": her choice to let her assessments count, in her export and
 * erased with her record. The figures themselves are sums and hold nothing of her.
 */
export function meetellenSectie(): SectieDefinitie {
  return {
    code: 'meetellen',
    label: 'sectie.meetellen',
    uitleg: 'sectie.meetellen.uitleg',
    exporteer: (toegang) => exporteerMeetellen(toegang),
    leesbaar: async (toegang, context) => meetellenLeesbaar(await exporteerMeetellen(toegang), context),
    wis: (toegang) => q.stopDeelname(toegang),
  };
}

export async function exporteerMeetellen(toegang: Toegang) {
  const deelname = await q.deelname(toegang);
  if (!deelname) return { telMee: false as const };
  return {
    telMee: true as const,
    sinds: deelname.sinds.toISOString(),
    geboortejaren: `${deelname.geboortejaren}-${Number(deelname.geboortejaren) + 9}`,
    gebied: deelname.gebied,
    geslacht: deelname.geslacht,
  };
}
