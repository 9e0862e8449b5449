// Why: one command measures every hot path over HTTP against a static-file baseline; usage: npm run bench:http -- [--duration 10] [--only b,c-pg] [--cpu-prof]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { createBenchDatabase, ensureBuild, importRecordedData } from './bench-data';
import { checkTargets, printScenarioTable, printTargets, writeJson } from './bench-report';
import { ROOT, startBenchServer, waitFor200 } from './bench-servers';
import { printPageSizes } from './page-sizes';
import { BASELINE_DIR, CITY, runPostgresPhase, type PostgresPhase } from './postgres-scenarios';
import { runScenario, warmUp, type ScenarioResult } from './run-scenario';

const CLOSED_DATABASE = 'postgres://postgres@127.0.0.1:1/x';
const UNCACHED = 'server started with CACHE_ENABLED=false: no data cache, no page cache';

function parseArgs(argv: string[]) {
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const durationS = Number(value('--duration') ?? 10);
  if (!Number.isInteger(durationS) || durationS < 1 || durationS > 600)
    throw new Error('--duration must be 1–600 seconds');
  const only = value('--only')?.split(',').filter(Boolean);
  return { durationS, cpuProf: argv.includes('--cpu-prof'), wanted: (id: string) => !only || only.includes(id) };
}

async function main() {
  const { durationS, cpuProf, wanted } = parseArgs(process.argv.slice(2));
  ensureBuild();
  const tmp = mkdtempSync(path.join(tmpdir(), 'cmp-bench-http-'));
  const cleanups: (() => Promise<void>)[] = [];
  const track = (stop: () => Promise<void>) => void cleanups.push(stop);
  let cleaned = false;
  const cleanUp = async () => {
    if (cleaned) return;
    cleaned = true;
    for (const stop of cleanups.reverse())
      await stop().catch((error: unknown) => console.error('[bench:http] cleanup:', error));
    rmSync(BASELINE_DIR, { recursive: true, force: true });
    rmSync(tmp, { recursive: true, force: true });
  };
  // Ctrl-C must still stop the servers, drop the database and remove the baseline file.
  const interrupted = (signal: string) => void cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted);
  const dir = (name: string) => (mkdirSync(path.join(tmp, name), { recursive: true }), path.join(tmp, name));
  const results: ScenarioResult[] = [];
  const report: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    node: process.version,
    cpus: cpus().length,
    loadAverageAtStart: loadavg(),
    durationS,
  };
  let pg: PostgresPhase | undefined;
  try {
    const database = await createBenchDatabase();
    cleanups.push(database.drop);
    const savedDir = dir('fallback-from-postgres');
    const imported = await importRecordedData(database.url, savedDir);
    console.log(
      `[bench:http] imported recorded data into PostgreSQL in ${(imported.syncMs / 1000).toFixed(1)} s; ${imported.files} fallback files`,
    );

    const profDir = path.join(ROOT, 'bench-results', 'cpu-profiles');
    const pgServer = await startBenchServer(
      'postgres',
      { DATABASE_URL: database.url, FALLBACK_DIR: dir('fallback-postgres-server') },
      { track, nodeArgs: cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [] },
    );
    pg = await runPostgresPhase(pgServer, durationS, wanted);
    results.push(...pg.results);
    await pgServer.stop();
    if (cpuProf) console.log(`[bench:http] CPU profile of the PostgreSQL server written to ${profDir}`);

    if (wanted('c-pg') || wanted('c-pg1')) {
      const uncached = await startBenchServer(
        'postgres-uncached',
        { DATABASE_URL: database.url, FALLBACK_DIR: dir('fallback-uncached'), CACHE_ENABLED: 'false' },
        { track, nodeArgs: cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${profDir}`] : [] },
      );
      for (const [id, connections] of [
        ['c-pg1', 1],
        ['c-pg', 10],
      ] as const) {
        if (!wanted(id)) continue;
        await warmUp(uncached.url, CITY, connections);
        const name = `city page, caching off, PostgreSQL${connections === 1 ? ' (1 conn)' : ''}`;
        results.push(
          await runScenario({ id, name, baseUrl: uncached.url, paths: [CITY], connections, durationS, note: UNCACHED }),
        );
      }
      await uncached.stop();
    }

    if (wanted('g')) {
      const saved = await startBenchServer(
        'fallback',
        { DATABASE_URL: CLOSED_DATABASE, FALLBACK_DIR: savedDir },
        { track },
      );
      const html = await (await fetch(`${saved.url}${CITY}`)).text();
      await warmUp(saved.url, CITY, 50);
      const note = html.includes('saved plan data')
        ? 'saved-data notice shown'
        : 'WARNING: no saved-data notice in the page';
      results.push(
        await runScenario({
          id: 'g',
          name: 'city page, fallback (database down)',
          baseUrl: saved.url,
          paths: [CITY],
          connections: 50,
          durationS,
          note,
        }),
      );
      await saved.stop();
    }

    if (wanted('c-pglite')) {
      const embedded = await startBenchServer(
        'pglite',
        {
          PGLITE_DIR: path.join(dir('pglite'), 'db'),
          FALLBACK_DIR: dir('fallback-pglite-server'),
          CACHE_ENABLED: 'false',
        },
        { track, timeoutMs: 180_000 },
      );
      const coldStartMs = (await waitFor200(`${embedded.url}/`)) - embedded.spawnedAt;
      report.embeddedColdStartMs = Math.round(coldStartMs);
      console.log(`[bench:http] cold start to first 200 in embedded mode: ${(coldStartMs / 1000).toFixed(1)} s`);
      await warmUp(embedded.url, CITY, 10);
      results.push(
        await runScenario({
          id: 'c-pglite',
          name: 'city page, caching off, PGlite',
          baseUrl: embedded.url,
          paths: [CITY],
          connections: 10,
          durationS,
          note: UNCACHED,
        }),
      );
      await embedded.stop();
    }
  } finally {
    await cleanUp();
  }

  const baseline = results.find((r) => r.id === 'a');
  for (const r of results)
    if (baseline?.reqPerSec) r.ratioToBaseline = Number((r.reqPerSec / baseline.reqPerSec).toFixed(3));
  printScenarioTable(results);
  if (pg) {
    printPageSizes(pg.pages);
    const load = pg.memory.underLoad;
    console.log(
      `\nPostgreSQL server RSS: at rest ${pg.memory.restMb.toFixed(0)} MB; under load (b) peak ${load?.peakMb.toFixed(0) ?? '—'} MB, mean ${load?.meanMb.toFixed(0) ?? '—'} MB`,
    );
  }
  if (report.embeddedColdStartMs !== undefined)
    console.log(
      `Cold start to first 200 in embedded mode (PGlite import included): ${(Number(report.embeddedColdStartMs) / 1000).toFixed(1)} s`,
    );
  const targets = checkTargets(results, pg?.pages ?? []);
  printTargets(targets);
  const file = writeJson(ROOT, {
    ...report,
    loadAverageAtEnd: loadavg(),
    baselineBytes: pg?.baselineBytes,
    scenarios: results,
    pages: pg?.pages,
    memory: pg?.memory,
    targets,
  });
  console.log(`\n[bench:http] figures written to ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
