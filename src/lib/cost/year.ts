// The year estimate: the next twelve months of bills, priced month by month at that month's usage.
// Within the plan's term its own cost model prices the bill; after the term the plan's price is
// unknown, so the after-term assumption (see after-term.ts) does, never the teaser price.
import { isMonthToMonth, type AfterTermAssumption } from './after-term';
import { buildCostModel, MIN_AVERAGE_KWH, type CostModel } from './cost-model';
import { assertCalendarMonth, assertUsage, CostInputError } from './errors';
import { stepApplies } from './usage-terms';
import type { CostModelKind, CostOptions, PlanPricing, UsageStep } from './types';

/** Who priced a month: the plan's own posted prices, or the after-term assumption. */
export type PricedBy = 'plan' | 'after-term';

/** One month of the year estimate. */
export interface YearMonth {
  /** 0 (January) to 11 (December). */
  calendarMonth: number;
  usageKwh: number;
  bill: number;
  /** Null below 1 kWh, where an average price means nothing. */
  centsPerKwh: number | null;
  pricedBy: PricedBy;
}

/** The next twelve months of one plan, as data: the pages word it (in English, later Spanish). */
export interface YearCost {
  /** Sum of the twelve bills, in dollars. */
  total: number;
  /** The year's kWh. */
  usageKwh: number;
  /** total / the year's kWh, in ¢/kWh; null for a year under 1 kWh. */
  averageCentsPerKwh: number | null;
  /** In window order: the sign-up month first. */
  months: YearMonth[];
  /** How many months, from the first, the plan's own price covers (1–12). */
  coveredMonths: number;
  /** The plan's cost model, and whether its bills between the posted points are a guess. */
  model: CostModelKind;
  approximate: boolean;
  /** Calendar months within the term whose usage earns none of the plan's usage credits (step model only). */
  creditMissedMonths: number[];
  /** Calendar months within the term whose usage triggers one of the plan's usage fees (step model only). */
  feeMonths: number[];
}

/**
 * Months from sign-up that the plan's posted price covers: its term, capped at the year. A
 * month-to-month plan's price is only known for the first month, after which it may change.
 */
export function coveredMonths(plan: Pick<PlanPricing, 'termMonths'>): number {
  if (isMonthToMonth(plan) || !Number.isFinite(plan.termMonths)) return 1;
  return Math.min(12, Math.floor(plan.termMonths));
}

/** Twelve usages in window order (the start month first), each checked as 0–5,000 kWh. */
export function assertYearUsages(usages: readonly number[]): number[] {
  if (!Array.isArray(usages) || usages.length !== 12)
    throw new CostInputError(
      `a year needs 12 monthly usages, got ${Array.isArray(usages) ? usages.length : typeof usages}`,
    );
  return usages.map((u, i) => assertUsage(u, `usage for month ${i + 1} of the year`));
}

/**
 * The year from a fitted model and the after-term bills for these usages (index i = month i of
 * the window), all checked by the caller: ranking fits each model and works out the assumption once.
 */
export function yearCostWith(
  model: CostModel,
  plan: Pick<PlanPricing, 'termMonths'>,
  usages: readonly number[],
  startMonth: number,
  afterTermBills: readonly number[],
): YearCost {
  const covered = coveredMonths(plan);
  let total = 0;
  let usageKwh = 0;
  const months = usages.map((usage, i): YearMonth => {
    const pricedBy: PricedBy = i < covered ? 'plan' : 'after-term';
    const bill = pricedBy === 'plan' ? model.billAt(usage) : afterTermBills[i]!;
    total += bill;
    usageKwh += usage;
    const centsPerKwh = usage >= MIN_AVERAGE_KWH ? (bill / usage) * 100 : null;
    return { calendarMonth: (startMonth + i) % 12, usageKwh: usage, bill, centsPerKwh, pricedBy };
  });
  // Only the step model knows a credit's or fee's band; an interpolated model only guesses the bill.
  const steps = model.fit?.steps ?? [];
  const credits = steps.filter((s) => s.kind === 'credit');
  const fees = steps.filter((s) => s.kind === 'fee');
  const inTermWhere = (keep: (usage: number) => boolean) =>
    steps.length === 0
      ? []
      : months.filter((m) => m.pricedBy === 'plan' && keep(m.usageKwh)).map((m) => m.calendarMonth);
  const anyApplies = (band: readonly UsageStep[], usage: number) => band.some((s) => stepApplies(s, usage));
  return {
    total,
    usageKwh,
    averageCentsPerKwh: usageKwh >= MIN_AVERAGE_KWH ? (total / usageKwh) * 100 : null,
    months,
    coveredMonths: covered,
    model: model.kind,
    approximate: model.approximate,
    creditMissedMonths: credits.length === 0 ? [] : inTermWhere((usage) => !anyApplies(credits, usage)),
    feeMonths: inTermWhere((usage) => anyApplies(fees, usage)),
  };
}

/**
 * The next twelve months of bills for one plan. `usages` are in window order (the start month
 * first; see shapedUsages and usagesForWindow in src/lib/usage), `startMonth` is 0–11.
 */
export function yearCost(
  plan: PlanPricing,
  usages: readonly number[],
  startMonth: number,
  assumption: AfterTermAssumption,
  options: CostOptions = {},
): YearCost {
  const checked = assertYearUsages(usages);
  const start = assertCalendarMonth(startMonth);
  const covered = coveredMonths(plan);
  // The assumption's median is only needed for the months past the term.
  const afterTerm = checked.map((u, i) => (i < covered ? 0 : assumption.billAt(u)));
  return yearCostWith(buildCostModel(plan, options), plan, checked, start, afterTerm);
}
