import { costCurve, DEFAULT_USAGE_KWH, monthlyCost, planTraps } from '../../../lib/cost';
import { isObjectId } from '../../../lib/object-id';
import type { z } from 'zod';
import { cached, cacheKey, getCache, TTL } from '../../cache';
import { NotFoundError } from '../../errors';
import { requestContext } from '../../http/request-context';
import { planBaseSchema } from '../cache-schemas';
import { listLargestCitiesForTdsp } from '../../queries/cities/list-cities-for-tdsp';
import { getPlanHistory, getPlansByIds } from '../../queries/plans';
import { readDataVersion } from '../data-version';
import { savedInfoOf, savedIndex, type SavedInfo } from '../../fallback/saved-data';
import type { PlanDto } from '../../queries/plans';
import { provenanceOf, savedProvenance, type Provenance } from '../provenance';
import { savedCitiesForTdsp, savedPlansByIds } from '../saved/saved-plans';
import { withFallback } from '../with-fallback';
import type { ServiceDeps } from '../with-db';
import { toPricing } from './rank-plans';

/** Everything the plan page shows: facts, costs, curve, history, traps and where it is offered. */
export async function getPlanDetails(input: { id: string; usageKwh?: number }, deps: ServiceDeps = {}) {
  if (!isObjectId(input.id)) throw new NotFoundError(`No plan "${input.id}"`);
  const usageKwh = input.usageKwh ?? DEFAULT_USAGE_KWH;
  return withFallback(
    deps,
    async (db) => {
      const version = await readDataVersion(db);
      const base = await cached(
        {
          key: cacheKey('plan', version?.id ?? null, { id: input.id }),
          ttlSeconds: TTL.plans,
          schema: planBaseSchema,
          load: async () => {
            const [plan] = await getPlansByIds(db, [input.id]);
            if (!plan) throw new NotFoundError(`No plan "${input.id}"`);
            const [history, cities] = await Promise.all([
              getPlanHistory(db, plan.id),
              listLargestCitiesForTdsp(db, plan.tdspCode, 12),
            ]);
            return { plan, history, cities };
          },
        },
        getCache(),
        requestContext()?.timing,
      );
      return present(base.plan, usageKwh, base.history, base.cities, provenanceOf(version), null);
    },
    async () => {
      // The saved files carry no price history: the page says so instead of failing.
      const [plan] = await savedPlansByIds([input.id]);
      const index = await savedIndex();
      return present(
        plan!,
        usageKwh,
        null,
        await savedCitiesForTdsp(plan!.tdspCode, 12),
        savedProvenance(index),
        savedInfoOf(index),
      );
    },
  );
}

type HistoryRow = z.infer<typeof planBaseSchema>['history'][number];

function present(
  plan: PlanDto,
  usageKwh: number,
  history: HistoryRow[] | null,
  cities: { tdspName: string | null; total: number; largest: { slug: string; name: string }[] },
  provenance: Provenance,
  saved: SavedInfo | null,
) {
  const pricing = toPricing(plan);
  return {
    plan,
    isActive: plan.isActive ?? false,
    usageKwh,
    atUsage: monthlyCost(pricing, usageKwh),
    atPosted: [500, 1000, 2000].map((u) => monthlyCost(pricing, u)),
    curve: costCurve(pricing),
    traps: planTraps(pricing),
    history: (history ?? []).map((h) => ({
      date: h.date,
      rate500: h.rate500Kwh === null ? null : Number(h.rate500Kwh),
      rate1000: h.rate1000Kwh === null ? null : Number(h.rate1000Kwh),
      rate2000: h.rate2000Kwh === null ? null : Number(h.rate2000Kwh),
      changedFields: h.changedFields ?? [],
    })),
    historyAvailable: history !== null,
    cities,
    provenance,
    saved,
  };
}

export type PlanDetails = Awaited<ReturnType<typeof getPlanDetails>>;
