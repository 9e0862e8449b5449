import { withCatalog, type ServiceDeps } from '~/server/catalog';

/** What the home page shows: coverage counts, the largest cities with choice, and data provenance. */
export async function getHomeSummary(_input: void, deps: ServiceDeps = {}) {
  return withCatalog(deps, async (catalog) => {
    const [counts, largestCities, origin] = await Promise.all([
      catalog.counts(),
      catalog.largestCities(12, true),
      catalog.origin(),
    ]);
    return { ...counts, largestCities, ...origin };
  });
}

export type HomeSummary = Awaited<ReturnType<typeof getHomeSummary>>;
