import { getDatabase } from '../db/client';
import type { Db } from '../db/types';
import { ServiceError, UnavailableError } from '../errors';

/** Dependencies every service accepts, so tests and scripts can inject a database. */
export interface ServiceDeps {
  db?: Db;
}

/**
 * Runs a service body with the injected or process-wide database. Typed errors pass through;
 * anything else (a refused connection, a missing table) becomes UnavailableError (503).
 */
export async function withDb<T>(deps: ServiceDeps, body: (db: Db) => Promise<T>): Promise<T> {
  try {
    return await body(deps.db ?? (await getDatabase()).db);
  } catch (error) {
    if (error instanceof ServiceError) throw error;
    throw new UnavailableError('Plan data is temporarily unavailable', { cause: error });
  }
}
