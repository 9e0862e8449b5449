// Why: the scenarios that need their own server: embedded PGlite, caching off (now and at efa25d4), and saved data.
import path from 'node:path';
import { startBenchServer, waitFor200 } from './bench-servers';
import type { CommitBuild } from './commit-build';
import { runScenario, type ScenarioResult } from './run-scenario';
import { CITY } from './warm-scenarios';

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

/** The README default (no DATABASE_URL, no Redis) warm, then the same PGlite directory with caching off. */
export async function runPgliteScenarios(c: Context): Promise<ScenarioResult[]> {
  if (!c.wanted('p') && !c.wanted('c-pglite')) return [];
  const results: ScenarioResult[] = [];
  const env = { PGLITE_DIR: path.join(c.tmp, 'pglite', 'db'), FALLBACK_DIR: path.join(c.tmp, 'fallback-pglite') };
  const warm = await startBenchServer('pglite', env, { track: c.track, timeoutMs: 300_000 });
  c.notes.pgliteColdStartMs = Math.round((await waitFor200(`${warm.url}/`, 300_000)) - warm.spawnedAt);
  // First start replays every recorded export, so the page carries more history than the PostgreSQL one (one export).
  const note = 'first start replays every recorded export: more history in the page than on PostgreSQL';
  if (c.wanted('p')) results.push(await city(c, 'p', 'city page warm, embedded PGlite', 'site', warm.url, 50, note));
  await warm.stop();
  if (c.wanted('c-pglite')) {
    const cold = await startBenchServer('pglite-uncached', { ...env, CACHE_ENABLED: 'false' }, { track: c.track });
    results.push(await city(c, 'c-pglite', 'city page, caching off, PGlite', 'site', cold.url, 10, UNCACHED));
    await cold.stop();
  }
  return results;
}

/** Caching off on PostgreSQL, 10 connections: this build, then efa25d4 built in a git worktree, same database. */
export async function runUncachedScenarios(c: Context, build?: CommitBuild): Promise<ScenarioResult[]> {
  const results: ScenarioResult[] = [];
  const env = { DATABASE_URL: c.databaseUrl, CACHE_ENABLED: 'false', ...c.sources };
  if (c.wanted('c-pg')) {
    const now = await startBenchServer('uncached', { ...env, FALLBACK_DIR: path.join(c.tmp, 'fb-uncached') }, c);
    results.push(await city(c, 'c-pg', 'city page, caching off, PG', 'site', now.url, 10, UNCACHED));
    await now.stop();
  }
  if (build) {
    const old = await startBenchServer(
      OLD_COMMIT,
      { ...env, FALLBACK_DIR: path.join(c.tmp, 'fb-old') },
      { track: c.track, root: build.root },
    );
    const name = `city page, caching off, PG, ${OLD_COMMIT}`;
    results.push(await city(c, 'c-old', name, `site at ${OLD_COMMIT}`, old.url, 10, UNCACHED));
    await old.stop();
  }
  return results;
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
