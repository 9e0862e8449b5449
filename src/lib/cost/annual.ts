// Twelve bills at one plan's own prices, whatever its term. Texas usage swings with air
// conditioning, so a credit that "always" pays at a 1,000 kWh average can still miss in spring and
// autumn; twelve monthly bills show that. The ranking uses year.ts instead, which also prices the
// months after a short term by the after-term assumption rather than by the teaser price.
import { buildCostModel, estimateUnchecked } from './cost-model';
import { assertUsage, CostInputError } from './errors';
import type { CostEstimate, CostOptions, PlanPricing } from './types';

/** Twelve bills and their sum. */
export interface AnnualCost {
  months: CostEstimate[];
  total: number;
  /** True when any month's bill is approximate. */
  approximate: boolean;
}

/** The twelve monthly bills and the annual total for these monthly usages. */
export function annualCost(plan: PlanPricing, monthlyUsages: readonly number[], options: CostOptions = {}): AnnualCost {
  if (!Array.isArray(monthlyUsages) || monthlyUsages.length !== 12)
    throw new CostInputError(
      `monthly usages must be 12 numbers, got ${Array.isArray(monthlyUsages) ? monthlyUsages.length : typeof monthlyUsages}`,
    );
  const usages = monthlyUsages.map((u, i) => assertUsage(u, `usage for month ${i + 1}`));
  const model = buildCostModel(plan, options);
  const months = usages.map((u) => estimateUnchecked(model, u));
  return {
    months,
    total: months.reduce((sum, m) => sum + m.bill, 0),
    approximate: model.approximate,
  };
}
