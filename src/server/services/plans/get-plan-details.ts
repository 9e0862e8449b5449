import { costCurve, DEFAULT_USAGE_KWH, monthlyCost, planTraps } from '../../../lib/cost';
import { isObjectId } from '../../../lib/object-id';
import { NotFoundError } from '../../errors';
import { listLargestCitiesForTdsp } from '../../queries/cities/list-cities-for-tdsp';
import { getPlanHistory, getPlansByIds } from '../../queries/plans';
import { getDataVersion } from '../../queries/sync/get-data-version';
import { provenanceOf } from '../provenance';
import { withDb, type ServiceDeps } from '../with-db';
import { toPricing } from './rank-plans';

/** Everything the plan page shows: facts, costs, curve, history, traps and where it is offered. */
export async function getPlanDetails(input: { id: string; usageKwh?: number }, deps: ServiceDeps = {}) {
  if (!isObjectId(input.id)) throw new NotFoundError(`No plan "${input.id}"`);
  const usageKwh = input.usageKwh ?? DEFAULT_USAGE_KWH;
  return withDb(deps, async (db) => {
    const [plan] = await getPlansByIds(db, [input.id]);
    if (!plan) throw new NotFoundError(`No plan "${input.id}"`);
    const pricing = toPricing(plan);
    const [history, version, cities] = await Promise.all([
      getPlanHistory(db, plan.id),
      getDataVersion(db),
      listLargestCitiesForTdsp(db, plan.tdspCode, 12),
    ]);
    return {
      plan,
      isActive: plan.isActive ?? false,
      usageKwh,
      atUsage: monthlyCost(pricing, usageKwh),
      atPosted: [500, 1000, 2000].map((u) => monthlyCost(pricing, u)),
      curve: costCurve(pricing),
      traps: planTraps(pricing),
      history: history.map((h) => ({
        date: h.date,
        rate500: h.rate500Kwh === null ? null : Number(h.rate500Kwh),
        rate1000: h.rate1000Kwh === null ? null : Number(h.rate1000Kwh),
        rate2000: h.rate2000Kwh === null ? null : Number(h.rate2000Kwh),
        changedFields: h.changedFields ?? [],
      })),
      cities,
      provenance: provenanceOf(version),
    };
  });
}

export type PlanDetails = Awaited<ReturnType<typeof getPlanDetails>>;
