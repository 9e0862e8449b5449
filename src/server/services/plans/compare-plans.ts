import { costCurve, DEFAULT_USAGE_KWH, monthlyCost, planTraps } from '../../../lib/cost';
import { isObjectId } from '../../../lib/object-id';
import { NotFoundError, ValidationError } from '../../errors';
import { getPlansByIds } from '../../queries/plans';
import type { PlanDto } from '../../queries/plans';
import { savedPlansByIds } from '../saved/saved-plans';
import { withFallback } from '../with-fallback';
import type { ServiceDeps } from '../with-db';
import { toPricing } from './rank-plans';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** Two to four plans side by side at the shopper's usage, with their cost curves. */
export async function comparePlans(input: { ids: string[]; usageKwh?: number }, deps: ServiceDeps = {}) {
  const ids = [...new Set(input.ids)];
  if (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE || !ids.every(isObjectId)) {
    throw new ValidationError(`Choose ${MIN_COMPARE} to ${MAX_COMPARE} plans to compare.`, [
      { path: 'plans', message: `must list ${MIN_COMPARE}–${MAX_COMPARE} plan ids separated by commas` },
    ]);
  }
  const usageKwh = input.usageKwh ?? DEFAULT_USAGE_KWH;
  return withFallback(
    deps,
    async (db) => present(ids, await getPlansByIds(db, ids), usageKwh, false),
    async () => present(ids, await savedPlansByIds(ids), usageKwh, true),
  );
}

function present(ids: string[], plans: PlanDto[], usageKwh: number, fromSaved: boolean) {
  const missing = ids.filter((id) => !plans.some((p) => p.id === id));
  if (missing.length) throw new NotFoundError(`No plan ${missing.join(', ')}`);
  return {
    fromSaved,
    usageKwh,
    plans: plans.map((plan) => {
      const pricing = toPricing(plan);
      return { plan, atUsage: monthlyCost(pricing, usageKwh), curve: costCurve(pricing), traps: planTraps(pricing) };
    }),
  };
}
