import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { laadSleutelring, meestersleutel, SleutelFout, Sleutelring } from './sleutelring.js';
import {
  blindeIndex,
  isVersleuteld,
  OntsleutelFout,
  ontsleutel,
  type VeldContext,
  versleutel,
} from './veld.js';

const G = '11111111-1111-4111-8111-111111111111';
const D = '22222222-2222-4222-8222-222222222222';
const D2 = '33333333-3333-4333-8333-333333333333';
const ring = new Sleutelring(meestersleutel(randomBytes(32)));
const { sleutel, verpakt, meesterId } = ring.nieuweSleutel(G, D);
const ctx: VeldContext = {
  gemeenteId: G,
  dossierId: D,
  tabel: 'beoordeling_antwoord',
  kolom: 'doel',
  rijId: 'b1:werk',
};

/** Changes one character of the given part (1 IV, 2 tag, 3 ciphertext) of a stored value. */
function verander(opgeslagen: string, deel: 1 | 2 | 3): string {
  const delen = opgeslagen.split('.');
  const bytes = Buffer.from(delen[deel] as string, 'base64url');
  bytes[0] = (bytes[0] as number) ^ 1;
  delen[deel] = bytes.toString('base64url');
  return delen.join('.');
}

describe('field encryption (AES-256-GCM)', () => {
  it('round-trips text, keeps "" empty, and never stores the text', () => {
    const tekst = 'Weer aan het werk, met een fiets 🚲 en één vaste dag';
    const opgeslagen = versleutel(sleutel, tekst, ctx);
    expect(isVersleuteld(opgeslagen)).toBe(true);
    expect(opgeslagen).not.toContain('werk');
    expect(opgeslagen.split('.')).toHaveLength(4);
    expect(ontsleutel(sleutel, opgeslagen, ctx)).toBe(tekst);
    expect(versleutel(sleutel, '', ctx)).toBe('');
    expect(ontsleutel(sleutel, '', ctx)).toBe('');
  });

  it('throws when the ciphertext, the tag or the IV is changed', () => {
    const opgeslagen = versleutel(sleutel, 'Trots op mijn dochter', ctx);
    for (const deel of [1, 2, 3] as const)
      expect(() => ontsleutel(sleutel, verander(opgeslagen, deel), ctx)).toThrow(OntsleutelFout);
    // A shortened tag (GCM would otherwise accept 4-byte tags) and a cut-off value.
    const delen = opgeslagen.split('.');
    const kortTag = [delen[0], delen[1], (delen[2] as string).slice(0, 6), delen[3]].join('.');
    expect(() => ontsleutel(sleutel, kortTag, ctx)).toThrow(OntsleutelFout);
    expect(() => ontsleutel(sleutel, opgeslagen.slice(0, -2), ctx)).toThrow(OntsleutelFout);
    expect(() => ontsleutel(sleutel, 'gewoon tekst', ctx)).toThrow(OntsleutelFout);
  });

  it('throws when the associated data differs: another row, column, table, record or gemeente', () => {
    const opgeslagen = versleutel(sleutel, 'Hulp bij de administratie', ctx);
    expect(() => ontsleutel(sleutel, opgeslagen, { ...ctx, rijId: 'b2:werk' })).toThrow(OntsleutelFout);
    expect(() => ontsleutel(sleutel, opgeslagen, { ...ctx, rijId: 'b1:wonen' })).toThrow(OntsleutelFout);
    expect(() => ontsleutel(sleutel, opgeslagen, { ...ctx, kolom: 'trots' })).toThrow(OntsleutelFout);
    expect(() => ontsleutel(sleutel, opgeslagen, { ...ctx, tabel: 'toegang' })).toThrow(OntsleutelFout);
    // Another resident: her own key and her own record in the associated data.
    const ander = ring.nieuweSleutel(G, D2).sleutel;
    expect(() => ontsleutel(ander, opgeslagen, { ...ctx, dossierId: D2 })).toThrow(OntsleutelFout);
    // Her key named with this record's context is refused before any decryption.
    expect(() => ontsleutel(ander, opgeslagen, ctx)).toThrow(OntsleutelFout);
  });

  it('uses a fresh IV for each of 1,000,000 encryptions', async () => {
    const ivs = new Set<string>();
    for (let i = 0; i < 1_000_000; i++) {
      ivs.add(versleutel(sleutel, 'x', ctx).split('.')[1] as string);
      // Let the test runner breathe: a minute of blocked event loop times its messages out.
      if (i % 20_000 === 0) await new Promise((klaar) => setImmediate(klaar));
    }
    expect(ivs.size).toBe(1_000_000);
  }, 300_000);

  it('blind index: equal for equal values, keyed, separated per purpose', () => {
    const k = randomBytes(32);
    expect(blindeIndex(k, 'email', 'a@b.nl')).toBe(blindeIndex(k, 'email', 'a@b.nl'));
    expect(blindeIndex(k, 'email', 'a@b.nl')).not.toBe(blindeIndex(k, 'email', 'a@c.nl'));
    expect(blindeIndex(k, 'email', 'a@b.nl')).not.toBe(blindeIndex(k, 'bsn', 'a@b.nl'));
    expect(blindeIndex(k, 'email', 'a@b.nl')).not.toBe(blindeIndex(randomBytes(32), 'email', 'a@b.nl'));
  });
});

