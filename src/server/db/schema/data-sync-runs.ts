import { sql } from 'drizzle-orm';
import { check, date, index, jsonb, pgTable, serial, text, varchar } from 'drizzle-orm/pg-core';
import { timestamptz } from './columns';

// refused: the import was judged unfit (damaged, older, not an export) and wrote nothing else;
// skipped: another sync held the lock, so this one did nothing.
export const SYNC_STATUSES = ['running', 'succeeded', 'failed', 'refused', 'skipped'] as const;

/** The source of a run that imported no plans (cities and ZIPs only): it dates no export. */
export const TERRITORY_ONLY_SOURCE = 'territory only';

/**
 * One row per data sync attempt, refused ones included: where the data came from, what
 * changed, what was rejected, and why an import was refused.
 * The newest succeeded run is the site's data version (cache keys, provenance notes).
 */
export const dataSyncRuns = pgTable(
  'data_sync_runs',
  {
    id: serial('id').primaryKey(),
    startedAt: timestamptz('started_at').notNull().defaultNow(),
    finishedAt: timestamptz('finished_at'),
    status: varchar('status', { length: 20, enum: SYNC_STATUSES }).notNull().default('running'),
    // The Power to Choose URL or the recorded file the plans came from.
    source: text('source').notNull(),
    snapshotDate: date('snapshot_date', { mode: 'string' }).notNull(),
    summary: jsonb('summary'),
    error: text('error'),
  },
  (t) => [
    check('data_sync_runs_status_check', sql`${t.status} IN ('running', 'succeeded', 'failed', 'refused', 'skipped')`),
    index('idx_sync_runs_finished')
      .on(t.finishedAt)
      .where(sql`status = 'succeeded'`),
  ],
);
