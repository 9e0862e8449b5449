import { planTraps, rankPlans, type RankablePlan, type TrapLabel } from '~/lib/cost';
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
  }));
}
