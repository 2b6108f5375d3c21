import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGemeente } from '../../src/demo/factories.js';
import { standaardGebieden } from '../../src/levensgebieden/catalogus.js';
import { huidigeCatalogus, nieuweCatalogusVersie } from '../../src/levensgebieden/queries.js';
import { registeredMessages, translator } from '../../src/platform/i18n/i18n.js';
import { STANDAARD_LEVENSGEBIEDEN } from '../../src/platform/levensgebied-codes.js';
import { importHsds } from '../../src/sociale-kaart/import.js';
import { dienstId, maakDienst } from '../../src/sociale-kaart/zoeken/hsds-bouwer.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Issue 18 item 5: one name per levensgebied everywhere, from the gemeente's catalog. "Hoe het
 * gaat" said "Geld en rekeningen" and "Hoe je je voelt" where the sociale kaart said "Geld en
 * schulden" and "Psychische gezondheid"; the plan, the netwerkkaart, the keukentafelgesprek and
 * the monitor each had a set of their own.
 */

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const CODES = STANDAARD_LEVENSGEBIEDEN.join('|');

function bronbestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((entry) => {
    const vol = path.join(map, entry.name);
    if (entry.isDirectory()) return bronbestanden(vol);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [vol] : [];
  });
}

describe('one name per levensgebied', () => {
  it('only the platform has texts that name a levensgebied by its code', () => {
    const naamSleutel = new RegExp(`(^|\\.)(levensgebied|gebied)\\.(${CODES})(\\.naam)?$`);
    const sleutels = [...registeredMessages().keys()].filter((key) => naamSleutel.test(key));
    expect(sleutels.sort()).toEqual(STANDAARD_LEVENSGEBIEDEN.map((code) => `levensgebied.${code}`).sort());
    expect(registeredMessages().get('levensgebied.financien')).toBe('platform');
  });

  it('every place that shows a levensgebied takes its name from levensgebiedNaam (no key built from a code)', () => {
    // A message key made from a levensgebied code ("….levensgebied.${code}", "gebied.${code}.naam")
    // is a second list of names; only platform/levensgebied-codes.ts may make one.
    const zelfGemaakt = /\b(?:t|nl|en)\(\s*`[^`]*(?:levensgebied|gebied)\.\$\{[^}]+\}(?:\.naam)?`/;
    const fout = bronbestanden(SRC)
      .filter((pad) => zelfGemaakt.test(readFileSync(pad, 'utf8')))
      .map((pad) => path.relative(SRC, pad));
    expect(fout).toEqual([path.join('platform', 'levensgebied-codes.ts')]);
    // And the scan is not vacuous: the names are used where levensgebieden are shown.
    const gebruikt = bronbestanden(SRC).filter((pad) =>
      readFileSync(pad, 'utf8').includes('levensgebiedNaam('),
    );
    expect(gebruikt.length).toBeGreaterThanOrEqual(8);
  });

  it('the default names are those of "Hoe het gaat", in both languages', () => {
    expect(translator('nl')('levensgebied.financien')).toBe('Geld en rekeningen');
    expect(translator('nl')('levensgebied.psychische-gezondheid')).toBe('Hoe je je voelt');
    expect(translator('en')('levensgebied.psychische-gezondheid')).toBe('How you feel');
  });
});

describe("the sociale kaart names levensgebieden as the gemeente's catalog does", () => {
  let t: TestApp;
  let gemeenteId: string;

  beforeAll(async () => {
    t = await startTestApp('pglite', { env: { DEFAULT_GEMEENTE: 'namenwaard' } });
    gemeenteId = (await createGemeente(t.database.db, { code: 'namenwaard', naam: 'Namenwaard' })).id;
    const report = await importHsds(t.database.db, gemeenteId, [
      maakDienst({
        id: 'schuldhulp-namen',
        naam: 'Schuldhulpverlening',
        beschrijving: 'Hulp bij schulden.',
        organisatie: { id: 'org-namen', naam: 'Gemeente Namenwaard' },
        levensgebieden: ['financien', 'psychische-gezondheid'],
      }),
    ]);
    expect(report.rejected).toEqual([]);
  }, 600_000);

  afterAll(async () => {
    await t?.close();
  });

  it('by default: the names of "Hoe het gaat", on the search page and a service\'s page', async () => {
    for (const url of ['/sociale-kaart', `/sociale-kaart/${dienstId('schuldhulp-namen')}`]) {
      const body = (await t.app.inject({ method: 'GET', url })).body;
      expect(body, url).toContain('Geld en rekeningen');
      expect(body, url).toContain('Hoe je je voelt');
      expect(body, url).not.toContain('Geld en schulden');
      expect(body, url).not.toContain('Psychische gezondheid');
    }
  });

  it('after a beheerder renames a levensgebied, the sociale kaart says the new name', async () => {
    const catalogus = await huidigeCatalogus(t.database.db, gemeenteId);
    const gebieden = (catalogus.gebieden.length > 0 ? catalogus.gebieden : standaardGebieden()).map((g) =>
      g.code === 'financien' ? { ...g, naam: 'Geld en post' } : g,
    );
    expect(
      await nieuweCatalogusVersie(t.database.db, {
        gemeenteId,
        vanVersie: catalogus.versie,
        gebieden,
        accountId: '00000000-0000-4000-8000-000000000000',
        nu: new Date(),
      }),
    ).toBe(true);
    for (const url of ['/sociale-kaart', `/sociale-kaart/${dienstId('schuldhulp-namen')}`]) {
      const body = (await t.app.inject({ method: 'GET', url })).body;
      expect(body, url).toContain('Geld en post');
      expect(body, url).not.toContain('Geld en rekeningen');
    }
  });
});
