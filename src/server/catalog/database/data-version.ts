import { requestContext } from '~/server/context/request-context';
import { getDatabase } from '~/server/db/client';
import type { Db } from '~/server/db/types';
import { UnavailableError } from '~/server/core/errors';
import { getDataVersion, type DataVersion } from '~/server/queries/sync/get-data-version';
import { databaseBreaker } from './breaker';
import { asDatabaseFailure, type ServiceDeps } from './with-db';

/**
 * The data version a catalog keys its cache entries on, read inside the request's snapshot.
 * It is also noted on the request, so the page cache only keeps a page whose every part was
 * built from the version it is filed under.
 */
export async function readDataVersion(db: Db): Promise<DataVersion | null> {
  const version = await getDataVersion(db);
  if (version) requestContext()?.dataVersions.add(version.id);
  return version;
}

/**
 * The current data version for the page cache's lookup, or null when it cannot be known
 * cheaply: no sync yet, the database unreachable, or its circuit open. Null means "render as
 * usual", which is also where saved data takes over. Goes through the database breaker, so an
 * outage costs one failed read here, not one per request.
 */
export async function currentDataVersionId(deps: ServiceDeps = {}): Promise<number | null> {
  try {
    return await databaseBreaker().run(
      async () => {
        try {
          return (await getDataVersion(deps.db ?? (await getDatabase()).db))?.id ?? null;
        } catch (error) {
          throw asDatabaseFailure(error);
        }
      },
      (error) => error instanceof UnavailableError,
    );
  } catch {
    return null; // an outage, an open circuit, or no sync table yet: render as usual
  }
}
