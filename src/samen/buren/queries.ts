import { sql } from 'kysely';
import type { AfgeleideSoort } from '../../platform/crypto/herversleutelen.js';
import { sleutelring } from '../../platform/crypto/sleutelring.js';
import type { Db } from '../../platform/db/database.js';
import { ontsluit, type Toegang } from '../../regie/door/toegang.js';
import type { BuurSoort } from '../schema.js';

/**
 * The SQL of neighbours without a resident's record (decision 048). A pending sign-up has no
 * record yet, so its personal details are one JSON encrypted under the gemeente's key for data
 * given before a record exists (`versleutelVoorlopig`), bound to its row; they are emptied when
 * the coordinator decides. What kind of neighbour an approved one is lives in her own record
 * (`samen_buur`), read and written only with a `Toegang` from the door.
 */

export type AanmeldGegevens = {
  voornaam: string;
  email: string;
  postcode: string;
  geboortejaar: number;
};

export type Aanmelding = {
  id: string;
  soort: BuurSoort;
  aangemeldOp: Date;
  /** undefined: decided (emptied), or no longer readable after a master key was dropped */
  gegevens: AanmeldGegevens | undefined;
  besluit: 'goedgekeurd' | 'geweigerd' | null;
};

const context = (gemeenteId: string, id: string) => ({ gemeenteId, doel: 'samen-aanmelding', rijId: id });

export async function voegAanmeldingToe(
  db: Db,
  invoer: { id: string; gemeenteId: string; soort: BuurSoort; gegevens: AanmeldGegevens; nu: Date },
): Promise<void> {
  const { versleuteld, meesterId } = sleutelring().versleutelVoorlopig(
    context(invoer.gemeenteId, invoer.id),
    JSON.stringify(invoer.gegevens),
  );
  await db
    .insertInto('samen_aanmelding')
    .values({
      id: invoer.id,
      gemeente_id: invoer.gemeenteId,
      soort: invoer.soort,
      gegevens: versleuteld,
      meester_id: meesterId,
      aangemeld_op: invoer.nu,
      besluit: null,
      besloten_op: null,
    })
    .execute();
}

type Rij = {
  id: string;
  gemeente_id: string;
  soort: BuurSoort;
  gegevens: string | null;
  meester_id: string | null;
  aangemeld_op: Date;
  besluit: 'goedgekeurd' | 'geweigerd' | null;
};

function leesbaar(rij: Rij): Aanmelding {
  let gegevens: AanmeldGegevens | undefined;
  if (rij.gegevens !== null && rij.meester_id !== null) {
    try {
      gegevens = JSON.parse(
        sleutelring().ontsleutelVoorlopig(context(rij.gemeente_id, rij.id), rij.gegevens, rij.meester_id),
      ) as AanmeldGegevens;
    } catch {
      // Its master key is no longer configured: the coordinator can only refuse it.
      gegevens = undefined;
    }
  }
  return { id: rij.id, soort: rij.soort, aangemeldOp: rij.aangemeld_op, gegevens, besluit: rij.besluit };
}

const kolommen = ['id', 'gemeente_id', 'soort', 'gegevens', 'meester_id', 'aangemeld_op', 'besluit'] as const;

/** The sign-ups waiting for a decision, oldest first. */
export async function openAanmeldingen(db: Db, gemeenteId: string): Promise<Aanmelding[]> {
  const rijen = await db
    .selectFrom('samen_aanmelding')
    .select(kolommen)
    .where('gemeente_id', '=', gemeenteId)
    .where('besluit', 'is', null)
    .orderBy('aangemeld_op')
    .orderBy('id')
    .execute();
  return rijen.map(leesbaar);
}

export async function aanmelding(db: Db, gemeenteId: string, id: string): Promise<Aanmelding | undefined> {
  const rij = await db
    .selectFrom('samen_aanmelding')
    .select(kolommen)
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .executeTakeFirst();
  return rij ? leesbaar(rij) : undefined;
}

