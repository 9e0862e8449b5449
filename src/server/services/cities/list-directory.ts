import { listCities, listLargestCities } from '../../queries/cities';
import { getDataVersion } from '../../queries/sync/get-data-version';
import { provenanceOf } from '../provenance';
import { withDb, type ServiceDeps } from '../with-db';

/** The city directory: every deregulated city A–Z, and the largest cities without retail choice. */
export async function listDirectory(_input: void, deps: ServiceDeps = {}) {
  return withDb(deps, async (db) => {
    const [all, regulated, version] = await Promise.all([
      listCities(db),
      listLargestCities(db, 12, { deregulated: false }),
      getDataVersion(db),
    ]);
    return { deregulated: all.filter((c) => c.isDeregulated), regulated, provenance: provenanceOf(version) };
  });
}
