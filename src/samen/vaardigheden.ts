/**
 * The shared skills people can ask for and offer: codes with a name in each language (messages.ts,
 * `samen.vaardigheid.<code>`). A gemeente renames, hides and adds on top of it (`lijst/`, decision 045).
 * Everyday, concrete things, so that everyone finds something she can give.
 */
export const VAARDIGHEDEN = [
  'boodschappen',
  'taalles',
  'administratie',
  'klusjes',
  'tuin',
  'hond-uitlaten',
  'koken',
  'vervoer',
  'computer',
  'gezelschap',
  'wandelen',
  'huiswerk',
  'naaien',
  'fietsen-maken',
] as const;

export type VaardigheidCode = (typeof VAARDIGHEDEN)[number];

/** Day parts as the form shows them: day 0 = Monday, part 0 = morning (bit day*3+part). */
export const DAGEN = ['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo'] as const;
export const DELEN = ['ochtend', 'middag', 'avond'] as const;

export function dagdeelBit(dag: number, deel: number): number {
  return 1 << (dag * 3 + deel);
}
