import type { Toegang } from '../regie/door/door.js';
import * as q from './queries.js';
import { geldigeWaarschuwPersonen } from './rules.js';

/**
 * The card's own "whom to warn" list, for regie's emergency access (wired in app.tsx): the
 * people she chose on her map whose entry is linked to an active account. Someone without an
 * account cannot be mailed: no e-mail address is kept on the map (minimum data).
 */
export async function noodContacten(toegang: Toegang): Promise<{ email: string; naam: string }[]> {
  const kaart = await q.kaart(toegang);
  if (!kaart) return [];
  const personen = await q.mapPersonen(toegang);
  const gekozen = new Set(
    geldigeWaarschuwPersonen(
      kaart.inhoud,
      personen.map((p) => p.id),
    ),
  );
  return personen
    .filter((p) => gekozen.has(p.id) && p.email !== null)
    .map((p) => ({ email: p.email as string, naam: p.naam }));
}
