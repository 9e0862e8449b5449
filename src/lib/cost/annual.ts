// A year of bills from twelve monthly usages the shopper types in (from their own bills). Texas
// usage swings with air conditioning, so a credit that "always" pays at a 1,000 kWh average can
// still miss in spring and autumn; twelve monthly bills show that. There is deliberately no
// built-in seasonal shape until one is derived from EIA's published Texas monthly sales.
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
