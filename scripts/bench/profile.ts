// Why: issue 14 item 4 wants the top costs of an uncached city-page render (caching off, PostgreSQL) from a real profile.
// Usage: npm run bench:profile -- [--duration 20] [--top 15]; the .cpuprofile stays in bench-results/cpu-profiles/.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { wholeNumberArg } from './args';
import { createBenchDatabase, ensureBuild, importRecordedData } from './bench-data';
import { ROOT, startBenchServer } from './bench-servers';
import { monotonicUs, selfTimes, type CpuProfile } from './cpu-profile';
import { runWrk, ensureWrk } from './wrk';
import { CITY } from './warm-scenarios';

async function main() {
  const durationS = wholeNumberArg('--duration', 20, 600);
  const top = wholeNumberArg('--top', 15, 600);
  ensureWrk();
  ensureBuild();
  const profDir = path.join(ROOT, 'bench-results', 'cpu-profiles');
  mkdirSync(profDir, { recursive: true });
  const tmp = mkdtempSync(path.join(tmpdir(), 'cmp-bench-profile-'));
  const database = await createBenchDatabase();
  const started = Date.now();
  const window = { fromUs: 0, toUs: 0 };
  try {
    await importRecordedData(database.url, path.join(tmp, 'saved'));
    const env = { DATABASE_URL: database.url, CACHE_ENABLED: 'false', FALLBACK_DIR: tmp };
    const nodeArgs = ['--cpu-prof', `--cpu-prof-dir=${profDir}`];
    // Writing a 20 s profile can take longer than the usual 5 s grace on a busy machine; killed, it writes none.
    const server = await startBenchServer('profiled', env, { nodeArgs, stopGraceMs: 60_000 });
    try {
      await runWrk({ url: server.url + CITY, connections: 10, durationS: 2 }); // JIT warm-up, inside the profile
      window.fromUs = monotonicUs();
      const r = await runWrk({ url: server.url + CITY, connections: 10, durationS });
      window.toUs = monotonicUs();
      console.log(`[bench:profile] ${CITY}, caching off, PostgreSQL, 10 conn: ${r.reqPerSec.toFixed(1)} req/s,`);
      console.log(`  p99 ${r.latencyMs.p99.toFixed(1)} ms, ${r.non2xx} non-2xx`);
    } finally {
      await server.stop(); // the profile is written as the process exits
    }
  } finally {
    await database.drop();
    rmSync(tmp, { recursive: true, force: true });
  }
  const file = readdirSync(profDir)
    .filter((f) => f.endsWith('.cpuprofile'))
    .map((f) => path.join(profDir, f))
    .filter((f) => statSync(f).mtimeMs >= started)
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
  if (!file) throw new Error(`no .cpuprofile written to ${profDir}`);
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const print = (title: string, rows: ReturnType<typeof selfTimes>) => {
    console.log(`\n${title}\n${'busy %'.padStart(7)} ${'ms'.padStart(8)}  function (file:line)`);
    for (const t of rows.slice(0, top))
      console.log(`${t.busyPercent.toFixed(1).padStart(7)} ${t.ms.toFixed(0).padStart(8)}  ${t.name}`);
  };
  if (window.fromUs < profile.startTime || window.toUs > profile.endTime)
    throw new Error('the load window is outside the profile: clocks differ, cannot leave start-up out');
  print(
    `Top self time by function, the ${durationS} s load only (share of non-idle time)`,
    selfTimes(profile, 'function', window),
  );
  print('Top self time by file', selfTimes(profile, 'file', window));
  console.log(`\n[bench:profile] profile: ${path.relative(ROOT, file)} (open in Chrome DevTools → Performance)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
