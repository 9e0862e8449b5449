import { date, decimal, index, pgTable, serial, text, unique, varchar } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';
import { electricityPlans } from './electricity-plans';

/** One price snapshot per plan per export date, for trends and the price-history chart. */
export const planPricingHistory = pgTable(
  'plan_pricing_history',
  {
    id: serial('id').primaryKey(),
    planId: varchar('plan_id', { length: 24 })
      .notNull()
      .references(() => electricityPlans.id),
    rate500Kwh: decimal('rate_500_kwh', { precision: 6, scale: 4 }),
    rate1000Kwh: decimal('rate_1000_kwh', { precision: 6, scale: 4 }),
    rate2000Kwh: decimal('rate_2000_kwh', { precision: 6, scale: 4 }),
    monthlyFee: decimal('monthly_fee', { precision: 8, scale: 2 }),
    snapshotDate: date('snapshot_date', { mode: 'string' }).notNull(),
    dataSource: varchar('data_source', { length: 50 }),
    changedFields: text('changed_fields').array(),
    previousRate1000Kwh: decimal('previous_rate_1000_kwh', { precision: 6, scale: 4 }),
    createdAt: timestamptz('created_at').defaultNow(),
  },
  (t) => [
    // UNIQUE(plan_id, snapshot_date) is backed by an index of the same columns, so the
    // constraint carries the original schema's index name instead of duplicating that B-tree.
    unique('idx_pricing_history_plan_date').on(t.planId, t.snapshotDate),
    index('idx_pricing_history_date').on(t.snapshotDate),
  ],
);
