import { sql } from 'drizzle-orm';
import type { UtilityDay } from '~/lib/market';
import { rowsOf } from '~/server/db/rows';
import { electricityPlans, planPricingHistory } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { listExportDates } from './export-dates';

interface DayRow {
  date: string;
  plans: number;
  fixed12_count: number;
  median: number | string | null;
  plan_id: string;
  name: string;
  rate: string;
}

/**
 * One utility (by DUNS) on each of the `dates` newest export dates (all when omitted), oldest
 * first: how many plans were on sale that day (had a 1,000 kWh price recorded for it), the median
 * 1,000 kWh price of its 12-month fixed-rate plans (the mean of the middle two for an even count),
 * and its cheapest plan at 1,000 kWh (ties: the lowest plan id). Worked out in the database, which
 * returns a row per date where the ~150 plans × every date of history would cost a city page
 * thousands of rows to read and parse.
 */
export async function getUtilityMarketDays(
  db: Db,
  tdspDuns: string,
  opts: { dates?: number } = {},
): Promise<UtilityDay[]> {
  // Every date (a city page) needs no lower bound, and so no round trip to find one first.
  let oldest: string | undefined;
  if (opts.dates !== undefined) {
    oldest = (await listExportDates(db, opts.dates)).at(-1);
    if (!oldest) return [];
  }
  const since = oldest === undefined ? sql`` : sql`AND h.snapshot_date >= ${oldest}`;
  const fixed12 = sql`r.term_months = 12 AND r.rate_type = 'fixed'`;
  const rows = rowsOf<DayRow>(
    await db.execute(sql`
      WITH r AS (
        SELECT h.snapshot_date AS date, h.plan_id, p.name, p.term_months, p.rate_type, h.rate_1000_kwh AS rate
        FROM ${planPricingHistory} h JOIN ${electricityPlans} p ON p.id = h.plan_id
        WHERE p.tdsp_duns = ${tdspDuns} AND h.rate_1000_kwh IS NOT NULL ${since}
      ),
      d AS (
        SELECT r.date, count(*)::int AS plans, (count(*) FILTER (WHERE ${fixed12}))::int AS fixed12_count,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY r.rate::float8) FILTER (WHERE ${fixed12}) AS median
        FROM r GROUP BY r.date
      ),
      c AS (
        SELECT DISTINCT ON (r.date) r.date, r.plan_id, r.name, r.rate
        FROM r ORDER BY r.date, r.rate, r.plan_id COLLATE "C"
      )
      SELECT d.date::text AS date, d.plans, d.fixed12_count, d.median, c.plan_id, c.name, c.rate::text AS rate
      FROM d JOIN c ON c.date = d.date
      ORDER BY d.date`),
  );
  return rows.map((r) => ({
    date: r.date,
    plans: r.plans,
    fixed12Count: r.fixed12_count,
    // Two 4-decimal prices average to at most 5 decimals; rounding drops float noise only.
    fixed12Median1000Kwh: r.median === null ? null : Math.round(Number(r.median) * 100_000) / 100_000,
    cheapest: { planId: r.plan_id, name: r.name, rate1000Kwh: r.rate },
  }));
}
