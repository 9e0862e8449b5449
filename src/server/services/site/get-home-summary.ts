import { withCatalog, type ServiceDeps } from '~/server/catalog';

/**
 * What the home page shows: coverage counts, the largest cities with retail choice, the large
 * cities served mostly by their own utility (listed apart, not as places with choice), and data provenance.
 */
export async function getHomeSummary(_input: void, deps: ServiceDeps = {}) {
  return withCatalog(deps, async (catalog) => {
    const [counts, largestCities, ownUtilityCities, origin] = await Promise.all([
      catalog.counts(),
      catalog.largestCities(12, 'choice'),
      catalog.largestCities(6, 'own-utility'),
      catalog.origin(),
    ]);
    return { ...counts, largestCities, ownUtilityCities, ...origin };
  });
}

export type HomeSummary = Awaited<ReturnType<typeof getHomeSummary>>;
