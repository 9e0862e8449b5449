import { and, asc, desc, eq, isNotNull } from 'drizzle-orm';
import { cities, tdspTerritories } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

const directoryColumns = {
  slug: cities.slug,
  name: cities.name,
  county: cities.county,
  population: cities.population,
  isDeregulated: cities.isDeregulated,
  utilityName: cities.utilityName,
  activePlansCount: cities.activePlansCount,
  lowestRate1000Kwh: cities.lowestRate1000Kwh,
  tdspName: tdspTerritories.name,
  hasOtherTdsps: cities.otherTdspDuns,
  lastPlanSync: cities.lastPlanSync,
};

/** Every active city A–Z with its primary utility and plan count, for the directory and sitemap. */
export async function listCities(db: Db) {
  return db
    .select(directoryColumns)
    .from(cities)
    .leftJoin(tdspTerritories, eq(tdspTerritories.duns, cities.tdspDuns))
    .where(eq(cities.isActive, true))
    .orderBy(asc(cities.name), asc(cities.slug));
}

/** The most populous active cities, deregulated or not. */
export async function listLargestCities(db: Db, limit: number, opts: { deregulated?: boolean } = {}) {
  const conditions = [eq(cities.isActive, true), isNotNull(cities.population)];
  if (opts.deregulated !== undefined) conditions.push(eq(cities.isDeregulated, opts.deregulated));
  return db
    .select(directoryColumns)
    .from(cities)
    .leftJoin(tdspTerritories, eq(tdspTerritories.duns, cities.tdspDuns))
    .where(and(...conditions))
    .orderBy(desc(cities.population))
    .limit(limit);
}

export type CityListItem = Awaited<ReturnType<typeof listCities>>[number];
