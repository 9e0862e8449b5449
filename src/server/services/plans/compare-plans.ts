import { costCurves, DEFAULT_USAGE_KWH, monthlyCost, planTraps, yearCost } from '~/lib/cost';
import { isObjectId } from '~/lib/object-id';
import { withCatalog, type PlanCatalog, type ServiceDeps } from '~/server/catalog';
import { NotFoundError, ValidationError } from '~/server/core/errors';
import { toPricing } from './rank-plans';
import { afterTermFor, yearBasis, type UsageInput } from './year-basis';

export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** Two to four plans side by side: the next twelve months, one month at the shopper's usage, and cost curves. */
export async function comparePlans(input: { ids: string[]; usage?: UsageInput; now?: Date }, deps: ServiceDeps = {}) {
  const ids = [...new Set(input.ids)];
  if (ids.length < MIN_COMPARE || ids.length > MAX_COMPARE || !ids.every(isObjectId)) {
    throw new ValidationError(`Choose ${MIN_COMPARE} to ${MAX_COMPARE} plans to compare.`, [
      { path: 'plans', message: `must list ${MIN_COMPARE}–${MAX_COMPARE} plan ids separated by commas` },
    ]);
  }
  const basis = yearBasis(input.usage ?? { averageKwh: DEFAULT_USAGE_KWH, months: null }, input.now ?? new Date());
  const usageKwh = basis.averageKwh;
  return withCatalog(deps, async (catalog) => {
    const [plans, origin] = await Promise.all([catalog.plansByIds(ids), catalog.origin()]);
    const missing = ids.filter((id) => !plans.some((p) => p.id === id));
    if (missing.length) throw new NotFoundError(`No plan ${missing.join(', ')}`);
    const afterTerms = await afterTermsByUtility(catalog, [...new Set(plans.map((p) => p.tdspCode))], usageKwh);
    // Every plan on the same usages, with each credit's jump drawn upright and the shopper's usage on every curve.
    const curves = costCurves(plans.map(toPricing), { cliffs: true, include: [usageKwh] });
    return {
      usageKwh,
      basis,
      plans: plans.map((plan, i) => {
        const pricing = toPricing(plan);
        const afterTerm = afterTerms.get(plan.tdspCode) ?? null;
        return {
          plan,
          atUsage: monthlyCost(pricing, usageKwh),
          year: afterTerm ? yearCost(pricing, basis.usages, basis.startMonth, afterTerm.assumption) : null,
          afterTerm: afterTerm?.view ?? null,
          curve: curves[i]!,
          traps: planTraps(pricing),
        };
      }),
      ...origin,
    };
  });
}

/** The after-term assumption of each utility the compared plans belong to. */
async function afterTermsByUtility(catalog: PlanCatalog, codes: string[], usageKwh: number) {
  const utilities = await catalog.utilities();
  const entries = await Promise.all(
    codes.map(async (code) => {
      const utility = utilities.find((u) => u.code === code);
      return [code, utility ? afterTermFor(await catalog.utilityPlans(utility), utility, usageKwh) : null] as const;
    }),
  );
  return new Map(entries);
}
