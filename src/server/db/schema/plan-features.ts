import { boolean, index, integer, pgTable, serial, text, unique, varchar } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';
import { electricityPlans } from './electricity-plans';

/** Normalised plan features (prepaid, autopay, green…) so filters are plain indexed lookups. */
export const planFeatures = pgTable(
  'plan_features',
  {
    id: serial('id').primaryKey(),
    planId: varchar('plan_id', { length: 24 })
      .notNull()
      .references(() => electricityPlans.id),
    featureType: varchar('feature_type', { length: 50 }).notNull(),
    featureName: varchar('feature_name', { length: 100 }).notNull(),
    featureValue: text('feature_value'),
    displayName: varchar('display_name', { length: 255 }),
    displayOrder: integer('display_order').default(0),
    isHighlighted: boolean('is_highlighted').default(false),
    createdAt: timestamptz('created_at').defaultNow(),
  },
  (t) => [
    index('idx_features_plan').on(t.planId),
    index('idx_features_type').on(t.featureType),
    index('idx_features_name').on(t.featureName),
    unique('plan_features_plan_type_name_unique').on(t.planId, t.featureType, t.featureName),
  ],
);
