import { index, integer, jsonb, pgTable, text, varchar } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

/** Durable second cache tier for expensive computed results, with tags for invalidation. */
export const cacheEntries = pgTable(
  'cache_entries',
  {
    key: varchar('key', { length: 255 }).primaryKey(),
    value: jsonb('value').notNull(),
    expiresAt: timestamptz('expires_at').notNull(),
    cacheType: varchar('cache_type', { length: 50 }).notNull(),
    tags: text('tags').array(),
    hitCount: integer('hit_count').default(0),
    createdAt: timestamptz('created_at').defaultNow(),
    lastAccessed: timestamptz('last_accessed').defaultNow(),
  },
  (t) => [
    index('idx_cache_expires').on(t.expiresAt),
    index('idx_cache_type').on(t.cacheType),
    index('idx_cache_tags').using('gin', t.tags),
    index('idx_cache_accessed').on(t.lastAccessed),
  ],
);
