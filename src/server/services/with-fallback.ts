import { NotFoundError, ServiceError, UnavailableError } from '../errors';
import { databaseBreaker } from './database-breaker';
import { withDb, type ServiceDeps } from './with-db';

/**
 * "Better stale data than no data": runs `live` against the database and, when the database
 * cannot answer (or its circuit is open after repeated failures), answers from the saved
 * per-city files instead. Typed errors from `live` (not found, bad input) pass through
 * untouched; only unavailability falls back. If the saved files cannot answer either, the
 * result is UnavailableError (503) — or NotFoundError when they simply do not have it.
 */
export async function withFallback<T>(
  deps: ServiceDeps,
  live: Parameters<typeof withDb<T>>[1],
  saved: () => Promise<T>,
): Promise<T> {
  const breaker = databaseBreaker();
  try {
    return await breaker.run(
      () => withDb(deps, live),
      (error) => error instanceof UnavailableError,
    );
  } catch (error) {
    if (error instanceof ServiceError && !(error instanceof UnavailableError)) throw error;
    try {
      return await saved();
    } catch (savedError) {
      if (savedError instanceof NotFoundError || (savedError instanceof ServiceError && savedError.status < 500))
        throw savedError;
      throw new UnavailableError('Plan data is temporarily unavailable', { cause: savedError });
    }
  }
}
