import { z } from 'zod';

/** How much an import may take away before it is presumed damaged (see docs/data-pipeline.md). */
export interface GuardLimits {
  /** Refuse when more than this share of today's active offers would be deactivated (0–1). */
  maxDeactivatedShare: number;
  /** Refuse when any utility would keep fewer active offers than this share of today's (0–1). */
  minUtilityShare: number;
}

/**
 * Chosen from the 17 day-to-day transitions of the recorded exports (docs/data-pipeline.md):
 * the worst real day deactivated 17.7% of the active offers and left one utility 78% of its
 * offers, while a truncated export takes away nearly everything.
 */
export const DEFAULT_GUARD_LIMITS: GuardLimits = { maxDeactivatedShare: 0.4, minUtilityShare: 0.6 };

/** When the Node server syncs by itself: daily at a Texas wall-clock time, or every so often. */
export type SyncSchedule =
  { kind: 'daily'; hour: number; minute: number; label: string } | { kind: 'interval'; ms: number; label: string };

const UNIT_MS = { s: 1_000, m: 60_000, h: 3_600_000 } as const;

/**
 * SYNC_SCHEDULE: `daily@05:30` (Texas time, America/Chicago), `every:6h` / `every:30s` (an
 * interval, mostly for tests), or unset / `off` for no in-process schedule.
 */
export const syncSchedule = z
  .string()
  .optional()
  .transform((value, ctx): SyncSchedule | null => {
    const v = value?.trim().toLowerCase();
    if (!v || v === 'off') return null;
    const daily = /^daily@([01]?\d|2[0-3]):([0-5]\d)$/.exec(v);
    if (daily) {
      const [hour, minute] = [Number(daily[1]), Number(daily[2])];
      const hhmm = `${String(hour).padStart(2, '0')}:${daily[2]}`;
      return { kind: 'daily', hour, minute, label: `daily at ${hhmm} Texas time` };
    }
    const every = /^every:(\d{1,6})(s|m|h)$/.exec(v);
    if (every && Number(every[1]) > 0) {
      return {
        kind: 'interval',
        ms: Number(every[1]) * UNIT_MS[every[2] as keyof typeof UNIT_MS],
        label: `every ${every[1]}${every[2]}`,
      };
    }
    ctx.addIssue({ code: 'custom', message: 'expected daily@HH:MM (Texas time), every:<n>s|m|h, or off' });
    return z.NEVER;
  });
