import { bigint, numeric, pgMaterializedView, varchar } from 'drizzle-orm/pg-core';

/**
 * Per-city plan summary. The view, its unique index and refresh_city_plan_summary()
 * are created by the hand-written migration 0002, so drizzle-kit only reads it here.
 */
export const cityPlanSummary = pgMaterializedView('city_plan_summary', {
  citySlug: varchar('city_slug', { length: 100 }).notNull(),
  cityName: varchar('city_name', { length: 255 }).notNull(),
  tdspName: varchar('tdsp_name', { length: 255 }).notNull(),
  totalPlans: bigint('total_plans', { mode: 'number' }).notNull(),
  providerCount: bigint('provider_count', { mode: 'number' }).notNull(),
  avgRate: numeric('avg_rate'),
  minRate: numeric('min_rate'),
  maxRate: numeric('max_rate'),
}).existing();
