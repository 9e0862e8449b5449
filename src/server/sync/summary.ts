import type { GuardFigures } from './guard/import-guard';
import type { PlanMatch } from './identity/match-plans';
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
  /** What the import guard measured; `forced` when --force overrode its `reasons`. */
  guard?: GuardFigures & { forced: boolean; reasons?: string[] };
  /** Ids that now stand for another product (their old plan ended), and plain renames. */
  identity?: Pick<PlanMatch, 'reused' | 'renamed'>;
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
    ...(s.identity?.reused.length
      ? [
          `ids reused for another product (old plan ended, new plan begun): ${n(s.identity.reused.length)}`,
          ...s.identity.reused
            .slice(0, 10)
            .map((r) => `  [${r.externalId}] ${r.reason} changed: ${r.before} → ${r.after}`),
        ]
      : []),
    ...(s.identity?.renamed.length ? [`plans renamed: ${n(s.identity.renamed.length)}`] : []),
    ...(s.guard
      ? [
          `guard: ${n(s.guard.deactivated)} of ${n(s.guard.activeBefore)} active offers deactivated (${(s.guard.deactivatedShare * 100).toFixed(1)}%); ` +
            `lowest utility share kept ${Math.min(1, ...s.guard.utilities.map((u) => u.share)).toFixed(2)}` +
            (s.guard.forced ? ' — FORCED past: ' + (s.guard.reasons ?? []).join(' ') : ''),
        ]
      : []),
    `rejected rows: ${n(s.rejected.length)}`,
    ...s.rejected
      .slice(0, 50)
      .map((r) => `  ${r.source}${r.line ? `:${r.line}` : ''}${r.externalId ? ` [${r.externalId}]` : ''} ${r.reason}`),
    ...(s.rejected.length > 50 ? [`  … and ${s.rejected.length - 50} more (stored with the sync run)`] : []),
  ];
  return lines.join('\n');
}
