import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserClient } from '../../tests/support/browser-client.js';
import {
  normaliseer,
  pdfinfo,
  pdfPaginaMaten,
  pdfPaginaPng,
  pdftotext,
} from '../../tests/support/poppler.js';
import { mailText, startTestApp, type TestApp } from '../../tests/support/test-app.js';
import { ENGINES } from '../../tests/support/test-database.js';
import {
  createAccountWithPassword,
  createCrisiskaart,
  createCrisiskaartAfspraak,
  createGemeente,
  createNetwerkPersoon,
  createOrganisatie,
} from '../demo/factories.js';
import { persoon } from '../netwerk/demo.js';
import { dossierVanInwoner } from '../regie/door/door.js';
import { demoInhoud } from './demo.js';

// jsqr is CommonJS with an ES-style default in its types: under NodeNext the default import is
// the module, whose `default` is the decoder (at run time the function carries it as well).
const jsQR = jsQRModule.default;

const PASSWORD = 'een lange zin als wachtwoord';
const GEMAAKT = new Date('2026-03-03T10:00:00Z');

/** The card's text as a bystander reads it, page by page: front, inside, back (pdftotext, whitespace collapsed). */
const VERWACHTE_TEKST = [
  // Front: whose card, the date made and checked.
  'Crisiskaart van Ilse Gemaakt op 3 maart 2026. Voor het laatst nagekeken op 3 maart 2026.',
  // Inside: the parts she put on the card (not the two about admission: plan only), whom to warn, the confirmed agreement.
  'Zo merk je dat het niet goed met mij gaat Ik slaap slecht en neem de telefoon niet meer op. Ik ruim niets meer op.',
  'Dit helpt mij Rustig praten, één persoon tegelijk. Een kop thee.',
  'Dit helpt mij niet, doe dit niet Harde stemmen. Met veel mensen tegelijk om me heen staan.',
  'Wie je moet waarschuwen, en wie dat doet Bram, mijn broer. Hij belt mijn moeder.',
  'Medicijnen die mij helpen Wat de huisarts in mijn dossier heeft staan helpt mij.',
  'Medicijnen die ik niet wil of die niet helpen Geen middelen waar ik erg suf van word.',
  'Wat ik vraag van hulpverleners Bel eerst Bram. Leg uit wat je gaat doen.',
  'Waarschuw deze mensen Bram',
  'Afspraken tijdens een crisis Huisdieren: Bram',
  // Back: for professionals, the QR code (drawn, no text).
  'Voor hulpverleners Scan de code voor noodtoegang. Je moet inloggen en een reden geven.',
].join(' ');

/**
 * The printable crisiskaart: an ID-1 PDF whose text is exactly the card (not the longer plan,
 * not an agreement still waiting), and whose QR code, read back from the rendered page with a
 * QR decoder, leads to this record's emergency-access page — which still asks a professional to
 * log in and give a reason before the card opens.
 */
