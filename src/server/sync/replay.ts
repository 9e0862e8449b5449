import type { GuardLimits } from '~/server/core/sync-settings';
import type { Db } from '~/server/db/types';
import type { TerritorySource } from './load-sources';
import { listSnapshots, readPlanFile } from './ptc/source';
import { latestSnapshotDate, runSync } from './run-sync';
import type { SyncSummary } from './summary';
import { updateAggregates } from './write/update-aggregates';

/** What a replay did: one summary per imported export, and the exports it left alone. */
export interface ReplayResult {
  imported: SyncSummary[];
  /** Exports dated on or before the newest one already synced: replaying them would go back in time. */
  skipped: string[];
  durationMs: number;
}

/** One line of progress: which export, how far along, and what it changed. */
export interface ReplayProgress {
  index: number;
  total: number;
  date: string;
  summary: SyncSummary;
  ms: number;
}

/**
 * Imports every recorded export of a folder in date order, so price history holds every
 * recorded date. Territory (cities and ZIPs) is imported once, with the first export; each
 * later export is a plans-only sync with its own run row, guard and price snapshot. Exports
 * not newer than the data already synced are skipped. A refused export stops the replay (its
 * run is recorded as refused and the error thrown), since later dates would build on a gap.
 */
export async function replayExports(
  db: Db,
  opts: {
    dir: string;
    territory?: TerritorySource;
    limits?: GuardLimits;
    force?: boolean;
    /**
     * For a database nobody reads yet (the first start): counts and the summary view are
     * computed once, with the last export, instead of after every date. Each date is still its
     * own committed run; if one fails, the counts are brought up to date before the error.
     */
    deferCounts?: boolean;
    onProgress?: (p: ReplayProgress) => void;
  },
): Promise<ReplayResult> {
  const started = performance.now();
  const all = listSnapshots(opts.dir);
  if (all.length === 0) throw new Error(`No dated .csv export found in ${opts.dir}`);
  const latest = await latestSnapshotDate(db);
  const pending = all.filter((s) => latest === null || s.date > latest);
  const imported: SyncSummary[] = [];
  for (const [i, snapshot] of pending.entries()) {
    const t0 = performance.now();
    const summary = await runSync(db, {
      plans: readPlanFile(snapshot.file),
      territory: i === 0 ? opts.territory : undefined,
      limits: opts.limits,
      force: opts.force,
      deferCounts: opts.deferCounts === true && i < pending.length - 1,
    }).catch(async (error: unknown) => {
      if (opts.deferCounts && i > 0) await db.transaction((tx) => updateAggregates(tx));
      throw error;
    });
    imported.push(summary);
    opts.onProgress?.({
      index: i + 1,
      total: pending.length,
      date: snapshot.date,
      summary,
      ms: performance.now() - t0,
    });
  }
  return {
    imported,
    skipped: all.filter((s) => !pending.includes(s)).map((s) => s.date),
    durationMs: performance.now() - started,
  };
}

/** "[replay] 3/18 2026-01-13: 984 offers, 12 new, 40 price changes, 3 ended (1.2 s)". */
export function formatReplayProgress(p: ReplayProgress): string {
  const plans = p.summary.tables.plans;
  return (
    `[replay] ${p.index}/${p.total} ${p.date}: ${p.summary.plans.listings} offers, ${plans?.inserted ?? 0} new, ` +
    `${p.summary.plans.priceChanges} price changes, ${plans?.deactivated ?? 0} ended (${(p.ms / 1000).toFixed(1)} s)`
  );
}
