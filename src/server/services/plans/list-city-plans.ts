import type { ServingUtility } from '~/lib/choice-status';
import { DEFAULT_USAGE_KWH, type AfterTermAssumption } from '~/lib/cost';
import { matchesFilters, type PlanFilters } from '~/lib/plan-filters';
import type { PlanDto } from '~/lib/plan';
import { isSlug } from '~/lib/slug';
import { withCatalog, type CityView, type ServiceDeps, type TdspRef } from '~/server/catalog';
import { NotFoundError, ValidationError } from '~/server/core/errors';
import { marksForWeekUpTo } from './market-marks';
import { memoOnList } from './list-memo';
import { orderForUsage, orderForYear, viewOf, type RankedPlan, type RankedPlanView } from './rank-plans';
import { afterTermFor, yearBasis, type UsageInput, type YearBasis } from './year-basis';

export const PAGE_SIZE = 20;

/** How plans are ranked: by the next twelve months (the default) or by one month at one usage. */
export type RankingView = 'year' | 'month';

export interface CityPlansInput {
  citySlug: string;
  usage?: UsageInput;
  view?: RankingView;
  filters?: PlanFilters;
  /** TDSP code for a city served by several utilities; defaults to the primary one. */
  utility?: string;
  /** A ZIP of the city the shopper came from, whose co-op (if any) the page names. */
  zip?: string;
  page?: number;
  /** The moment the twelve months start from (tests pass a fixed one). */
  now?: Date;
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
    const [plans, zipCoops, memory, market] = await Promise.all([
      selected ? catalog.utilityPlans(selected) : [],
      input.zip ? zipCooperatives(input.zip, city.zipCodes, () => catalog.zip(input.zip!)) : [],
      selected ? catalog.utilityMemory(selected) : null,
      selected ? catalog.marketDays(selected) : null,
    ]);
    const view = input.view ?? 'year';
    const basis = yearBasis(input.usage ?? { averageKwh: DEFAULT_USAGE_KWH, months: null }, input.now ?? new Date());
    const afterTerm = selected ? afterTermFor(plans, selected, basis.averageKwh) : null;
    const filters = input.filters ?? {};
    const page = input.page ?? 1;
    const list = rankList(plans, view, basis, filters, afterTerm?.assumption ?? null);
    const { ranked } = list;
    const pageCount = Math.max(1, Math.ceil(ranked.length / PAGE_SIZE));
    if (page > pageCount) throw new NotFoundError(`Page ${page} does not exist; there are ${pageCount}`);
    const marksOf = marksForWeekUpTo(origin.provenance.snapshotDate);
    const shown = list.page(page).map((r) => ({ ...r, marks: marksOf(memory?.[r.plan.id]) }));
    return {
      city,
      tdsps,
      selectedTdsp: selected ?? null,
      summary: selected ? memoOnList(plans, `summary:${selected.code}`, () => summarize(plans, selected)) : null,
      view,
      usageKwh: basis.averageKwh,
      basis,
      afterTerm: afterTerm?.view ?? null,
      filters,
      zip: input.zip ? { zip: input.zip, cooperatives: zipCoops } : null,
      utilityPlanCount: plans.length,
      /** The lowest 1,000 kWh price among the plans listed, for titles. */
      lowestRate: list.lowestRate,
      total: ranked.length,
      page,
      pageCount,
      plans: shown,
      /** The utility's market on each recorded date, from price history (null from the saved files). */
      market,
      ...origin,
    };
  });
}

/** A ranked list as pages use it, worked out once per loaded list and inputs (list-memo.ts). */
interface RankedList {
  ranked: RankedPlan[];
  /** The lowest 1,000 kWh price among the plans that pass the filters. */
  lowestRate: number | null;
  /** The card views of one page of the ranking, each page worked out once. */
  page(page: number): RankedPlanView[];
}

/** The plans that pass the filters, in ranking order, with what a page shows of them. */
function rankList(
  plans: PlanDto[],
  view: RankingView,
  basis: YearBasis,
  filters: PlanFilters,
  assumption: AfterTermAssumption | null,
): RankedList {
  const byYear = view === 'year' && assumption !== null;
  // The assumption is part of the list's memo (afterTermFor), so the list and `byYear` stand for it.
  const key = JSON.stringify([byYear, basis.usages, basis.startMonth, basis.averageKwh, filters]);
  return memoOnList(plans, `rank:${key}`, () => {
    const matching = plans.filter((p) => matchesFilters(p, filters));
    const ranked = byYear ? orderForYear(matching, basis, assumption) : orderForUsage(matching, basis.averageKwh);
    const pages = new Map<number, RankedPlanView[]>();
    return {
      ranked,
      lowestRate: matching.length ? Math.min(...matching.map((p) => Number(p.rate1000Kwh))) : null,
      page(page) {
        let views = pages.get(page);
        if (!views) {
          views = ranked.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).map((r) => viewOf(r, basis.averageKwh));
          pages.set(page, views);
        }
        return views;
      },
    };
  });
}

/** The co-ops a ZIP of this city lists (the page says their homes have no choice); ValidationError for a ZIP of another city. */
async function zipCooperatives(
  zip: string,
  cityZips: string[],
  lookup: () => Promise<{ utilities: ServingUtility[] }>,
): Promise<ServingUtility[]> {
  if (!cityZips.includes(zip))
    throw new ValidationError(`ZIP ${zip} is not in this city`, [
      { path: 'zip', message: 'is not a ZIP of this city' },
    ]);
  return (await lookup()).utilities.filter((u) => u.kind === 'cooperative');
}

export type CityPlans = Awaited<ReturnType<typeof listCityPlans>>;
