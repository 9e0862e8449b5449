// Why: the benchmark needs a fresh build, a throw-away PostgreSQL database holding the recorded real data, and its fallback files.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { connect } from 'node:net';
import path from 'node:path';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import { createScratchDatabase } from '~/server/db/scratch-database';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { loadTerritory } from '~/server/sync/load-sources';
import { newestSnapshot, readPlanFile } from '~/server/sync/ptc/source';
import { runSync } from '~/server/sync/run-sync';
import { ROOT, sourceEnv } from './bench-servers';

/** Newest modification time (ms) of any file under `dir`, walking at most 100,000 entries. */
function newestMtime(dir: string): number {
  let newest = 0;
  const pending = [dir];
  for (let seen = 0; pending.length > 0 && seen < 100_000; seen++) {
    const current = pending.pop()!;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) pending.push(full);
      else newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}

/** Runs `npm run build` when dist/server/entry.mjs is missing or older than any file in src/. */
export function ensureBuild(): void {
  const newestSource = Math.max(
    newestMtime(path.join(ROOT, 'src')),
    statSync(path.join(ROOT, 'scripts', 'serve.ts')).mtimeMs,
  );
  const outputs = [path.join(ROOT, 'dist', 'server', 'entry.mjs'), path.join(ROOT, 'dist', 'launcher.mjs')];
  const stale = outputs.some((file) => !existsSync(file) || statSync(file).mtimeMs < newestSource);
  if (!stale) return console.log('[bench:http] build is up to date');
  console.log('[bench:http] build missing or older than src/: running npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env } });
}

export interface BenchDatabase {
  url: string;
  drop(): Promise<void>;
}

/** Creates a throw-away database on BENCH_DATABASE_URL's server; drop() removes it (safe to call twice). */
export async function createBenchDatabase(): Promise<BenchDatabase> {
  const scratch = await createScratchDatabase(
    process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    'cmp_bench_http',
  );
  let dropped = false;
  return {
    url: scratch.url,
    async drop() {
      if (dropped) return;
      dropped = true;
      await scratch.drop();
    },
  };
}

/** Migrates `url`, imports the recorded export and territory (as bench:sync does), then writes fallback files to `fallbackDir`. */
export async function importRecordedData(url: string, fallbackDir: string): Promise<{ syncMs: number; files: number }> {
  const config = parseConfig({ ...sourceEnv(), DATABASE_URL: url, DATABASE_HEALTH_INTERVAL_MS: '0' });
  if (!config.sources.snapshotDir)
    throw new Error('PLANS_SNAPSHOT_DIR is not set and ../shared/data/powertochoose does not exist');
  await runMigrations(config.database);
  const handle = await openDatabase(config.database);
  try {
    const started = performance.now();
    const plans = readPlanFile(newestSnapshot(config.sources.snapshotDir));
    const territory = loadTerritory(config.sources);
    await runSync(handle.db, { plans, territory });
    const syncMs = performance.now() - started;
    const { files } = await buildFallback(handle.db, fallbackDir);
    return { syncMs, files };
  } finally {
    await handle.close();
  }
}

/** Empties the bench's Redis database: data-cache keys are keyed by data version, which a fresh database repeats. */
export async function flushBenchRedis(url: string): Promise<void> {
  const { hostname, port, pathname } = new URL(url);
  const db = pathname.replace('/', '') || '0';
  const command = (...args: string[]) => `*${args.length}\r\n${args.map((a) => `$${a.length}\r\n${a}\r\n`).join('')}`;
  await new Promise<void>((resolve, reject) => {
    const socket = connect(Number(port || 6379), hostname, () =>
      socket.write(command('SELECT', db) + command('FLUSHDB')),
    );
    let reply = '';
    socket.setTimeout(5_000, () => socket.destroy(new Error(`Redis at ${url} did not answer`)));
    socket.on('data', (d) => {
      reply += d;
      if (reply.split('\r\n').length < 3) return;
      socket.end();
      if (reply.startsWith('+OK\r\n+OK\r\n')) resolve();
      else reject(new Error(`Redis FLUSHDB on ${url}: ${reply.trim()}`));
    });
    socket.once('error', reject);
  });
}
