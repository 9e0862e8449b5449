import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportRefusedError } from '~/server/sync/errors';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { runSync } from '~/server/sync/run-sync';
import { digestDir } from '../helpers/dir-digest';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { startExportServer, truncateExport, type ExportServer } from '../helpers/export-server';
import { planFile, recordedTerritory } from '../helpers/recorded';
import { snapshotTables } from '../helpers/table-snapshot';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const jan29 = planFile('jan29');
// The 29 Jan export cut to its first 100 rows, as a broken download or a half-written file would be.
const withEnd = truncateExport(jan29.text, 100, true);
const withoutEnd = truncateExport(jan29.text, 100, false);

interface Run {
  status: string;
  error: string | null;
  summary: { guard?: { forced: boolean; deactivated: number; activeBefore: number; reasons?: string[] } } | null;
}
const lastRun = async (t: TestDatabase) =>
  (await t.rows<Run>(sql`SELECT status, error, summary FROM data_sync_runs ORDER BY id DESC LIMIT 1`))[0]!;

describe.each(driverNames)('the import guard on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
    await runSync(t.handle.db, { plans: planFile('jan28'), territory: recordedTerritory() });
  }, 180_000);
  afterAll(() => t?.dispose());

  it('refuses a truncated export, writes only its run row, and says why', async () => {
    const before = await snapshotTables(t);
    const error = await runSync(t.handle.db, { plans: { ...jan29, text: withEnd } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportRefusedError);
    const reasons = (error as ImportRefusedError).reasons;
    expect(reasons[0]).toBe('Refused the export of 2026-01-29 as probably damaged.');
    expect(reasons[1]).toMatch(/^It would deactivate \d+ of the 666 active offers \(\d+%\), more than the 40% allowed/);
    expect(reasons.some((r) => /^It would leave [A-Z_]+ with \d+ active offers/.test(r))).toBe(true);
    expect(await snapshotTables(t)).toEqual(before);
    const run = await lastRun(t);
    expect(run).toMatchObject({ status: 'refused', summary: { guard: { forced: false, activeBefore: 666 } } });
    expect(run.error).toContain('Nothing was written; pass --force');
  });

  it('refuses a live download that lacks its END OF FILE line, whatever its size', async () => {
    const before = await snapshotTables(t);
    const live = { ...jan29, origin: 'live' as const, source: 'https://example.test/export' };
    await expect(runSync(t.handle.db, { plans: { ...live, text: withoutEnd } })).rejects.toThrow(
      'The live export ended without its END OF FILE line after 100 rows: the download was cut short.',
    );
    const whole = jan29.text.replace(/\r\n\r\nEND OF FILE\r\n$/, '\r\n');
    expect(whole.length).toBeLessThan(jan29.text.length);
    await expect(runSync(t.handle.db, { plans: { ...live, text: whole } })).rejects.toThrow(/END OF FILE/);
    expect(await snapshotTables(t)).toEqual(before);
    expect((await lastRun(t)).status).toBe('refused');
  });

  it('passes the same truncated export with --force, and the run says it was forced and why', async () => {
    const summary = await runSync(t.handle.db, { plans: { ...jan29, text: withEnd }, force: true });
    expect(summary.guard?.forced).toBe(true);
    const run = await lastRun(t);
    expect(run.status).toBe('succeeded');
    expect(run.summary?.guard).toMatchObject({ forced: true });
    expect(run.summary?.guard?.reasons?.[0]).toMatch(/^It would deactivate/);
    const [active] = await t.rows<{ n: number }>(sql`SELECT COUNT(*)::int AS n FROM electricity_plans WHERE is_active`);
    expect(active!.n).toBe(summary.plans.listings);
    expect(active!.n).toBeLessThan(100);
  });
});

describe('npm run data:sync with a truncated export, from a file and from a live download', () => {
  let t: TestDatabase;
  let dir: string;
  let server: ExportServer;
  let tables: Record<string, string>;
  let saved: Record<string, string>;
  const files = { withEnd: '', withoutEnd: '' };

  beforeAll(async () => {
    t = await drivers.postgres();
    await runSync(t.handle.db, { plans: planFile('jan28'), territory: recordedTerritory() });
    dir = mkdtempSync(path.join(tmpdir(), 'cmp-guard-'));
    await buildFallback(t.handle.db, path.join(dir, 'data'));
    files.withEnd = path.join(dir, 'ptc-export-offers_2026-01-29.with-end.csv');
    files.withoutEnd = path.join(dir, 'ptc-export-offers_2026-01-29.without-end.csv');
    writeFileSync(files.withEnd, withEnd);
    writeFileSync(files.withoutEnd, withoutEnd);
    server = await startExportServer({ '/with-end.csv': withEnd, '/without-end.csv': withoutEnd });
    tables = await snapshotTables(t);
    saved = digestDir(path.join(dir, 'data'));
  }, 180_000);
  afterAll(async () => {
    await server?.close();
    await t?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const dataSync = (args: string[], exportUrl = 'http://127.0.0.1:9/unused.csv') =>
    new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/data-sync.ts', ...args], {
        cwd: ROOT,
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: t.url,
          DATABASE_HEALTH_INTERVAL_MS: '0',
          FALLBACK_DIR: path.join(dir, 'data'),
          PLANS_EXPORT_URL: exportUrl,
          PLANS_SNAPSHOT_DIR: path.join(dir, 'no-recordings'),
        },
      });
      let stderr = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.on('exit', (code) => resolve({ code, stderr }));
    });

  it.each([
    ['--file, with END OF FILE', () => ['--file', files.withEnd], undefined, /It would deactivate/],
    ['--file, without END OF FILE', () => ['--file', files.withoutEnd], undefined, /It would deactivate/],
    ['a live download, with END OF FILE', () => [], '/with-end.csv', /It would deactivate/],
    ['a live download, without END OF FILE', () => [], '/without-end.csv', /ended without its END OF FILE line/],
  ] as const)(
    'is refused for %s: exit 1 with the reason, only a run row written, saved files untouched',
    async (_label, args, livePath, reason) => {
      const result = await dataSync(args(), livePath ? server.url(livePath) : undefined);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('data:sync refused the import:');
      expect(result.stderr).toMatch(reason);
      if (livePath) expect(server.hits.get(livePath)).toBe(1);
      expect(await snapshotTables(t)).toEqual(tables);
      expect(digestDir(path.join(dir, 'data'))).toEqual(saved);
      expect(await lastRun(t)).toMatchObject({ status: 'refused' });
    },
    120_000,
  );
});
