import { and, eq, gt } from 'drizzle-orm';
import { cities, electricityPlans, providers } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** Slugs of the cities worth a page in the sitemap: active, with retail choice and plans. */
export async function listSitemapCitySlugs(db: Db): Promise<string[]> {
  const rows = await db
    .select({ slug: cities.slug })
    .from(cities)
    .where(and(eq(cities.isActive, true), eq(cities.isDeregulated, true), gt(cities.activePlansCount, 0)))
    .orderBy(cities.slug);
  return rows.map((r) => r.slug);
}

/** Active plans with the date of the export they last appeared in. */
export async function listSitemapPlans(db: Db): Promise<{ id: string; date: string | null }[]> {
  return db
    .select({ id: electricityPlans.id, date: electricityPlans.snapshotDate })
    .from(electricityPlans)
    .where(eq(electricityPlans.isActive, true))
    .orderBy(electricityPlans.id);
}

/** Slugs of the active providers. */
export async function listSitemapProviderSlugs(db: Db): Promise<string[]> {
  const rows = await db
    .select({ slug: providers.slug })
    .from(providers)
    .where(eq(providers.isActive, true))
    .orderBy(providers.slug);
  return rows.flatMap((r) => (r.slug ? [r.slug] : []));
}
