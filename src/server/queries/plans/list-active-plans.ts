import { and, asc, eq, inArray } from 'drizzle-orm';
import { electricityPlans } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import type { PlanDto } from '~/lib/plan';
import { selectPlans, toPlanDto } from './plan-dto';

/** Active plans of the given TDSPs (by DUNS), with provider, TDSP code and features. */
export async function listActivePlansForTdsps(db: Db, dunsList: string[]): Promise<PlanDto[]> {
  if (dunsList.length === 0) return [];
  const rows = await selectPlans(db)
    .where(and(eq(electricityPlans.isActive, true), inArray(electricityPlans.tdspDuns, dunsList)))
    .orderBy(asc(electricityPlans.rate1000Kwh), asc(electricityPlans.id));
  return rows.map((r) => toPlanDto(r));
}

/** Plans by id (active or not), in the order asked. */
export async function getPlansByIds(db: Db, ids: string[]): Promise<PlanDto[]> {
  if (ids.length === 0) return [];
  const rows = await selectPlans(db).where(inArray(electricityPlans.id, ids));
  const byId = new Map(rows.map((r) => [r.plan.id, toPlanDto(r)]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
