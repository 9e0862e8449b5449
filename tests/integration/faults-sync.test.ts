import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import type { DbHandle } from '~/server/db/types';
import { runSync } from '~/server/sync/run-sync';
import type { TestDatabase } from '../helpers/drivers';
import { createTempDatabase } from '../helpers/postgres';
import { EXPORTS, planFile, recordedTerritory } from '../helpers/recorded';
import { startServer, type RunningServer } from '../helpers/server';
import { snapshotTables } from '../helpers/table-snapshot';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
let temp: Awaited<ReturnType<typeof createTempDatabase>>;
let handle: DbHandle;
let t: TestDatabase;
let dir: string;

beforeAll(async () => {
  temp = await createTempDatabase();
  const config = parseConfig({ DATABASE_URL: temp.url, DATABASE_HEALTH_INTERVAL_MS: '0' }).database;
  await runMigrations(config);
  handle = await openDatabase(config);
  await runSync(handle.db, { plans: planFile('jan10'), territory: recordedTerritory() });
  const rowsOf = async <T>(q: Parameters<TestDatabase['rows']>[0]) => [
    ...((await handle.db.execute(q)) as unknown as T[]),
  ];
  t = { handle, rows: rowsOf, dispose: async () => {} };
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-faults-sync-'));
}, 180_000);
afterAll(async () => {
  await handle?.close();
  await temp?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('a sync killed with SIGKILL in the middle of its transaction', () => {
  it('leaves the previous complete data, and the next sync succeeds', async () => {
    const before = await snapshotTables(t);
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/data-sync.ts', '--file', EXPORTS.jan29], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, DATABASE_URL: temp.url, FALLBACK_DIR: dir },
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    // Steps are logged as they finish inside the transaction; kill once plans are written.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`sync never reached the plans step:\n${err}`)), 60_000);
      child.stderr.on('data', () => {
        if (err.includes('[import] plans')) {
          clearTimeout(timer);
          child.kill('SIGKILL');
          resolve();
        }
      });
    });
    await new Promise((r) => child.once('exit', r));
    expect(child.signalCode).toBe('SIGKILL');
    expect(await snapshotTables(t)).toEqual(before);

    const summary = await runSync(handle.db, { plans: planFile('jan29'), territory: recordedTerritory() });
    expect(summary.tables.plans?.inserted).toBeGreaterThan(0);
    const [run] = await t.rows<{ status: string; snapshot_date: string }>(
      sql`SELECT status, snapshot_date::text FROM data_sync_runs ORDER BY id DESC LIMIT 1`,
    );
    expect(run).toEqual({ status: 'succeeded', snapshot_date: '2026-01-29' });
  });
});

describe('a sync while pages are served under load', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: temp.url, FALLBACK_DIR: dir });
  }, 120_000);
  afterAll(() => server?.stop());

  it('fails no request and never mixes old and new data on one page', async () => {
    // Undo the previous test's import so this sync changes Dallas from 152 offers back to 180.
    await runSync(handle.db, { plans: planFile('jan10'), territory: recordedTerritory(), allowOlder: true });
    let syncing = true;
    const sync = runSync(handle.db, { plans: planFile('jan29'), territory: recordedTerritory() }).finally(
      () => (syncing = false),
    );
    const results: { status: number; title: string; source: string }[] = [];
    const worker = async () => {
      // Keep going a few requests past the commit, so the new data is certainly seen.
      for (let after = 0; syncing || after < 3; after += syncing ? 0 : 1) {
        const res = await fetch(`${server.url}/texas/dallas`);
        const html = await res.text();
        results.push({
          status: res.status,
          title: /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '',
          source: /data-provenance>Source: ([^<]*)\./.exec(html)?.[1] ?? '',
        });
      }
    };
    await Promise.all([sync, worker(), worker(), worker(), worker()]);
    expect(results.filter((r) => r.status !== 200)).toEqual([]);
    // Each page is one snapshot: the 10 Jan export lists 180 Dallas offers, the 29 Jan one 152.
    for (const r of results) {
      if (r.source.includes('10 Jan 2026')) expect(r.title).toContain('180 plans');
      else {
        expect(r.source).toContain('29 Jan 2026');
        expect(r.title).toContain('152 plans');
      }
    }
    expect(results.some((r) => r.source.includes('29 Jan 2026'))).toBe(true);
  });
});
