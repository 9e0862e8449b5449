import type { WriteCounts } from './write/upsert';

/** What a sync did, printed at the end of `npm run data:sync` and stored on its run row. */
export interface SyncSummary {
  runId: number;
  source: string;
  snapshotDate: string;
  fallbackReason?: string;
  durationMs: number;
  tables: Partial<Record<'tdsps' | 'cities' | 'zips' | 'providers' | 'plans' | 'features' | 'history', WriteCounts>>;
  plans: { rows: number; listings: number; duplicatesCollapsed: number; priceChanges: number };
  territory: { cities: number; deregulatedCities: number; zips: number; splitZips: number };
  rejected: { source: string; line: number; externalId?: string; reason: string }[];
}

const n = (v: number | undefined) => (v ?? 0).toLocaleString('en-US');

/** A human summary: rows inserted, updated, deactivated, price changes and every rejected row. */
export function formatSummary(s: SyncSummary): string {
  const lines = [
    `Synced ${s.source} (export of ${s.snapshotDate}) in ${(s.durationMs / 1000).toFixed(1)} s${s.fallbackReason ? ` — recorded export used: ${s.fallbackReason}` : ''}`,
    '',
    'table       inserted  updated  unchanged  deactivated/removed',
    ...Object.entries(s.tables).map(
      ([table, c]) =>
        `${table.padEnd(10)} ${n(c.inserted).padStart(9)} ${n(c.updated).padStart(8)} ${n(c.unchanged).padStart(10)} ${n((c.deactivated ?? 0) + (c.removed ?? 0)).padStart(20)}`,
    ),
    '',
    `plans: ${n(s.plans.rows)} export rows → ${n(s.plans.listings)} offers (${n(s.plans.duplicatesCollapsed)} language duplicates collapsed), ${n(s.plans.priceChanges)} price changes`,
    `territory: ${n(s.territory.cities)} cities (${n(s.territory.deregulatedCities)} with retail choice), ${n(s.territory.zips)} ZIPs (${n(s.territory.splitZips)} split between utilities)`,
    `rejected rows: ${n(s.rejected.length)}`,
    ...s.rejected
      .slice(0, 50)
      .map((r) => `  ${r.source}${r.line ? `:${r.line}` : ''}${r.externalId ? ` [${r.externalId}]` : ''} ${r.reason}`),
    ...(s.rejected.length > 50 ? [`  … and ${s.rejected.length - 50} more (stored with the sync run)`] : []),
  ];
  return lines.join('\n');
}
