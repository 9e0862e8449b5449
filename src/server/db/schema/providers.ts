import { sql } from 'drizzle-orm';
import { boolean, decimal, index, integer, pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

/** Retail electric providers (REPs): the companies that sell the plans. */
export const providers = pgTable(
  'providers',
  {
    id: serial('id').primaryKey(),
    name: varchar('name', { length: 255 }).notNull().unique('providers_name_unique'),
    slug: varchar('slug', { length: 120 }).unique('providers_slug_unique'),
    legalName: varchar('legal_name', { length: 255 }),
    displayName: varchar('display_name', { length: 255 }),
    // One index does both jobs: the original schema's UNIQUE(puct_number) and idx_providers_puct.
    puctNumber: varchar('puct_number', { length: 20 }).unique('idx_providers_puct'),
    logoFilename: varchar('logo_filename', { length: 255 }),
    logoUrl: text('logo_url'),
    websiteUrl: text('website_url'),
    contactPhone: varchar('contact_phone', { length: 20 }),
    contactEmail: varchar('contact_email', { length: 255 }),
    supportPhone: varchar('support_phone', { length: 20 }),
    supportEmail: varchar('support_email', { length: 255 }),
    supportAddress: text('support_address'),
    rating: decimal('rating', { precision: 3, scale: 2 }),
    reviewCount: integer('review_count').default(0),
    plansCount: integer('plans_count').default(0),
    activePlansCount: integer('active_plans_count').default(0),
    licenseStatus: varchar('license_status', { length: 20 }).default('active'),
    serviceTerritories: text('service_territories').array(),
    isActive: boolean('is_active').default(true),
    ...timestamps,
  },
  (t) => [
    index('idx_providers_active')
      .on(t.isActive)
      .where(sql`is_active`),
    index('idx_providers_rating')
      .on(t.rating)
      .where(sql`rating IS NOT NULL`),
  ],
);
