// Twelve monthly usages for the year estimate: either spread from an average by the seasonal shape,
// or the shopper's own bills. Both are kept by calendar month (January first) until the last step,
// which turns them into the order of the twelve months that start at sign-up.
import { assertCalendarMonth, assertUsage, CostInputError, MAX_USAGE_KWH } from '~/lib/cost/errors';
import type { CalendarMonth } from './months';
import { TEXAS_USAGE_SHAPE } from './texas-shape';

// The shares are stored with full float precision; a file whose shares miss 1 by more is not a shape.
const SHARE_SUM_TOLERANCE = 1e-9;

/**
 * The usages in window order: element 0 is `startMonth`'s usage, element 11 the month before it
 * a year later. `calendarUsages` is January first, as a shopper types them from their bills.
 */
export function usagesForWindow(calendarUsages: readonly number[], startMonth: CalendarMonth): number[] {
  if (!Array.isArray(calendarUsages) || calendarUsages.length !== 12)
    throw new CostInputError(`expected 12 monthly usages, January first, got ${String(calendarUsages?.length)}`);
  const start = assertCalendarMonth(startMonth);
  return Array.from({ length: 12 }, (_, i) => calendarUsages[(start + i) % 12]!);
}

/**
 * A year of whole-kWh usages by calendar month (January first) for a household averaging
 * `averageKwh` a month. Meters bill whole kWh, so each month is rounded, by largest remainder so
 * the year still adds up to 12 × the average (ties go to the earlier month). A month the shape
 * puts above the engine's 5,000 kWh limit (averages above about 3,470 kWh) is capped there.
 */
export function calendarShapedUsages(
  averageKwh: number,
  shares: readonly number[] = TEXAS_USAGE_SHAPE.monthShares,
): number[] {
  const average = assertUsage(averageKwh, 'average monthly usage');
  if (
    shares.length !== 12 ||
    shares.some((s) => !(s >= 0)) ||
    Math.abs(shares.reduce((a, b) => a + b, 0) - 1) > SHARE_SUM_TOLERANCE
  )
    throw new CostInputError('a usage shape must be 12 non-negative monthly shares that sum to 1');
  const exact = shares.map((share) => average * 12 * share);
  const usages = exact.map(Math.floor);
  const missing = Math.round(average * 12) - usages.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((e, m) => ({ m, rest: e - Math.floor(e) }))
    .sort((a, b) => b.rest - a.rest || a.m - b.m);
  for (const { m } of byRemainder.slice(0, Math.max(0, missing))) usages[m] = usages[m]! + 1;
  return usages.map((u) => Math.min(u, MAX_USAGE_KWH));
}

/** The twelve usages from `startMonth` on for an average household of `averageKwh` a month (Texas shape by default). */
export function shapedUsages(
  averageKwh: number,
  startMonth: CalendarMonth,
  shares: readonly number[] = TEXAS_USAGE_SHAPE.monthShares,
): number[] {
  return usagesForWindow(calendarShapedUsages(averageKwh, shares), startMonth);
}
