import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { planPriceMemory, type PlanPriceMemory, type PricePoint } from '~/lib/market';
import { rowsOf } from '~/server/db/rows';
import { electricityPlans, planPricingHistory } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { firstExportDate } from './export-dates';

/**
 * For each plan: first seen, "new on" and every change of its 1,000 kWh price with the export
 * date it appeared in, from its price history alone. One query for a whole list of plans (a
 * compare page's few, say); a plan without history gets an empty memory.
 */
export async function getPlanPriceMemory(db: Db, planIds: string[]): Promise<Map<string, PlanPriceMemory>> {
  if (planIds.length === 0) return new Map();
  const { points, first } = await historyOf(db, inArray(planPricingHistory.planId, planIds));
  return new Map(planIds.map((id) => [id, planPriceMemory(points.get(id) ?? [], first)]));
}

/**
 * The memory of every active plan of one utility (by DUNS), the plans a city page lists. Keyed
 * by the utility rather than by the ~150 ids, so it need not wait for the plan list and its
 * statement text stays the same (prepared once); a plan without history has no entry.
 */
export async function getUtilityPriceMemory(db: Db, tdspDuns: string): Promise<Map<string, PlanPriceMemory>> {
  const active = db
    .select({ id: electricityPlans.id })
    .from(electricityPlans)
    .where(and(eq(electricityPlans.isActive, true), eq(electricityPlans.tdspDuns, tdspDuns)));
  const { points, first } = await historyOf(db, inArray(planPricingHistory.planId, active));
  return new Map([...points].map(([id, history]) => [id, planPriceMemory(history, first)]));
}

/**
 * The history rows a memory is worked out from, cut down in the database to those that can
 * matter: each plan's first row (first seen, priced or not) and, among its priced rows, the
 * first, the last and both sides of every price change, each once. planPriceMemory gives the same answer
 * from these as from every row (runs of an unchanged price add nothing), and a city page reads
 * a few hundred rows instead of ~150 plans × every recorded date.
 */
async function historyOf(db: Db, where: SQL): Promise<{ points: Map<string, PricePoint[]>; first: string | null }> {
  const [rows, first] = await Promise.all([
    db.execute(sql`
      WITH h AS (
        SELECT plan_id, snapshot_date, rate_1000_kwh FROM ${planPricingHistory} WHERE ${where}
      ),
      priced AS (
        SELECT plan_id, snapshot_date, rate_1000_kwh,
               lag(rate_1000_kwh) OVER w AS before, lead(rate_1000_kwh) OVER w AS after,
               row_number() OVER w AS n, count(*) OVER (PARTITION BY plan_id) AS total
        FROM h WHERE rate_1000_kwh IS NOT NULL
        WINDOW w AS (PARTITION BY plan_id ORDER BY snapshot_date)
      )
      SELECT plan_id, snapshot_date::text AS date, rate_1000_kwh::text AS rate FROM priced
      WHERE n = 1 OR n = total OR before <> rate_1000_kwh OR after <> rate_1000_kwh
      UNION
      (SELECT DISTINCT ON (plan_id) plan_id, snapshot_date::text, rate_1000_kwh::text FROM h
       ORDER BY plan_id, snapshot_date)`),
    firstExportDate(db),
  ]);
  const points = new Map<string, PricePoint[]>();
  for (const r of rowsOf<{ plan_id: string; date: string; rate: string | null }>(rows)) {
    const point = { date: r.date, rate1000Kwh: r.rate };
    const history = points.get(r.plan_id);
    if (history) history.push(point);
    else points.set(r.plan_id, [point]);
  }
  return { points, first };
}
