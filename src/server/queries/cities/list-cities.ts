import { and, asc, desc, eq, isNotNull, isNull, not, or, sql, type SQL } from 'drizzle-orm';
import { cityMarket, type CityMarket } from '~/lib/choice-status';
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
  status: cities.choiceStatus,
  ledBy: cities.ledByUtility,
  insideCitySlug: cities.insideCitySlug,
};

type Row = { [K in keyof typeof directoryColumns]: (typeof directoryColumns)[K]['_']['data'] | null };

// A mixed city names a utility only when it is its own municipal one (docs/territory.md).
const ledByOwn = and(eq(cities.choiceStatus, 'mixed'), isNotNull(cities.ledByUtility))!;

/** The SQL form of cityMarket(), so the largest cities of one market are a single indexed query. */
const MARKET_WHERE: Record<CityMarket, SQL> = {
  inside: isNotNull(cities.insideCitySlug),
  'no-choice': and(isNull(cities.insideCitySlug), not(eq(cities.isDeregulated, true)))!,
  'own-utility': and(isNull(cities.insideCitySlug), eq(cities.isDeregulated, true), ledByOwn)!,
  choice: and(
    isNull(cities.insideCitySlug),
    eq(cities.isDeregulated, true),
    or(isNull(cities.ledByUtility), sql`${cities.choiceStatus} IS DISTINCT FROM 'mixed'`),
  )!,
};

const withMarket = ({ status, ledBy, insideCitySlug, ...row }: Row) => ({
  ...row,
  slug: row.slug!,
  name: row.name!,
  hasOtherTdsps: row.hasOtherTdsps ?? [],
  market: cityMarket({ isDeregulated: row.isDeregulated, status, ledBy, insideCitySlug }),
});

/** Every active city A–Z with its primary utility, plan count and market, for the directory. */
export async function listCities(db: Db) {
  const rows = await db
    .select(directoryColumns)
    .from(cities)
    .leftJoin(tdspTerritories, eq(tdspTerritories.duns, cities.tdspDuns))
    .where(eq(cities.isActive, true))
    .orderBy(asc(cities.name), asc(cities.slug));
  return rows.map(withMarket);
}

/** The most populous active cities of one market. */
export async function listLargestCities(db: Db, limit: number, market: CityMarket) {
  const rows = await db
    .select(directoryColumns)
    .from(cities)
    .leftJoin(tdspTerritories, eq(tdspTerritories.duns, cities.tdspDuns))
    .where(and(eq(cities.isActive, true), isNotNull(cities.population), MARKET_WHERE[market]))
    .orderBy(desc(cities.population))
    .limit(limit);
  return rows.map(withMarket);
}

export type CityListItem = Awaited<ReturnType<typeof listCities>>[number];
