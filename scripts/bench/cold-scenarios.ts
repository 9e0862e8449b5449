// Why: the scenarios that need their own server: embedded PGlite, caching off (now and at efa25d4), and saved data.
import path from 'node:path';
import { startBareNode, startNginx } from './baselines';
import { startBenchServer, waitFor200 } from './bench-servers';
import type { CommitBuild } from './commit-build';
import { runScenario, type ScenarioResult } from './run-scenario';
import { CITY, siteBody } from './warm-scenarios';

export const OLD_COMMIT = 'efa25d4';
const CLOSED_DATABASE = 'postgres://postgres@127.0.0.1:1/x';
const UNCACHED = 'CACHE_ENABLED=false: no page cache, no data cache, no Redis';

export interface Context {
  tmp: string;
  durationS: number;
  wanted: (id: string) => boolean;
  track: (stop: () => Promise<void>) => void;
  databaseUrl: string;
  /** Absolute recorded-data paths, so an old checkout outside this one finds them too. */
  sources: NodeJS.ProcessEnv;
  notes: Record<string, unknown>;
}

const city = (c: Context, id: string, name: string, server: string, url: string, connections: number, note?: string) =>
  runScenario({ id, name, server, baseUrl: url, path: CITY, connections, durationS: c.durationS, body: 'city', note });

/**
 * The README default (no DATABASE_URL, no Redis) warm, in alternating turns with nginx and bare Node sending
 * the same bytes (its own page, which carries every replayed export), then the same PGlite directory with caching off.
 */
export async function runPgliteScenarios(c: Context): Promise<ScenarioResult[]> {
  if (!c.wanted('p') && !c.wanted('c-pglite')) return [];
  const results: ScenarioResult[] = [];
  const env = { PGLITE_DIR: path.join(c.tmp, 'pglite', 'db'), FALLBACK_DIR: path.join(c.tmp, 'fallback-pglite') };
  const warm = await startBenchServer('pglite', env, { track: c.track, timeoutMs: 300_000 });
  c.notes.pgliteColdStartMs = Math.round((await waitFor200(`${warm.url}/`, 300_000)) - warm.spawnedAt);
  if (c.wanted('p')) {
    const bytes = [await siteBody(warm.url, CITY)];
    const nginx = await startNginx(bytes, path.join(c.tmp, 'nginx-pglite'));
    c.track(nginx.stop);
    const node = await startBareNode(bytes, path.join(c.tmp, 'node-pglite'));
    c.track(node.stop);
    const note = 'first start replays every recorded export: more history in the page than on PostgreSQL';
    const runs = [
      { id: 'nginx-pglite', name: 'nginx, static file, PGlite city bytes', server: nginx.label, url: nginx.url },
      { id: 'node-pglite', name: 'bare Node, PGlite city bytes', server: node.label, url: node.url },
      { id: 'p', name: 'city page warm, embedded PGlite', server: 'site', url: warm.url, note },
    ];
    const spec = { path: CITY, connections: 50, durationS: c.durationS, body: 'pglite-city' as const };
    results.push(
      ...(await inTurns(runs.map((r) => ({ id: r.id, run: () => runScenario({ ...r, ...spec, baseUrl: r.url }) })))),
    );
    await nginx.stop();
    await node.stop();
  }
  await warm.stop();
  if (c.wanted('c-pglite')) {
    const cold = await startBenchServer('pglite-uncached', { ...env, CACHE_ENABLED: 'false' }, { track: c.track });
    results.push(await city(c, 'c-pglite', 'city page, caching off, PGlite', 'site', cold.url, 10, UNCACHED));
    await cold.stop();
  }
  return results;
}

/**
 * Caching off on PostgreSQL, 10 connections: this build and efa25d4 (built in a git worktree) on the same database,
 * both started, measured in turns A B A B so that a change in the machine's load falls on both alike.
 */
