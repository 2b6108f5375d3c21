import { createHash, randomUUID } from 'node:crypto';
import { hashPassword } from '../auth/passwords.js';
import { insertAccount, insertOrganisatie } from '../auth/queries.js';
import type { AfspraakStatus, Taak } from '../crisiskaart/codes.js';
import { beslisAfspraak, bewaarKaart, mapPersonen, voegAfspraakToe } from '../crisiskaart/queries.js';
import type { Inhoud } from '../crisiskaart/rules.js';
import * as gesprekken from '../gesprekken/queries.js';
import {
  type Aantekeningen,
  type BeraadInhoud,
  type Besluit,
  termijnenVan,
  type VerslagInhoud,
  WETTELIJKE_TERMIJNEN,
} from '../gesprekken/rules.js';
import { type AfgerondeBeoordeling, voegAfgerondeBeoordelingToe } from '../levensgebieden/queries.js';
import {
  type IngediendeRonde,
  voegIngediendeRondeToe,
  zetPositieveGezondheidAanAlsNieuw,
} from '../levensgebieden/vragenlijsten/queries.js';
import { bewaarVersie, maakVoorstel, personen, voegPersoonToe } from '../netwerk/queries.js';
import type { PersoonInvoer } from '../netwerk/rules.js';
import * as plan from '../plan/queries.js';
import type { ActieInvoer, DoelInvoer } from '../plan/rules.js';
import type { Db } from '../platform/db/database.js';
import type { Gemeente, Rol, ThemaSettings } from '../platform/db/schema.js';
import { insertGemeente } from '../platform/gemeente/queries.js';
import { appendAudit, auditRegel } from '../regie/audit/audit.js';
import { dossierVanInwoner, systeemToegang } from '../regie/door/door.js';
import { insertNoodtoegang, insertToegang } from '../regie/queries.js';
import { NOODTOEGANG_DUUR_MS } from '../regie/rules.js';
import type { AuditActie, Niveau } from '../regie/schema.js';
import { zetBuur as zetSamenBuur } from '../samen/buren/queries.js';
import * as samenGroepen from '../samen/groepen/queries.js';
import type { GroepSoort, LidAntwoord } from '../samen/groepen/rules.js';
import {
  bevestigHulp as bevestigSamenHulp,
  bewaarProfiel as bewaarSamenProfiel,
  maakVoorstel as maakSamenVoorstel,
  type ControleSoort as SamenControleSoort,
  type ProfielInvoer as SamenProfielInvoer,
  voegLidToe as voegSamenLidToe,
  zetAntwoord as zetSamenAntwoord,
  zetControle as zetSamenControle,
  zetOpNetwerkkaart as zetSamenOpNetwerkkaart,
} from '../samen/queries.js';
import { faseUit } from '../waakvlam/checkin.js';
import {
  beantwoordCheckin,
  bewaarPlan as bewaarWaakvlamPlan,
  maakCheckin,
  markeerGemeld,
  voegOvergangToe,
  type Antwoorden as WaakvlamAntwoorden,
  type PlanInvoer as WaakvlamPlanInvoer,
  zetStand,
} from '../waakvlam/queries.js';
import { naAntwoord } from '../waakvlam/rules.js';

/**
 * Builders for fictional data, shared by the demo seed and the tests, so the demo shows
 * exactly what the tests exercise. Everything written into a resident's record goes through
 * the door's system path with the reason "voorbeeldgegevens", so it is in the record's trail.
 */

/** The system path for demo and test data: one audited write into one record. */
function voorbeeld<T>(
  db: Db,
  plek: { gemeenteId: string; dossierId: string; now?: Date; sectie?: string },
  werk: Parameters<typeof systeemToegang<T>>[2],
): Promise<T> {
  return systeemToegang(
    db,
    {
      reden: 'voorbeeldgegevens',
      gemeenteId: plek.gemeenteId,
      dossierId: plek.dossierId,
      now: plek.now ?? new Date(),
      actor: null,
      actie: 'create',
      sectie: plek.sectie ?? null,
      origin: 'demo',
    },
    werk,
  );
}

export function createGemeente(
  db: Db,
  input: { code: string; naam: string; hostnames?: string[]; thema?: ThemaSettings },
): Promise<Gemeente> {
  return insertGemeente(db, input);
}

export async function createOrganisatie(db: Db, gemeenteId: string, naam: string): Promise<{ id: string }> {
  return insertOrganisatie(db, gemeenteId, naam);
}

