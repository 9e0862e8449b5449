import { DEFAULT_USAGE_KWH } from '../../../lib/cost';
import { matchesFilters, type PlanFilters } from '../../../lib/plan-filters';
import { NotFoundError, ValidationError } from '../../errors';
import { getCityBySlug } from '../../queries/cities';
import { listActivePlansForTdsps } from '../../queries/plans';
import { getDataVersion } from '../../queries/sync/get-data-version';
import { provenanceOf } from '../provenance';
import { withDb, type ServiceDeps } from '../with-db';
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

/**
 * A city's plans ranked by expected monthly cost at the shopper's usage, filtered and paged,
 * with the city's summary (from city_plan_summary) and where the data came from.
 */
export async function listCityPlans(input: CityPlansInput, deps: ServiceDeps = {}) {
  const usageKwh = input.usageKwh ?? DEFAULT_USAGE_KWH;
  const filters = input.filters ?? {};
  const page = input.page ?? 1;
  return withDb(deps, async (db) => {
    const found = await getCityBySlug(db, input.citySlug);
    if (!found) throw new NotFoundError(`No Texas city "${input.citySlug}"`);
    const { city, tdsps, summary } = found;
    const selected = input.utility ? tdsps.find((t) => t.code === input.utility) : tdsps[0];
    if (input.utility && !selected) {
      throw new ValidationError(`${city.name} is not served by utility "${input.utility}"`, [
        { path: 'utility', message: `must be one of ${tdsps.map((t) => t.code).join(', ') || 'none'}` },
      ]);
    }
    const [plans, version] = await Promise.all([
      listActivePlansForTdsps(db, selected ? [selected.duns] : []),
      getDataVersion(db),
    ]);
    const ranked = rankForUsage(
      plans.filter((p) => matchesFilters({ ...p, features: p.features }, filters)),
      usageKwh,
    );
    const pageCount = Math.max(1, Math.ceil(ranked.length / PAGE_SIZE));
    if (page > pageCount) throw new NotFoundError(`Page ${page} does not exist; there are ${pageCount}`);
    return {
      city: {
        slug: city.slug,
        name: city.name,
        county: city.county,
        population: city.population,
        isDeregulated: city.isDeregulated ?? false,
        utilityName: city.utilityName,
        zipCodes: city.zipCodes ?? [],
      },
      tdsps,
      selectedTdsp: selected ?? null,
      summary: summary && {
        totalPlans: Number(summary.totalPlans),
        providerCount: Number(summary.providerCount),
        avgRate: summary.avgRate === null ? null : Number(summary.avgRate),
        minRate: summary.minRate === null ? null : Number(summary.minRate),
        tdspName: summary.tdspName,
      },
      usageKwh,
      filters,
      utilityPlanCount: plans.length,
      total: ranked.length,
      page,
      pageCount,
      plans: ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
      provenance: provenanceOf(version),
    };
  });
}

export type CityPlans = Awaited<ReturnType<typeof listCityPlans>>;
