import { withCatalog, type ServiceDeps } from '~/server/catalog';

/** The city directory: every deregulated city A–Z, and the largest cities without retail choice. */
export async function listDirectory(_input: void, deps: ServiceDeps = {}) {
  return withCatalog(deps, async (catalog) => {
    const [all, regulated, origin] = await Promise.all([
      catalog.directory(),
      catalog.largestCities(12, false),
      catalog.origin(),
    ]);
    return { deregulated: all.filter((c) => c.isDeregulated), regulated, ...origin };
  });
}
