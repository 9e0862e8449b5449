import {
  monthlyCost,
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

/** Ranks plans by expected bill at `usageKwh` (the cost engine's order) and labels their traps. */
export function rankForUsage(plans: PlanDto[], usageKwh: number): RankedPlanView[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return rankPlans(plans.map(toPricing), usageKwh).map((r) => ({
    plan: byId.get(r.plan.id)!,
    rank: r.rank,
    bill: r.bill,
    centsPerKwh: r.centsPerKwh,
    approximate: r.approximate,
    reason: r.reason,
    traps: planTraps(r.plan),
    year: null,
  }));
}

/**
 * Ranks plans by the estimated cost of the next twelve months (`usages` in window order from
 * `startMonth`), with each plan's one-month bill at `usageKwh` kept beside it for the cards and
 * the API's one-month fields.
 */
export function rankForYear(
  plans: PlanDto[],
  basis: { usages: number[]; startMonth: number; averageKwh: number },
  assumption: AfterTermAssumption,
): RankedPlanView[] {
  const byId = new Map(plans.map((p) => [p.id, p]));
  return rankPlansForYear(plans.map(toPricing), basis.usages, basis.startMonth, assumption).map(
    ({ plan, rank, ...year }) => {
      const month = monthlyCost(plan, basis.averageKwh);
      return {
        plan: byId.get(plan.id)!,
        rank,
        bill: month.bill,
        centsPerKwh: month.centsPerKwh,
        approximate: month.approximate,
        reason: month.reason,
        traps: planTraps(plan),
        year,
      };
    },
  );
}
