import { isSlug } from '../../../lib/slug';
import { cached, cacheKey, getCache, TTL } from '../../cache';
import { NotFoundError } from '../../errors';
import { requestContext } from '../../http/request-context';
import { providerBaseSchema } from '../cache-schemas';
import { getProviderBySlug, listProviders as listProviderRows } from '../../queries/providers';
import { readDataVersion } from '../data-version';
import { provenanceOf } from '../provenance';
import { withDb, type ServiceDeps } from '../with-db';

/** Every active provider with plan counts and rating. */
export async function listProviders(_input: void, deps: ServiceDeps = {}) {
  return withDb(deps, async (db) => {
    const [providers, version] = await Promise.all([listProviderRows(db), readDataVersion(db)]);
    return { providers, provenance: provenanceOf(version) };
  });
}

/** One provider with its active plans grouped by utility and its price range. */
export async function getProvider(input: { slug: string }, deps: ServiceDeps = {}) {
  if (!isSlug(input.slug)) throw new NotFoundError(`No provider "${input.slug.slice(0, 100)}"`);
  return withDb(deps, async (db) => {
    const version = await readDataVersion(db);
    const found = await cached(
      {
        key: cacheKey('provider', version?.id ?? null, { slug: input.slug }),
        ttlSeconds: TTL.providers,
        schema: providerBaseSchema,
        load: async () => {
          const row = await getProviderBySlug(db, input.slug);
          if (!row) throw new NotFoundError(`No provider "${input.slug}"`);
          const { name, slug, rating, websiteUrl } = row.provider;
          return { provider: { name, slug, rating, websiteUrl }, plans: row.plans };
        },
      },
      getCache(),
      requestContext()?.timing,
    );
    const byTdsp = new Map<string, typeof found.plans>();
    for (const p of found.plans) byTdsp.set(p.tdspCode, [...(byTdsp.get(p.tdspCode) ?? []), p]);
    const rates = found.plans.map((p) => Number(p.rate1000Kwh));
    return {
      provider: found.provider,
      groups: [...byTdsp].map(([tdspCode, plans]) => ({ tdspCode, plans })),
      planCount: found.plans.length,
      priceRange: rates.length ? { min: Math.min(...rates), max: Math.max(...rates) } : null,
      provenance: provenanceOf(version),
    };
  });
}