export async function createAccountWithPassword(
  db: Db,
  input: {
    gemeenteId: string;
    naam: string;
    email: string;
    rol: Rol;
    password: string;
    organisatieId?: string;
  },
): Promise<{ id: string; email: string; naam: string; rol: Rol }> {
  const account = await insertAccount(db, {
    gemeente_id: input.gemeenteId,
    naam: input.naam,
    email: input.email.toLowerCase(),
    rol: input.rol,
    organisatie_id: input.organisatieId ?? null,
    password_hash: await hashPassword(input.password),
  });
  // As in the app (beheer): a resident's record is made with her account, never by a GET.
  if (input.rol === 'inwoner') await dossierVanInwoner(db, input.gemeenteId, account.id);
  return account;
}

export function createToegang(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    granteeAccountId: string;
    createdBy: string;
    doel?: string;
    eindigtOp: Date | null;
    niveaus: Partial<Record<string, Niveau>>;
  },
): Promise<string> {
  return voorbeeld(db, input, (toegang, notitie) => {
    const id = insertToegang(toegang, {
      granteeAccountId: input.granteeAccountId,
      createdBy: input.createdBy,
      eindigtOp: input.eindigtOp,
      niveaus: input.niveaus,
      doel: input.doel ?? '',
      soort: 'uitnodiging',
      wettelijkeGrondslag: null,
    });
    notitie.itemId = 'toegang';
    return id;
  });
}

/**
 * A professional's emergency access to one record's crisiskaart, opened at `geopendOp` and
 * running for the usual hour (so one opened more than an hour ago has ended). Only the row:
 * the real path (regie/noodtoegang.ts) also logs it and mails the resident.
 */
export function createNoodtoegang(
  db: Db,
  input: { gemeenteId: string; dossierId: string; professionalId: string; reden: string; geopendOp: Date },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.geopendOp, sectie: 'crisiskaart' }, (toegang) =>
    insertNoodtoegang(toegang, {
      accountId: input.professionalId,
      reden: input.reden,
      now: input.geopendOp,
      expiresAt: new Date(input.geopendOp.getTime() + NOODTOEGANG_DUUR_MS),
    }),
  );
}

/** A past audit entry for the demo's lived-in log, chained like any other. */
export function recordDemoAudit(
  db: Db,
  event: {
    gemeenteId: string;
    dossierId: string;
    at: Date;
    actor: string;
    rol: Rol;
    organisatieId?: string;
    actie: AuditActie;
    sectie?: string;
    itemId?: string;
    grondslag: string;
    toegangId?: string;
  },
): Promise<void> {
  return appendAudit(
    db,
    auditRegel(
      { accountId: event.actor, rol: event.rol, organisatieId: event.organisatieId ?? null },
      {
        gemeenteId: event.gemeenteId,
        occurredAt: event.at,
        dossierId: event.dossierId,
        sectie: event.sectie ?? null,
        itemId: event.itemId ?? null,
        actie: event.actie,
        uitkomst: 'allowed',
        grondslag: event.grondslag,
        toegangId: event.toegangId ?? null,
        origin: 'demo',
      },
    ),
  );
}

/**
 * A completed levensgebieden assessment (the resident's own view or someone else's), in the
 * gemeente's current catalog version. Answers: per domain code a score 1–5, "weet-niet", or
 * an object with the other answers too.
 */
export async function createBeoordeling(
  db: Db,
  input: AfgerondeBeoordeling & { gemeenteId: string; dossierId: string },
): Promise<string> {
  // Dated when the data says it happened, so the demo's log reads as a lived-in history.
  return voorbeeld(db, { ...input, now: input.afgerondAt, sectie: 'levensgebieden' }, (toegang) =>
    voegAfgerondeBeoordelingToe(toegang, input),
  );
}

/** A submitted questionnaire round (demo and tests), with its answers. */
export async function createVragenlijstRonde(
  db: Db,
  input: IngediendeRonde & { gemeenteId: string; dossierId: string },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'levensgebieden' }, (toegang) =>
    voegIngediendeRondeToe(toegang, input),
  );
}

/** Turns the positieve-gezondheid questionnaire on for a gemeente (demo). */
export async function zetPositieveGezondheidAan(db: Db, gemeenteId: string, now: Date): Promise<void> {
  await zetPositieveGezondheidAanAlsNieuw(db, gemeenteId, now);
}

