import type { AppConfig } from '~/server/core/config';
import type { Db } from '~/server/db/types';
import { ImportRefusedError } from './errors';
import { DownloadError } from './ptc/download';
import { downloadPlanSource } from './ptc/source';
import { runDataReplay } from './replay-command';
import { latestSnapshotDate, runSync } from './run-sync';
import { runDataSync, writeFallback } from './sync-command';

/**
 * Fills an empty database before the first page is served: every recorded export in date
 * order (so price history is real from the first run), then today's live export on top when it
 * can be had, then the saved files. Without recordings it is a plain data:sync. Returns false
 * when the database already held data and nothing was done.
 */
export async function firstImport(db: Db, config: AppConfig, log = console.log): Promise<boolean> {
  if ((await latestSnapshotDate(db)) !== null) return false;
  if (!config.sources.snapshotDir) {
    log('[start] the embedded database is empty: importing real plan data first (live export)');
    await runDataSync(db, { skipFallback: false, allowOlder: false, help: false, force: false }, config);
    return true;
  }
  log(
    `[start] the embedded database is empty: importing real plan data first, every recorded export in ${config.sources.snapshotDir}`,
  );
  // Nobody reads the database yet, so its counts are computed once, with the last export.
  const replay = await runDataReplay(
    db,
    { dir: config.sources.snapshotDir, skipFallback: true, help: false, force: false },
    config,
    { deferCounts: true },
  );
  const newest = replay.imported.at(-1)?.snapshotDate;
  try {
    const live = await downloadPlanSource(config.sources.plansUrl, {
      timeoutMs: config.sources.fetchTimeoutMs,
      maxBytes: config.sources.maxBytes,
    });
    const summary = await runSync(db, { plans: live, limits: config.sync.limits });
    log(`[start] live export of ${summary.snapshotDate} imported on top (${summary.plans.listings} offers)`);
  } catch (error) {
    if (error instanceof DownloadError)
      log(`[start] live export unavailable (${error.message}): serving the recorded export of ${newest}`);
    else if (error instanceof ImportRefusedError)
      log(`[start] live export refused, serving the recorded export of ${newest}: ${error.message}`);
    else throw error;
  }
  await writeFallback(db, config);
  return true;
}
