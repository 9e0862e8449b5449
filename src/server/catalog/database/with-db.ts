import { causeChain } from '~/server/core/cause-chain';
import { getConfig } from '~/server/core/config';
import { getDatabase } from '~/server/db/client';
import { inSharedSnapshot } from '~/server/db/shared-snapshot';
import type { Db } from '~/server/db/types';
import { ServiceError, UnavailableError } from '~/server/core/errors';

/** Dependencies every service accepts, so tests and scripts can inject a database or saved-data folder. */
export interface ServiceDeps {
  db?: Db;
  /** Folder of the saved files (default FALLBACK_DIR). */
  savedDir?: string;
  /** Answer from the saved files without asking the database (tools and tests that compare the two). */
  savedOnly?: boolean;
}

/**
 * Runs a service body with the injected or process-wide database, inside one read-only
 * REPEATABLE READ transaction: every query of a page sees the same snapshot, so a data sync
 * committing mid-render can never mix old plans with new counts. Pages that start within a few
 * milliseconds of each other share that transaction (db/shared-snapshot.ts). Typed errors pass through;
 * anything else (a refused connection, a missing table) becomes UnavailableError (503).
 */
export async function withDb<T>(deps: ServiceDeps, body: (db: Db) => Promise<T>): Promise<T> {
  try {
    const db = deps.db ?? (await getDatabase()).db;
    // A page waits for a connection at most as long as connecting may take (see db/snapshot.ts).
    const { database } = getConfig();
    const beginWithinMs = database.driver === 'postgres' ? database.connectTimeoutS * 1000 : undefined;
    return await inSharedSnapshot(db, body, { beginWithinMs });
  } catch (error) {
    throw asDatabaseFailure(error);
  }
}

/** What a failed database call becomes: typed errors as they are, an outage UnavailableError (503), anything else a bug. */
export function asDatabaseFailure(error: unknown): Error {
  if (error instanceof ServiceError) return error;
  if (isUnavailability(error)) return new UnavailableError('Plan data is temporarily unavailable', { cause: error });
  return new Error('Database query failed', { cause: error });
}

// Only trouble reaching or running the database counts as unavailability (and may send shoppers
// to saved data or open the circuit); a query the database rejects for its content is a bug and
// must surface as one, or a hostile request could trip the breaker for everyone.
const UNAVAILABLE_SQLSTATE = /^(08|53|57|58)/;
const UNAVAILABLE_NODE_CODE = /^(ECONN|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|EPIPE|CONNECT_TIMEOUT|CONNECTION_)/;

/** Whether an error means the database could not be reached or could not serve, rather than a bad query. */
export function isUnavailability(error: unknown): boolean {
  for (const e of causeChain(error)) {
    if (typeof e.code === 'string') {
      if (/^[0-9A-Z]{5}$/.test(e.code)) return UNAVAILABLE_SQLSTATE.test(e.code);
      if (UNAVAILABLE_NODE_CODE.test(e.code)) return true;
    }
    if (e.name === 'PgliteLockedError') return true;
    if (typeof e.message === 'string' && /did not answer within|circuit|terminat|closed|timeout/i.test(e.message))
      return true;
  }
  return false;
}
