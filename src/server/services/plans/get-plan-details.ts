import { costCurve, DEFAULT_USAGE_KWH, monthlyCost, planTraps, yearCost } from '~/lib/cost';
import { isObjectId } from '~/lib/object-id';
import { withCatalog, type ServiceDeps } from '~/server/catalog';
import { NotFoundError } from '~/server/core/errors';
import { toPricing } from './rank-plans';
import { afterTermFor, yearBasis, type UsageInput } from './year-basis';

/** Everything the plan page shows: facts, costs, the next twelve months, curve, history, traps and where it is offered. */
export async function getPlanDetails(input: { id: string; usage?: UsageInput; now?: Date }, deps: ServiceDeps = {}) {
  if (!isObjectId(input.id)) throw new NotFoundError(`No plan "${input.id}"`);
  const basis = yearBasis(input.usage ?? { averageKwh: DEFAULT_USAGE_KWH, months: null }, input.now ?? new Date());
  const usageKwh = basis.averageKwh;
  return withCatalog(deps, async (catalog) => {
    const [plan] = await catalog.plansByIds([input.id]);
    if (!plan) throw new NotFoundError(`No plan "${input.id}"`);
    const [history, cities, utilities, origin, memory] = await Promise.all([
      catalog.priceHistory(plan.id),
      catalog.utilityCities(plan.tdspCode, 12),
      catalog.utilities(),
      catalog.origin(),
      catalog.priceMemory([plan.id]),
    ]);
    const utility = utilities.find((u) => u.code === plan.tdspCode) ?? null;
    const afterTerm = utility ? afterTermFor(await catalog.utilityPlans(utility), utility, usageKwh) : null;
    const pricing = toPricing(plan);
    return {
      plan,
      utility,
      isActive: plan.isActive ?? false,
      usageKwh,
      basis,
      atUsage: monthlyCost(pricing, usageKwh),
      atPosted: [500, 1000, 2000].map((u) => monthlyCost(pricing, u)),
      year: afterTerm ? yearCost(pricing, basis.usages, basis.startMonth, afterTerm.assumption) : null,
      afterTerm: afterTerm?.view ?? null,
      curve: costCurve(pricing, { cliffs: true, include: [usageKwh] }),
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
      /** First seen and every change of the 1,000 kWh price, dated by export (null from the saved files). */
      memory: memory?.[plan.id] ?? null,
      cities: { ...cities, tdspName: cities.tdspName ?? utility?.name ?? null },
      ...origin,
    };
  });
}

export type PlanDetails = Awaited<ReturnType<typeof getPlanDetails>>;
