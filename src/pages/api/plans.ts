import type { APIRoute } from 'astro';
import { z } from 'zod';
import { isSlug } from '~/lib/slug';
import { ValidationError } from '~/server/core/errors';
import { profileOf } from '~/server/http/cache-control';
import { json, jsonError } from '~/server/http/json';
import { filtersOf, parseQuery, planListQuery } from '~/server/http/params';
import { listCityPlans } from '~/server/services/plans';

const query = planListQuery.extend({ city: z.string().max(100).refine(isSlug, 'is not a city slug') });

/** GET /api/plans?city=dallas&usage=1500&term=12… → the city's plans ranked at that usage. */
export const GET: APIRoute = async ({ url }) => {
  try {
    if (!url.searchParams.get('city'))
      throw new ValidationError('city is required', [{ path: 'city', message: 'is required' }]);
    const q = parseQuery(query, url.searchParams);
    const data = await listCityPlans({
      citySlug: q.city,
      usageKwh: q.usage,
      filters: filtersOf(q),
      page: q.page,
      ...(q.utility ? { utility: q.utility } : {}),
    });
    return json(
      {
        city: data.city,
        utility: data.selectedTdsp,
        usageKwh: data.usageKwh,
        filters: data.filters,
        total: data.total,
        page: data.page,
        pageCount: data.pageCount,
        source: data.provenance,
        plans: data.plans.map((r) => ({
          rank: r.rank,
          estimatedBill: Math.round(r.bill * 100) / 100,
          centsPerKwh: r.centsPerKwh,
          approximate: r.approximate,
          warnings: r.traps,
          plan: r.plan,
        })),
      },
      { cache: profileOf(data) },
    );
  } catch (error) {
    return jsonError(error);
  }
};
