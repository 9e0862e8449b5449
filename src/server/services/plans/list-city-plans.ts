import { DEFAULT_USAGE_KWH } from '~/lib/cost';
import { matchesFilters, type PlanFilters } from '~/lib/plan-filters';
import type { PlanDto } from '~/lib/plan';
import { isSlug } from '~/lib/slug';
import { withCatalog, type CityView, type ServiceDeps, type TdspRef } from '~/server/catalog';
import { NotFoundError, ValidationError } from '~/server/core/errors';
import { rankForUsage } from './rank-plans';

export const PAGE_SIZE = 20;

export interface CityPlansInput {
  citySlug: string;
  usageKwh?: number;
  filters?: PlanFilters;
  /** TDSP code for a city served by several utilities; defaults to the primary one. */
  utility?: string;
  page?: number;
}

/** The selected utility's plans at a glance. */
export interface CitySummary {
  totalPlans: number;
  providerCount: number;
  avgRate: number | null;
  minRate: number | null;
  tdspName: string;
}

/** The TDSP a request asks for (or the city's primary one); ValidationError for a stranger. */
export function selectTdsp(city: CityView, tdsps: TdspRef[], utility: string | undefined): TdspRef | undefined {
  const selected = utility ? tdsps.find((t) => t.code === utility) : tdsps[0];
  if (utility && !selected) {
    throw new ValidationError(`${city.name} is not served by utility "${utility}"`, [
      { path: 'utility', message: `must be one of ${tdsps.map((t) => t.code).join(', ') || 'none'}` },
    ]);
  }
  return selected;
}

/** Count, providers and 1,000 kWh prices of the plans a shopper of this utility can pick from. */
export function summarize(plans: PlanDto[], tdsp: TdspRef | undefined): CitySummary | null {
  if (!tdsp) return null;
  const rates = plans.map((p) => Number(p.rate1000Kwh));
  return {
    totalPlans: plans.length,
    providerCount: new Set(plans.map((p) => p.provider.name)).size,
    avgRate: rates.length ? rates.reduce((a, b) => a + b, 0) / rates.length : null,
    minRate: rates.length ? Math.min(...rates) : null,
    tdspName: tdsp.name,
  };
}

/**
 * A city's plans ranked by expected monthly cost at the shopper's usage, filtered and paged,
 * with a summary of the selected utility's plans and where the data came from.
 */
export async function listCityPlans(input: CityPlansInput, deps: ServiceDeps = {}) {
  if (!isSlug(input.citySlug)) throw new NotFoundError(`No Texas city "${input.citySlug.slice(0, 100)}"`);
  return withCatalog(deps, async (catalog) => {
    const [{ city, tdsps }, origin] = await Promise.all([catalog.city(input.citySlug), catalog.origin()]);
    const selected = selectTdsp(city, tdsps, input.utility);
    const plans = selected ? await catalog.utilityPlans(selected) : [];
    const usageKwh = input.usageKwh ?? DEFAULT_USAGE_KWH;
    const filters = input.filters ?? {};
    const page = input.page ?? 1;
    const ranked = rankForUsage(
      plans.filter((p) => matchesFilters(p, filters)),
      usageKwh,
    );
    const pageCount = Math.max(1, Math.ceil(ranked.length / PAGE_SIZE));
    if (page > pageCount) throw new NotFoundError(`Page ${page} does not exist; there are ${pageCount}`);
    return {
      city,
      tdsps,
      selectedTdsp: selected ?? null,
      summary: summarize(plans, selected),
      usageKwh,
      filters,
      utilityPlanCount: plans.length,
      total: ranked.length,
      page,
      pageCount,
      plans: ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      ...origin,
    };
  });
}

export type CityPlans = Awaited<ReturnType<typeof listCityPlans>>;
