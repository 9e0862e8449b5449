import { sql } from 'drizzle-orm';
import { boolean, check, decimal, index, integer, pgTable, text, uniqueIndex, varchar } from 'drizzle-orm/pg-core';
import { timestamps, timestamptz } from './columns';
import { providers } from './providers';
import { tdspTerritories } from './tdsp-territories';

export const RATE_TYPES = ['fixed', 'variable', 'indexed'] as const;
export type RateType = (typeof RATE_TYPES)[number];

/** Retail plans as offered in one utility's territory; ids are 24-hex ObjectIds. */
export const electricityPlans = pgTable(
  'electricity_plans',
  {
    id: varchar('id', { length: 24 }).primaryKey(),
    externalId: varchar('external_id', { length: 50 }).notNull(),
    providerId: integer('provider_id')
      .notNull()
      .references(() => providers.id),
    tdspDuns: varchar('tdsp_duns', { length: 20 })
      .notNull()
      .references(() => tdspTerritories.duns),
    name: varchar('name', { length: 255 }).notNull(),
    family: varchar('family', { length: 100 }),
    headline: text('headline'),
    description: text('description'),
    termMonths: integer('term_months').notNull(),
    rateType: varchar('rate_type', { length: 20, enum: RATE_TYPES }).notNull(),
    rate500Kwh: decimal('rate_500_kwh', { precision: 6, scale: 4 }),
    rate1000Kwh: decimal('rate_1000_kwh', { precision: 6, scale: 4 }).notNull(),
    rate2000Kwh: decimal('rate_2000_kwh', { precision: 6, scale: 4 }),
    monthlyFee: decimal('monthly_fee', { precision: 8, scale: 2 }).default('0'),
    cancellationFee: decimal('cancellation_fee', { precision: 8, scale: 2 }).default('0'),
    percentGreen: integer('percent_green').default(0),
    isPrePay: boolean('is_pre_pay').default(false),
    isTimeOfUse: boolean('is_time_of_use').default(false),
    requiresAutoPay: boolean('requires_auto_pay').default(false),
    requiresDeposit: boolean('requires_deposit').default(false),
    isActive: boolean('is_active').default(true),
    citySlugs: text('city_slugs').array(),
    zipCodes: text('zip_codes').array(),
    ...timestamps,
    lastSyncedAt: timestamptz('last_synced_at').defaultNow(),
  },
  (t) => [
    check('electricity_plans_rate_type_check', sql`${t.rateType} IN ('fixed', 'variable', 'indexed')`),
    // Plan identity is the source's id: the importer keeps one ObjectId per external id.
    uniqueIndex('idx_plans_external_id').on(t.externalId),
    // The seed's mixed (provider_id, city_slugs USING GIN) needs btree_gin (migration 0000).
    index('idx_plans_provider_city').using('gin', t.providerId, t.citySlugs),
    index('idx_plans_rate_type').on(t.rateType),
    index('idx_plans_term').on(t.termMonths),
    index('idx_plans_active')
      .on(t.isActive)
      .where(sql`is_active`),
    index('idx_plans_tdsp').on(t.tdspDuns),
    index('idx_plans_green')
      .on(t.percentGreen)
      .where(sql`percent_green > 0`),
    // Performance section of the seed: covering and array indexes for city lookups.
    index('idx_plans_city_lookup')
      .on(t.providerId, t.isActive, t.rate1000Kwh)
      .where(sql`is_active`),
    index('idx_plans_active_filtered')
      .on(t.rateType, t.termMonths, t.rate1000Kwh)
      .where(sql`is_active`),
    index('idx_plans_city_slugs_gin').using('gin', t.citySlugs),
  ],
);
