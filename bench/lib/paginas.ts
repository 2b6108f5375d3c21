import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../src/demo/seed.js';
import type { LoadTarget } from './load.js';
import { logIn, type Session } from './login.js';

/**
 * The logged-in pages the bench holds to the same target (issue 20), shared by the bench
 * entries and bench/profiel.ts: who is logged in, which URL, and what a good answer contains.
 */
export const paginaNamen = [
  'mijn-overzicht',
  'levensgebieden',
  'levensgebieden-professional',
  'plan-eigenaar',
  'plan-professional',
  'logboek',
];

const sessies = new Map<string, Promise<Session>>();

/** One login per demo role and server, reused by every page of that person. */
export function sessieVan(baseUrl: string, rol: string): Promise<Session> {
  const key = `${baseUrl} ${rol}`;
  let sessie = sessies.get(key);
  if (!sessie) {
    const account = DEMO_ACCOUNTS.find((a) => a.rol === rol);
    if (!account) throw new Error(`no demo ${rol}`);
    sessie = logIn(baseUrl, account.email, DEMO_PASSWORD);
    sessies.set(key, sessie);
  }
  return sessie;
}

/** The demo resident's record id, from where "Wie kan wat zien" sends her. */
export async function demoDossierId(baseUrl: string): Promise<string> {
  const owner = await sessieVan(baseUrl, 'inwoner');
  const redirect = await fetch(`${baseUrl}/wie-kan-wat-zien`, {
    headers: { cookie: owner.cookieHeader },
    redirect: 'manual',
  });
  await redirect.arrayBuffer();
  const dossierId = /\/dossiers\/([0-9a-f-]{36})\//.exec(redirect.headers.get('location') ?? '')?.[1];
  if (!dossierId) throw new Error(`could not find the demo record (${redirect.status})`);
  return dossierId;
}

/** A load target for one named page, checked once (200 and its marker) before it is returned. */
export async function paginaDoel(naam: string, baseUrl: string): Promise<LoadTarget & { marker: string }> {
  const pagina = async (rol: string, pad: string, marker: string) => {
    const sessie = await sessieVan(baseUrl, rol);
    const doel = {
      url: `${baseUrl}${pad}`,
      headers: { accept: 'text/html', cookie: sessie.cookieHeader },
      marker,
      checkBody: (body: string) => body.includes(marker),
    };
    const probe = await fetch(doel.url, { headers: doel.headers, redirect: 'manual' });
    const body = await probe.text();
    if (probe.status !== 200 || !body.includes(marker)) {
      throw new Error(`GET ${pad} as ${rol} answered ${probe.status} without "${marker}"`);
    }
    return doel;
  };
  switch (naam) {
    case 'mijn-overzicht':
      // The menu also says "Mijn overzicht", so the closing tag is part of the check.
      return pagina('inwoner', '/mijn-overzicht', 'Mijn overzicht</h1>');
    case 'levensgebieden':
      return pagina(
        'inwoner',
        `/dossiers/${await demoDossierId(baseUrl)}/levensgebieden`,
        'Hoe het gaat</h1>',
      );
    case 'levensgebieden-professional':
      // The professional's heading names the resident: "Hoe het gaat met Ilse Verbeek".
      return pagina(
        'professional',
        `/dossiers/${await demoDossierId(baseUrl)}/levensgebieden`,
        'Hoe het gaat met ',
      );
    case 'plan-eigenaar':
      // The record's section link `/secties/plan` leads here (a redirect): the plan page itself.
      return pagina('inwoner', `/dossiers/${await demoDossierId(baseUrl)}/plan`, 'Mijn plan</h1>');
    case 'plan-professional':
      return pagina('professional', `/dossiers/${await demoDossierId(baseUrl)}/plan`, 'Het plan van ');
    case 'logboek':
      // The resident's own trail ("wie heeft wat bekeken"); the page shows the newest 500.
      return pagina(
        'inwoner',
        `/dossiers/${await demoDossierId(baseUrl)}/logboek`,
        'Logboek: wie heeft wat bekeken',
      );
    default:
      throw new Error(`unknown page ${naam}`);
  }
}