/**
 * Records the decision and empties the personal details, only while it is still open: false when
 * someone decided first (the caller answers 409 and writes nothing).
 */
export async function besluit(
  db: Db,
  gemeenteId: string,
  id: string,
  uitkomst: 'goedgekeurd' | 'geweigerd',
  nu: Date,
): Promise<boolean> {
  const r = await db
    .updateTable('samen_aanmelding')
    .set({ besluit: uitkomst, besloten_op: nu, gegevens: null, meester_id: null })
    .where('gemeente_id', '=', gemeenteId)
    .where('id', '=', id)
    .where('besluit', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Sign-ups no one decided on within the limit are deleted, details and all (the daily job). */
export async function ruimOpenAanmeldingenOp(db: Db, voor: Date): Promise<number> {
  const r = await db
    .deleteFrom('samen_aanmelding')
    .where('besluit', 'is', null)
    .where('aangemeld_op', '<', voor)
    .executeTakeFirst();
  return Number(r.numDeletedRows);
}

// --- her own record ------------------------------------------------------------------------------

/** Marks her own light record as a neighbour's (the coordinator's approval, through the system path). */
export async function zetBuur(toegang: Toegang, soort: BuurSoort, nu: Date): Promise<void> {
  await ontsluit(toegang)
    .insertInto('samen_buur')
    .values({ dossier_id: toegang.dossierId, gemeente_id: toegang.gemeenteId, soort, goedgekeurd_op: nu })
    .execute();
}

/** What kind of neighbour she is; undefined for a resident with a record of her own. */
export async function buurSoort(
  toegang: Toegang,
): Promise<{ soort: BuurSoort; goedgekeurdOp: Date } | undefined> {
  const rij = await ontsluit(toegang)
    .selectFrom('samen_buur')
    .select(['soort', 'goedgekeurd_op'])
    .where('gemeente_id', '=', toegang.gemeenteId)
    .where('dossier_id', '=', toegang.dossierId)
    .executeTakeFirst();
  return rij ? { soort: rij.soort, goedgekeurdOp: rij.goedgekeurd_op } : undefined;
}

// --- after a master key rotation (docs/decisions/052) ---------------------------------------------

/** Waiting sign-ups' details not under the current master key, encrypted under it. */
export const wachtendeAanmeldingen: AfgeleideSoort = {
  naam: 'Samen sign-ups waiting for the coordinator',
  telling: async (db) => {
    const rijen = await db
      .selectFrom('samen_aanmelding')
      .select(['meester_id', sql<number>`count(*)::int`.as('aantal')])
      .where('gegevens', 'is not', null)
      .groupBy('meester_id')
      .orderBy('meester_id')
      .execute();
    return rijen.map((r) => ({ meesterId: r.meester_id, aantal: r.aantal }));
  },
  herversleutel: async (db, max) => {
    const ring = sleutelring();
    const rijen = await db
      .selectFrom('samen_aanmelding')
      .select(['id', 'gemeente_id', 'gegevens', 'meester_id'])
      .where('gegevens', 'is not', null)
      .where('meester_id', '!=', ring.huidige.id)
      .orderBy('id')
      .limit(max)
      .forUpdate()
      .skipLocked()
      .execute();
    for (const r of rijen) {
      const ctx = context(r.gemeente_id, r.id);
      const { versleuteld, meesterId } = ring.versleutelVoorlopig(
        ctx,
        ring.ontsleutelVoorlopig(ctx, r.gegevens as string, r.meester_id as string),
      );
      // A decision in between emptied the details: that wins.
      await db
        .updateTable('samen_aanmelding')
        .set({ gegevens: versleuteld, meester_id: meesterId })
        .where('id', '=', r.id)
        .where('gegevens', '=', r.gegevens as string)
        .execute();
    }
    return rijen.length;
  },
};
