// Why: the PostgreSQL server carries the baseline and every warm hot path, so they share one process, one JIT and one cache.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT, rssMb, sampleRss, type BenchServer } from './bench-servers';
import { measurePages, type PageSize } from './page-sizes';
import { runScenario, warmUp, type ScenarioResult } from './run-scenario';

export const BASELINE_DIR = path.join(ROOT, 'dist', 'client', '__bench');
const BASELINE_PATH = '/__bench/baseline.html';
export const CITY = '/texas/dallas';
const FILTER = '/texas/dallas/12-month/fixed-rate';
const ZIP_API = '/api/zip/75201';

export interface PostgresPhase {
  results: ScenarioResult[];
  pages: PageSize[];
  memory: { restMb: number; underLoad: { peakMb: number; meanMb: number; samples: number } | null };
  baselineBytes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function getText(url: string): Promise<string> {
  const res = await fetch(url);
  const text = await res.text();
  if (res.status !== 200) throw new Error(`GET ${url}: HTTP ${res.status}`);
  return text;
}

/** Writes a static file exactly as long as the Dallas page's HTML, and checks the adapter serves it. */
async function writeBaseline(baseUrl: string, bytes: number): Promise<void> {
  mkdirSync(BASELINE_DIR, { recursive: true });
  const filler = Buffer.alloc(bytes, 'x');
  Buffer.from('<!doctype html><title>bench baseline</title><p>').copy(filler);
  writeFileSync(path.join(BASELINE_DIR, 'baseline.html'), filler);
  const res = await fetch(baseUrl + BASELINE_PATH, { headers: { 'accept-encoding': 'identity' } });
  const length = (await res.arrayBuffer()).byteLength;
  if (res.status !== 200 || length !== bytes) throw new Error(`baseline file served ${res.status}, ${length} bytes`);
}

/** Runs scenarios a, b, d, e and f on one server with its caches on; `wanted` filters by id. */
export async function runPostgresPhase(
  server: BenchServer,
  durationS: number,
  wanted: (id: string) => boolean,
): Promise<PostgresPhase> {
  const base = server.url;
  const baselineBytes = Buffer.byteLength(await getText(base + CITY));
  await writeBaseline(base, baselineBytes);
  const plans = JSON.parse(await getText(`${base}/api/plans?city=dallas`)) as { plans: { plan: { id: string } }[] };
  const [cheapest, second] = plans.plans.map((p) => p.plan.id);
  if (!cheapest || !second) throw new Error('no plans for Dallas in the bench database');
  const PLAN = `/plans/${cheapest}`;

  const pages = await measurePages(base, {
    home: '/',
    city: CITY,
    filter: FILTER,
    plan: PLAN,
    'zip-result': '/zip/75201',
    'zip-split': '/zip/77414',
    compare: `/compare?plans=${cheapest},${second}`,
  });

  // At rest: every hot path rendered a few times, then two idle seconds.
  for (const p of [BASELINE_PATH, CITY, FILTER, ZIP_API, PLAN])
    for (let i = 0; i < 10; i++) await (await fetch(base + p)).arrayBuffer();
  await sleep(2_000);
  const restMb = rssMb(server.pid);

  const results: ScenarioResult[] = [];
  let underLoad: PostgresPhase['memory']['underLoad'] = null;
  // The "1 conn" rows are informational: service time without queueing behind 49 other connections.
  const warm: [string, string, string, number][] = [
    ['a', 'baseline: static file, same size', BASELINE_PATH, 50],
    ['b', 'city page, cache warm', CITY, 50],
    ['b1', 'city page, cache warm (1 conn)', CITY, 1],
    ['d', 'filter page, cache warm', FILTER, 50],
    ['e', 'ZIP JSON API, cache warm', ZIP_API, 50],
    ['e1', 'ZIP JSON API, cache warm (1 conn)', ZIP_API, 1],
    ['f', 'plan page (cheapest Dallas), warm', PLAN, 50],
  ];
  for (const [id, name, p, connections] of warm) {
    if (!wanted(id)) continue;
    await warmUp(base, p, connections);
    const stopSampling = id === 'b' ? sampleRss(server.pid) : undefined;
    results.push(await runScenario({ id, name, baseUrl: base, paths: [p], connections, durationS }));
    if (stopSampling) underLoad = stopSampling();
  }
  return { results, pages, memory: { restMb, underLoad }, baselineBytes };
}
