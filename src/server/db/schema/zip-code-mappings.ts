import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, varchar } from 'drizzle-orm/pg-core';
import { cities } from './cities';
import { timestamps, timestamptz } from './columns';
import { tdspTerritories } from './tdsp-territories';

/** ZIP code → city and utility: what the ZIP lookup reads. */
export const zipCodeMappings = pgTable(
  'zip_code_mappings',
  {
    zipCode: varchar('zip_code', { length: 5 }).primaryKey(),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    tdspDuns: varchar('tdsp_duns', { length: 20 })
      .notNull()
      .references(() => tdspTerritories.duns),
    isDeregulated: boolean('is_deregulated').default(true),
    marketType: varchar('market_type', { length: 20 }).default('residential'),
    activePlansCount: integer('active_plans_count').default(0),
    lastPlanCountUpdate: timestamptz('last_plan_count_update'),
    primaryCityName: varchar('primary_city_name', { length: 255 }),
    county: varchar('county', { length: 100 }),
    state: varchar('state', { length: 2 }).default('TX'),
    uspsValidated: boolean('usps_validated').default(false),
    ercotValidated: boolean('ercot_validated').default(false),
    ...timestamps,
  },
  (t) => [
    index('idx_zip_city').on(t.cityId),
    index('idx_zip_tdsp').on(t.tdspDuns),
    index('idx_zip_deregulated')
      .on(t.isDeregulated)
      .where(sql`is_deregulated`),
    index('idx_zip_plans_count')
      .on(t.activePlansCount)
      .where(sql`active_plans_count > 0`),
  ],
);
