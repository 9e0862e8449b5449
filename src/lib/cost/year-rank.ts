// Orders plans by the estimated cost of the next twelve months instead of one month at one usage,
// so a credit that only pays at 1,000 kWh and a teaser price that ends in month 4 both count.
import type { AfterTermAssumption } from './after-term';
import { buildCostModel } from './cost-model';
import { assertCalendarMonth } from './errors';
import { assignRanks } from './rank';
import { assertYearUsages, yearCostWith, type YearCost } from './year';
import type { CostOptions, RankablePlan } from './types';

/** A plan with its year estimate; `rank` starts at 1. */
export type RankedYearPlan<T extends RankablePlan> = YearCost & { plan: T; rank: number };

/**
 * Plans ordered by the total of their next twelve bills (`usages` in window order, the start month
 * first). Ties, to the micro-dollar, go to the lower 1,000 kWh price and then the id, as in rankPlans.
 * Each plan's model is fitted once and the after-term median worked out once for all plans.
 */
export function rankPlansForYear<T extends RankablePlan>(
  plans: readonly T[],
  usages: readonly number[],
  startMonth: number,
  assumption: AfterTermAssumption,
  options: CostOptions = {},
): RankedYearPlan<T>[] {
  const checked = assertYearUsages(usages);
  const start = assertCalendarMonth(startMonth);
  const afterTerm = checked.map((u) => assumption.billAt(u));
  const entries = plans.map((plan): RankedYearPlan<T> => ({
    ...yearCostWith(buildCostModel(plan, options), plan, checked, start, afterTerm),
    plan,
    rank: 0,
  }));
  return assignRanks(entries, (entry) => entry.total);
}
