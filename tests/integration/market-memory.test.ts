import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planPriceMemory, priceChanges, type UtilityDay } from '~/lib/market';
import {
  firstExportDate,
  getMarketFeed,
  getPlanPriceMemory,
  getUtilityMarketDays,
  getUtilityPriceMemory,
  listExportDates,
} from '~/server/queries/market';
import { replayExports } from '~/server/sync/replay';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { modelHistory, RECORDED_DIR } from '../helpers/history-model';

// Five recorded dates: enough for new plans (Octo Simple 24 on 16 Jan), cuts and rises.
const DATES = ['2026-01-15', '2026-01-16', '2026-01-21', '2026-01-22', '2026-01-23'];
const ONCOR = '1039940674000';
const dir = mkdtempSync(path.join(tmpdir(), 'cmp-market-'));
for (const date of DATES) {
  const name = `ptc-export-offers_${date}.reconstructed.csv`;
  symlinkSync(path.join(RECORDED_DIR, name), path.join(dir, name));
}
const model = modelHistory(dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The median as the market section states it: the mean of the middle two for an even count. */
function medianOf(values: number[]): number | null {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return null;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

type HistoryRow = { plan_id: string; date: string; rate: string | null; name: string; term: number; type: string };

/** One utility's days worked out in JavaScript from every history row: what the database's aggregate must equal. */
function referenceDays(rows: HistoryRow[]): UtilityDay[] {
  const byDate = new Map<string, HistoryRow[]>();
  for (const r of rows.filter((x) => x.rate !== null)) byDate.set(r.date, [...(byDate.get(r.date) ?? []), r]);
  return [...byDate.keys()].sort().map((date) => {
    const day = byDate.get(date)!;
    const fixed12 = day.filter((r) => r.term === 12 && r.type === 'fixed');
    const median = medianOf(fixed12.map((r) => Number(r.rate)));
    const cheapest = [...day].sort((a, b) => Number(a.rate) - Number(b.rate) || (a.plan_id < b.plan_id ? -1 : 1))[0]!;
    return {
      date,
      plans: day.length,
      fixed12Count: fixed12.length,
      fixed12Median1000Kwh: median === null ? null : Math.round(median * 100_000) / 100_000,
      cheapest: { planId: cheapest.plan_id, name: cheapest.name, rate1000Kwh: cheapest.rate! },
    };
  });
}

describe.each(driverNames)('market memory from price history on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
    await replayExports(t.handle.db, { dir });
  }, 300_000);
  afterAll(() => t?.dispose());

  it('lists the export dates newest first', async () => {
    expect(await listExportDates(t.handle.db)).toEqual([...DATES].reverse());
    expect(await listExportDates(t.handle.db, 2)).toEqual(['2026-01-23', '2026-01-22']);
  });

  it('gives Oncor, on each date, the median 12-month fixed price and the cheapest plan the files show', async () => {
    const days = await getUtilityMarketDays(t.handle.db, ONCOR);
    expect(days.map((d) => d.date)).toEqual(DATES);
    for (const day of days) {
      // The offers listed that day: one model plan each, with the prices of that date's file.
      const listed = model.plans.filter((p) => p.duns === ONCOR && p.history.has(day.date));
      const price = (p: (typeof listed)[number]) => Number(p.history.get(day.date)![1]);
      const fixed12 = listed.filter((p) => p.key.split('|')[2] === '12' && p.key.split('|')[3] === 'fixed');
      expect(day.plans, day.date).toBe(listed.length);
      expect(day.fixed12Count, day.date).toBe(fixed12.length);
      expect(day.fixed12Count).toBeGreaterThan(10);
      expect(day.fixed12Median1000Kwh).toBeCloseTo(medianOf(fixed12.map(price))!, 9);
      const lowest = Math.min(...listed.map(price));
      expect(Number(day.cheapest!.rate1000Kwh)).toBe(lowest);
      expect(listed.filter((p) => price(p) === lowest).map((p) => p.name)).toContain(day.cheapest!.name);
    }
  });

  it('gives each plan its 1,000 kWh price changes, dated by the export they appeared in', async () => {
    const plans = await t.rows<{ id: string; external_id: string }>(
      sql`SELECT id, external_id FROM electricity_plans WHERE external_id IN ('11677', '35735')`,
    );
    const memory = await getPlanPriceMemory(
      t.handle.db,
      plans.map((p) => p.id),
    );
    for (const p of plans) {
      const m = memory.get(p.id)!;
      const modelPlan = model.plans.find((mp) => mp.lead === p.external_id && mp.history.has(m.firstSeen!))!;
      const expected = priceChanges([...modelPlan.history].map(([date, prices]) => ({ date, rate1000Kwh: prices[1] })));
      expect(m.changes, p.external_id).toEqual(expected);
    }
    const octo24 = plans.filter((p) => p.external_id === '35735').map((p) => memory.get(p.id)!);
    // The reused id's new product is new on 16 Jan; the old one was there when recording began.
    expect(octo24.map((m) => m.newOn).sort()).toEqual(['2026-01-16', null].sort());
  });

  it("works out every utility's days in the database as JavaScript does from every history row", async () => {
    const utilities = await t.rows<{ duns: string }>(sql`SELECT DISTINCT tdsp_duns AS duns FROM electricity_plans`);
    expect(utilities.length).toBeGreaterThan(3);
    for (const { duns } of utilities) {
      const rows = await t.rows<HistoryRow>(sql`
        SELECT h.plan_id, h.snapshot_date::text AS date, h.rate_1000_kwh::text AS rate, p.name,
               p.term_months AS term, p.rate_type AS type
        FROM plan_pricing_history h JOIN electricity_plans p ON p.id = h.plan_id WHERE p.tdsp_duns = ${duns}`);
      expect(await getUtilityMarketDays(t.handle.db, duns), duns).toEqual(referenceDays(rows));
      const two = await getUtilityMarketDays(t.handle.db, duns, { dates: 2 });
      expect(two, duns).toEqual(referenceDays(rows.filter((r) => r.date >= '2026-01-22')));
    }
  });

  it('gives every plan, from the cut-down rows, the memory its whole history gives', async () => {
    const rows = await t.rows<{ plan_id: string; date: string; rate: string | null; duns: string }>(sql`
      SELECT h.plan_id, h.snapshot_date::text AS date, h.rate_1000_kwh::text AS rate, p.tdsp_duns AS duns
      FROM plan_pricing_history h JOIN electricity_plans p ON p.id = h.plan_id WHERE p.is_active`);
    const first = await firstExportDate(t.handle.db);
    const expected = new Map<string, { date: string; rate1000Kwh: string | null }[]>();
    for (const r of rows)
      expected.set(r.plan_id, [...(expected.get(r.plan_id) ?? []), { date: r.date, rate1000Kwh: r.rate }]);
    const byIds = await getPlanPriceMemory(t.handle.db, [...expected.keys()]);
    const byUtility = new Map(
      (
        await Promise.all([...new Set(rows.map((r) => r.duns))].map((d) => getUtilityPriceMemory(t.handle.db, d)))
      ).flatMap((m) => [...m]),
    );
    let changed = 0;
    for (const [id, points] of expected) {
      const whole = planPriceMemory(points, first);
      changed += whole.changes.length;
      expect(byIds.get(id), id).toEqual(whole);
      expect(byUtility.get(id), id).toEqual(whole);
    }
    expect(byUtility.size).toBe(expected.size);
    expect(changed).toBeGreaterThan(10);
  });

  it('feeds the new plans and price drops of the newest dates, matching the files', async () => {
    const feed = await getMarketFeed(t.handle.db, { tdspDuns: [ONCOR], dates: 2 });
    expect(feed.dates).toEqual(['2026-01-23', '2026-01-22']);
    const window = new Set(feed.dates);
    const expected: string[] = [];
    for (const p of model.plans.filter((mp) => mp.duns === ONCOR)) {
      const history = [...p.history];
      if (window.has(history[0]![0]) && history[0]![0] > DATES[0]!) expected.push(`${history[0]![0]} new ${p.name}`);
      for (const c of priceChanges(history.map(([date, prices]) => ({ date, rate1000Kwh: prices[1] })))) {
        if (c.direction === 'cut' && window.has(c.date))
          expected.push(`${c.date} price-drop ${p.name} ${c.from}→${c.to}`);
      }
    }
    const got = feed.entries.map((e) =>
      e.kind === 'new' ? `${e.date} new ${e.name}` : `${e.date} price-drop ${e.name} ${e.from}→${e.to}`,
    );
    expect([...got].sort()).toEqual(expected.sort());
    expect(got.length).toBeGreaterThan(0);
    expect(feed.entries.every((e, i) => i === 0 || feed.entries[i - 1]!.date >= e.date)).toBe(true);
  });
});