/** Someone on a resident's netwerkkaart (demo and tests), with a dated version of the map after it. */
export async function createNetwerkPersoon(
  db: Db,
  input: { gemeenteId: string; dossierId: string; persoon: PersoonInvoer; op: Date },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'netwerk' }, async (toegang) => {
    const id = await voegPersoonToe(toegang, input.persoon, input.op);
    await bewaarVersie(toegang, await personen(toegang), input.op);
    return id;
  });
}

/** An open proposal for the netwerkkaart by a grantee (demo and tests): a new person. */
export async function createNetwerkVoorstel(
  db: Db,
  input: { gemeenteId: string; dossierId: string; auteurId: string; persoon: PersoonInvoer; op: Date },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'netwerk' }, (toegang) =>
    maakVoorstel(toegang, {
      persoonId: null,
      persoonVersie: null,
      auteurId: input.auteurId,
      invoer: input.persoon,
      nu: input.op,
    }),
  );
}

/** A goal in a resident's plan (demo and tests). */
export async function createPlanDoel(
  db: Db,
  input: { gemeenteId: string; dossierId: string; doel: DoelInvoer; op: Date },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'plan' }, (toegang) =>
    plan.voegDoelToe(toegang, input.doel, input.op),
  );
}

/** An action under a goal of a resident's plan (demo and tests). */
export async function createPlanActie(
  db: Db,
  input: { gemeenteId: string; dossierId: string; doelId: string; actie: ActieInvoer; op: Date },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'plan' }, (toegang) =>
    plan.voegActieToe(toegang, input.doelId, input.actie, input.op),
  );
}

/**
 * A household of records (demo and tests): the first record starts it, the others join, as
 * if each had consented with a link code (src/plan/huishouden.ts). Returns the household's id.
 */
export async function createHuishouden(
  db: Db,
  input: { gemeenteId: string; dossierIds: [string, ...string[]]; op: Date },
): Promise<string> {
  const [eerste, ...anderen] = input.dossierIds;
  const id = await voorbeeld(
    db,
    { gemeenteId: input.gemeenteId, dossierId: eerste, now: input.op, sectie: 'plan' },
    (toegang) => plan.maakHuishouden(toegang, input.op),
  );
  for (const dossierId of anderen)
    await voorbeeld(
      db,
      { gemeenteId: input.gemeenteId, dossierId, now: input.op, sectie: 'plan' },
      (toegang) => plan.wordLid(toegang, id, input.op),
    );
  return id;
}

/** An open proposal for a resident's plan by a grantee (demo and tests): a new goal, or a new action. */
export async function createPlanVoorstel(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    auteurId: string;
    op: Date;
  } & ({ doel: DoelInvoer } | { doelId: string; actie: ActieInvoer }),
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'plan' }, (toegang) =>
    plan.maakVoorstel(toegang, {
      soort: 'doel' in input ? 'doel' : 'actie',
      doelId: 'doel' in input ? null : input.doelId,
      actieId: null,
      basisVersie: null,
      auteurId: input.auteurId,
      gegevens: 'doel' in input ? input.doel : input.actie,
      nu: input.op,
    }),
  );
}

/** The people on a resident's network map, with their ids (demo and tests: to pick a doer). */
export async function planNetwerkPersonen(db: Db, input: { gemeenteId: string; dossierId: string }) {
  return voorbeeld(db, { ...input, sectie: 'plan' }, (toegang) => plan.netwerkPersonen(toegang));
}

/**
 * A waakvlam (demo and tests): the signaleringsplan made at `op`, then one answered check-in
 * per entry of `antwoorden` (dated), each moving the phase by the rules. A rise is marked as
 * told at once: demo data sends no mail.
 */
