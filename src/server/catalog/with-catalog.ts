import { NotFoundError, ServiceError, UnavailableError } from '~/server/core/errors';
import { databaseBreaker } from './database/breaker';
import { DatabaseCatalog } from './database/database-catalog';
import { withDb, type ServiceDeps } from './database/with-db';
import { SavedCatalog } from './saved/saved-catalog';
import type { PlanCatalog } from './types';

/**
 * "Better stale data than no data": runs a service body once on the live catalog (one
 * read-only snapshot, through the database's circuit breaker) and, when the database cannot
 * answer, once more on the saved files. Typed errors from the live run (not found, bad input)
 * pass through untouched; only unavailability falls back. If the saved files cannot answer
 * either, the result is UnavailableError (503), or the saved run's own not-found or bad-input
 * error when that is what it found.
 */
export async function withCatalog<T>(deps: ServiceDeps, body: (catalog: PlanCatalog) => Promise<T>): Promise<T> {
  if (deps.savedOnly) return body(new SavedCatalog(deps.savedDir));
  try {
    return await databaseBreaker().run(
      () => withDb(deps, (db) => body(new DatabaseCatalog(db))),
      (error) => error instanceof UnavailableError,
    );
  } catch (error) {
    if (error instanceof ServiceError && !(error instanceof UnavailableError)) throw error;
    try {
      return await body(new SavedCatalog(deps.savedDir));
    } catch (savedError) {
      if (savedError instanceof NotFoundError || (savedError instanceof ServiceError && savedError.status < 500))
        throw savedError;
      throw new UnavailableError('Plan data is temporarily unavailable', { cause: savedError });
    }
  }
}
