// Why: one command measures the hot paths with wrk against nginx and bare Node sending the same bytes, in one run.
// Usage: npm run bench:http -- [--duration 10] [--only node,b,e,p,c-pg,c-old]
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '~/server/core/config';
import { createBenchDatabase, ensureBuild, flushBenchRedis, importRecordedData } from './bench-data';
import { checkTargets, printScenarioTable, printTargets, writeJson } from './bench-report';
import { ROOT, startBenchServer } from './bench-servers';
import { OLD_COMMIT, runFallbackScenario, runPgliteScenarios, runUncachedScenarios } from './cold-scenarios';
import { buildCommit, type CommitBuild } from './commit-build';
import { printPageSizes } from './page-sizes';
import { runWarmPhase, WARM_IDS, type WarmPhase } from './warm-scenarios';
import { ensureWrk, wrkVersion } from './wrk';

function parseArgs(argv: string[]) {
  const value = (flag: string) => argv[argv.indexOf(flag) + 1];
  const durationS = argv.includes('--duration') ? Number(value('--duration')) : 10;
  if (!Number.isInteger(durationS) || durationS < 1 || durationS > 600) throw new Error('--duration: 1–600 s');
  const only = argv.includes('--only') ? value('--only')?.split(',') : undefined;
  return { durationS, wanted: (id: string) => !only || only.includes(id) };
}

async function main() {
  const { durationS, wanted } = parseArgs(process.argv.slice(2));
  ensureWrk();
  ensureBuild();
  const tmp = mkdtempSync(path.join(tmpdir(), 'cmp-bench-http-'));
  const cleanups: (() => Promise<void>)[] = [];
  const track = (stop: () => Promise<void>) => void cleanups.push(stop);
  const cleanUp = async () => {
    for (const stop of cleanups.splice(0).reverse()) await stop().catch((e: unknown) => console.error('[bench]', e));
    rmSync(tmp, { recursive: true, force: true });
  };
  // Ctrl-C must still stop the servers, drop the database and remove the old commit's worktree.
  const interrupted = (signal: string) => void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const notes: Record<string, unknown> = { startedAt: new Date().toISOString(), node: process.version };
  Object.assign(notes, { cpus: cpus().length, cpuModel: cpus()[0]?.model, wrk: wrkVersion(), loadAtStart: loadavg() });
  const results = [];
  let warm: WarmPhase | undefined;
  let build: CommitBuild | undefined;
  try {
    // The old build first: compiling it must not run beside a measurement.
    build = wanted('c-old') ? buildCommit(OLD_COMMIT, path.join(tmp, `build-${OLD_COMMIT}`)) : undefined;
    const built = build;
    if (built) track(async () => built.remove());
    notes.oldBuild = built && { commit: OLD_COMMIT, nodeModules: built.modules };
    const database = await createBenchDatabase();
    track(database.drop);
    const savedDir = path.join(tmp, 'saved');
    const imported = await importRecordedData(database.url, savedDir);
    console.log(`[bench] recorded data imported in ${(imported.syncMs / 1000).toFixed(1)} s`);
    const { sources } = parseConfig({ ...process.env, DATABASE_URL: database.url });
    const c = {
      tmp,
      durationS,
      wanted,
      track,
      notes,
      databaseUrl: database.url,
      sources: { PLANS_SNAPSHOT_DIR: sources.snapshotDir, ZIP_TDSP_FILE: sources.zipTdspFile },
    };
    Object.assign(c.sources, { ZIP_UTILITY_FILE: sources.zipUtilityFile });
    // A Redis database of the bench's own, emptied first (BENCH_REDIS_URL; database 14 by default).
    const redis = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/14';
    await flushBenchRedis(redis);
    // Loopback is trusted as a proxy so that the ZIP API scenarios can name their clients in X-Forwarded-For.
    const trusted = { TRUSTED_PROXIES: '127.0.0.1,::1' };
    const env = { DATABASE_URL: database.url, REDIS_URL: redis, FALLBACK_DIR: path.join(tmp, 'fb-pg'), ...trusted };
    if (WARM_IDS.some(wanted)) {
      const pg = await startBenchServer('postgres+redis', env, { track });
      warm = await runWarmPhase(pg, tmp, durationS, wanted, track);
      results.push(...warm.results);
      await pg.stop();
    }
    results.push(...(await runPgliteScenarios(c)));
    results.push(...(await runUncachedScenarios(c, build)));
    results.push(...(await runFallbackScenario(c, savedDir)));
  } finally {
    await cleanUp();
  }
  printScenarioTable(results);
  if (warm) printPageSizes(warm.pages);
  if (notes.pgliteColdStartMs !== undefined)
    console.log(
      `\nPGlite first start to the first 200 (every recorded export replayed): ${notes.pgliteColdStartMs} ms`,
    );
  if (build) console.log(`${OLD_COMMIT} built with ${build.modules}`);
  console.log(
    `Machine: ${cpus().length} × ${cpus()[0]?.model}; load average now ${loadavg().map((l) => l.toFixed(1))}`,
  );
  const targets = checkTargets(results, warm?.pages ?? []);
  printTargets(targets);
  const report = { ...notes, loadAtEnd: loadavg(), durationS, scenarios: results, pages: warm?.pages, targets };
  const file = writeJson(ROOT, { ...report, memory: warm?.memory });
  console.log(`\n[bench] figures written to ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
