// Orders plans by what they would really cost at the shopper's usage instead of at 1,000 kWh.
import { buildCostModel, estimateUnchecked } from './cost-model';
import { assertUsage } from './errors';
import type { CostEstimate, CostOptions, RankablePlan } from './types';

/** Usages offered in the UI: 500 to 3,000 kWh in steps of 250. */
export const USAGE_OPTIONS: readonly number[] = Array.from({ length: 11 }, (_, i) => 500 + i * 250);

/** The usage Power to Choose ranks by, and ours until the shopper says otherwise. */
export const DEFAULT_USAGE_KWH = 1000;

/** A plan with its estimate at the ranked usage; `rank` starts at 1. */
export type RankedPlan<T extends RankablePlan> = CostEstimate & { plan: T; rank: number };

// Dollars are compared in micro-dollars so one price computed along two float paths ties
// (a rounded key keeps the comparison transitive, which an epsilon would not).
const billKey = (bill: number) => Math.round(bill * 1e6);

// Numeric ids (every [idKey]) compare as numbers, anything else by code point: cheap and locale-free.
function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b) && a.length !== b.length) return a.length - b.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts ranked entries by a dollar amount, then the lower 1,000 kWh price, then the id, and numbers
 * them from 1: the one tie-break every ranking shares, so the order is stable across runs and inputs.
 */
export function assignRanks<E extends { plan: RankablePlan; rank: number }>(
  entries: readonly E[],
  dollars: (entry: E) => number,
): E[] {
  const keyed = entries.map((entry) => ({ entry, key: billKey(dollars(entry)) }));
  keyed.sort(
    (a, b) =>
      a.key - b.key || a.entry.plan.rate1000 - b.entry.plan.rate1000 || compareIds(a.entry.plan.id, b.entry.plan.id),
  );
  return keyed.map(({ entry }, i) => {
    entry.rank = i + 1;
    return entry;
  });
}

/**
 * Plans ordered by expected monthly bill at `usageKwh` (0–5,000 kWh). Ties go to the lower
 * 1,000 kWh price, then to the id, so the order is stable across runs and inputs.
 */
export function rankPlans<T extends RankablePlan>(
  plans: readonly T[],
  usageKwh: number,
  options: CostOptions = {},
): RankedPlan<T>[] {
  const usage = assertUsage(usageKwh);
  const entries = plans.map((plan): RankedPlan<T> => ({
    ...estimateUnchecked(buildCostModel(plan, options), usage),
    plan,
    rank: 0,
  }));
  return assignRanks(entries, (entry) => entry.bill);
}
