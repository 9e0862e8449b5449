import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import dailySync, { config as netlifySchedule } from '../../netlify/functions/daily-sync.mts';
import { parseConfig } from '~/server/core/config';
import { runScheduledSync, type ScheduledOutcome } from '~/server/sync/schedule/scheduled-sync';
import { startSchedule } from '~/server/sync/schedule/start-schedule';
import { runSync } from '~/server/sync/run-sync';
import { texasToday } from '~/server/sync/ptc/source';
import { drivers, type TestDatabase } from '../helpers/drivers';
import { startExportServer, truncateExport, type ExportServer } from '../helpers/export-server';
import { planFile, recordedTerritory } from '../helpers/recorded';
import { snapshotTables } from '../helpers/table-snapshot';

const jan29 = planFile('jan29').text;
let server: ExportServer;
let dir: string;
beforeAll(async () => {
  server = await startExportServer({ '/today.csv': jan29, '/cut.csv': truncateExport(jan29, 100, true) });
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-scheduled-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const runs = (t: TestDatabase) =>
  t.rows<{ status: string; source: string; snapshot_date: string; error: string | null }>(
    sql`SELECT status, source, snapshot_date::text, error FROM data_sync_runs ORDER BY id`,
  );

describe('the Netlify scheduled function, called directly against PostgreSQL', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers.postgres();
    await runSync(t.handle.db, { plans: planFile('jan28'), territory: recordedTerritory() });
  }, 180_000);
  afterAll(() => t?.dispose());

  const call = async (exportPath: string) => {
    vi.stubEnv('DATABASE_URL', t.url!);
    vi.stubEnv('PLANS_EXPORT_URL', server.url(exportPath));
    vi.stubEnv('FALLBACK_DIR', path.join(dir, 'netlify-data'));
    try {
      const started = performance.now();
      const res = await dailySync();
      console.log(`[netlify daily-sync] ${exportPath}: ${Math.round(performance.now() - started)} ms`);
      return { status: res.status, body: (await res.json()) as ScheduledOutcome };
    } finally {
      vi.unstubAllEnvs();
    }
  };

  it('runs early every morning, Texas time', () => {
    expect(netlifySchedule).toEqual({ schedule: '0 11 * * *' });
  });

  it("imports today's live export, plans only, and writes no saved files", async () => {
    const result = await call('/today.csv');
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ status: 'succeeded', snapshotDate: texasToday() });
    expect(result.body.message).toMatch(/^export of \d{4}-\d{2}-\d{2}: 817 offers/);
    expect((await runs(t)).at(-1)).toMatchObject({
      status: 'succeeded',
      source: server.url('/today.csv'),
      snapshot_date: texasToday(),
    });
    const [history] = await t.rows<{ n: number }>(
      sql`SELECT COUNT(*)::int AS n FROM plan_pricing_history WHERE snapshot_date = ${texasToday()}`,
    );
    expect(history!.n).toBe(817);
    expect(existsSync(path.join(dir, 'netlify-data'))).toBe(false);
  }, 120_000);

  it('answers 200 with the reason when the guard refuses the export, and writes only the run', async () => {
    const before = await snapshotTables(t);
    const result = await call('/cut.csv');
    expect(result.status).toBe(200);
    expect(result.body.status).toBe('refused');
    expect(result.body.message).toMatch(/It would deactivate/);
    expect(await snapshotTables(t)).toEqual(before);
    expect((await runs(t)).at(-1)).toMatchObject({ status: 'refused' });
  }, 120_000);

  it('answers 500 and records a failed run when the export cannot be downloaded', async () => {
    const result = await call('/missing.csv');
    expect(result.status).toBe(500);
    expect(result.body).toMatchObject({ status: 'failed', message: 'live export unavailable (HTTP 404)' });
    expect((await runs(t)).at(-1)).toMatchObject({ status: 'failed', error: 'live export unavailable (HTTP 404)' });
  });

  it('logs and skips, without failing, while another instance holds the sync lock', async () => {
    const other = postgres(t.url!, { max: 1 });
    const lines: string[] = [];
    try {
      await other.begin(async (tx) => {
        await tx`SELECT pg_advisory_xact_lock(7342001914)`;
        const outcome = await runScheduledSync(
          t.handle.db,
          parseConfig({ DATABASE_URL: t.url, PLANS_EXPORT_URL: server.url('/today.csv') }),
          { rebuildFallback: false, log: (line) => lines.push(line) },
        );
        expect(outcome.status).toBe('skipped');
      });
    } finally {
      await other.end();
    }
    expect(lines).toEqual(['[sync] scheduled sync skipped: another instance is running the sync']);
    expect((await runs(t)).at(-1)).toMatchObject({ status: 'skipped' });
  }, 120_000);
});

describe('the Node server schedule with a short interval, on PGlite', () => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers.pglite();
    await runSync(t.handle.db, { plans: planFile('jan28'), territory: recordedTerritory() });
  }, 180_000);
  afterAll(() => t?.dispose());

  it('syncs on each tick and rewrites the saved files after a successful import', async () => {
    const config = parseConfig({
      PLANS_EXPORT_URL: server.url('/today.csv'),
      FALLBACK_DIR: path.join(dir, 'node-data'),
      SYNC_SCHEDULE: 'every:1s',
    });
    const outcomes: ScheduledOutcome[] = [];
    let second!: () => void;
    const twoRuns = new Promise<void>((resolve) => (second = resolve));
    const schedule = startSchedule(config.sync.schedule!, async () => {
      outcomes.push(await runScheduledSync(t.handle.db, config, { rebuildFallback: true, log: () => {} }));
      if (outcomes.length === 2) second();
    });
    await twoRuns;
    await schedule.stop();
    expect(outcomes.map((o) => o.status)).toEqual(['succeeded', 'succeeded']);
    expect(existsSync(path.join(dir, 'node-data', 'current.json'))).toBe(true);
    expect((await runs(t)).filter((r) => r.source === server.url('/today.csv'))).toHaveLength(2);
    expect(schedule.nextAt()).toBeNull();
  }, 180_000);
});
