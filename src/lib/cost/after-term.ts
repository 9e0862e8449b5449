// What a plan is assumed to cost once its fixed term is over. Nobody knows the price a REP will
// charge then, so the year estimate uses a stated, data-derived stand-in: the median bill, at each
// month's usage, of the month-to-month plans the same utility's shoppers can pick today.
import { buildCostModel, MIN_AVERAGE_KWH } from './cost-model';
import { assertUsage, CostInputError } from './errors';
import type { CostOptions, PlanPricing } from './types';

/**
 * Plans with a term of at most this many months have no fixed price: the export lists
 * month-to-month offers with a term of 0 or 1 (all variable but one fixed row with term 0).
 */
export const MONTH_TO_MONTH_MAX_TERM_MONTHS = 1;

/** Which plans the median is taken over: month-to-month ones, or all of the utility's when it has none. */
export type AfterTermBasis = 'month-to-month' | 'all-plans';

/** The after-term stand-in for one utility, with what the UI needs to state it. */
export interface AfterTermAssumption {
  basis: AfterTermBasis;
  /** How many plans the median is taken over. */
  planCount: number;
  /** Median monthly bill (dollars) of those plans at this usage (0–5,000 kWh). */
  billAt(usageKwh: number): number;
  /** The average price that median bill implies (¢/kWh), for "after month 4 we assume 16.2¢/kWh"; null below 1 kWh. */
  centsPerKwhAt(usageKwh: number): number | null;
}

/** Whether a plan is month-to-month: no fixed term, so its posted price holds for the first month only. */
export function isMonthToMonth(plan: Pick<PlanPricing, 'termMonths'>): boolean {
  return plan.termMonths <= MONTH_TO_MONTH_MAX_TERM_MONTHS;
}

/** The median of a non-empty list (mean of the middle two for an even count): one odd plan cannot move it, as it would a mean. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new CostInputError('the median of no values is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * The after-term assumption from one utility's plans (one row per offer: pass language twins once).
 * Uses its month-to-month plans; when it has none, all of its plans, flagged as `all-plans`.
 */
export function afterTermAssumption(plans: readonly PlanPricing[], options: CostOptions = {}): AfterTermAssumption {
  if (plans.length === 0) throw new CostInputError('an after-term assumption needs at least one plan of the utility');
  const monthToMonth = plans.filter(isMonthToMonth);
  const basis: AfterTermBasis = monthToMonth.length > 0 ? 'month-to-month' : 'all-plans';
  const models = (basis === 'month-to-month' ? monthToMonth : plans).map((plan) => buildCostModel(plan, options));
  const billAt = (usageKwh: number) => {
    const usage = assertUsage(usageKwh);
    return median(models.map((model) => model.billAt(usage)));
  };
  return {
    basis,
    planCount: models.length,
    billAt,
    centsPerKwhAt: (usageKwh) => {
      const bill = billAt(usageKwh);
      return usageKwh >= MIN_AVERAGE_KWH ? (bill / usageKwh) * 100 : null;
    },
  };
}
