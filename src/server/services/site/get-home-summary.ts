import { savedInfoOf, type SavedInfo } from '../../fallback/saved-data';
import { getCatalogCounts } from '../../queries/catalog';
import { listLargestCities } from '../../queries/cities';
import { readDataVersion } from '../data-version';
import { provenanceOf, savedProvenance } from '../provenance';
import { savedCityList } from '../saved/saved-directory';
import { withFallback } from '../with-fallback';
import type { ServiceDeps } from '../with-db';

/** What the home page shows: coverage counts, the largest cities with choice, and data provenance. */
export async function getHomeSummary(_input: void, deps: ServiceDeps = {}) {
  return withFallback(
    deps,
    async (db) => {
      const [counts, largestCities, version] = await Promise.all([
        getCatalogCounts(db),
        listLargestCities(db, 12, { deregulated: true }),
        readDataVersion(db),
      ]);
      return { ...counts, largestCities, provenance: provenanceOf(version), saved: null as SavedInfo | null };
    },
    async () => {
      const { cities, index } = await savedCityList();
      const largestCities = cities
        .filter((c) => c.isDeregulated && c.population !== null)
        .sort((a, b) => b.population! - a.population!)
        .slice(0, 12);
      return {
        ...index.counts,
        cities: index.cities.length,
        zipCodes: Object.keys(index.zips).length,
        lastSyncAt: null as Date | null,
        largestCities,
        provenance: savedProvenance(index),
        saved: savedInfoOf(index),
      };
    },
  );
}

export type HomeSummary = Awaited<ReturnType<typeof getHomeSummary>>;
