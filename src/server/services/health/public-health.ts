import { getConfig } from '~/server/core/config';
import { getHealth, type HealthReport } from './get-health';

/** What /api/health tells the public in production: statuses and ages, nothing about the insides. */
export interface PublicHealth {
  status: HealthReport['status'];
  checkedAt: string;
  database: { reachable: boolean; driver: 'postgres' | 'pglite'; latencyMs: number | null };
  data: {
    lastSyncAt: string | null;
    freshness: { exportDate: string; ageHours: number; stale: boolean } | null;
    lastAttempt: { status: string; exportDate: string; finishedAt: string | null } | null;
  };
  cache: { backend: string; healthy: boolean };
}

/** The production shape: no error text (hosts, ports, auth messages), no pool statistics. */
export function terse(report: HealthReport): PublicHealth {
  const { freshness, lastAttempt } = report.data;
  return {
    status: report.status,
    checkedAt: report.checkedAt,
    database: {
      reachable: report.database.reachable,
      driver: report.database.driver,
      latencyMs: report.database.latencyMs,
    },
    data: {
      lastSyncAt: report.data.lastSyncAt,
      freshness: freshness
        ? { exportDate: freshness.exportDate, ageHours: freshness.ageHours, stale: freshness.stale }
        : null,
      lastAttempt: lastAttempt ?? null,
    },
    cache: { backend: report.cache.backend, healthy: report.cache.healthy },
  };
}

/** How long one probe answers every caller: a health endpoint polled by monitors must not cost a query each time. */
export const HEALTH_CACHE_MS = 5_000;

let last: { at: number; report: Promise<HealthReport> } | undefined;
let lastLogged: string | undefined;

/**
 * The health report /api/health serves. In production it is terse and probed at most every
 * HEALTH_CACHE_MS (concurrent callers share one probe); the full detail goes to the log whenever
 * it changes, where an operator can read it and a visitor cannot.
 */
export async function publicHealth(
  now = Date.now(),
): Promise<{ body: HealthReport | PublicHealth; status: HealthReport['status'] }> {
  const production = getConfig().nodeEnv === 'production';
  // In development every call probes afresh, so a developer sees a change at once.
  if (!production || !last || now - last.at >= HEALTH_CACHE_MS) last = { at: now, report: getHealth() };
  const report = await last.report;
  const detail = JSON.stringify({
    status: report.status,
    db: report.database.error,
    data: report.data.error,
    cache: report.cache.error,
  });
  if (report.status !== 'ok' && detail !== lastLogged) console.warn(`[health] ${detail}`);
  lastLogged = report.status === 'ok' ? undefined : detail;
  return { body: production ? terse(report) : report, status: report.status };
}
