import { DEFAULT_USAGE_KWH } from '~/lib/cost';
import { filterSegments, parseFilterSegments, type PlanFilters } from '~/lib/plan-filters';
import { NotFoundError } from '~/server/core/errors';
import { filtersOf, parseQuery, planListQuery } from './params';
import { cityPath, listQuery } from './urls';

const FILTER_PARAMS = ['term', 'rate', 'green', 'prepaid', 'tou', 'autopay', 'nodeposit'];

/** How a city page request resolves: a redirect to its canonical URL, or what to render. */
export type CityRoute =
  | { redirect: string }
  | {
      input: { citySlug: string; usageKwh: number; filters: PlanFilters; page: number; utility?: string };
      canonicalPath: string;
      basePath: string;
      indexable: boolean;
    };

/**
 * Resolves /texas/[city]/[...filters]?query. Filters that can be an indexable path (at most two
 * known segments, canonical order) always live in the path: a filter form submitted as a query
 * string, or segments in another order, redirect there. Any other state (usage, utility, other
 * filters) stays in the query string, and such pages carry noindex with the canonical pointing
 * at the city or filter page they refine.
 */
export function resolveCityRoute(citySlug: string, rest: string | undefined, url: URL): CityRoute {
  const segments = rest ? rest.split('/').filter(Boolean) : [];
  const fromPath = parseFilterSegments(segments);
  if (!fromPath) throw new NotFoundError(`No filter page /texas/${citySlug}/${segments.join('/')}`);
  const query = parseQuery(planListQuery, url.searchParams);
  const filters: PlanFilters = { ...fromPath.filters, ...filtersOf(query) };
  const pathSegments = filterSegments(filters);
  const hasQueryFilters = FILTER_PARAMS.some((p) => url.searchParams.get(p));
  const keep = {
    usage: query.usage === DEFAULT_USAGE_KWH ? undefined : query.usage,
    utility: query.utility,
    page: query.page > 1 ? query.page : undefined,
  };

  if (pathSegments && (hasQueryFilters || pathSegments.join('/') !== segments.join('/'))) {
    const target = cityPath(citySlug, filters) + listQuery(keep);
    if (target !== url.pathname + url.search) return { redirect: target };
  }
  const basePath = pathSegments ? cityPath(citySlug, filters) : `/texas/${citySlug}`;
  const extra = url.searchParams.has('usage') || url.searchParams.has('utility') || (!pathSegments && hasQueryFilters);
  return {
    input: {
      citySlug,
      usageKwh: query.usage,
      filters,
      page: query.page,
      ...(query.utility ? { utility: query.utility } : {}),
    },
    basePath,
    canonicalPath: extra ? basePath : basePath + listQuery({ page: keep.page }),
    indexable: !extra,
  };
}