describe.each(ENGINES)('the printable crisiskaart on %s', (engine) => {
  let t: TestApp;
  let dossierId: string;
  let gemeenteId: string;
  const host = { host: 'kk.test' };
  const client = async (email: string) => {
    const c = new BrowserClient(t.app, host);
    expect((await c.login(email, PASSWORD)).statusCode).toBe(303);
    return c;
  };
  const pdfUrl = () => `/dossiers/${dossierId}/crisiskaart/kaartje.pdf`;
  const noodtoegangen = async () =>
    (await t.database.db.selectFrom('noodtoegang').select('id').where('dossier_id', '=', dossierId).execute())
      .length;

  beforeAll(async () => {
    t = await startTestApp(engine, { env: { DEFAULT_GEMEENTE: 'kk' } });
    const db = t.database.db;
    const gemeente = await createGemeente(db, { code: 'kk', naam: 'Kk', hostnames: ['kk.test'] });
    gemeenteId = gemeente.id;
    const team = await createOrganisatie(db, gemeente.id, 'Wijkteam');
    const maak = (naam: string, email: string, rol: 'inwoner' | 'naaste' | 'professional') =>
      createAccountWithPassword(db, {
        gemeenteId: gemeente.id,
        naam,
        email,
        rol,
        password: PASSWORD,
        ...(rol === 'professional' ? { organisatieId: team.id } : {}),
      });
    const ilse = await maak('Ilse', 'ilse@example.test', 'inwoner');
    const bram = await maak('Bram', 'bram@example.test', 'naaste');
    await maak('Prof', 'prof@example.test', 'professional');
    dossierId = await dossierVanInwoner(db, gemeente.id, ilse.id);
    const basis = { gemeenteId: gemeente.id, dossierId };
    const bramId = await createNetwerkPersoon(db, {
      ...basis,
      persoon: persoon({ naam: 'Bram', relatie: 'broer-zus', cirkel: 'heel-dichtbij', accountId: bram.id }),
      op: GEMAAKT,
    });
    const elsId = await createNetwerkPersoon(db, {
      ...basis,
      persoon: persoon({ naam: 'Tante Els', relatie: 'familie', cirkel: 'dichtbij' }),
      op: GEMAAKT,
    });
    await createCrisiskaart(db, {
      ...basis,
      naam: 'Mijn rustkaart',
      inhoud: demoInhoud([bramId]),
      op: GEMAAKT,
    });
    await createCrisiskaartAfspraak(db, {
      ...basis,
      persoonId: bramId,
      taak: 'huisdieren',
      status: 'afgesproken',
      op: GEMAAKT,
    });
    await createCrisiskaartAfspraak(db, {
      ...basis,
      persoonId: elsId,
      taak: 'post',
      status: 'gevraagd',
      tokenHash: 'a'.repeat(64),
      op: GEMAAKT,
    });
  }, 600_000);

  afterAll(async () => t?.close());

  let pdf: Buffer;

  it('is linked from her card page and downloads as a PDF of ID-1 pages: front, inside, back', async () => {
    const ilse = await client('ilse@example.test');
    expect((await ilse.get(`/dossiers/${dossierId}/crisiskaart`)).body).toContain(`href="${pdfUrl()}"`);
    const antwoord = await ilse.get(pdfUrl());
    expect(antwoord.statusCode).toBe(200);
    expect(antwoord.headers['content-type']).toBe('application/pdf');
    pdf = antwoord.rawPayload;
    const info = await pdfinfo(pdf);
    const [breedte, hoogte] = (/^([\d.]+) x ([\d.]+) pts/.exec(info['Page size'] ?? '') ?? [])
      .slice(1)
      .map(Number);
    // ID-1: 85.60 × 53.98 mm = 242.646 × 153.014 pt.
    expect(Math.abs((breedte ?? 0) - 242.65)).toBeLessThanOrEqual(0.01);
    expect(Math.abs((hoogte ?? 0) - 153.01)).toBeLessThanOrEqual(0.01);
    expect(Number(info.Pages)).toBeGreaterThanOrEqual(3);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe('Crisiskaart van Ilse');
    // Every page the card's size, not only the first.
    const maten = await pdfPaginaMaten(pdf);
    expect(maten).toHaveLength(Number(info.Pages));
    for (const maat of maten) expect(maat).toMatch(/^242\.6\d* x 153\.0\d* pts/);
  });

  it('says exactly what is on the card: her ticked parts, whom to warn, the confirmed agreement and the dates', async () => {
    const tekst = await pdftotext(pdf);
    expect(normaliseer(tekst)).toBe(VERWACHTE_TEKST);
    // The front is its own page, and the back too (pdftotext ends each page with a form feed).
    const paginas = tekst.split('\f').filter((p) => p.trim() !== '');
    expect(normaliseer(paginas[0] ?? '')).toBe(
      'Crisiskaart van Ilse Gemaakt op 3 maart 2026. Voor het laatst nagekeken op 3 maart 2026.',
    );
    expect(normaliseer(paginas.at(-1) ?? '')).toBe(
      'Voor hulpverleners Scan de code voor noodtoegang. Je moet inloggen en een reden geven.',
    );
    // Plan only, and an agreement still waiting, stay off the card.
    expect(tekst).not.toContain('dicht bij huis');
    expect(tekst).not.toContain('Tante Els');
  });

  it("has a QR code on the back that decodes to this record's emergency-access page", async () => {
    const paginas = Number((await pdfinfo(pdf)).Pages);
    const png = PNG.sync.read(await pdfPaginaPng(pdf, paginas));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(`https://kk.test/noodtoegang?dossier=${dossierId}`);
    // The front has no code.
    const voor = PNG.sync.read(await pdfPaginaPng(pdf, 1));
    expect(jsQR(new Uint8ClampedArray(voor.data), voor.width, voor.height)).toBeNull();
  });

  it('the QR link asks for login and a reason before the card opens; then the card and the people on it are told', async () => {
    const pad = `/noodtoegang?dossier=${dossierId}`;
    expect((await new BrowserClient(t.app, host).get(pad)).statusCode).toBe(401);
    // A naaste is no professional: the emergency page is not hers.
    expect((await (await client('bram@example.test')).get(pad)).statusCode).toBe(403);
    const prof = await client('prof@example.test');
    const pagina = await prof.get(pad);
    expect(pagina.statusCode).toBe(200);
    expect(pagina.body).toContain(`name="dossier" value="${dossierId}"`);
    expect(pagina.body).not.toContain('name="email"');
    // No reason: refused next to the field, nothing opened.
    const zonder = await prof.post('/noodtoegang', { dossier: dossierId, reden: '' });
    expect(zonder.statusCode).toBe(400);
    expect(zonder.body).toContain('name="dossier"');
    expect(await noodtoegangen()).toBe(0);
    // A record that is not there: a clear message, nothing opened.
    await prof.get(pad);
    const onbekend = await prof.post('/noodtoegang', {
      dossier: '00000000-0000-4000-8000-000000000000',
      reden: 'Zij is in de war op straat gevonden.',
    });
    expect(onbekend.statusCode).toBe(404);
    expect(onbekend.body).toContain('hoort niet bij een inwoner');
    expect(await noodtoegangen()).toBe(0);
    await prof.get(pad);
    const open = await prof.post('/noodtoegang', {
      dossier: dossierId,
      reden: 'Zij is in de war op straat gevonden.',
    });
    expect(open.statusCode).toBe(303);
    expect(open.headers.location).toBe(`/dossiers/${dossierId}/secties/crisiskaart`);
    expect(await noodtoegangen()).toBe(1);
    const kaart = await prof.get(`/dossiers/${dossierId}/crisiskaart`);
    expect(kaart.statusCode).toBe(200);
    expect(kaart.body).toContain('Rustig praten');
    // Not the printable card: emergency access reads the page and takes nothing with it.
    expect((await prof.get(pdfUrl())).statusCode).toBe(403);
    const aan = (await t.readOutbox()).map((eml) => ({ eml, tekst: mailText(eml) }));
    const nood = aan.filter((m) => /noodgeval/.test(m.eml));
    expect(nood.some((m) => m.eml.includes('ilse@example.test'))).toBe(true);
    // Bram holds no grant: he is told because she put him on her card's "whom to warn" (nood.ts).
    expect(nood.some((m) => m.eml.includes('bram@example.test'))).toBe(true);
    // The reason stays in the app.
    for (const m of nood) expect(m.tekst).not.toContain('in de war');
    const trail = await t.database.db
      .selectFrom('audit_event')
      .select(['actie', 'noodtoegang'])
      .where('dossier_id', '=', dossierId)
      .where('gemeente_id', '=', gemeenteId)
      .where('noodtoegang', '=', true)
      .execute();
    expect(trail.some((r) => r.actie === 'emergency')).toBe(true);
  });
});
