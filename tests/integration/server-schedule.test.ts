import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSync } from '~/server/sync/run-sync';
import { drivers, type TestDatabase } from '../helpers/drivers';
import { startExportServer, type ExportServer } from '../helpers/export-server';
import { planFile, recordedTerritory } from '../helpers/recorded';
import { startServer, type RunningServer } from '../helpers/server';

describe('the Node server with SYNC_SCHEDULE (needs npm run build)', () => {
  let t: TestDatabase;
  let exports: ExportServer;
  let server: RunningServer;
  let dir: string;
  beforeAll(async () => {
    t = await drivers.postgres();
    await runSync(t.handle.db, { plans: planFile('jan28'), territory: recordedTerritory() });
    exports = await startExportServer({ '/today.csv': planFile('jan29').text });
    dir = mkdtempSync(path.join(tmpdir(), 'cmp-server-schedule-'));
    server = await startServer({
      DATABASE_URL: t.url,
      FALLBACK_DIR: dir,
      PLANS_EXPORT_URL: exports.url('/today.csv'),
      SYNC_SCHEDULE: 'every:1s',
    });
  }, 180_000);
  afterAll(async () => {
    await server?.stop();
    await exports?.close();
    await t?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('starts the schedule with the server and imports the live export on its first tick', async () => {
    expect(server.output()).toMatch(/\[sync\] scheduled every 1s; next at \d{4}-/);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no scheduled sync:\n${server.output()}`)), 120_000);
      const check = () => {
        if (server.output().includes('[sync] scheduled sync succeeded')) {
          clearTimeout(timer);
          resolve();
        }
      };
      server.child.stdout!.on('data', check);
      check();
    });
    expect(server.output()).toMatch(/\[sync\] saved files rewritten: 1476 in /);
    expect(server.output()).toContain('[sync] scheduled sync succeeded: export of');
    const runs = await t.rows<{ status: string; source: string }>(
      sql`SELECT status, source FROM data_sync_runs WHERE source = ${exports.url('/today.csv')}`,
    );
    expect(runs[0]).toEqual({ status: 'succeeded', source: exports.url('/today.csv') });
    // The page the server renders now reads the imported export.
    const res = await fetch(`${server.url}/texas/dallas`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('152 plans');
  }, 180_000);

  it('stops the schedule and exits cleanly on SIGTERM', async () => {
    expect(await server.stop()).toBe(0);
  });
});
