import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as regie from './0002-regie.js';
import * as socialeKaart from './0003-sociale-kaart.js';
import * as socialeKaartZoeken from './0004-sociale-kaart-zoeken.js';
import * as socialeKaartHsdsAanvulling from './0005-sociale-kaart-hsds-aanvulling.js';
import * as socialeKaartOnderhoud from './0006-sociale-kaart-onderhoud.js';
import * as levensgebieden from './0007-levensgebieden.js';
import * as levensgebiedenVragenlijsten from './0008-levensgebieden-vragenlijsten.js';
import * as regieAuditMislukt from './0009-regie-audit-mislukt.js';
import * as platformJobs from './0010-platform-jobs.js';
import * as platformVersleuteling from './0011-platform-versleuteling.js';
import * as netwerk from './0012-netwerk.js';
import * as authTweedeFactorEnOidc from './0014-auth-tweede-factor-en-oidc.js';
import * as netwerkRelaties from './0015-netwerk-relaties.js';
import * as plan from './0016-plan.js';
import * as crisiskaart from './0017-crisiskaart.js';
import * as waakvlam from './0018-waakvlam.js';
import * as monitor from './0019-monitor.js';
import * as authSessieTweedeFactorVia from './0023-auth-sessie-tweede-factor-via.js';
import * as gesprekken from './0024-gesprekken.js';
import * as planInstelling from './0025-plan-instelling.js';
import * as gesprekkenVerslag from './0028-gesprekken-verslag.js';
import * as monitorPanel from './0030-monitor-panel.js';
import * as regieAuditPerDossier from './0033-regie-audit-per-dossier.js';
import * as samen from './0035-samen.js';
import * as planHerinneren from './0036-plan-herinneren.js';
import * as gesprekkenNetwerkberaad from './0037-gesprekken-netwerkberaad.js';
import * as samenRondeSlot from './0038-samen-ronde-slot.js';
import * as peilingOpenVersleuteld from './0039-peiling-open-versleuteld.js';
import * as planHuishouden from './0040-plan-huishouden.js';
import * as samenGroepen from './0041-samen-groepen.js';
import * as samenVaardigheid from './0042-samen-vaardigheid.js';
import * as peilingOpenBeoordeling from './0044-peiling-open-beoordeling.js';
import * as regieAuditWijzigingen from './0045-regie-audit-wijzigingen.js';
import * as samenBuur from './0046-samen-buur.js';
import * as samenErvaringsdeskundige from './0048-samen-ervaringsdeskundige.js';
import * as samenPostcodeTabel from './0049-samen-postcode-tabel.js';
import * as samenOpNetwerkkaart from './0050-samen-op-netwerkkaart.js';
import * as panelmedewerker from './0051-panelmedewerker.js';
import * as peilingUitgenodigd from './0052-peiling-uitgenodigd.js';
import * as panelLidVersleuteld from './0053-panel-lid-versleuteld.js';
import * as samenGroepSuggestie from './0054-samen-groep-suggestie.js';

/**
 * Every migration, in order. Names are permanent: a migration that has run somewhere
 * is never edited, only followed by a new one.
 * New migrations are named `NNNN-<capability>-<what>`, after the capability that owns the tables.
 *
 * 0008 creates the levensgebieden questionnaire tables, so its file is named after
 * levensgebieden, but it keeps the key '0008-regie-vragenlijsten' that databases have already
 * recorded: under a new key the migrator would run it again (and fail on the existing tables),
 * and renaming the recorded row at start would make an older release refuse the database
 * (its recorded migration gone) on a rollback or during a rolling deploy.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-regie': regie,
  '0003-sociale-kaart': socialeKaart,
  '0004-sociale-kaart-zoeken': socialeKaartZoeken,
  '0005-sociale-kaart-hsds-aanvulling': socialeKaartHsdsAanvulling,
  '0006-sociale-kaart-onderhoud': socialeKaartOnderhoud,
  '0007-levensgebieden': levensgebieden,
  '0008-regie-vragenlijsten': levensgebiedenVragenlijsten,
  '0009-regie-audit-mislukt': regieAuditMislukt,
  '0010-platform-jobs': platformJobs,
  '0011-platform-versleuteling': platformVersleuteling,
  '0012-netwerk': netwerk,
  '0014-auth-tweede-factor-en-oidc': authTweedeFactorEnOidc,
  '0015-netwerk-relaties': netwerkRelaties,
  '0016-plan': plan,
  '0017-crisiskaart': crisiskaart,
  '0018-waakvlam': waakvlam,
  '0019-monitor': monitor,
  '0023-auth-sessie-tweede-factor-via': authSessieTweedeFactorVia,
  '0024-gesprekken': gesprekken,
  '0025-plan-instelling': planInstelling,
  '0028-gesprekken-verslag': gesprekkenVerslag,
  '0030-monitor-panel': monitorPanel,
  '0033-regie-audit-per-dossier': regieAuditPerDossier,
  '0035-samen': samen,
  '0036-plan-herinneren': planHerinneren,
  '0037-gesprekken-netwerkberaad': gesprekkenNetwerkberaad,
  '0038-samen-ronde-slot': samenRondeSlot,
  '0039-peiling-open-versleuteld': peilingOpenVersleuteld,
  '0040-plan-huishouden': planHuishouden,
  '0041-samen-groepen': samenGroepen,
  '0042-samen-vaardigheid': samenVaardigheid,
  '0044-peiling-open-beoordeling': peilingOpenBeoordeling,
  '0045-regie-audit-wijzigingen': regieAuditWijzigingen,
  '0046-samen-buur': samenBuur,
  '0048-samen-ervaringsdeskundige': samenErvaringsdeskundige,
  '0049-samen-postcode-tabel': samenPostcodeTabel,
  '0050-samen-op-netwerkkaart': samenOpNetwerkkaart,
  '0051-panelmedewerker': panelmedewerker,
  '0052-peiling-uitgenodigd': peilingUitgenodigd,
  '0053-panel-lid-versleuteld': panelLidVersleuteld,
  '0054-samen-groep-suggestie': samenGroepSuggestie,
};
