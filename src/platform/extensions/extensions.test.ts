import { describe, expect, it } from 'vitest';
import { DossierLinks } from './dossier-links.js';
import { HulpPerLevensgebied } from './hulp.js';
import { HulpUitDossier } from './hulp-uit-dossier.js';
import { Menu } from './menu.js';
import { OverzichtKaarten } from './overzicht.js';
import { alsZin, SectieRegister } from './secties.js';

describe('extension points', () => {
  it('menu: entries for a role in order, visitors apart, no href twice', () => {
    const menu = new Menu();
    menu.registreer(
      { href: '/b', label: 'nav.start', volgorde: 20, voor: ['inwoner'] },
      { href: '/a', label: 'nav.start', volgorde: 10, voor: ['inwoner', 'bezoeker'] },
      { href: '/c', label: 'nav.start', volgorde: 5, voor: ['beheerder'] },
    );
    const kijker = (rol: string, bevoegdheden: string[] = []) => ({ rol, bevoegdheden });
    expect(menu.voor(kijker('inwoner')).map((i) => i.href)).toEqual(['/a', '/b']);
    expect(menu.voor(undefined).map((i) => i.href)).toEqual(['/a']);
    expect(menu.voor(kijker('analist'))).toEqual([]);
    expect(() => menu.registreer({ href: '/a', label: 'nav.start', volgorde: 1, voor: [] })).toThrow('twice');
  });

  it('menu: an entry with a condition shows only to the viewers it allows, never to a visitor', () => {
    const menu = new Menu();
    menu.registreer(
      { href: '/alle', label: 'nav.start', volgorde: 1, voor: ['professional', 'bezoeker'] },
      {
        href: '/vlag',
        label: 'nav.start',
        volgorde: 2,
        voor: ['professional', 'bezoeker'],
        alleenAls: (k) => k.bevoegdheden.includes('x.vlag'),
      },
    );
    expect(menu.voor({ rol: 'professional', bevoegdheden: ['x.vlag'] }).map((i) => i.href)).toEqual([
      '/alle',
      '/vlag',
    ]);
    expect(menu.voor({ rol: 'professional', bevoegdheden: ['y.ander'] }).map((i) => i.href)).toEqual([
      '/alle',
    ]);
    expect(menu.voor(undefined).map((i) => i.href)).toEqual(['/alle']);
  });

  it('help: asks every source with the question as given, leaves out empty ones, cuts to the number asked', async () => {
    const hulp = new HulpPerLevensgebied();
    const gevraagd: unknown[] = [];
    hulp.registreer({
      code: 'a',
      kop: 'nav.start',
      suggesties: async (vraag) => {
        gevraagd.push(vraag);
        return [1, 2, 3, 4].map((n) => ({ titel: `t${n}`, href: `/t${n}` }));
      },
      meer: (gebied) => `/meer?${gebied}`,
    });
    hulp.registreer({ code: 'b', kop: 'nav.start', suggesties: async () => [] });
    expect(() => hulp.registreer({ code: 'a', kop: 'nav.start', suggesties: async () => [] })).toThrow();
    const vraag = { gemeenteId: 'g', levensgebied: 'wonen', aantal: 2, nu: new Date(0) };
    const perBron = await hulp.voor(vraag);
    expect(gevraagd).toEqual([vraag]);
    expect(perBron).toEqual([
      {
        bron: { code: 'a', kop: 'nav.start', meer: '/meer?wonen' },
        suggesties: [
          { titel: 't1', href: '/t1' },
          { titel: 't2', href: '/t2' },
        ],
      },
    ]);
  });

  it('cards and record links: every source in order; a section without links has none', async () => {
    const kaarten = new OverzichtKaarten();
    kaarten.registreer({ volgorde: 20, kaarten: () => [{ code: 'twee', titel: 'nav.start', href: '/2' }] });
    kaarten.registreer({
      volgorde: 10,
      kaarten: async () => [{ code: 'een', titel: 'nav.start', href: '/1' }],
    });
    const vraag = { viewer: {} as never, eigenDossierId: undefined, nu: new Date(0) };
    expect((await kaarten.voor(vraag)).map((k) => k.code)).toEqual(['een', 'twee']);
    const links = new DossierLinks();
    links.registreer('plan', async ({ dossierId }) => [{ href: `/d/${dossierId}`, label: 'nav.start' }]);
    expect(await links.voor('plan', { dossierId: 'x', gemeenteId: 'g' })).toEqual([
      { href: '/d/x', label: 'nav.start' },
    ]);
    expect(await links.voor('netwerk', { dossierId: 'x', gemeenteId: 'g' })).toEqual([]);
  });

  it('sections: a capability replaces the placeholder of its section, order kept', () => {
    const register = new SectieRegister<string>([
      { code: 'plan', label: 'nav.start', uitleg: 'nav.start' },
      { code: 'netwerk', label: 'nav.start', uitleg: 'nav.start' },
    ]);
    const wis = async (_toegang: string) => undefined;
    register.registreer({ code: 'plan', label: 'nav.start', uitleg: 'nav.start', wis });
    expect(register.alle().map((s) => s.code)).toEqual(['plan', 'netwerk']);
    expect(register.get('plan')?.wis).toBe(wis);
    expect(register.bestaat('gesprekken')).toBe(false);
  });

  it('help from the record: sources get the access object and the codes, names merged per domain', async () => {
    const hulp = new HulpUitDossier<string>();
    const gevraagd: unknown[] = [];
    hulp.registreer({
      code: 'netwerk',
      lees: async (toegang, codes) => {
        gevraagd.push([toegang, codes]);
        return { wonen: ['Bram'], financien: [] };
      },
    });
    hulp.registreer({ code: 'ander', lees: async () => ({ wonen: ['Yara'], vervoer: ['Mo'] }) });
    expect(() => hulp.registreer({ code: 'netwerk', lees: async () => ({}) })).toThrow('twice');
    expect(await hulp.voor('toegang', ['wonen', 'financien'])).toEqual({
      wonen: ['Bram', 'Yara'],
      vervoer: ['Mo'],
    });
    expect(gevraagd).toEqual([['toegang', ['wonen', 'financien']]]);
  });

  it('leesbaar: her words end as a sentence, so ours never run into them', () => {
    expect(alsZin('Geen nieuwe schulden meer')).toBe('Geen nieuwe schulden meer.');
    expect(alsZin('  Beter slapen ')).toBe('Beter slapen.');
    for (const af of ['Klaar.', 'Echt?', 'Ja!', 'Zo (eigen woorden)', 'Wie: Bram;', ''])
      expect(alsZin(af)).toBe(af);
  });
});
