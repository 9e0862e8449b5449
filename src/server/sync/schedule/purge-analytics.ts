import type { AppConfig } from '~/server/core/config';
import type { Db } from '~/server/db/types';
import { purgeInteractions } from '~/server/queries/analytics';

/**
 * The retention the privacy page promises: analytics rows older than ANALYTICS_RETENTION_DAYS
 * are deleted as part of every daily sync. A failure is logged, never fatal to the import.
 */
export async function purgeAnalytics(
  db: Db,
  config: AppConfig,
  log: (line: string) => void,
  now?: Date,
): Promise<void> {
  try {
    const removed = await purgeInteractions(db, config.analyticsRetentionDays, now);
    if (removed > 0) log(`[sync] analytics: ${removed} rows older than ${config.analyticsRetentionDays} days deleted`);
  } catch (error) {
    log(`[sync] analytics retention could not run: ${error instanceof Error ? error.message : String(error)}`);
  }
}
