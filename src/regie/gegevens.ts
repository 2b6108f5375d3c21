import { beginWachtwoordpoging } from '../auth/wachtwoord-controle.js';
import type { Db } from '../platform/db/database.js';
import { fhirTekst, fullUrl, verzameling } from '../platform/fhir/bundle.js';
import type { Bundle, FhirResource, Patient } from '../platform/fhir/types.js';
import { HttpError } from '../platform/http/errors.js';
import type { Viewer } from '../platform/http/request-context.js';
import { registreerPoging, type Toegang, viaDeDeur } from './door/door.js';
import * as q from './queries.js';
import type { SectieRegister } from './secties.js';

/**
 * Data rights (AVG art. 15 and 17): the resident downloads everything about them at once,
 * and can erase it. Erasure removes the record, its grants and invitations, the account and
 * its sessions; the audit trail keeps its entries, which name people only by id.
 */
export async function exporteerDossier(
  db: Db,
  now: Date,
  viewer: Viewer,
  dossierId: string,
  secties: SectieRegister,
) {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: null, nodig: 'lezen', actie: 'export', itemId: 'alles', alleenEigenaar: true },
    { now },
    async (toegang) => {
      const sectieData: Record<string, unknown> = {};
      for (const sectie of secties.alle()) {
        sectieData[sectie.code] = sectie.exporteer ? await sectie.exporteer(toegang) : null;
      }
      const fhir = await fhirBundel(toegang, viewer, secties, now);
      const toegangen = await q.listToegangen(toegang);
      return {
        formaat: 'redzaam-export',
        versie: 1,
        gemaakt_op: now.toISOString(),
        account: { naam: viewer.naam, email: viewer.email, rol: viewer.rol },
        dossier: { id: toegang.dossierId },
        toegang: toegangen.map((t) => ({
          naam: t.naam,
          rol: t.rol,
          organisatie: t.organisatie_naam,
          soort: t.soort,
          doel: t.doel,
          wettelijke_grondslag: t.wettelijke_grondslag,
          eindigt_op: t.eindigt_op,
          ingetrokken_op: t.ingetrokken_op,
          niveaus: t.niveaus,
        })),
        uitnodigingen: (await q.listOpenUitnodigingen(toegang, now)).map((u) => ({
          email: u.email,
          rol: u.rol,
          secties: u.secties,
          verloopt_op: u.expires_at,
        })),
        noodtoegang: (await q.listNoodtoegangen(toegang)).map((n) => ({
          wie: n.naam,
          organisatie: n.organisatie_naam,
          reden: n.reden,
          van: n.started_at,
          tot: n.expires_at,
        })),
        logboek: (await q.listAuditOfDossier(toegang, { limit: 1_000_000 })).map((e) => ({
          moment: e.occurred_at,
          wie: e.actor_naam,
          rol: e.actor_rol,
          organisatie: e.organisatie_naam,
          onderdeel: e.sectie,
          actie: e.actie,
          uitkomst: e.uitkomst,
          grondslag: e.grondslag,
          noodtoegang: e.noodtoegang,
        })),
        secties: sectieData,
        /** The same record in FHIR R4, for other systems (a Bundle of type collection) */
        fhir,
      };
    },
  );
}

/**
 * The record as FHIR R4: the resident as Patient (the record's id, so other systems can match a
 * later download) and whatever each section can say in FHIR, referring to that Patient.
 */
async function fhirBundel(
  toegang: Toegang,
  viewer: Viewer,
  secties: SectieRegister,
  nu: Date,
): Promise<Bundle> {
  const patient: Patient = {
    resourceType: 'Patient',
    id: toegang.dossierId,
    identifier: [{ system: 'urn:ietf:rfc:3986', value: fullUrl(toegang.dossierId) }],
    name: [{ text: fhirTekst(viewer.naam) ?? '?' }],
    telecom: [{ system: 'email', value: viewer.email }],
  };
  const context = {
    patient: { reference: fullUrl(toegang.dossierId), display: fhirTekst(viewer.naam) ?? '?' },
    patientId: toegang.dossierId,
    nu,
  };
  const resources: FhirResource[] = [patient];
  for (const sectie of secties.alle())
    if (sectie.fhir) resources.push(...(await sectie.fhir(toegang, context)));
  return verzameling(resources, nu);
}

/** Only the FHIR Bundle of the download, for a separate "for another system" file. */
export async function exporteerDossierFhir(
  db: Db,
  now: Date,
  viewer: Viewer,
  dossierId: string,
  secties: SectieRegister,
): Promise<Bundle> {
  return viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: null, nodig: 'lezen', actie: 'export', itemId: 'fhir', alleenEigenaar: true },
    { now },
    (toegang) => fhirBundel(toegang, viewer, secties, now),
  );
}

export type WisResultaat = { ok: true } | { ok: false; fout: 'wachtwoord-onjuist' | 'te-vaak' };

/**
 * Erasure asks for her password. The door comes first, so for a record that is not hers the
 * answer is the door's 403 whatever the password (no oracle); then the password, inside the
 * door's work: a wrong one undoes nothing but is refused and logged as a denied attempt, and it
 * counts in the login's throttle (auth/wachtwoord-controle.ts). Over the limit: no check, 429.
 */
export async function wisDossier(
  db: Db,
  now: Date,
  viewer: Viewer,
  input: { dossierId: string; wachtwoord: string; clientAddress: string },
  secties: SectieRegister,
): Promise<WisResultaat> {
  const poging = await beginWachtwoordpoging(db, now, { viewer, clientAddress: input.clientAddress });
  if (poging.teVaak) {
    await registreerPoging(
      db,
      viewer,
      { dossierId: input.dossierId, sectie: null, actie: 'delete', reden: 'te-vaak', itemId: 'alles' },
      now,
    );
    return { ok: false, fout: 'te-vaak' };
  }
  try {
    await viaDeDeur(
      db,
      viewer,
      {
        dossierId: input.dossierId,
        sectie: null,
        nodig: 'bewerken',
        actie: 'delete',
        itemId: 'alles',
        alleenEigenaar: true,
      },
      { now },
      async (toegang) => {
        if (!(await poging.klopt(input.wachtwoord))) throw new HttpError('BAD_REQUEST', 'wachtwoord-onjuist');
        for (const sectie of secties.alle()) if (sectie.wis) await sectie.wis(toegang);
        await q.eraseDossierAndAccount(toegang, viewer.accountId, now);
      },
    );
  } catch (fout) {
    if (!(fout instanceof HttpError && fout.reden === 'wachtwoord-onjuist')) throw fout;
    await poging.mislukt();
    return { ok: false, fout: 'wachtwoord-onjuist' };
  }
  return { ok: true };
}

/** The page with the download and erasure buttons: the resident only, so it passes the door too. */
export async function bekijkGegevens(db: Db, now: Date, viewer: Viewer, dossierId: string): Promise<void> {
  await viaDeDeur(
    db,
    viewer,
    { dossierId, sectie: null, nodig: 'lezen', actie: 'read', itemId: 'gegevens', alleenEigenaar: true },
    { now },
    async () => undefined,
  );
}
