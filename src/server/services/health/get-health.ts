import {
  databaseHealth,
  type CacheStatus,
  type CatalogCounts,
  type HealthDeps,
  type HealthSample,
  type PoolStats,
} from '~/server/catalog';
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
  data: { lastSyncAt: string | null; counts: Omit<CatalogCounts, 'lastSyncAt'> | null; error?: string };
  cache: CacheStatus;
}

// Production health output is public, so it names the failure (error code or class) but
// not hosts, ports or paths; development shows the full message.
const describe = (error: unknown, verbose: boolean): string => {
  if (verbose) return error instanceof Error ? error.message : String(error);
  for (let e = error as { code?: unknown; cause?: unknown; name?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string') return e.code;
  }
  return error instanceof Error ? error.name : 'unknown error';
};

/** Probes the database and reads data freshness; never throws, whatever is broken. */
export async function getHealth(_input: void, deps: Omit<HealthDeps, 'driver'> = {}): Promise<HealthReport> {
  const checkedAt = new Date().toISOString();
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
  // A failing cache slows pages down but breaks none of them: degraded, still 200.
  return {
    status: cache.healthy ? 'ok' : 'degraded',
    checkedAt,
    database,
    data: { lastSyncAt: lastSyncAt?.toISOString() ?? null, counts: rest },
    cache,
  };
}
