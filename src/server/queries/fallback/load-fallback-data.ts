import { asc, desc, eq } from 'drizzle-orm';
import { cities, dataSyncRuns, electricityPlans, tdspTerritories, zipCodeMappings } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { selectPlans } from '~/server/queries/plans/plan-dto';

/** Everything the fallback files are built from, read in a handful of queries. */
export async function loadFallbackData(db: Db) {
  const [run] = await db
    .select({ id: dataSyncRuns.id, snapshotDate: dataSyncRuns.snapshotDate })
    .from(dataSyncRuns)
    .where(eq(dataSyncRuns.status, 'succeeded'))
    .orderBy(desc(dataSyncRuns.id))
    .limit(1);
  const [tdsps, cityRows, zipRows, planRows] = await Promise.all([
    db.select().from(tdspTerritories),
    db.select().from(cities).where(eq(cities.isActive, true)).orderBy(asc(cities.slug)),
    db.select().from(zipCodeMappings).orderBy(asc(zipCodeMappings.zipCode)),
    selectPlans(db)
      .where(eq(electricityPlans.isActive, true))
      .orderBy(asc(electricityPlans.rate1000Kwh), asc(electricityPlans.id)),
  ]);
  return { run: run ?? null, tdsps, cities: cityRows, zips: zipRows, plans: planRows };
}

export type FallbackData = Awaited<ReturnType<typeof loadFallbackData>>;