export async function createWaakvlam(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    op: Date;
    plan: WaakvlamPlanInvoer;
    volgendeCheckinOp: Date;
    antwoorden: { op: Date; antwoorden: WaakvlamAntwoorden }[];
  },
): Promise<void> {
  await voorbeeld(db, { ...input, now: input.op, sectie: 'waakvlam' }, async (toegang) => {
    await bewaarWaakvlamPlan(toegang, {
      invoer: input.plan,
      versie: 0,
      volgendeCheckinOp: input.volgendeCheckinOp,
      nu: input.op,
    });
    await voegOvergangToe(toegang, {
      op: input.op,
      van: null,
      naar: 'goed',
      intensiteit: 1,
      reden: 'start',
      checkinId: null,
    });
    let stand: { fase: 'goed' | 'let-op' | 'crisis'; intensiteit: 1 | 2 | 3 } = {
      fase: 'goed',
      intensiteit: 1,
    };
    for (const a of input.antwoorden) {
      const checkinId = await maakCheckin(toegang, {
        tokenHash: createHash('sha256').update(randomUUID()).digest('hex'),
        nu: a.op,
        verlooptOp: new Date(a.op.getTime() + 48 * 3_600_000),
      });
      const fase = faseUit(a.antwoorden);
      await beantwoordCheckin(toegang, { id: checkinId, antwoorden: a.antwoorden, fase, nu: a.op });
      const na = naAntwoord(stand, fase);
      const overgangId = await voegOvergangToe(toegang, {
        op: a.op,
        van: stand.fase,
        naar: na.fase,
        intensiteit: na.intensiteit,
        reden: 'checkin',
        checkinId,
      });
      if (na.melden) await markeerGemeld(toegang, overgangId, a.op);
      stand = { fase: na.fase, intensiteit: na.intensiteit };
      await zetStand(toegang, { ...stand, nu: a.op });
    }
  });
}

/** A resident's crisiskaart (demo and tests), made on `op`. */
export async function createCrisiskaart(
  db: Db,
  input: { gemeenteId: string; dossierId: string; inhoud: Inhoud; naam: string; op: Date },
): Promise<void> {
  await voorbeeld(db, { ...input, now: input.op, sectie: 'crisiskaart' }, async (toegang) => {
    await bewaarKaart(toegang, { inhoud: input.inhoud, naam: input.naam, versie: 0, nu: input.op });
  });
}

/** A practical agreement on a crisiskaart (demo and tests), asked on `op`; answered when not `gevraagd`. */
export async function createCrisiskaartAfspraak(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    persoonId: string;
    taak: Taak;
    toelichting?: string;
    status: AfspraakStatus;
    tokenHash?: string;
    tokenVerloopt?: Date;
    op: Date;
  },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'crisiskaart' }, async (toegang) => {
    const id = await voegAfspraakToe(toegang, {
      persoonId: input.persoonId,
      taak: input.taak,
      toelichting: input.toelichting ?? '',
      tokenHash: input.tokenHash ?? null,
      tokenVerloopt: input.tokenHash
        ? (input.tokenVerloopt ?? new Date(input.op.getTime() + 14 * 86_400_000))
        : null,
      nu: input.op,
    });
    if (input.status !== 'gevraagd')
      await beslisAfspraak(toegang, { id, status: input.status, nu: input.op });
    return id;
  });
}

/** The people on a resident's network map as the crisiskaart sees them (demo and tests). */
export async function crisiskaartMapPersonen(
  db: Db,
  input: { gemeenteId: string; dossierId: string; op: Date },
) {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'crisiskaart' }, (toegang) => mapPersonen(toegang));
}

/**
 * A melding with the legal deadlines (demo and tests), and her preparation when given. No
 * reminder jobs: demo data is not someone's real request.
 */
