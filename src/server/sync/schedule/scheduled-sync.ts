import type { AppConfig } from '~/server/core/config';
import { dataSyncRuns } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { ImportRefusedError, SyncBusyError } from '~/server/sync/errors';
import { DownloadError } from '~/server/sync/ptc/download';
import { downloadPlanSource, texasToday } from '~/server/sync/ptc/source';
import { runSync } from '~/server/sync/run-sync';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { purgeAnalytics } from './purge-analytics';

/** What one scheduled sync did. It never throws: a schedule must survive a bad day. */
export interface ScheduledOutcome {
  status: 'succeeded' | 'refused' | 'skipped' | 'failed';
  snapshotDate: string;
  message: string;
  durationMs: number;
}

/**
 * The daily job: today's live export, plans only (cities and ZIPs come from files that do not
 * change daily), through the import guard. A download that fails is recorded as a failed run,
 * so the record shows every attempt; there is no fallback to a recording, which would only
 * re-import old data. When another instance holds the sync lock this one logs and skips.
 * On the Node server the saved files are rewritten after a successful import. Analytics rows
 * older than ANALYTICS_RETENTION_DAYS are deleted first, whatever the import does.
 */
export async function runScheduledSync(
  db: Db,
  config: AppConfig,
  opts: { rebuildFallback: boolean; log?: (line: string) => void; now?: Date },
): Promise<ScheduledOutcome> {
  const log = opts.log ?? console.log;
  const started = performance.now();
  await purgeAnalytics(db, config, log, opts.now);
  const snapshotDate = texasToday(opts.now);
  const done = (status: ScheduledOutcome['status'], message: string): ScheduledOutcome => {
    log(`[sync] scheduled sync ${status}: ${message}`);
    return { status, snapshotDate, message, durationMs: Math.round(performance.now() - started) };
  };
  let plans;
  try {
    plans = await downloadPlanSource(
      config.sources.plansUrl,
      { timeoutMs: config.sources.fetchTimeoutMs, maxBytes: config.sources.maxBytes },
      opts.now,
    );
  } catch (error) {
    const message = `live export unavailable (${error instanceof DownloadError ? error.message : String(error)})`;
    await db
      .insert(dataSyncRuns)
      .values({
        source: config.sources.plansUrl,
        snapshotDate,
        status: 'failed',
        finishedAt: new Date(),
        error: message,
      })
      .catch(() => undefined); // the database may be the thing that is down
    return done('failed', message);
  }
  try {
    const summary = await runSync(db, { plans, limits: config.sync.limits });
    if (opts.rebuildFallback) {
      const files = await buildFallback(db, config.fallbackDir);
      log(`[sync] saved files rewritten: ${files.files} in ${config.fallbackDir}/`);
    }
    return done(
      'succeeded',
      `export of ${summary.snapshotDate}: ${summary.plans.listings} offers, ${summary.tables.plans?.inserted ?? 0} new, ` +
        `${summary.plans.priceChanges} price changes, ${summary.tables.plans?.deactivated ?? 0} ended`,
    );
  } catch (error) {
    if (error instanceof SyncBusyError) return done('skipped', 'another instance is running the sync');
    if (error instanceof ImportRefusedError) return done('refused', error.reasons.join(' '));
    return done('failed', error instanceof Error ? error.message : String(error));
  }
}
