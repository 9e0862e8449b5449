import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medianOf, priceChanges } from '~/lib/market';
import { getMarketFeed, getPlanPriceMemory, getUtilityMarketDays, listExportDates } from '~/server/queries/market';
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