describe('data keys under master keys', () => {
  it('unwraps only for its own record and under a configured master key', () => {
    const terug = ring.pakUit(verpakt, meesterId, G, D);
    expect(ontsleutel(terug, versleutel(sleutel, 'a', ctx), ctx)).toBe('a');
    expect(() => ring.pakUit(verpakt, meesterId, G, D2)).toThrow(SleutelFout);
    const vreemd = new Sleutelring(meestersleutel(randomBytes(32)));
    expect(() => vreemd.pakUit(verpakt, meesterId, G, D)).toThrow(/not configured/);
  });

  it('rotation re-wraps under the new master key; the old one is then no longer needed', () => {
    const nieuw = meestersleutel(randomBytes(32));
    const tijdensRotatie = new Sleutelring(nieuw, [ring.huidige]);
    const herverpakt = tijdensRotatie.herverpak(verpakt, meesterId, G, D);
    const daarna = new Sleutelring(nieuw);
    const opgeslagen = versleutel(sleutel, 'nog steeds leesbaar', ctx);
    expect(ontsleutel(daarna.pakUit(herverpakt, nieuw.id, G, D), opgeslagen, ctx)).toBe(
      'nog steeds leesbaar',
    );
  });
});

describe('loading the master key', () => {
  const mappen: string[] = [];
  const map = async () => {
    const m = await mkdtemp(path.join(tmpdir(), 'redzaam-sleutel-'));
    mappen.push(m);
    return m;
  };
  afterAll(async () => {
    for (const m of mappen) await rm(m, { recursive: true, force: true });
  });

  it('outside production makes a key file once, mode 0600, and reads the same key again', async () => {
    const keyDir = path.join(await map(), 'sleutels');
    const config = { production: false, masterKey: undefined, previousMasterKeys: [], keyDir };
    const eerste = await laadSleutelring(config);
    const bestand = path.join(keyDir, 'master.key');
    expect((await stat(bestand)).mode & 0o777).toBe(0o600);
    expect((await laadSleutelring(config)).huidige.id).toBe(eerste.huidige.id);
    expect(Buffer.from((await readFile(bestand, 'utf8')).trim(), 'base64')).toHaveLength(32);
  });

  it('refuses a key file others can read, a corrupt key file, and production without a key', async () => {
    const keyDir = await map();
    const bestand = path.join(keyDir, 'master.key');
    const config = { production: false, masterKey: undefined, previousMasterKeys: [], keyDir };
    await writeFile(bestand, `${randomBytes(32).toString('base64')}\n`, { mode: 0o644 });
    await chmod(bestand, 0o644);
    await expect(laadSleutelring(config)).rejects.toThrow(/readable by others .*chmod 600/);
    await writeFile(bestand, 'niet-een-sleutel\n');
    await chmod(bestand, 0o600);
    await expect(laadSleutelring(config)).rejects.toThrow(/corrupt key file/);
    await expect(laadSleutelring({ ...config, production: true })).rejects.toThrow(
      /REDZAAM_MASTER_KEY: required when NODE_ENV=production/,
    );
    const goed = randomBytes(32).toString('base64');
    const ring2 = await laadSleutelring({ ...config, production: true, masterKey: goed });
    expect(ring2.huidige.id).toBe(meestersleutel(Buffer.from(goed, 'base64')).id);
  });
});
