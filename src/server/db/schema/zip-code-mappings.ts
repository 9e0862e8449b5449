import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { cities } from './cities';
import { choiceChecks, choiceColumns } from './choice-columns';
import { timestamps, timestamptz } from './columns';
import { tdspTerritories } from './tdsp-territories';

export const UTILITY_TYPES = ['tdsp', 'municipal', 'cooperative', 'unknown'] as const;
export type UtilityType = (typeof UTILITY_TYPES)[number];

/** ZIP code → city and utility: what the ZIP lookup reads. */
export const zipCodeMappings = pgTable(
  'zip_code_mappings',
  {
    zipCode: varchar('zip_code', { length: 5 }).primaryKey(),
    cityId: integer('city_id')
      .notNull()
      .references(() => cities.id),
    // Primary utility. Null where no competitive TDSP serves the ZIP (a municipal utility,
    // a co-op, or a utility outside ERCOT): the original schema's NOT NULL could not say "no choice here".
    tdspDuns: varchar('tdsp_duns', { length: 20 }).references(() => tdspTerritories.duns),
    // The other TDSPs of a ZIP split between utilities (84 ZIPs in the 2021 map).
    otherTdspDuns: text('other_tdsp_duns')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    // The ZIP's leading utility (e.g. Austin Energy), so the lookup can explain; same as led_by_utility.
    utilityName: varchar('utility_name', { length: 255 }),
    utilityType: varchar('utility_type', { length: 20, enum: UTILITY_TYPES }).notNull().default('unknown'),
    // At least one competitive TDSP listed by the map (inferred ones do not count).
    isDeregulated: boolean('is_deregulated').default(true),
    ...choiceColumns(),
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
    ...choiceChecks('zip_code_mappings', t),
    check(
      'zip_code_mappings_utility_type_check',
      sql`${t.utilityType} IN ('tdsp', 'municipal', 'cooperative', 'unknown')`,
    ),
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