export async function createGesprek(
  db: Db,
  input: {
    gemeenteId: string;
    dossierId: string;
    gemeldOp: string;
    gemeldDoor: string;
    voorbereiding?: gesprekken.Voorbereiding;
    /** The day she handed in her persoonlijk plan */
    planIngediendOp?: string;
    /** The professional's notes of the talk */
    aantekeningen?: Aantekeningen;
    /** A report drafted by `door`, with her decision when given (no job: the goals are marked proposed) */
    verslag?: { inhoud: VerslagInhoud; door: string; besluit?: Besluit; reactie?: string };
    /**
     * A netwerkberaad being prepared: the people named are invited from her map (no link is
     * mailed: demo data), with their answer when given.
     */
    beraad?: {
      datum: string;
      inhoud: BeraadInhoud;
      genodigden: { naam: string; antwoord?: 'komt' | 'komt-niet'; aanbod?: string }[];
    };
    op: Date;
  },
): Promise<string> {
  return voorbeeld(db, { ...input, now: input.op, sectie: 'gesprekken' }, async (toegang) => {
    const id = await gesprekken.voegGesprekToe(toegang, {
      gemeldOp: input.gemeldOp,
      ...termijnenVan(input.gemeldOp, WETTELIJKE_TERMIJNEN),
      gemeldDoor: input.gemeldDoor,
      nu: input.op,
    });
    if (input.voorbereiding)
      await gesprekken.bewaarVoorbereiding(toegang, {
        id,
        versie: 1,
        voorbereiding: input.voorbereiding,
        nu: input.op,
      });
    if (input.planIngediendOp)
      await gesprekken.dienPlanIn(toegang, { id, op: input.planIngediendOp, nu: input.op });
    if (input.aantekeningen)
      await gesprekken.bewaarAantekeningen(toegang, {
        id,
        versie: 1,
        aantekeningen: input.aantekeningen,
        nu: input.op,
      });
    if (input.verslag) {
      const verslagId = await gesprekken.voegVersieToe(toegang, {
        gesprekId: id,
        nummer: 1,
        inhoud: input.verslag.inhoud,
        auteurId: input.verslag.door,
        auteurRol: 'professional',
        nu: input.op,
      });
      if (verslagId && input.verslag.besluit) {
        await gesprekken.legBesluitVast(toegang, {
          id: verslagId,
          besluit: input.verslag.besluit,
          reactie: input.verslag.reactie ?? '',
          nu: input.op,
        });
        await gesprekken.markeerDoelenVoorgesteld(toegang, verslagId, input.op);
      }
    }
    if (input.beraad) {
      const beraadId = await gesprekken.bewaarBeraad(toegang, {
        gesprekId: id,
        versie: 0,
        datum: input.beraad.datum,
        inhoud: input.beraad.inhoud,
        nu: input.op,
      });
      const kaart = await gesprekken.mapPersonen(toegang);
      for (const g of input.beraad.genodigden) {
        const persoon = kaart.find((p) => p.naam === g.naam);
        if (!beraadId || !persoon) continue;
        await gesprekken.nodigUit(toegang, {
          beraadId,
          persoonId: persoon.id,
          tokenHash: null,
          nu: input.op,
        });
        const rij = (
          await gesprekken.beraden(toegang, { gesprekId: id, netwerkTekst: true })
        )[0]?.genodigden.find((x) => x.persoonId === persoon.id);
        if (rij && g.antwoord)
          await gesprekken.beantwoordUitnodiging(toegang, {
            id: rij.id,
            antwoord: g.antwoord,
            aanbod: g.aanbod ?? '',
            nu: input.op,
          });
      }
    }
    return id;
  });
}

/** A resident who never logs in (demo neighbours): an account without a password, and her record. */
export async function createBuurtbewoner(
  db: Db,
  input: { gemeenteId: string; naam: string; email: string },
): Promise<string> {
  const account = await insertAccount(db, {
    gemeente_id: input.gemeenteId,
    naam: input.naam,
    email: input.email.toLowerCase(),
    rol: 'inwoner',
    organisatie_id: null,
    password_hash: null,
  });
  return dossierVanInwoner(db, input.gemeenteId, account.id);
}

/**
 * A neighbour without a resident's record whom the Samen coordinator approved (demo and tests,
 * decision 048): an account with the role `buur`, her light record, and its kind.
 */
export async function createSamenBuur(
  db: Db,
  input: {
    gemeenteId: string;
    naam: string;
    email: string;
    soort: 'vrijwilliger' | 'buurtbewoner';
    op: Date;
    /** Tests that log her in; the demo's neighbours never do */
    password?: string;
  },
): Promise<string> {
  const account = await insertAccount(db, {
    gemeente_id: input.gemeenteId,
    naam: input.naam,
    email: input.email.toLowerCase(),
    rol: 'buur',
    organisatie_id: null,
    password_hash: input.password ? await hashPassword(input.password) : null,
  });
  const dossierId = await dossierVanInwoner(db, input.gemeenteId, account.id);
  await voorbeeld(
    db,
    { gemeenteId: input.gemeenteId, dossierId, now: input.op, sectie: 'samen' },
    (toegang) => zetSamenBuur(toegang, input.soort, input.op),
  );
  return dossierId;
}

/** A resident's part in Samen (demo and tests): what she offers and asks, where and when. */
export async function createSamenDeelnemer(
  db: Db,
  input: { gemeenteId: string; dossierId: string; op: Date; profiel: SamenProfielInvoer },
): Promise<void> {
  await voorbeeld(db, { ...input, now: input.op, sectie: 'samen' }, async (toegang) => {
    await bewaarSamenProfiel(toegang, input.profiel, 0, input.op);
  });
}

/** Her choice (demo and tests): the people she exchanged help with on her netwerkkaart (decision 050). */
export async function createSamenOpNetwerkkaart(
  db: Db,
  input: { gemeenteId: string; dossierId: string; op: Date },
): Promise<void> {
  await voorbeeld(db, { ...input, now: input.op, sectie: 'samen' }, async (toegang) => {
    await zetSamenOpNetwerkkaart(toegang, true, input.op);
  });
}

