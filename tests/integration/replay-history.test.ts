import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayExports, type ReplayResult } from '~/server/sync/replay';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { modelHistory, productKey, RECORDED_DIR } from '../helpers/history-model';
import { recordedTerritory } from '../helpers/recorded';

const model = modelHistory();

interface DbPlan {
  id: string;
  external_id: string;
  provider: string;
  tdsp_duns: string;
  term_months: number;
  rate_type: string;
  name: string;
  names: string[];
  is_active: boolean;
}
interface DbHistory {
  plan_id: string;
  date: string;
  rate_500_kwh: string;
  rate_1000_kwh: string;
  rate_2000_kwh: string;
}

describe.each(driverNames)('replaying the 18 recorded exports on %s', (driver) => {
  let t: TestDatabase;
  let result: ReplayResult;
  let plans: DbPlan[];
  let history: DbHistory[];

  beforeAll(async () => {
    t = await drivers[driver]();
    result = await replayExports(t.handle.db, { dir: RECORDED_DIR, territory: recordedTerritory() });
    plans = await t.rows<DbPlan>(sql`
      SELECT p.id, p.external_id, r.name AS provider, p.tdsp_duns, p.term_months, p.rate_type, p.name, p.is_active,
             ARRAY[p.name] || COALESCE(ARRAY(SELECT d->>'name' FROM jsonb_array_elements(p.alternate_documents) d), '{}') AS names
      FROM electricity_plans p JOIN providers r ON r.id = p.provider_id`);
    history = await t.rows<DbHistory>(sql`
      SELECT plan_id, snapshot_date::text AS date, rate_500_kwh, rate_1000_kwh, rate_2000_kwh
      FROM plan_pricing_history ORDER BY plan_id, snapshot_date`);
  }, 600_000);
  afterAll(() => t?.dispose());

  it('imports all 18 exports in date order and refuses none', async () => {
    expect(result.imported.map((s) => s.snapshotDate)).toEqual(model.days.map((d) => d.date));
    expect(model.days).toHaveLength(18);
    const runs = await t.rows<{ status: string; n: number }>(
      sql`SELECT status, COUNT(*)::int AS n FROM data_sync_runs GROUP BY status`,
    );
    expect(runs).toEqual([{ status: 'succeeded', n: 18 }]);
  });

  it('begins, reprices and ends as many plans each date as the files imply', () => {
    const got = result.imported.map((s) => ({
      date: s.snapshotDate,
      added: s.tables.plans?.inserted,
      changed: s.plans.priceChanges,
      ended: s.tables.plans?.deactivated,
    }));
    expect(got).toEqual(model.days);
  });

  it('gives every plan exactly the history of one product, a row for each date it was listed', () => {
    const byPlan = new Map<string, Map<string, [string, string, string]>>();
    for (const h of history) {
      const rows = byPlan.get(h.plan_id) ?? new Map();
      rows.set(h.date, [h.rate_500_kwh, h.rate_1000_kwh, h.rate_2000_kwh]);
      byPlan.set(h.plan_id, rows);
    }
    const show = (m: Map<string, string[]>) => JSON.stringify([...m]);
    const expected = model.plans.map((p) => `${p.key} ${show(p.history)}`).sort();
    const actual = plans
      .map((p) => {
        const key = productKey({
          provider: p.provider,
          duns: p.tdsp_duns,
          term: p.term_months,
          rateType: p.rate_type,
          name: p.name,
        });
        return `${key} ${show(byPlan.get(p.id) ?? new Map())}`;
      })
      .sort();
    expect(actual).toHaveLength(model.plans.length);
    expect(actual).toEqual(expected);
  });

  it("holds, in every history row, the prices of the plan's own product in that date's file", () => {
    const planById = new Map(plans.map((p) => [p.id, p]));
    const wrong: string[] = [];
    for (const h of history) {
      const p = planById.get(h.plan_id)!;
      const own = (model.rowsByDate.get(h.date) ?? []).filter(
        (o) =>
          o.rep === p.provider &&
          o.tdsp.duns === p.tdsp_duns &&
          o.termMonths === p.term_months &&
          o.rateType === p.rate_type &&
          p.names.includes(o.product),
      );
      const match = own.some(
        (o) => o.rate500 === h.rate_500_kwh && o.rate1000 === h.rate_1000_kwh && o.rate2000 === h.rate_2000_kwh,
      );
      if (!match) wrong.push(`${p.external_id} ${p.name} on ${h.date}`);
    }
    expect(wrong).toEqual([]);
    expect(history.length).toBe(model.plans.reduce((n, p) => n + p.history.size, 0));
  });

  it('ends "TrueClassic 6" on 22 Jan and begins "TrueClassic 18" under the same id 20508 on 28 Jan', async () => {
    const rows = await t.rows<{ name: string; is_active: boolean; first: string; last: string; n: number }>(sql`
      SELECT p.name, p.is_active, MIN(h.snapshot_date)::text AS first, MAX(h.snapshot_date)::text AS last,
             COUNT(*)::int AS n
      FROM electricity_plans p JOIN plan_pricing_history h ON h.plan_id = p.id
      WHERE p.external_id = '20508' GROUP BY p.id ORDER BY first`);
    expect(rows).toEqual([
      { name: 'TrueClassic 6', is_active: false, first: '2026-01-10', last: '2026-01-22', n: 11 },
      { name: 'TrueClassic 18', is_active: true, first: '2026-01-28', last: '2026-01-29', n: 2 },
    ]);
  });

  it('ends "Octo Simple 8" on 15 Jan and begins "Octo Simple 24" under the same id 35735 on 16 Jan', async () => {
    const rows = await t.rows<{ name: string; term_months: number; first: string; last: string }>(sql`
      SELECT p.name, p.term_months, MIN(h.snapshot_date)::text AS first, MAX(h.snapshot_date)::text AS last
      FROM electricity_plans p JOIN plan_pricing_history h ON h.plan_id = p.id
      WHERE p.external_id = '35735' GROUP BY p.id ORDER BY first`);
    // The id is last listed on 22 Jan, so both plans have ended by the 29th.
    expect(rows).toEqual([
      { name: 'Octo Simple 8', term_months: 8, first: '2026-01-10', last: '2026-01-15' },
      { name: 'Octo Simple 24', term_months: 24, first: '2026-01-16', last: '2026-01-22' },
    ]);
  });

  it('keeps one plan, with every price it posted, for an id whose product stays while its prices change', async () => {
    const rows = await t.rows<{ id: string; n: number; prices: number }>(sql`
      SELECT p.id, COUNT(*)::int AS n, COUNT(DISTINCT h.rate_1000_kwh)::int AS prices
      FROM electricity_plans p JOIN plan_pricing_history h ON h.plan_id = p.id
      WHERE p.external_id = '11677' GROUP BY p.id`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.prices).toBeGreaterThan(1);
  });

  it('replays nothing the second time: every export is already synced', async () => {
    const again = await replayExports(t.handle.db, { dir: RECORDED_DIR });
    expect(again.imported).toEqual([]);
    expect(again.skipped).toHaveLength(18);
  });
});
