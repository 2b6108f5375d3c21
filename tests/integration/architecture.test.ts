import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The layout rules of docs/decisions/017, read from the source itself: dependencies point
 * down (capabilities → regie → auth → platform), no capability imports another, SQL lives
 * only in queries files, and a resident's data is reached only through the door.
 */

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

type Bestand = { pad: string; tekst: string; imports: string[] };

function bestanden(map: string): string[] {
  return readdirSync(map, { withFileTypes: true }).flatMap((entry) => {
    const vol = path.join(map, entry.name);
    if (entry.isDirectory()) return bestanden(vol);
    return /\.tsx?$/.test(entry.name) ? [vol] : [];
  });
}

/** Every import of a file, resolved to a path under src/ (relative to it), without extension. */
function importsVan(pad: string, tekst: string): string[] {
  const specs = [...tekst.matchAll(/(?:from|import)\s*\(?\s*'([^']+)'/g)].map((m) => m[1] as string);
  return specs
    .filter((spec) => spec.startsWith('.'))
    .map((spec) => path.relative(SRC, path.resolve(path.dirname(pad), spec)).replace(/\.(js|ts|tsx)$/, ''));
}

const ALLE: Bestand[] = bestanden(SRC)
  .filter((pad) => !/\.test\.tsx?$/.test(pad))
  .map((pad) => {
    const tekst = readFileSync(pad, 'utf8');
    return { pad: path.relative(SRC, pad), tekst, imports: importsVan(pad, tekst) };
  });

const CAPABILITIES = [
  'home',
  'beheer',
  'levensgebieden',
  'sociale-kaart',
  'netwerk',
  'plan',
  'waakvlam',
  'crisiskaart',
  'monitor',
  'samen',
  'gesprekken',
];
/** Layers below the capabilities, from the bottom up. */
const LAGEN = ['platform', 'auth', 'regie'];

/** The top folder of a path under src/ ("levensgebieden/pages/x" → "levensgebieden"). */
const map = (pad: string) => pad.split(path.sep)[0] as string;

describe('architecture', () => {
  it('reads the source (the rules below are not vacuous)', () => {
    expect(ALLE.length).toBeGreaterThan(100);
    expect(ALLE.some((b) => b.imports.some((i) => map(i) === 'regie'))).toBe(true);
  });

  it('the platform imports no capability and no layer above it', () => {
    const fout = ALLE.filter((b) => map(b.pad) === 'platform').flatMap((b) =>
      // Outside src/ (the migrations the database module runs) is not a layer.
      b.imports.filter((i) => map(i) !== 'platform' && map(i) !== '..').map((i) => `${b.pad} → ${i}`),
    );
    expect(fout).toEqual([]);
  });

  it('auth imports only the platform; regie only auth and the platform', () => {
    const fout = ALLE.flatMap((b) => {
      const laag = LAGEN.indexOf(map(b.pad));
      if (laag < 1) return [];
      return b.imports
        .filter((i) => {
          // Command-line entry points load the composed catalog of words (src/catalog.ts), as app.tsx does.
          if (i === 'catalog' && b.pad.endsWith('cli.ts')) return false;
          const doel = LAGEN.indexOf(map(i));
          return doel === -1 || doel > laag;
        })
        .map((i) => `${b.pad} → ${i}`);
    });
    expect(fout).toEqual([]);
  });

  it('no capability imports another capability (app.tsx wires them through platform/extensions)', () => {
    const fout = ALLE.flatMap((b) => {
      const eigen = map(b.pad);
      if (!CAPABILITIES.includes(eigen)) return [];
      return (
        b.imports
          .filter((i) => CAPABILITIES.includes(map(i)) && map(i) !== eigen)
          // A capability's own demo data may use the shared builders of src/demo.
          .concat(b.imports.filter((i) => map(i) === 'demo' && !b.pad.endsWith(`${path.sep}demo.ts`)))
          .map((i) => `${b.pad} → ${i}`)
      );
    });
    expect(fout).toEqual([]);
  });

  it('the public sociale kaart does not import regie (no personal data there)', () => {
    const fout = ALLE.filter((b) => map(b.pad) === 'sociale-kaart').flatMap((b) =>
      b.imports.filter((i) => map(i) === 'regie').map((i) => `${b.pad} → ${i}`),
    );
    expect(fout).toEqual([]);
  });

  it('SQL is written only in queries.ts files and the platform database module', () => {
    const sqlTeken = /\.(selectFrom|insertInto|updateTable|deleteFrom)\(|\bsql\s*(<[^>]*>)?`/;
    const fout = ALLE.filter(
      (b) =>
        sqlTeken.test(b.tekst) &&
        path.basename(b.pad) !== 'queries.ts' &&
        !b.pad.startsWith(path.join('platform', 'db') + path.sep),
    ).map((b) => b.pad);
    expect(fout).toEqual([]);
  });

  it('only queries files unwrap a Toegang, and only the door makes one', () => {
    const importeert = (doel: string) => ALLE.filter((b) => b.imports.includes(doel)).map((b) => b.pad);
    const toegang = path.join('regie', 'door', 'toegang');
    const unwrappers = ALLE.filter(
      (b) => b.imports.includes(toegang) && /\bontsluit\b/.test(b.tekst) && !b.pad.startsWith(toegang),
    ).map((b) => b.pad);
    // door/sleutel.ts reads the record's key in the door's transaction (the key store is the door's);
    // door.ts opens a second record by the system path in the transaction of a Toegang it gave.
    expect(
      unwrappers.filter(
        (pad) =>
          path.basename(pad) !== 'queries.ts' &&
          pad !== path.join('regie', 'door', 'sleutel.ts') &&
          pad !== path.join('regie', 'door', 'door.ts'),
      ),
    ).toEqual([]);
    expect(unwrappers.length).toBeGreaterThan(2);
    const makers = ALLE.filter((b) => /\bmaakToegang\b/.test(b.tekst)).map((b) => b.pad);
    expect(makers.sort()).toEqual([path.join('regie', 'door', 'door.ts'), `${toegang}.ts`].sort());
    // The door's own SQL (reads before a Toegang exists) is for the door and regie's queries only.
    expect(importeert(path.join('regie', 'door', 'queries')).sort()).toEqual(
      [
        path.join('regie', 'door', 'door.ts'),
        path.join('regie', 'door', 'sleutel.ts'),
        path.join('regie', 'queries.ts'),
      ].sort(),
    );
  });

  it('a data key is unlocked only by the door, and only queries files encrypt or decrypt fields', () => {
    const importeert = (doel: string) => ALLE.filter((b) => b.imports.includes(doel)).map((b) => b.pad);
    // The primitives: only the key ring (which unwraps) and the door's key module use them.
    expect(importeert(path.join('platform', 'crypto', 'veld')).sort()).toEqual(
      [path.join('platform', 'crypto', 'sleutelring.ts'), path.join('regie', 'door', 'sleutel.ts')].sort(),
    );
    // Unwrapping a data key (pakUit, nieuweSleutel, maakDataSleutel) happens in door/sleutel.ts only.
    const unwrappers = ALLE.filter((b) => /\b(pakUit|nieuweSleutel|maakDataSleutel)\(/.test(b.tekst))
      .map((b) => b.pad)
      .filter((pad) => !pad.startsWith(path.join('platform', 'crypto') + path.sep));
    expect(unwrappers).toEqual([path.join('regie', 'door', 'sleutel.ts')]);
    // Record fields are encrypted and decrypted in queries files (and the door, for an invitation link).
    const velden = ALLE.filter((b) =>
      /\b(versleutelVeld|ontsleutelVeld|versleutelKlareTekst)\(/.test(b.tekst),
    )
      .map((b) => b.pad)
      .filter((pad) => path.basename(pad) !== 'queries.ts');
    expect(velden.sort()).toEqual(
      [path.join('regie', 'door', 'door.ts'), path.join('regie', 'door', 'sleutel.ts')].sort(),
    );
  });

  it('every use of the system path is listed here, each with its reason', () => {
    const gebruik = ALLE.filter((b) => /\bsysteemToegang\(/.test(b.tekst))
      .filter((b) => !b.pad.startsWith(path.join('regie', 'door')))
      .map((b) => ({
        pad: b.pad,
        redenen: [...b.tekst.matchAll(/systeemToegang\(\s*\w+,\s*\{\s*reden: '([a-z-]+)'/g)].map((m) => m[1]),
      }));
    expect(gebruik.sort((a, b) => a.pad.localeCompare(b.pad))).toEqual([
      { pad: path.join('crisiskaart', 'afspraak-link.ts'), redenen: ['afspraak-link', 'afspraak-link'] },
      { pad: path.join('crisiskaart', 'hercontrole.ts'), redenen: ['crisiskaart-hercontrole'] },
      { pad: path.join('demo', 'factories.ts'), redenen: ['voorbeeldgegevens'] },
      {
        pad: path.join('gesprekken', 'beraad-link.ts'),
        redenen: ['beraad-uitnodiging', 'beraad-uitnodiging'],
      },
      { pad: path.join('gesprekken', 'doelen.ts'), redenen: ['verslag-doelen', 'beraad-vervolg'] },
      { pad: path.join('gesprekken', 'herinnering.ts'), redenen: ['termijnherinnering'] },
      { pad: path.join('plan', 'herinnering.ts'), redenen: ['plan-evaluatie'] },
      { pad: path.join('plan', 'huishouden.ts'), redenen: ['huishouden'] },
      { pad: path.join('plan', 'lezen.ts'), redenen: ['huishouden-telling'] },
      { pad: path.join('regie', 'delen.ts'), redenen: ['uitnodiging'] },
      { pad: path.join('regie', 'noodtoegang.ts'), redenen: ['noodtoegang'] },
      { pad: path.join('regie', 'versleuteling.ts'), redenen: ['versleuteling', 'herstel-wissing'] },
      { pad: path.join('regie', 'vertegenwoordiging.ts'), redenen: ['wettelijke-vertegenwoordiging'] },
      // Approving a neighbour without a record marks her new light record as a neighbour's (decision 048).
      { pad: path.join('samen', 'buren', 'buren.ts'), redenen: ['samen-coordinatie'] },
      {
        pad: path.join('samen', 'groepen', 'systeem.ts'),
        redenen: ['samen-groepen', 'samen-groepen', 'samen-groep', 'samen-coordinatie', 'samen-coordinatie'],
      },
      {
        pad: path.join('samen', 'systeem.ts'),
        redenen: [
          'samen-matching',
          'samen-matching',
          'samen-voorstel',
          'samen-coordinatie',
          'samen-coordinatie',
          'samen-coordinatie',
          'samen-coordinatie',
          'samen-coordinatie',
          'samen-coordinatie',
        ],
      },
      {
        pad: path.join('waakvlam', 'systeem.ts'),
        redenen: ['waakvlam-checkin', 'waakvlam-checkin', 'waakvlam-taak', 'waakvlam-taak'],
      },
    ]);
  });
});
