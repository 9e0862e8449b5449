import { max, sql, type SQL } from 'drizzle-orm';
import type { Db } from '~/server/db/types';
import { cities, electricityPlans, providers, tdspTerritories, zipCodeMappings } from '~/server/db/schema';

/** How much data the site holds, and when plans were last synced (null before any sync). */
export interface CatalogCounts {
  tdsps: number;
  cities: number;
  zipCodes: number;
  providers: number;
  activePlans: number;
  lastSyncAt: Date | null;
}

const countOf = (query: SQL) => sql<number>`(${query})`.mapWith(Number);

/** Counts the active rows of each catalog table in one round trip. */
export async function getCatalogCounts(db: Db): Promise<CatalogCounts> {
  const [row] = await db
    .select({
      tdsps: countOf(sql`select count(*) from ${tdspTerritories} where ${tdspTerritories.isActive}`),
      cities: countOf(sql`select count(*) from ${cities} where ${cities.isActive}`),
      zipCodes: countOf(sql`select count(*) from ${zipCodeMappings}`),
      providers: countOf(sql`select count(*) from ${providers} where ${providers.isActive}`),
      activePlans: countOf(sql`select count(*) from ${electricityPlans} where ${electricityPlans.isActive}`),
      lastSyncAt: max(electricityPlans.lastSyncedAt),
    })
    .from(electricityPlans);
  return {
    tdsps: row?.tdsps ?? 0,
    cities: row?.cities ?? 0,
    zipCodes: row?.zipCodes ?? 0,
    providers: row?.providers ?? 0,
    activePlans: row?.activePlans ?? 0,
    lastSyncAt: row?.lastSyncAt ?? null,
  };
}
