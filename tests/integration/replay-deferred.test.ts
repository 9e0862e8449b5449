import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replayExports } from '~/server/sync/replay';
import { updateAggregates } from '~/server/sync/write/update-aggregates';
import { drivers, type TestDatabase } from '../helpers/drivers';
import { RECORDED_DIR } from '../helpers/history-model';
import { recordedTerritory } from '../helpers/recorded';
import { snapshotTables } from '../helpers/table-snapshot';

// Dates where plans end mid-way (21 → 22 Jan ends 133) and begin (16 Jan).
const DATES = ['2026-01-15', '2026-01-16', '2026-01-21', '2026-01-22'];
const dir = mkdtempSync(path.join(tmpdir(), 'cmp-deferred-'));
for (const date of DATES) {
  const name = `ptc-export-offers_${date}.reconstructed.csv`;
  symlinkSync(path.join(RECORDED_DIR, name), path.join(dir, name));
}

// Everything the counts and the summary view hold, keyed by names rather than generated ids.
const counts = (t: TestDatabase) =>
  Promise.all([
    t.rows(sql`SELECT slug, active_plans_count, provider_count, avg_rate_1000_kwh, lowest_rate_1000_kwh, last_plan_sync
               FROM cities ORDER BY slug`),
    t.rows(sql`SELECT zip_code, active_plans_count, last_plan_count_update FROM zip_code_mappings ORDER BY zip_code`),
    t.rows(
      sql`SELECT name, plans_count, active_plans_count, service_territories, is_active FROM providers ORDER BY name`,
    ),
    t.rows(sql`SELECT * FROM city_plan_summary ORDER BY city_slug`),
  ]);

describe('a first-start replay that computes the counts once, with the last export', () => {
  let deferred: TestDatabase;
  let everyDate: TestDatabase;
  beforeAll(async () => {
    [deferred, everyDate] = await Promise.all([drivers.pglite(), drivers.pglite()]);
    await replayExports(deferred.handle.db, { dir, territory: recordedTerritory(), deferCounts: true });
    await replayExports(everyDate.handle.db, { dir, territory: recordedTerritory() });
  }, 300_000);
  afterAll(async () => {
    await deferred?.dispose();
    await everyDate?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('ends with the same counts and summary as a replay that computes them after every date', async () => {
    expect(await counts(deferred)).toEqual(await counts(everyDate));
  });

  it('leaves nothing for a full recount to change', async () => {
    const before = await snapshotTables(deferred);
    await deferred.handle.db.transaction((tx) => updateAggregates(tx));
    expect(await snapshotTables(deferred)).toEqual(before);
  });

  it('still gives every plan, ended ones included, the cities and ZIPs where it was offered', async () => {
    const [row] = await deferred.rows<{ ended: number; without: number }>(sql`
      SELECT COUNT(*) FILTER (WHERE NOT is_active)::int AS ended,
             COUNT(*) FILTER (WHERE cardinality(city_slugs) IS NULL OR cardinality(zip_codes) = 0)::int AS without
      FROM electricity_plans`);
    expect(row!.ended).toBeGreaterThan(100);
    expect(row!.without).toBe(0);
  });
});
