import {
  databaseHealth,
  type CacheStatus,
  type CatalogCounts,
  type HealthDeps,
  type HealthSample,
  type PoolStats,
} from '~/server/catalog';
import { dataFreshness, type Freshness } from '~/lib/freshness';
import { causeChain } from '~/server/core/cause-chain';
import { getConfig } from '~/server/core/config';

/** The /api/health body. `down` means the database cannot be reached (HTTP 503). */
export interface HealthReport {
  status: 'ok' | 'degraded' | 'down';
  checkedAt: string;
  database: {
    reachable: boolean;
    driver: 'postgres' | 'pglite';
    latencyMs: number | null;
    pool: PoolStats | null;
    lastPeriodicCheck: HealthSample | null;
    error?: string;
  };
  data: {
    lastSyncAt: string | null;
    counts: Omit<CatalogCounts, 'lastSyncAt'> | null;
    /** How old the newest imported export is; null before the first import. */
    freshness?: Freshness | null;
    /** How the latest import attempt ended (succeeded, refused, failed, skipped), without its details. */
    lastAttempt?: { status: string; exportDate: string; finishedAt: string | null } | null;
    error?: string;
  };
  cache: CacheStatus;
}

// Production health output is public, so it names the failure (error code or class) but
// not hosts, ports or paths; development shows the full message.
const describe = (error: unknown, verbose: boolean): string => {
  if (verbose) return error instanceof Error ? error.message : String(error);
  for (const link of causeChain(error)) if (typeof link.code === 'string') return link.code;
  return error instanceof Error ? error.name : 'unknown error';
};

/**
 * Probes the database and reads data freshness; never throws, whatever is broken. Data older
 * than SYNC_STALE_AFTER_HOURS (by its export date: see lib/freshness.ts) makes the status
 * `degraded`: the site still serves, but a failed or refused daily sync shows.
 */
export async function getHealth(
  _input: void,
  deps: Omit<HealthDeps, 'driver'> & { now?: Date } = {},
): Promise<HealthReport> {
  const now = deps.now ?? new Date();
  const checkedAt = now.toISOString();
  const config = getConfig();
  const verbose = config.nodeEnv !== 'production';
  const probe = await databaseHealth({ ...deps, driver: config.database.driver });
  const { cache } = probe;
  if (!probe.reachable) {
    return {
      status: 'down',
      checkedAt,
      database: {
        reachable: false,
        driver: probe.driver,
        latencyMs: null,
        pool: null,
        lastPeriodicCheck: null,
        error: describe(probe.error, verbose),
      },
      data: { lastSyncAt: null, counts: null },
      cache,
    };
  }
  const { driver, latencyMs, pool, lastPeriodicCheck } = probe;
  const database = { reachable: true, driver, latencyMs, pool, lastPeriodicCheck };
  if (!probe.counts.ok) {
    // Reachable but unreadable: typically migrations have not been applied.
    const error = describe(probe.counts.error, verbose);
    return { status: 'degraded', checkedAt, database, data: { lastSyncAt: null, counts: null, error }, cache };
  }
  const { lastSyncAt, ...rest } = probe.counts.value;
  const succeeded = probe.sync?.lastSucceeded;
  const freshness = succeeded ? dataFreshness(succeeded.exportDate, now, config.sync.staleAfterHours) : null;
  const attempt = probe.sync?.lastAttempt;
  // A failing cache slows pages down but breaks none of them, and stale data is still real
  // data with its date shown: both are degraded, still 200.
  return {
    status: cache.healthy && !freshness?.stale ? 'ok' : 'degraded',
    checkedAt,
    database,
    data: {
      lastSyncAt: lastSyncAt?.toISOString() ?? null,
      counts: rest,
      freshness,
      lastAttempt: attempt
        ? {
            status: attempt.status,
            exportDate: attempt.exportDate,
            finishedAt: attempt.finishedAt?.toISOString() ?? null,
          }
        : null,
    },
    cache,
  };
}
