import { filterSegments, parseFilterSegments, type PlanFilters } from '~/lib/plan-filters';
import { isSlug } from '~/lib/slug';
import { NotFoundError } from '~/server/core/errors';
import { filtersOf, parseQuery, planListQuery, usageOf, usageParams, type PlanListQuery } from './params';
import { cityPath, listQuery } from './urls';

const FILTER_PARAMS = ['term', 'rate', 'green', 'prepaid', 'tou', 'autopay', 'nodeposit'] as const;

/** Query parameters a link keeps; undefined ones are left out. */
export type LinkState = Record<string, string | number | undefined>;

/** How a city page request resolves: a redirect to its canonical URL, or what to render. */
export type CityRoute =
  | { redirect: string }
  | {
      input: {
        citySlug: string;
        usage: { averageKwh: number; months: number[] | null };
        view: 'year' | 'month';
        filters: PlanFilters;
        page: number;
        utility?: string;
        zip?: string;
      };
      canonicalPath: string;
      basePath: string;
      indexable: boolean;
      /** What every link of the page keeps: usage, months, view, utility, ZIP and the filters not in the path. */
      keep: LinkState;
    };

/**
 * Resolves /texas/[city]/[...filters]?query. Filters that can be an indexable path (at most two
 * known segments, canonical order) always live in the path: a filter form submitted as a query
 * string, or segments in another order, redirect there. Any other state (usage, months, view,
 * utility, other filters) stays in the query string, and such pages carry noindex with the
 * canonical pointing at the city or filter page they refine. Unknown parameters are never kept.
 */
export function resolveCityRoute(citySlug: string, rest: string | undefined, url: URL): CityRoute {
  // Checked before any redirect is built from it: a slug is all a city path may hold.
  if (!isSlug(citySlug)) throw new NotFoundError(`No Texas city "${citySlug.slice(0, 100)}"`);
  const segments = rest ? rest.split('/').filter(Boolean) : [];
  const fromPath = parseFilterSegments(segments);
  if (!fromPath) throw new NotFoundError(`No filter page /texas/${citySlug}/${segments.join('/')}`);
  const query = parseQuery(planListQuery, url.searchParams);
  const filters: PlanFilters = { ...fromPath.filters, ...filtersOf(query) };
  const pathSegments = filterSegments(filters);
  const state: LinkState = {
    ...usageParams({ usage: query.usage, months: query.months, view: query.view }),
    utility: query.utility,
    zip: query.zip,
    ...(pathSegments ? {} : queryFilters(query)),
  };
  const page = query.page > 1 ? query.page : undefined;

  // One URL per list: filters in the path where they can be, the rest in a fixed order, the
  // bills form's twelve `months` fields as one list, and nothing the page does not read.
  const basePath = pathSegments ? cityPath(citySlug, filters) : `/texas/${citySlug}`;
  const target = basePath + listQuery({ ...state, page });
  if (target !== url.pathname + url.search) return { redirect: target };
  const extra = Object.values(state).some((v) => v !== undefined);
  return {
    input: {
      citySlug,
      usage: usageOf(query),
      view: query.view,
      filters,
      page: query.page,
      ...(query.utility ? { utility: query.utility } : {}),
      ...(query.zip ? { zip: query.zip } : {}),
    },
    basePath,
    canonicalPath: extra ? basePath : basePath + listQuery({ page }),
    indexable: !extra,
    keep: state,
  };
}

/** The filters as query parameters, for lists whose filters cannot be a path. */
function queryFilters(q: PlanListQuery): LinkState {
  return Object.fromEntries(FILTER_PARAMS.map((p) => [p, q[p]]));
}
