import { sql } from 'drizzle-orm';
import { check, index, inet, jsonb, pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/** Shopper analytics events; written in batches off the request path. */
export const userInteractions = pgTable(
  'user_interactions',
  {
    id: serial('id').primaryKey(),
    sessionId: varchar('session_id', { length: 255 }),
    userId: varchar('user_id', { length: 255 }),
    eventType: varchar('event_type', { length: 100 }).notNull(),
    eventData: jsonb('event_data'),
    pageUrl: text('page_url'),
    referrerUrl: text('referrer_url'),
    userAgent: text('user_agent'),
    // Only a truncated network (IPv4 /24 or wider, IPv6 /48 or wider) may be stored.
    ipAddress: inet('ip_address'),
    zipCode: varchar('zip_code', { length: 5 }),
    citySlug: varchar('city_slug', { length: 100 }),
    createdAt: timestamptz('created_at').defaultNow(),
  },
  (t) => [
    // The database itself refuses a raw client address, whatever code path writes.
    check(
      'user_interactions_ip_truncated_check',
      sql`${t.ipAddress} IS NULL OR (
        ${t.ipAddress} = network(${t.ipAddress})::inet
        AND masklen(${t.ipAddress}) <= CASE family(${t.ipAddress}) WHEN 4 THEN 24 ELSE 48 END
      )`,
    ),
    index('idx_interactions_session').on(t.sessionId),
    index('idx_interactions_event_type').on(t.eventType),
    index('idx_interactions_zip').on(t.zipCode),
    index('idx_interactions_date').on(t.createdAt),
    index('idx_interactions_event_data').using('gin', t.eventData),
  ],
);
