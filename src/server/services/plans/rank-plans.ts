import {
  monthlyCost,
  type CostEstimate,
  planTraps,
  rankPlans,
  rankPlansForYear,
  type AfterTermAssumption,
  type RankablePlan,
  type TrapLabel,
  type YearCost,
} from '~/lib/cost';
import type { PlanDto } from '~/lib/plan';

/** A plan as the cost engine prices it. */
export function toPricing(plan: PlanDto): RankablePlan {
  return {
    id: plan.id,
    productName: plan.name,
    rate500: Number(plan.rate500Kwh ?? plan.rate1000Kwh),
    rate1000: Number(plan.rate1000Kwh),
    rate2000: Number(plan.rate2000Kwh ?? plan.rate1000Kwh),
    feesCredits: plan.feesCredits,
    specialTerms: plan.specialTerms,
    isTimeOfUse: plan.isTimeOfUse,
    isPrepaid: plan.isPrePay,
    rateType: plan.rateType,
    termMonths: plan.termMonths,
    cancellationFee: plan.cancellationFee === null ? null : Number(plan.cancellationFee),
    cancellationFeePerMonth: plan.cancellationFeePerMonth,
    hasMinUsageFee: plan.hasMinUsageFee,
  };
}

/** A plan ranked at the shopper's usage, with its estimate and trap labels. */
export interface RankedPlanView {
  plan: PlanDto;
  rank: number;
  bill: number;
  centsPerKwh: number | null;
  approximate: boolean;
  reason: string | null;
  traps: TrapLabel[];
  /** The next twelve months, when the list is ranked by them. */
  year: YearCost | null;
}

/**
 * A plan's place in a ranking, before the one-month figures and trap labels a card shows: a
 * city ranks its ~150 plans but shows 20, so those are worked out only for the page (`viewOf`).
 */
export interface RankedPlan {
  plan: PlanDto;
  pricing: RankablePlan;
  rank: number;
  year: YearCost | null;
  /** The one-month estimate, when the ranking already worked it out (a month ranking). */
  month: CostEstimate | null;
}

/** Ranks plans by expected bill at `usageKwh` (the cost engine's order). */
export function orderForUsage(plans: PlanDto[], usageKwh: number): RankedPlan[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return rankPlans(plans.map(toPricing), usageKwh).map(({ plan, rank, ...month }) => ({
    plan: byId.get(plan.id)!,
    pricing: plan,
    rank,
    year: null,
    month,
  }));
}

/**
 * Ranks plans by the estimated cost of the next twelve months (`usages` in window order from
 * `startMonth`).
 */
export function orderForYear(
  plans: PlanDto[],
  basis: { usages: number[]; startMonth: number },
  assumption: AfterTermAssumption,
): RankedPlan[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return rankPlansForYear(plans.map(toPricing), basis.usages, basis.startMonth, assumption).map(
    ({ plan, rank, ...year }) => ({ plan: byId.get(plan.id)!, pricing: plan, rank, year, month: null }),
  );
}

/** A ranked plan as a card shows it: its one-month bill at `usageKwh` beside the ranking, and its traps. */
export function viewOf(entry: RankedPlan, usageKwh: number): RankedPlanView {
  const month = entry.month ?? monthlyCost(entry.pricing, usageKwh);
  return {
    plan: entry.plan,
    rank: entry.rank,
    bill: month.bill,
    centsPerKwh: month.centsPerKwh,
    approximate: month.approximate,
    reason: month.reason,
    traps: planTraps(entry.pricing),
    year: entry.year,
  };
}

/** Every plan ranked by the next twelve months, each with its card figures (a provider page lists them all). */
export function rankForYear(
  plans: PlanDto[],
  basis: { usages: number[]; startMonth: number; averageKwh: number },
  assumption: AfterTermAssumption,
): RankedPlanView[] {
  return orderForYear(plans, basis, assumption).map((entry) => viewOf(entry, basis.averageKwh));
}