/** A coordinator's identity or VOG check of a Samen participant (demo and tests): only the date. */
export async function createSamenControle(
  db: Db,
  input: { gemeenteId: string; dossierId: string; op: Date; soort: SamenControleSoort },
): Promise<void> {
  await voorbeeld(db, { ...input, now: input.op, sectie: 'samen' }, async (toegang) => {
    await zetSamenControle(toegang, input.soort, input.op);
  });
}

/**
 * A Samen proposal (demo and tests), written into each member's record in one transaction: each
 * member's answer, the help she gives, and whether she said it happened.
 */
export async function createSamenVoorstel(
  db: Db,
  input: {
    gemeenteId: string;
    id: string;
    soort: 'paar' | 'kring' | 'eenrichting';
    op: Date;
    verlooptOp: Date;
    leden: {
      dossierId: string;
      antwoord: 'open' | 'ja' | 'nee';
      geeft: { naar: string; vaardigheid: string }[];
      gebeurd?: Date;
    }[];
  },
): Promise<void> {
  const inTransactie = <R>(werk: (trx: Db) => Promise<R>) =>
    db.isTransaction ? werk(db) : db.transaction().execute(werk);
  await inTransactie(async (trx) => {
    for (const [volgorde, lid] of input.leden.entries())
      await voorbeeld(
        trx,
        { gemeenteId: input.gemeenteId, dossierId: lid.dossierId, now: input.op, sectie: 'samen' },
        async (toegang) => {
          if (volgorde === 0) await maakSamenVoorstel(toegang, { ...input, gemaaktOp: input.op });
          await voegSamenLidToe(toegang, { voorstelId: input.id, volgorde, geeft: lid.geeft });
        },
      );
    for (const lid of input.leden) {
      if (lid.antwoord === 'open' && !lid.gebeurd) continue;
      await voorbeeld(
        trx,
        { gemeenteId: input.gemeenteId, dossierId: lid.dossierId, now: input.op, sectie: 'samen' },
        async (toegang) => {
          if (lid.antwoord !== 'open') await zetSamenAntwoord(toegang, input.id, lid.antwoord, input.op);
          if (lid.gebeurd) await bevestigSamenHulp(toegang, input.id, lid.gebeurd);
        },
      );
    }
  });
}

/** A professional without a password (demo and tests): she leads groups but does not log in. */
export async function createProfessional(
  db: Db,
  input: { gemeenteId: string; naam: string; email: string; organisatieId: string },
): Promise<string> {
  const account = await insertAccount(db, {
    gemeente_id: input.gemeenteId,
    naam: input.naam,
    email: input.email.toLowerCase(),
    rol: 'professional',
    organisatie_id: input.organisatieId,
    password_hash: null,
  });
  return account.id;
}

/**
 * A Samen group (demo and tests), written into each member's record in one transaction: the
 * group, each member's place and answer, and when it started.
 */
export async function createSamenGroep(
  db: Db,
  input: {
    gemeenteId: string;
    id: string;
    soort: GroepSoort;
    thema: string;
    coordinatorAccountId: string;
    leiderAccountId: string;
    plek?: { id: string; naam: string; adres: string };
    op: Date;
    verlooptOp: Date;
    gestartOp?: Date;
    leden: { dossierId: string; antwoord: Exclude<LidAntwoord, 'verwijderd'> }[];
  },
): Promise<void> {
  const inTransactie = <R>(werk: (trx: Db) => Promise<R>) =>
    db.isTransaction ? werk(db) : db.transaction().execute(werk);
  await inTransactie(async (trx) => {
    for (const [i, lid] of input.leden.entries())
      await voorbeeld(
        trx,
        { gemeenteId: input.gemeenteId, dossierId: lid.dossierId, now: input.op, sectie: 'samen' },
        async (toegang) => {
          if (i === 0)
            await samenGroepen.maakGroep(toegang, { ...input, plek: input.plek, gemaaktOp: input.op });
          await samenGroepen.voegGroepLidToe(toegang, input.id);
          if (lid.antwoord !== 'open')
            await samenGroepen.zetGroepAntwoord(toegang, input.id, lid.antwoord, input.op);
          if (i === 0 && input.gestartOp) await samenGroepen.zetGestart(toegang, input.id, input.gestartOp);
        },
      );
  });
}
