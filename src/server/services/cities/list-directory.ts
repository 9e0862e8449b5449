import { savedInfoOf, type SavedInfo } from '../../fallback/saved-data';
import { listCities, listLargestCities } from '../../queries/cities';
import { readDataVersion } from '../data-version';
import { provenanceOf, savedProvenance } from '../provenance';
import { savedCityList } from '../saved/saved-directory';
import { withFallback } from '../with-fallback';
import type { ServiceDeps } from '../with-db';

/** The city directory: every deregulated city A–Z, and the largest cities without retail choice. */
export async function listDirectory(_input: void, deps: ServiceDeps = {}) {
  return withFallback(
    deps,
    async (db) => {
      const [all, regulated, version] = await Promise.all([
        listCities(db),
        listLargestCities(db, 12, { deregulated: false }),
        readDataVersion(db),
      ]);
      return {
        deregulated: all.filter((c) => c.isDeregulated),
        regulated,
        provenance: provenanceOf(version),
        saved: null as SavedInfo | null,
      };
    },
    async () => {
      const { cities, index } = await savedCityList();
      const regulated = cities
        .filter((c) => !c.isDeregulated && c.population !== null)
        .sort((a, b) => b.population! - a.population!)
        .slice(0, 12);
      const deregulated = cities.filter((c) => c.isDeregulated).sort((a, b) => a.name.localeCompare(b.name));
      return { deregulated, regulated, provenance: savedProvenance(index), saved: savedInfoOf(index) };
    },
  );
}
