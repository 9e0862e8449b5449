// Times a full data sync (recorded 2026-01-29 export, all cities and ZIPs) on PostgreSQL and on
// embedded PGlite, and the fallback generation. Targets: sync ≤ 10 s on PostgreSQL, ≤ 20 s on
// PGlite; fallback ≤ 5 s. Usage: npm run bench:sync
// BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) is where a throw-away
// database is created and dropped.
import { mkdtempSync, rmSync } from 'node:fs';
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
import { runSync } from '~/server/sync/run-sync';

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
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
