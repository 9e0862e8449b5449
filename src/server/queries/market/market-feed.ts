import { and, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import { feedEntries, type FeedEntry, type PricePoint } from '~/lib/market';
import { electricityPlans, planPricingHistory, providers } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { firstExportDate, listExportDates } from './export-dates';

/** The changes of the newest export dates for some utilities, and the dates they cover. */
export interface MarketFeed {
  /** The export dates covered, newest first. */
  dates: string[];
  entries: FeedEntry[];
}

/**
 * New plans and 1,000 kWh price drops of the `dates` newest export dates among the plans of
 * the given utilities (a city's: pass its primary and other TDSPs), newest first, each dated by
 * the export it appeared in: what an Atom feed of a city or utility lists.
 */
export async function getMarketFeed(db: Db, opts: { tdspDuns: string[]; dates: number }): Promise<MarketFeed> {
  const [dates, first] = await Promise.all([listExportDates(db, opts.dates), firstExportDate(db)]);
  const oldest = dates.at(-1);
  if (!oldest || opts.tdspDuns.length === 0) return { dates, entries: [] };
  const ofUtilities = inArray(electricityPlans.tdspDuns, opts.tdspDuns);
  const columns = {
    planId: planPricingHistory.planId,
    date: planPricingHistory.snapshotDate,
    rate1000Kwh: planPricingHistory.rate1000Kwh,
  };
  const [inWindow, before] = await Promise.all([
    db
      .select({
        ...columns,
        name: electricityPlans.name,
        provider: providers.name,
        tdspDuns: electricityPlans.tdspDuns,
      })
      .from(planPricingHistory)
      .innerJoin(electricityPlans, eq(electricityPlans.id, planPricingHistory.planId))
      .innerJoin(providers, eq(providers.id, electricityPlans.providerId))
      .where(and(ofUtilities, gte(planPricingHistory.snapshotDate, oldest))),
    // Each plan's last price before the window: a first change inside it needs it, and a plan
    // that has one is not new inside the window.
    db
      .selectDistinctOn([planPricingHistory.planId], columns)
      .from(planPricingHistory)
      .innerJoin(electricityPlans, eq(electricityPlans.id, planPricingHistory.planId))
      .where(and(ofUtilities, lt(planPricingHistory.snapshotDate, oldest)))
      .orderBy(planPricingHistory.planId, sql`${planPricingHistory.snapshotDate} desc`),
  ]);
  const plans = new Map<
    string,
    { planId: string; name: string; provider: string; tdspDuns: string; points: PricePoint[] }
  >();
  for (const r of inWindow) {
    const plan = plans.get(r.planId) ?? {
      planId: r.planId,
      name: r.name,
      provider: r.provider,
      tdspDuns: r.tdspDuns,
      points: [],
    };
    plan.points.push({ date: r.date, rate1000Kwh: r.rate1000Kwh });
    plans.set(r.planId, plan);
  }
  for (const r of before) plans.get(r.planId)?.points.push({ date: r.date, rate1000Kwh: r.rate1000Kwh });
  return { dates, entries: feedEntries([...plans.values()], dates, first) };
}
