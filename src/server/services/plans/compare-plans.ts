import { costCurve, DEFAULT_USAGE_KWH, monthlyCost, planTraps } from '~/lib/cost';
import { isObjectId } from '~/lib/object-id';
import { withCatalog, type ServiceDeps } from '~/server/catalog';
import { NotFoundError, ValidationError } from '~/server/core/errors';
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
  return withCatalog(deps, async (catalog) => {
    const [plans, origin] = await Promise.all([catalog.plansByIds(ids), catalog.origin()]);
    const missing = ids.filter((id) => !plans.some((p) => p.id === id));
    if (missing.length) throw new NotFoundError(`No plan ${missing.join(', ')}`);
    return {
      usageKwh,
      plans: plans.map((plan) => {
        const pricing = toPricing(plan);
        return { plan, atUsage: monthlyCost(pricing, usageKwh), curve: costCurve(pricing), traps: planTraps(pricing) };
      }),
      ...origin,
    };
  });
}
