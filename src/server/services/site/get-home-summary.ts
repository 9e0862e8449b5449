import { getDatabase } from '../../db/client';
import type { Db } from '../../db/types';
import { UnavailableError } from '../../errors';
import { getCatalogCounts, type CatalogCounts } from '../../queries/catalog';

/** What the home page shows: how many utilities, cities, providers and plans we cover. */
export type HomeSummary = CatalogCounts;

/** Reads the home page figures; a database failure becomes UnavailableError (503). */
export async function getHomeSummary(_input: void, deps: { db?: Db } = {}): Promise<HomeSummary> {
  try {
    const db = deps.db ?? (await getDatabase()).db;
    return await getCatalogCounts(db);
  } catch (error) {
    throw new UnavailableError('Plan data is temporarily unavailable', { cause: error });
  }
}
