import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tsQueryTekst } from './rules.js';
import {
  isOnderwerpWoord,
  samenstellingDelen,
  splitsSamenstelling,
  VRAAGWOORDEN,
  WOORDDELEN,
} from './samenstellingen.js';

const TUSSEN = '(?:tjes|jes|tje|ers|en|er|es|je|s|e)?';
const opnieuw = (delen: readonly string[]) => new RegExp(`^${delen.join(TUSSEN)}${TUSSEN}$`);

describe('Dutch compounds', () => {
  it.each([
    ['schuldhulpverlening', ['schuld', 'hulp', 'verlening']],
    ['schuldhulpverlener', ['schuld', 'hulp', 'verlener']],
    ['formulierenhulp', ['formulier', 'hulp']],
    ['voedselhulp', ['voedsel', 'hulp']],
    ['mantelzorgcafe', ['mantel', 'zorg', 'cafe']],
    ['vrijwilligerswerk', ['vrijwilligers', 'werk']],
    ['ervaringsdeskundigen', ['ervaring', 'deskundigen']],
    ['maatjesproject', ['maatje', 'project']],
    ['geldzorgen', ['geld', 'zorgen']],
    ['wandelgroepen', ['wandel', 'groep']],
  ])('%s → %j', (woord, delen) => {
    expect(splitsSamenstelling(woord)).toEqual(delen);
  });

  it.each(['schulden', 'hulp', 'vrijwilligers', 'wandeling', 'lindewaard', 'spreekuur', 'evenwicht'])(
    '%s is not split',
    (woord) => {
      expect(splitsSamenstelling(woord)).toBeUndefined();
    },
  );

  it('a word made of known parts is split into known parts that spell it again', () => {
    const delen = [...WOORDDELEN];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...delen), { minLength: 2, maxLength: 4 }),
        fc.array(fc.constantFrom('', 's', 'en'), { minLength: 4, maxLength: 4 }),
        (gekozen, tussen) => {
          const woord = gekozen.map((deel, i) => (i < gekozen.length - 1 ? deel + tussen[i] : deel)).join('');
          fc.pre(woord.length <= 40 && !WOORDDELEN.has(woord));
          const gesplitst = splitsSamenstelling(woord);
          if (gesplitst === undefined) return; // one known part with an ending, e.g. "ouder" + "s"
          expect(gesplitst.length).toBeGreaterThanOrEqual(2);
          expect(gesplitst.length).toBeLessThanOrEqual(gekozen.length);
          for (const deel of gesplitst) expect(WOORDDELEN.has(deel)).toBe(true);
          expect(woord).toMatch(opnieuw(gesplitst));
        },
      ),
    );
  });

  it('any text: parts only from the list, and nothing for words that are not compounds', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz '.split('')) }),
        (tekst) => {
          const delen = samenstellingDelen(tekst);
          for (const deel of delen.split(' ').filter(Boolean)) expect(WOORDDELEN.has(deel)).toBe(true);
        },
      ),
    );
    expect(samenstellingDelen('hulp bij schuldhulpverlening en koffie')).toBe('schuld hulp verlening');
  });

  it('asking words and stop words are not the topic', () => {
    for (const woord of VRAAGWOORDEN) expect(isOnderwerpWoord(woord)).toBe(false);
    expect(isOnderwerpWoord('bij')).toBe(false);
    expect(isOnderwerpWoord('schulden')).toBe(true);
  });

  it('a compound in the query also matches its parts together', () => {
    expect(
      tsQueryTekst(
        [{ woord: 'schuldhulp', prefix: true, alternatieven: [], delen: ['schuld', 'hulp'] }],
        'alle',
      ),
    ).toBe('(schuldhulp:* | (schuld & hulp))');
  });
});
