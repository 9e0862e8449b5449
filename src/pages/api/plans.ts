import type { APIRoute } from 'astro';
import { z } from 'zod';
import { isSlug } from '~/lib/slug';
import { ValidationError } from '~/server/core/errors';
import { profileOf } from '~/server/http/cache-control';
import { json, jsonError } from '~/server/http/json';
import { filtersOf, parseQuery, planListQuery, usageOf } from '~/server/http/params';
import { listCityPlans, presentPlanList } from '~/server/services/plans';

const query = planListQuery.extend({
  city: z.string().max(100).refine(isSlug, 'is not a city slug'),
  // Text fields only (caveat, warnings, year notes); the data is the same in both languages.
  lang: z.enum(['en', 'es']).default('en'),
});

/**
 * GET /api/plans?city=dallas&usage=1500&term=12… → the city's plans ranked as the page ranks
 * them: by the next twelve months by default, by one month with view=month (see docs/api.md).
 */
export const GET: APIRoute = async ({ url }) => {
  try {
    if (!url.searchParams.get('city'))
      throw new ValidationError('city is required', [{ path: 'city', message: 'is required' }]);
    const q = parseQuery(query, url.searchParams);
    const data = await listCityPlans({
      citySlug: q.city,
      usage: usageOf(q),
      view: q.view,
      filters: filtersOf(q),
      page: q.page,
      ...(q.utility ? { utility: q.utility } : {}),
      ...(q.zip ? { zip: q.zip } : {}),
    });
    return json(presentPlanList(data, q.lang), { cache: profileOf(data) });
  } catch (error) {
    return jsonError(error);
  }
};
