// The true-cost engine: what a Power to Choose offer really costs at any usage, and why.
// Pure functions, no I/O and no dependencies, so pages, API routes and scripts share it.
export {
  afterTermAssumption,
  isMonthToMonth,
  median,
  MONTH_TO_MONTH_MAX_TERM_MONTHS,
  type AfterTermAssumption,
  type AfterTermBasis,
} from './after-term';
export { annualCost, type AnnualCost } from './annual';
export {
  BILL_CREDIT_DIP_CENTS,
  buildCostModel,
  EFL_PRICE_TOLERANCE,
  estimateWith,
  MIN_AVERAGE_KWH,
  monthlyCost,
  POSTED_PRICE_TOLERANCE,
  type CostModel,
} from './cost-model';
export { CLIFF_WIDTH_KWH, cliffUsages, costCurve, costCurves, type CurvePoint, type CurveRange } from './curve';
export { assertCalendarMonth, assertUsage, CostInputError, MAX_USAGE_KWH } from './errors';
export { describeBand, formatCentsPerKwh, formatDollars, formatKwh } from './format';
export { dipAt1000Cents, interpolatedBill, POSTED_KWH, postedBills, type PostedBills } from './interpolate';
export { DEFAULT_USAGE_KWH, rankPlans, USAGE_OPTIONS, type RankedPlan } from './rank';
export { fitStepModel, stepBill, type StepFit } from './step-model';
export { planTraps, SHORT_TERM_MONTHS } from './traps';
export { assertYearUsages, coveredMonths, yearCost, type PricedBy, type YearCost, type YearMonth } from './year';
export { rankPlansForYear, type RankedYearPlan } from './year-rank';
export { parseUsageTerms, readUsageTerms, stepApplies, stepsTotal } from './usage-terms';
export type * from './types';
