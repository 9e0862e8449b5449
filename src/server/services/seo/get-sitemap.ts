import { and, eq, gt } from 'drizzle-orm';
import { SITEMAP_FILTER_PATHS, sitemapIndex, urlset, type SitemapUrl } from '../../../lib/sitemap';
import { cities, electricityPlans, providers } from '../../db/schema';
import { NotFoundError } from '../../errors';
import { readDataVersion } from '../data-version';
import { withDb, type ServiceDeps } from '../with-db';

export const SITEMAPS = ['cities', 'filters', 'plans', 'providers'] as const;
export type SitemapName = (typeof SITEMAPS)[number];

/** The sitemap index, or one of its sitemaps, as XML; lastmod is the last data sync's export date. */
export async function getSitemap(input: { name?: string; origin: string }, deps: ServiceDeps = {}): Promise<string> {
  if (input.name !== undefined && !(SITEMAPS as readonly string[]).includes(input.name)) {
    throw new NotFoundError(`No sitemap "${input.name}"`);
  }
  const abs = (path: string) => new URL(path, input.origin).toString();
  return withDb(deps, async (db) => {
    const lastmod = (await readDataVersion(db))?.snapshotDate ?? null;
    if (input.name === undefined)
      return sitemapIndex(SITEMAPS.map((s) => ({ loc: abs(`/sitemaps/${s}.xml`), lastmod })));
    let urls: SitemapUrl[] = [];
    if (input.name === 'cities' || input.name === 'filters') {
      const rows = await db
        .select({ slug: cities.slug })
        .from(cities)
        .where(and(eq(cities.isActive, true), eq(cities.isDeregulated, true), gt(cities.activePlansCount, 0)))
        .orderBy(cities.slug);
      urls =
        input.name === 'cities'
          ? rows.map((c) => ({ loc: abs(`/texas/${c.slug}`), lastmod }))
          : rows.flatMap((c) =>
              SITEMAP_FILTER_PATHS.map((p) => ({ loc: abs(`/texas/${c.slug}/${p.join('/')}`), lastmod })),
            );
    } else if (input.name === 'plans') {
      const rows = await db
        .select({ id: electricityPlans.id, date: electricityPlans.snapshotDate })
        .from(electricityPlans)
        .where(eq(electricityPlans.isActive, true))
        .orderBy(electricityPlans.id);
      urls = rows.map((p) => ({ loc: abs(`/plans/${p.id}`), lastmod: p.date ?? lastmod }));
    } else {
      const rows = await db
        .select({ slug: providers.slug })
        .from(providers)
        .where(eq(providers.isActive, true))
        .orderBy(providers.slug);
      urls = rows.flatMap((p) => (p.slug ? [{ loc: abs(`/providers/${p.slug}`), lastmod }] : []));
    }
    return urlset(urls);
  });
}
