import { DEFAULT_USAGE_KWH } from '~/lib/cost';
import { isSlug } from '~/lib/slug';
import { withCatalog, type ServiceDeps } from '~/server/catalog';
import { NotFoundError } from '~/server/core/errors';
import { rankForYear } from '~/server/services/plans/rank-plans';
import { afterTermFor, yearBasis } from '~/server/services/plans/year-basis';

/** Every active provider with plan counts, rating and the names of the utilities it serves. */
export async function listProviders(_input: void, deps: ServiceDeps = {}) {
  return withCatalog(deps, async (catalog) => {
    const [providers, utilities, origin] = await Promise.all([
      catalog.providers(),
      catalog.utilities(),
      catalog.origin(),
    ]);
    const nameOf = new Map(utilities.map((u) => [u.code, u.name]));
    return {
      providers: providers.map((p) => ({
        ...p,
        utilityNames: (p.serviceTerritories ?? []).map((code) => nameOf.get(code) ?? code),
      })),
      ...origin,
    };
  });
}

/**
 * One provider with its active plans grouped by utility, each group ranked as a city page ranks
 * them by default (the next twelve months for a home averaging 1,000 kWh), and its price range.
 */
export async function getProvider(input: { slug: string; now?: Date }, deps: ServiceDeps = {}) {
  if (!isSlug(input.slug)) throw new NotFoundError(`No provider "${input.slug.slice(0, 100)}"`);
  const basis = yearBasis({ averageKwh: DEFAULT_USAGE_KWH, months: null }, input.now ?? new Date());
  return withCatalog(deps, async (catalog) => {
    const [found, utilities, origin] = await Promise.all([
      catalog.provider(input.slug),
      catalog.utilities(),
      catalog.origin(),
    ]);
    const codes = [...new Set(found.plans.map((p) => p.tdspCode))];
    const groups = await Promise.all(
      codes.flatMap((code) => {
        const utility = utilities.find((u) => u.code === code);
        if (!utility) return [];
        return [
          (async () => {
            const afterTerm = afterTermFor(await catalog.utilityPlans(utility), utility, basis.averageKwh);
            const plans = found.plans.filter((p) => p.tdspCode === code);
            return {
              utility,
              afterTerm: afterTerm?.view ?? null,
              ranked: afterTerm ? rankForYear(plans, basis, afterTerm.assumption) : [],
            };
          })(),
        ];
      }),
    );
    const rates = found.plans.map((p) => Number(p.rate1000Kwh));
    return {
      provider: found.provider,
      groups,
      basis,
      planCount: found.plans.length,
      priceRange: rates.length ? { min: Math.min(...rates), max: Math.max(...rates) } : null,
      ...origin,
    };
  });
}
