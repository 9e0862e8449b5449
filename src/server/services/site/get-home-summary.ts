import { getCatalogCounts } from '../../queries/catalog';
import { listLargestCities } from '../../queries/cities';
import { getDataVersion } from '../../queries/sync/get-data-version';
import { provenanceOf } from '../provenance';
import { withDb, type ServiceDeps } from '../with-db';

/** What the home page shows: coverage counts, the largest cities with choice, and data provenance. */
export async function getHomeSummary(_input: void, deps: ServiceDeps = {}) {
  return withDb(deps, async (db) => {
    const [counts, largestCities, version] = await Promise.all([
      getCatalogCounts(db),
      listLargestCities(db, 12, { deregulated: true }),
      getDataVersion(db),
    ]);
    return { ...counts, largestCities, provenance: provenanceOf(version) };
  });
}

export type HomeSummary = Awaited<ReturnType<typeof getHomeSummary>>;
