import type { Migration } from 'kysely';
import * as foundation from './0001-foundation.js';
import * as regie from './0002-regie.js';
import * as socialeKaart from './0003-sociale-kaart.js';

/**
 * Every migration, in order. Names are permanent: a migration that has run somewhere
 * is never edited, only followed by a new one.
 */
export const migrations: Record<string, Migration> = {
  '0001-foundation': foundation,
  '0002-regie': regie,
  '0003-sociale-kaart': socialeKaart,
};
