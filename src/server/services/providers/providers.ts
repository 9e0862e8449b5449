import { isSlug } from '~/lib/slug';
import { withCatalog, type ServiceDeps } from '~/server/catalog';
import { NotFoundError } from '~/server/core/errors';

/** Every active provider with plan counts and rating. */
export async function listProviders(_input: void, deps: ServiceDeps = {}) {
  return withCatalog(deps, async (catalog) => {
    const [providers, origin] = await Promise.all([catalog.providers(), catalog.origin()]);
    return { providers, ...origin };
  });
}

/** One provider with its active plans grouped by utility and its price range. */
export async function getProvider(input: { slug: string }, deps: ServiceDeps = {}) {
  if (!isSlug(input.slug)) throw new NotFoundError(`No provider "${input.slug.slice(0, 100)}"`);
  return withCatalog(deps, async (catalog) => {
    const [found, origin] = await Promise.all([catalog.provider(input.slug), catalog.origin()]);
    const byTdsp = new Map<string, typeof found.plans>();
    for (const p of found.plans) byTdsp.set(p.tdspCode, [...(byTdsp.get(p.tdspCode) ?? []), p]);
    const rates = found.plans.map((p) => Number(p.rate1000Kwh));
    return {
      provider: found.provider,
      groups: [...byTdsp].map(([tdspCode, plans]) => ({ tdspCode, plans })),
      planCount: found.plans.length,
      priceRange: rates.length ? { min: Math.min(...rates), max: Math.max(...rates) } : null,
      ...origin,
    };
  });
}
