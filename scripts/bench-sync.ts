// Times a full data sync (recorded 2026-01-29 export, all cities and ZIPs) on PostgreSQL and on
// embedded PGlite, and the fallback generation. Targets: sync ≤ 10 s on PostgreSQL, ≤ 20 s on
// PGlite; fallback ≤ 5 s. Then replays every recorded export (targets ≤ 60 s on PostgreSQL,
// ≤ 120 s on PGlite) and times the Netlify daily function's plans-only sync on PostgreSQL
// (the platform stops scheduled functions at about 30 s). Usage: npm run bench:sync
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is where a throw-away
// database is created and dropped.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import { createScratchDatabase } from '~/server/db/scratch-database';
import { openPglite } from '~/server/db/pglite';
import type { DbHandle } from '~/server/db/types';
import { buildFallback } from '~/server/sync/saved/build-saved-files';
import { loadTerritory } from '~/server/sync/load-sources';
import { newestSnapshot, readPlanFile } from '~/server/sync/ptc/source';
import { replayExports } from '~/server/sync/replay';
import { runSync } from '~/server/sync/run-sync';
import { netlifyDailySync } from '~/server/sync/schedule/netlify-daily-sync';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function timeSync(label: string, handle: DbHandle, config: ReturnType<typeof parseConfig>) {
  const started = performance.now();
  // A full sync reads its sources too: the export, the ZIP maps and the GeoNames packages.
  const plans = readPlanFile(newestSnapshot(config.sources.snapshotDir!));
  const territory = loadTerritory(config.sources);
  await runSync(handle.db, { plans, territory });
  const full = performance.now() - started;
  const again = performance.now();
  await runSync(handle.db, { plans, territory });
  console.log(
    `[bench] full sync on ${label}: ${seconds(full)} (target ≤ ${label === 'PGlite' ? 20 : 10} s); unchanged re-sync ${seconds(performance.now() - again)}`,
  );
}

/** Replays every recorded export into an empty database; prints the total and the slowest date. */
async function timeReplay(
  label: string,
  handle: DbHandle,
  config: ReturnType<typeof parseConfig>,
  targetS: number,
  deferCounts = false,
) {
  const started = performance.now();
  const perDate: number[] = [];
  const result = await replayExports(handle.db, {
    dir: config.sources.snapshotDir!,
    territory: loadTerritory(config.sources),
    deferCounts,
    onProgress: (p) => perDate.push(p.ms),
  });
  const total = performance.now() - started;
  const sorted = [...perDate].sort((a, b) => a - b);
  console.log(
    `[bench] replay of ${result.imported.length} recorded exports on ${label}${deferCounts ? ' as on first start (counts once)' : ''}: ` +
      `${seconds(total)} (target ≤ ${targetS} s); ` +
      `per date median ${seconds(sorted[sorted.length >> 1]!)}, slowest ${seconds(sorted.at(-1)!)}`,
  );
}

/**
 * The Netlify function's body against PostgreSQL holding the replayed history: today's export
 * (the newest recording, served from a loopback server) imported plans-only on top.
 */
async function timeNetlifySync(url: string, config: ReturnType<typeof parseConfig>) {
  const text = readFileSync(newestSnapshot(config.sources.snapshotDir!), 'utf8');
  const server = createServer((_req, res) => res.end(text));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const started = performance.now();
    const res = await netlifyDailySync({ DATABASE_URL: url, PLANS_EXPORT_URL: `http://127.0.0.1:${port}/export.csv` });
    const body = (await res.json()) as { status: string };
    console.log(
      `[bench] Netlify daily sync (download, plans-only import, history) on PostgreSQL: ${seconds(performance.now() - started)} ` +
        `(${body.status}; platform limit ~30 s)`,
    );
  } finally {
    server.close();
  }
}

async function main() {
  const config = parseConfig();
  if (!config.sources.snapshotDir)
    throw new Error('PLANS_SNAPSHOT_DIR is not set and ../shared/data/powertochoose does not exist');

  const pglite = await openPglite('memory://');
  try {
    await timeSync('PGlite', pglite, config);
    const dir = mkdtempSync(path.join(tmpdir(), 'cmp-bench-fallback-'));
    const started = performance.now();
    const result = await buildFallback(pglite.db, dir);
    console.log(
      `[bench] fallback generation: ${result.files} files, ${(result.bytes / 1e6).toFixed(0)} MB in ${seconds(performance.now() - started)} (target ≤ 5 s)`,
    );
    rmSync(dir, { recursive: true, force: true });
  } finally {
    await pglite.close();
  }
  for (const deferCounts of [false, true]) {
    const replayLite = await openPglite('memory://');
    try {
      await timeReplay('PGlite', replayLite, config, 120, deferCounts);
    } finally {
      await replayLite.close();
    }
  }

  const scratch = await createScratchDatabase(
    process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    'cmp_bench',
  );
  try {
    const database = parseConfig({ DATABASE_URL: scratch.url, DATABASE_HEALTH_INTERVAL_MS: '0' }).database;
    await runMigrations(database);
    const pg = await openDatabase(database);
    try {
      await timeSync('PostgreSQL', pg, config);
    } finally {
      await pg.close();
    }
  } finally {
    await scratch.drop();
  }
  const replayPg = await createScratchDatabase(
    process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    'cmp_bench_replay',
  );
  try {
    const database = parseConfig({ DATABASE_URL: replayPg.url, DATABASE_HEALTH_INTERVAL_MS: '0' }).database;
    await runMigrations(database);
    const pg = await openDatabase(database);
    try {
      await timeReplay('PostgreSQL', pg, config, 60);
    } finally {
      await pg.close();
    }
    await timeNetlifySync(replayPg.url, config);
  } finally {
    await replayPg.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
