import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { compileSelect } from '~/server/db/compiled-select';
import { electricityPlans } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import type { PlanDto } from '~/lib/plan';
import { selectPlans, toPlanDto } from './plan-dto';

const byPrice = [asc(electricityPlans.rate1000Kwh), asc(electricityPlans.id)];

// One utility's list is every uncached city page's biggest read: built once (db/compiled-select.ts).
const activePlansOfOneTdsp = compileSelect((db) =>
  selectPlans(db)
    .where(and(eq(electricityPlans.isActive, true), eq(electricityPlans.tdspDuns, sql.placeholder('duns'))))
    .orderBy(...byPrice),
);

/** Active plans of the given TDSPs (by DUNS), with provider, TDSP code and features. */
export async function listActivePlansForTdsps(db: Db, dunsList: string[]): Promise<PlanDto[]> {
  if (dunsList.length === 0) return [];
  const rows =
    dunsList.length === 1
      ? await activePlansOfOneTdsp(db, { duns: dunsList[0] })
      : await selectPlans(db)
          .where(and(eq(electricityPlans.isActive, true), inArray(electricityPlans.tdspDuns, dunsList)))
          .orderBy(...byPrice);
  return rows.map((r) => toPlanDto(r));
}

/** Plans by id (active or not), in the order asked. */
export async function getPlansByIds(db: Db, ids: string[]): Promise<PlanDto[]> {
  if (ids.length === 0) return [];
  const rows = await selectPlans(db).where(inArray(electricityPlans.id, ids));
  const byId = new Map(rows.map((r) => [r.plan.id, toPlanDto(r)]));
  return ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
}
