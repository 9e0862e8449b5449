import { sql } from 'drizzle-orm';
import { boolean, decimal, index, integer, jsonb, pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';
import { timestamps } from './columns';

/** The regulated wires utilities (TDSPs); every plan and ZIP hangs off one of them by DUNS. */
export const tdspTerritories = pgTable(
  'tdsp_territories',
  {
    id: serial('id').primaryKey(),
    // DUNS numbers have leading zeros, so they are text, never integers.
    duns: varchar('duns', { length: 20 }).notNull().unique('tdsp_territories_duns_unique'),
    name: varchar('name', { length: 255 }).notNull(),
    // Stable short key (ONCOR, CENTERPOINT, AEP_CENTRAL…) used in URLs and fallback files.
    code: varchar('code', { length: 20 }).unique('tdsp_territories_code_unique'),
    abbreviation: varchar('abbreviation', { length: 10 }),
    serviceRegion: varchar('service_region', { length: 100 }),
    primaryCities: text('primary_cities').array(),
    zipCodePatterns: text('zip_code_patterns').array(),
    deliveryChargeStructure: jsonb('delivery_charge_structure'),
    baseConnectionFee: decimal('base_connection_fee', { precision: 8, scale: 2 }),
    websiteUrl: text('website_url'),
    customerServicePhone: varchar('customer_service_phone', { length: 20 }),
    emergencyOutagePhone: varchar('emergency_outage_phone', { length: 20 }),
    regulatoryContact: text('regulatory_contact'),
    citiesServedCount: integer('cities_served_count').default(0),
    zipCodesServedCount: integer('zip_codes_served_count').default(0),
    isActive: boolean('is_active').default(true),
    ...timestamps,
  },
  (t) => [
    index('idx_tdsp_active')
      .on(t.isActive)
      .where(sql`is_active`),
    index('idx_tdsp_zip_patterns').using('gin', t.zipCodePatterns),
  ],
);
