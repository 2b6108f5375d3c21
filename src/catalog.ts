import * as auth from './auth/messages.js';
import * as authOidc from './auth/oidc/messages.js';
import * as authTweedeFactor from './auth/tweede-factor/messages.js';
import * as beheer from './beheer/messages.js';
import * as beheerTaken from './beheer/taken/messages.js';
import * as crisiskaart from './crisiskaart/messages.js';
import * as gesprekken from './gesprekken/messages.js';
import * as home from './home/messages.js';
import * as grafieken from './levensgebieden/grafieken/messages.js';
import * as levensgebieden from './levensgebieden/messages.js';
import * as vragenlijsten from './levensgebieden/vragenlijsten/messages.js';
import * as monitor from './monitor/messages.js';
import * as monitorPanelLeden from './monitor/panel/leden-messages.js';
import * as monitorPanel from './monitor/panel/messages.js';
import * as ecomap from './netwerk/kaart/messages.js';
import * as netwerk from './netwerk/messages.js';
import * as plan from './plan/messages.js';
import { registerMessages } from './platform/i18n/i18n.js';
import * as regie from './regie/messages.js';
import * as samenGroepen from './samen/groepen/messages.js';
import * as samenLijst from './samen/lijst/messages.js';
import * as samen from './samen/messages.js';
import * as socialeKaartBeheer from './sociale-kaart/beheer/messages.js';
import * as socialeKaart from './sociale-kaart/messages.js';
import * as waakvlam from './waakvlam/messages.js';

/**
 * The catalog of UI text, assembled: every capability's messages.ts, registered with the
 * platform (which registers its own texts itself). Only this file knows them all, as only
 * app.tsx knows every capability. Import it first wherever text is translated without the
 * app: app.tsx, server.ts, every CLI, bench/run.ts and the vitest setup. A key registered
 * twice throws at start.
 */
export const capabilityMessages = {
  auth,
  'auth/oidc': authOidc,
  'auth/tweede-factor': authTweedeFactor,
  beheer,
  'beheer/taken': beheerTaken,
  gesprekken,
  home,
  crisiskaart,
  regie,
  levensgebieden,
  'levensgebieden/grafieken': grafieken,
  'levensgebieden/vragenlijsten': vragenlijsten,
  'netwerk/kaart': ecomap,
  netwerk,
  plan,
  monitor,
  'monitor/panel': monitorPanel,
  'monitor/panel/leden': monitorPanelLeden,
  'sociale-kaart': socialeKaart,
  'sociale-kaart/beheer': socialeKaartBeheer,
  waakvlam,
  samen,
  'samen/lijst': samenLijst,
  'samen/groepen': samenGroepen,
};

for (const [owner, bundle] of Object.entries(capabilityMessages)) registerMessages(owner, bundle);
