import { withCatalog, type ServiceDeps } from '~/server/catalog';

/**
 * The city directory: the cities with retail choice A–Z; the cities served mostly by their own
 * municipal utility, with some addresses in a competitive area, A–Z; and the largest cities
 * without retail choice.
 */
export async function listDirectory(_input: void, deps: ServiceDeps = {}) {
  return withCatalog(deps, async (catalog) => {
    const [all, withoutChoice, origin] = await Promise.all([
      catalog.directory(),
      catalog.largestCities(12, 'no-choice'),
      catalog.origin(),
    ]);
    return {
      withChoice: all.filter((c) => c.market === 'choice'),
      ownUtility: all.filter((c) => c.market === 'own-utility'),
      withoutChoice,
      ...origin,
    };
  });
}
