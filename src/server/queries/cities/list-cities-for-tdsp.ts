import { and, desc, eq, or, sql } from 'drizzle-orm';
import { cities, tdspTerritories } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** The most populous active cities a TDSP (by code) serves, and how many it serves in all. */
export async function listLargestCitiesForTdsp(db: Db, tdspCode: string, limit: number) {
  const [tdsp] = await db
    .select({ duns: tdspTerritories.duns, name: tdspTerritories.name, count: tdspTerritories.citiesServedCount })
    .from(tdspTerritories)
    .where(eq(tdspTerritories.code, tdspCode))
    .limit(1);
  if (!tdsp) return { tdspName: null, total: 0, largest: [] };
  const largest = await db
    .select({ slug: cities.slug, name: cities.name })
    .from(cities)
    .where(
      and(
        eq(cities.isActive, true),
        or(eq(cities.tdspDuns, tdsp.duns), sql`${tdsp.duns} = ANY(${cities.otherTdspDuns})`),
      ),
    )
    .orderBy(desc(sql`coalesce(${cities.population}, 0)`), cities.name)
    .limit(limit);
  return { tdspName: tdsp.name, total: tdsp.count ?? largest.length, largest };
}
