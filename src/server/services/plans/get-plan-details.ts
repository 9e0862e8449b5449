import { costCurve, DEFAULT_USAGE_KWH, monthlyCost, planTraps } from '~/lib/cost';
import { isObjectId } from '~/lib/object-id';
import { withCatalog, type ServiceDeps } from '~/server/catalog';
import { NotFoundError } from '~/server/core/errors';
import { toPricing } from './rank-plans';

/** Everything the plan page shows: facts, costs, curve, history, traps and where it is offered. */
export async function getPlanDetails(input: { id: string; usageKwh?: number }, deps: ServiceDeps = {}) {
  if (!isObjectId(input.id)) throw new NotFoundError(`No plan "${input.id}"`);
  const usageKwh = input.usageKwh ?? DEFAULT_USAGE_KWH;
  return withCatalog(deps, async (catalog) => {
    const [plan] = await catalog.plansByIds([input.id]);
    if (!plan) throw new NotFoundError(`No plan "${input.id}"`);
    const [history, cities, origin] = await Promise.all([
      catalog.priceHistory(plan.id),
      catalog.utilityCities(plan.tdspCode, 12),
      catalog.origin(),
    ]);
    const pricing = toPricing(plan);
    return {
      plan,
      isActive: plan.isActive ?? false,
      usageKwh,
      atUsage: monthlyCost(pricing, usageKwh),
      atPosted: [500, 1000, 2000].map((u) => monthlyCost(pricing, u)),
      curve: costCurve(pricing),
      traps: planTraps(pricing),
      history: (history ?? []).map((h) => ({
        date: h.date,
        rate500: h.rate500Kwh === null ? null : Number(h.rate500Kwh),
        rate1000: h.rate1000Kwh === null ? null : Number(h.rate1000Kwh),
        rate2000: h.rate2000Kwh === null ? null : Number(h.rate2000Kwh),
        changedFields: h.changedFields ?? [],
      })),
      // The saved files carry no price history: the page says so instead of failing.
      historyAvailable: history !== null,
      cities,
      ...origin,
    };
  });
}

export type PlanDetails = Awaited<ReturnType<typeof getPlanDetails>>;