export async function runUncachedScenarios(c: Context, build?: CommitBuild): Promise<ScenarioResult[]> {
  const env = { DATABASE_URL: c.databaseUrl, CACHE_ENABLED: 'false', ...c.sources };
  const runs: { id: string; name: string; server: string; url: string; stop(): Promise<void> }[] = [];
  if (c.wanted('c-pg')) {
    const now = await startBenchServer('uncached', { ...env, FALLBACK_DIR: path.join(c.tmp, 'fb-uncached') }, c);
    runs.push({ id: 'c-pg', name: 'city page, caching off, PG', server: 'site', url: now.url, stop: now.stop });
  }
  if (build) {
    const fallback = { FALLBACK_DIR: path.join(c.tmp, 'fb-old') };
    const old = await startBenchServer(OLD_COMMIT, { ...env, ...fallback }, { track: c.track, root: build.root });
    runs.push({
      id: 'c-old',
      name: `city page, caching off, PG, ${OLD_COMMIT}`,
      server: `site at ${OLD_COMMIT}`,
      url: old.url,
      stop: old.stop,
    });
  }
  // At 10 connections on one URL, concurrent requests share their in-flight loads (cache/cached.ts);
  // one connection is one shopper at a time, who pays for every query alone (ids c-pg1, c-old1).
  const variants = [
    { connections: 10, suffix: '', note: UNCACHED },
    { connections: 1, suffix: '1', note: `${UNCACHED}; one connection: no load shared` },
  ];
  const results: ScenarioResult[] = [];
  for (const { connections, suffix, note } of variants) {
    const measure = (r: (typeof runs)[number]) => () =>
      city(c, r.id + suffix, r.name, r.server, r.url, connections, note);
    results.push(...(await inTurns(runs.map((r) => ({ id: r.id + suffix, run: measure(r) })))));
  }
  for (const r of runs) await r.stop();
  return results;
}

/** Each run measured in two rounds of alternating turns (A B A B), so a change in the machine's load falls on all alike. */
async function inTurns(runs: { id: string; run: () => Promise<ScenarioResult> }[]): Promise<ScenarioResult[]> {
  const turns = new Map<string, ScenarioResult[]>();
  for (let round = 0; round < 2; round++)
    for (const { id, run } of runs) turns.set(id, [...(turns.get(id) ?? []), await run()]);
  return [...turns.values()].map((t) => mergeTurns(t));
}

/** Two turns of one scenario as one row: requests and errors summed, rate and percentiles averaged. */
export function mergeTurns(turns: ScenarioResult[]): ScenarioResult {
  const mean = (f: (r: ScenarioResult) => number) => turns.reduce((sum, r) => sum + f(r), 0) / turns.length;
  const sum = (f: (r: ScenarioResult) => number) => turns.reduce((total, r) => total + f(r), 0);
  const first = turns[0]!;
  const latency = Object.fromEntries(
    Object.keys(first.latencyMs).map((k) => [k, mean((r) => r.latencyMs[k as keyof ScenarioResult['latencyMs']])]),
  ) as ScenarioResult['latencyMs'];
  return {
    ...first,
    reqPerSec: Number(mean((r) => r.reqPerSec).toFixed(1)),
    requests: sum((r) => r.requests),
    durationS: sum((r) => r.durationS),
    latencyMs: latency,
    non2xx: sum((r) => r.non2xx),
    socketErrors: sum((r) => r.socketErrors),
    note: [
      first.note,
      `mean of ${turns.length} alternating turns (${turns.map((r) => Math.round(r.reqPerSec)).join(', ')} req/s)`,
    ]
      .filter(Boolean)
      .join('; '),
  };
}

/** Database unreachable: the city page from the saved files written after the import. */
export async function runFallbackScenario(c: Context, savedDir: string): Promise<ScenarioResult[]> {
  if (!c.wanted('g')) return [];
  const saved = await startBenchServer('fallback', { DATABASE_URL: CLOSED_DATABASE, FALLBACK_DIR: savedDir }, c);
  const html = await (await fetch(`${saved.url}${CITY}`)).text();
  const note = html.includes('saved plan data') ? 'saved-data notice shown' : 'WARNING: no saved-data notice';
  const result = await city(c, 'g', 'city page, database down (saved data)', 'site', saved.url, 50, note);
  await saved.stop();
  return [result];
}
