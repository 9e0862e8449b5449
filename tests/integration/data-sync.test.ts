import { eq, sql } from 'drizzle-orm';
import { cities } from '~/server/db/schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PtcHeaderError } from '~/server/sync/ptc/errors';
import { runSync } from '~/server/sync/run-sync';
import type { SyncSummary } from '~/server/sync/summary';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { planFile, recordedTerritory } from '../helpers/recorded';
import { snapshotTables } from '../helpers/table-snapshot';

describe.each(driverNames)('data sync on %s', (driver) => {
  let t: TestDatabase;
  let first: SyncSummary;
  const plan = async (externalId: string) =>
    (await t.rows<Record<string, unknown>>(sql`SELECT * FROM electricity_plans WHERE external_id = ${externalId}`))[0];

  beforeAll(async () => {
    t = await drivers[driver]();
    first = await runSync(t.handle.db, { plans: planFile('jan10'), territory: recordedTerritory() });
  }, 180_000);
  afterAll(() => t?.dispose());

  it('imports every offer once per utility, as many as the file has', async () => {
    const rows = await t.rows<{ code: string; plans: number; listed: number }>(sql`
      SELECT t.code, COUNT(*)::int AS plans, SUM(1 + cardinality(p.alternate_external_ids))::int AS listed
      FROM electricity_plans p JOIN tdsp_territories t ON t.duns = p.tdsp_duns
      GROUP BY t.code ORDER BY t.code`);
    // `listed` counts the export rows behind each offer: the file's rows per utility.
    expect(rows).toEqual([
      { code: 'AEP_CENTRAL', plans: 171, listed: 327 },
      { code: 'AEP_NORTH', plans: 172, listed: 328 },
      { code: 'CENTERPOINT', plans: 187, listed: 347 },
      { code: 'LPL', plans: 103, listed: 186 },
      { code: 'ONCOR', plans: 180, listed: 334 },
      { code: 'TNMP', plans: 173, listed: 330 },
    ]);
    expect(first.plans).toMatchObject({ rows: 1854, listings: 986, duplicatesCollapsed: 866 });
    expect(first.rejected.filter((r) => r.reason.includes('NUECES'))).toHaveLength(2);
  });

  it('stores known plans with their exact prices, documents and Spanish alternates', async () => {
    expect(await plan('34706')).toMatchObject({
      name: 'Think Clean 12 with Smart Thermostat Connected',
      rate_500_kwh: '0.1390',
      rate_1000_kwh: '0.1400',
      rate_2000_kwh: '0.1410',
      term_months: 12,
      rate_type: 'fixed',
      percent_green: 100,
      cancellation_fee: '200.00',
      efl_url:
        'https://docs.cloud.thinkenergy.com/EFL/?term=12&duns=1039940674000&product=tx.thinkclean.noap.fixed.thermostat&lang=en',
      alternate_external_ids: ['34707'],
      tdsp_duns: '1039940674000',
      is_active: true,
    });
    const p = (await plan('34706'))!;
    expect(String(p.id)).toMatch(/^[0-9a-f]{24}$/);
    expect(p.city_slugs).toContain('dallas');
    expect(p.zip_codes).toContain('75201');
  });

  it('stores a per-month ETF as an amount with its wording', async () => {
    expect(await plan('28251')).toMatchObject({
      cancellation_fee: '20.00',
      cancellation_fee_per_month: true,
      cancellation_fee_text: '20 per month remaining',
    });
  });

  it('fills the denormalised counts and the city summary', async () => {
    const [dallas] = await t.rows<Record<string, unknown>>(sql`SELECT * FROM cities WHERE slug = 'dallas'`);
    expect(dallas).toMatchObject({ active_plans_count: 180, is_deregulated: true, tdsp_duns: '1039940674000' });
    const [summary] = await t.rows<{ total_plans: string | number; tdsp_name: string }>(
      sql`SELECT total_plans, tdsp_name FROM city_plan_summary WHERE city_slug = 'dallas'`,
    );
    expect(Number(summary!.total_plans)).toBe(180);
    expect(summary!.tdsp_name).toBe('Oncor Electric Delivery');
    const [zip] = await t.rows<{ active_plans_count: number }>(
      sql`SELECT active_plans_count FROM zip_code_mappings WHERE zip_code = '75201'`,
    );
    expect(zip!.active_plans_count).toBe(180);
    const [tdsp] = await t.rows<{ zip_codes_served_count: number }>(
      sql`SELECT zip_codes_served_count FROM tdsp_territories WHERE code = 'LPL'`,
    );
    expect(tdsp!.zip_codes_served_count).toBe(23);
  });

  it('stores who serves each ZIP and city: status, every utility, the leader, the city around a PO box', async () => {
    const territory = recordedTerritory();
    const [brownsville] = await t.rows<Record<string, unknown>>(sql`
      SELECT choice_status, utilities, led_by_utility, inside_city_slug, is_deregulated, utility_type
      FROM zip_code_mappings WHERE zip_code = '78520'`);
    expect(brownsville).toEqual({
      choice_status: 'mixed',
      utilities: territory.zips.find((z) => z.zip === '78520')!.utilities,
      led_by_utility: 'Brownsville Public Utilities Board',
      inside_city_slug: null,
      is_deregulated: true,
      utility_type: 'tdsp',
    });
    expect(brownsville!.utilities).toHaveLength(2);
    const rows = await t.rows(sql`
      SELECT slug, choice_status, led_by_utility, utility_name, inside_city_slug, is_deregulated
      FROM cities WHERE slug IN ('alief', 'el-paso', 'garland') ORDER BY slug`);
    expect(rows).toEqual([
      {
        slug: 'alief',
        choice_status: 'choice',
        led_by_utility: null,
        utility_name: null,
        inside_city_slug: 'houston',
        is_deregulated: false,
      },
      {
        slug: 'el-paso',
        choice_status: 'no-choice',
        led_by_utility: null,
        utility_name: null,
        inside_city_slug: null,
        is_deregulated: false,
      },
      {
        slug: 'garland',
        choice_status: 'mixed',
        led_by_utility: 'City of Garland utility',
        utility_name: 'City of Garland utility',
        inside_city_slug: null,
        is_deregulated: true,
      },
    ]);
    const [garland] = await t.handle.db
      .select({ utilities: cities.utilities })
      .from(cities)
      .where(eq(cities.slug, 'garland'));
    expect(garland!.utilities).toEqual(territory.cities.find((c) => c.slug === 'garland')!.utilities);
    expect(garland!.utilities.find((u) => u.own)).toMatchObject({ eiaId: 6958, zipCount: 9 });
  });

  describe('then the 2026-01-29 export', () => {
    let before: Record<string, unknown>;
    let second: SyncSummary;
    beforeAll(async () => {
      before = (await plan('11677'))!;
      second = await runSync(t.handle.db, { plans: planFile('jan29'), territory: recordedTerritory() });
    }, 180_000);

    it('records price history with the fields that changed', async () => {
      const history = await t.rows<{
        external_id: string;
        snapshot_date: string;
        changed_fields: string[];
        previous_rate_1000_kwh: string | null;
      }>(sql`
        SELECT p.external_id, h.snapshot_date::text, h.changed_fields, h.previous_rate_1000_kwh
        FROM plan_pricing_history h JOIN electricity_plans p ON p.id = h.plan_id
        WHERE p.external_id IN ('11677', '30347', '618') ORDER BY p.external_id, h.snapshot_date`);
      expect(history).toEqual([
        { external_id: '11677', snapshot_date: '2026-01-10', changed_fields: [], previous_rate_1000_kwh: null },
        {
          external_id: '11677',
          snapshot_date: '2026-01-29',
          changed_fields: ['rate_500_kwh', 'rate_1000_kwh', 'rate_2000_kwh'],
          previous_rate_1000_kwh: '0.1570',
        },
        { external_id: '30347', snapshot_date: '2026-01-10', changed_fields: [], previous_rate_1000_kwh: null },
        {
          external_id: '30347',
          snapshot_date: '2026-01-29',
          changed_fields: ['rate_1000_kwh'],
          previous_rate_1000_kwh: '0.1450',
        },
        { external_id: '618', snapshot_date: '2026-01-10', changed_fields: [], previous_rate_1000_kwh: null },
        { external_id: '618', snapshot_date: '2026-01-29', changed_fields: [], previous_rate_1000_kwh: '0.1490' },
      ]);
      expect(second.plans.priceChanges).toBeGreaterThan(400);
    });

    it('keeps each plan id and deactivates, never deletes, plans the newer export lacks', async () => {
      expect((await plan('11677'))!.id).toBe(before.id);
      expect(await plan('12406')).toMatchObject({ is_active: false });
      const [counts] = await t.rows<{ total: number; active: number }>(
        sql`SELECT COUNT(*)::int AS total, (COUNT(*) FILTER (WHERE is_active))::int AS active FROM electricity_plans`,
      );
      expect(counts!.active).toBe(817);
      expect(counts!.total).toBe(817 + (second.tables.plans?.deactivated ?? 0));
      expect(second.tables.plans?.deactivated).toBeGreaterThan(100);
    });

    it('is idempotent: the same export again leaves every row identical', async () => {
      const snapshot = await snapshotTables(t);
      const again = await runSync(t.handle.db, { plans: planFile('jan29'), territory: recordedTerritory() });
      expect(await snapshotTables(t)).toEqual(snapshot);
      expect(again.tables.plans).toMatchObject({ inserted: 0, updated: 0, unchanged: 817, deactivated: 0 });
      expect(again.tables.cities).toMatchObject({ inserted: 0, updated: 0, unchanged: 1469 });
      expect(again.tables.zips).toMatchObject({ inserted: 0, updated: 0, unchanged: 2600, removed: 0 });
    });

    it('is atomic: a failure mid-sync leaves the previous data untouched and records the failure', async () => {
      const snapshot = await snapshotTables(t);
      await expect(
        runSync(t.handle.db, {
          plans: planFile('jan29'),
          territory: recordedTerritory(),
          failAfter: 'plans',
          allowOlder: true,
        }),
      ).rejects.toThrow('injected failure after step "plans"');
      expect(await snapshotTables(t)).toEqual(snapshot);
      const [run] = await t.rows<{ status: string; error: string }>(
        sql`SELECT status, error FROM data_sync_runs ORDER BY id DESC LIMIT 1`,
      );
      expect(run).toEqual({ status: 'failed', error: 'injected failure after step "plans"' });
    });

    it('refuses an older export unless asked, and a foreign file, recording only the refused runs', async () => {
      const snapshot = await snapshotTables(t);
      const [last] = await t.rows<{ id: number }>(sql`SELECT max(id) AS id FROM data_sync_runs`);
      await expect(runSync(t.handle.db, { plans: planFile('jan10') })).rejects.toThrow(
        /older than the data already synced \(2026-01-29\)/,
      );
      const foreign = { ...planFile('jan29'), text: 'zip,city\n75201,Dallas\n' };
      await expect(runSync(t.handle.db, { plans: foreign })).rejects.toBeInstanceOf(PtcHeaderError);
      expect(await snapshotTables(t)).toEqual(snapshot);
      const added = await t.rows<{ status: string; error: string }>(
        sql`SELECT status, error FROM data_sync_runs WHERE id > ${last!.id} ORDER BY id`,
      );
      expect(added.map((r) => r.status)).toEqual(['refused', 'refused']);
      expect(added[0]!.error).toMatch(/older than the data already synced/);
      expect(added[1]!.error).toMatch(/not a Power to Choose export/);
    });
  });
});
