import { filterSegments, type PlanFilters } from '~/lib/plan-filters';

/** Path of a city page, with indexable filter segments when the filters can be a path. */
export function cityPath(slug: string, filters: PlanFilters = {}): string {
  const segments = filterSegments(filters);
  return `/texas/${slug}${segments && segments.length ? `/${segments.join('/')}` : ''}`;
}

/** Query string for list state that is not part of the path (usage, utility, page, other filters). */
export function listQuery(params: Record<string, string | number | boolean | undefined | null>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== false && v !== '') q.set(k, String(v));
  // Commas are legal in a query and keep `months=820,760,…` readable.
  const s = q.toString().replace(/%2C/gi, ',');
  return s ? `?${s}` : '';
}
