import { asc, desc, eq, getTableColumns } from 'drizzle-orm';
import {
  cities,
  dataSyncRuns,
  electricityPlans,
  planFeatures,
  providers,
  tdspTerritories,
  zipCodeMappings,
} from '../../db/schema';
import type { Db } from '../../db/types';

const { citySlugs: _slugs, zipCodes: _zips, ...planColumns } = getTableColumns(electricityPlans);

/** Everything the fallback files are built from, read in a handful of queries. */
export async function loadFallbackData(db: Db) {
  const [run] = await db
    .select({ id: dataSyncRuns.id, snapshotDate: dataSyncRuns.snapshotDate })
    .from(dataSyncRuns)
    .where(eq(dataSyncRuns.status, 'succeeded'))
    .orderBy(desc(dataSyncRuns.id))
    .limit(1);
  const [tdsps, cityRows, zipRows, planRows, featureRows] = await Promise.all([
    db.select().from(tdspTerritories),
    db.select().from(cities).where(eq(cities.isActive, true)).orderBy(asc(cities.slug)),
    db.select().from(zipCodeMappings).orderBy(asc(zipCodeMappings.zipCode)),
    db
      // Every column but the availability arrays, which are large and derivable from the TDSP.
      .select({ plan: planColumns, providerName: providers.name, providerSlug: providers.slug })
      .from(electricityPlans)
      .innerJoin(providers, eq(providers.id, electricityPlans.providerId))
      .where(eq(electricityPlans.isActive, true))
      .orderBy(asc(electricityPlans.rate1000Kwh), asc(electricityPlans.id)),
    db
      .select({
        planId: planFeatures.planId,
        type: planFeatures.featureType,
        name: planFeatures.featureName,
        value: planFeatures.featureValue,
        label: planFeatures.displayName,
      })
      .from(planFeatures)
      .innerJoin(electricityPlans, eq(electricityPlans.id, planFeatures.planId))
      .where(eq(electricityPlans.isActive, true))
      .orderBy(asc(planFeatures.planId), asc(planFeatures.displayOrder)),
  ]);
  return { run: run ?? null, tdsps, cities: cityRows, zips: zipRows, plans: planRows, features: featureRows };
}

export type FallbackData = Awaited<ReturnType<typeof loadFallbackData>>;
