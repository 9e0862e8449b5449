import { DEFAULT_USAGE_KWH } from '../../../lib/cost';
import { isSlug } from '../../../lib/slug';
import { matchesFilters, type PlanFilters } from '../../../lib/plan-filters';
import { NotFoundError, ValidationError } from '../../errors';
import type { SavedInfo } from '../../fallback/saved-data';
import { getCityBySlug, type TdspRef } from '../../queries/cities';
import { listActivePlansForTdsps, type PlanDto } from '../../queries/plans';
import { readDataVersion } from '../data-version';
import { provenanceOf, type Provenance } from '../provenance';
import { savedCityPlans } from '../saved/saved-city-plans';
import { cached, cacheKey, getCache, TTL } from '../../cache';
import type { Db } from '../../db/types';
import { requestContext } from '../../http/request-context';
import { cityBaseSchema } from '../cache-schemas';
import { withFallback } from '../with-fallback';
import type { ServiceDeps } from '../with-db';
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

/** A city as the city page shows it, whether it came from the database or a saved file. */
export interface CityView {
  slug: string;
  name: string;
  county: string | null;
  population: number | null;
  isDeregulated: boolean;
  utilityName: string | null;
  zipCodes: string[];
}

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

/** Ranks, filters and pages a city's plans: the part shared by live and saved data. */
export function presentCityPlans(
  parts: {
    city: CityView;
    tdsps: TdspRef[];
    selected: TdspRef | null | undefined;
    summary: CitySummary | null;
    plans: PlanDto[];
  },
  input: CityPlansInput,
  provenance: Provenance,
  saved: SavedInfo | null = null,
) {
  const usageKwh = input.usageKwh ?? DEFAULT_USAGE_KWH;
  const filters = input.filters ?? {};
  const page = input.page ?? 1;
  const ranked = rankForUsage(
    parts.plans.filter((p) => matchesFilters(p, filters)),
    usageKwh,
  );
  const pageCount = Math.max(1, Math.ceil(ranked.length / PAGE_SIZE));
  if (page > pageCount) throw new NotFoundError(`Page ${page} does not exist; there are ${pageCount}`);
  return {
    city: parts.city,
    tdsps: parts.tdsps,
    selectedTdsp: parts.selected ?? null,
    summary: parts.summary,
    usageKwh,
    filters,
    utilityPlanCount: parts.plans.length,
    total: ranked.length,
    page,
    pageCount,
    plans: ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    provenance,
    saved,
  };
}

/**
 * A city's plans ranked by expected monthly cost at the shopper's usage, filtered and paged,
 * with the city's summary (from city_plan_summary) and where the data came from. When the
 * database is unreachable the same answer comes from the saved per-city file.
 */
export async function listCityPlans(input: CityPlansInput, deps: ServiceDeps = {}) {
  if (!isSlug(input.citySlug)) throw new NotFoundError(`No Texas city "${input.citySlug.slice(0, 100)}"`);
  return withFallback(
    deps,
    async (db) => {
      // The key carries the data version read in the same snapshot, so a sync invalidates it.
      // Filters and usage are applied per request: ranking ~150 plans takes about a millisecond,
      // and one cached entry per city and utility serves every filter combination.
      const version = await readDataVersion(db);
      const base = await cached(
        {
          key: cacheKey('city', version?.id ?? null, { city: input.citySlug, utility: input.utility }),
          ttlSeconds: TTL.plans,
          schema: cityBaseSchema,
          load: () => loadCityBase(db, input),
        },
        getCache(),
        requestContext()?.timing,
      );
      return presentCityPlans(base, input, provenanceOf(version));
    },
    () => savedCityPlans(input),
  );
}

/** The database part of a city page: the city, its utilities, summary and the selected utility's plans. */
async function loadCityBase(db: Db, input: CityPlansInput) {
  const found = await getCityBySlug(db, input.citySlug);
  if (!found) throw new NotFoundError(`No Texas city "${input.citySlug}"`);
  const { city, tdsps, summary } = found;
  const view: CityView = {
    slug: city.slug,
    name: city.name,
    county: city.county,
    population: city.population,
    isDeregulated: city.isDeregulated ?? false,
    utilityName: city.utilityName,
    zipCodes: city.zipCodes ?? [],
  };
  const selected = selectTdsp(view, tdsps, input.utility);
  const plans = await listActivePlansForTdsps(db, selected ? [selected.duns] : []);
  const citySummary = summary && {
    totalPlans: Number(summary.totalPlans),
    providerCount: Number(summary.providerCount),
    avgRate: summary.avgRate === null ? null : Number(summary.avgRate),
    minRate: summary.minRate === null ? null : Number(summary.minRate),
    tdspName: summary.tdspName,
  };
  return { city: view, tdsps, selected: selected ?? null, summary: citySummary, plans };
}

export type CityPlans = Awaited<ReturnType<typeof listCityPlans>>;
