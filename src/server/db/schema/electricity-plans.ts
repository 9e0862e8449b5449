import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  decimal,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';
import { timestamps, timestamptz } from './columns';
import { providers } from './providers';
import { tdspTerritories } from './tdsp-territories';

export const RATE_TYPES = ['fixed', 'variable', 'indexed'] as const;
export type RateType = (typeof RATE_TYPES)[number];

/** A duplicate listing's identity and links (Power to Choose lists most offers in English and Spanish). */
export interface AlternateDocuments {
  externalId: string;
  language: string;
  name: string;
  eflUrl: string | null;
  termsUrl: string | null;
  yracUrl: string | null;
  enrollUrl: string | null;
}

/** A Power to Choose id a plan has carried, with the product name it carried then. */
export interface KnownId {
  externalId: string;
  name: string;
}

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
    // Source facts the original schema lacked: the documents a shopper must be able to open, and the
    // text the cost engine reads for bill credits and usage fees.
    cancellationFeePerMonth: boolean('cancellation_fee_per_month').notNull().default(false),
    cancellationFeeText: text('cancellation_fee_text'),
    feesCredits: text('fees_credits'),
    specialTerms: text('special_terms'),
    hasMinUsageFee: boolean('has_min_usage_fee').notNull().default(false),
    hasPromotion: boolean('has_promotion').notNull().default(false),
    isNewCustomerOnly: boolean('is_new_customer_only'),
    language: varchar('language', { length: 10 }),
    eflUrl: text('efl_url'),
    termsUrl: text('terms_url'),
    yracUrl: text('yrac_url'),
    enrollUrl: text('enroll_url'),
    enrollPhone: varchar('enroll_phone', { length: 40 }),
    websiteUrl: text('website_url'),
    prepaidUrl: text('prepaid_url'),
    // The same offer listed again in the other language: its ids and document links.
    alternateExternalIds: text('alternate_external_ids')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    alternateDocuments: jsonb('alternate_documents').$type<AlternateDocuments[]>(),
    // Every id (lead or twin) the plan has ever carried, with its name: the importer's memory
    // of which rows are this product, kept when a twin is missing for a day (01-12 has English
    // rows only), so the twin's return continues this plan instead of beginning another.
    knownIds: jsonb('known_ids')
      .$type<KnownId[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    snapshotDate: date('snapshot_date', { mode: 'string' }),
    citySlugs: text('city_slugs').array(),
    zipCodes: text('zip_codes').array(),
    ...timestamps,
    lastSyncedAt: timestamptz('last_synced_at').defaultNow(),
  },
  (t) => [
    check('electricity_plans_rate_type_check', sql`${t.rateType} IN ('fixed', 'variable', 'indexed')`),
    // Power to Choose reuses an id for another product; the plan that carried it before is
    // then inactive and a new plan carries it (docs/decisions/010-plan-identity.md). So an id
    // is unique among the offers on sale, not over all time.
    uniqueIndex('idx_plans_external_id')
      .on(t.externalId)
      .where(sql`is_active`),
    // The original schema's mixed (provider_id, city_slugs USING GIN) needs btree_gin (migration 0000).
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
    // Covering and array indexes for city lookups.
    index('idx_plans_city_lookup')
      .on(t.providerId, t.isActive, t.rate1000Kwh)
      .where(sql`is_active`),
    index('idx_plans_active_filtered')
      .on(t.rateType, t.termMonths, t.rate1000Kwh)
      .where(sql`is_active`),
    index('idx_plans_city_slugs_gin').using('gin', t.citySlugs),
  ],
);
