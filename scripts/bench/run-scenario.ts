// Why: one autocannon run per scenario, with exact float latencies and the server's own Server-Timing, in one result shape.
import autocannon, { type AutocannonRequest, type AutocannonResult } from 'autocannon';

export interface ScenarioSpec {
  id: string;
  name: string;
  baseUrl: string;
  /** One path, or several requested in rotation across all connections. */
  paths: string[];
  connections: number;
  durationS: number;
  note?: string;
}

export interface ScenarioResult {
  id: string;
  name: string;
  target: string;
  connections: number;
  durationS: number;
  reqPerSec: number;
  requests: number;
  latencyMs: { mean: number; p50: number; p97_5: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  /** Cache lookups reported by the server in Server-Timing, by `<kind>-<hit|miss>`. */
  cache: Record<string, number>;
  /** The server's own time per request (Server-Timing `app`: middleware to response). */
  serverAppMs: { p50: number; p99: number } | null;
  ratioToBaseline?: number;
  note?: string;
}

const MAX_SAMPLES = 2_000_000;

export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const round = (n: number, digits = 2) => (Number.isFinite(n) ? Number(n.toFixed(digits)) : n);

/** Counts `cache;desc="city-hit"` entries and collects `app;dur=` from one Server-Timing header. */
function readServerTiming(header: string | string[] | undefined, cache: Record<string, number>, app: number[]): void {
  const value = Array.isArray(header) ? header.join(', ') : header;
  if (!value) return;
  for (const entry of value.split(',')) {
    const desc = /desc="([^"]+)"/.exec(entry)?.[1];
    if (desc) cache[desc] = (cache[desc] ?? 0) + 1;
    else if (entry.trim().startsWith('app;') && app.length < MAX_SAMPLES) {
      const dur = Number(/dur=([\d.]+)/.exec(entry)?.[1]);
      if (Number.isFinite(dur)) app.push(dur);
    }
  }
}

/** Runs autocannon for `durationS` seconds and summarises it. */
export async function runScenario(spec: ScenarioSpec): Promise<ScenarioResult> {
  const latencies = new Float64Array(MAX_SAMPLES);
  let count = 0;
  const cache: Record<string, number> = {};
  const app: number[] = [];
  let next = 0;
  const request: AutocannonRequest = {
    method: 'GET',
    path: spec.paths[0],
    onResponse: (_status, _body, _context, headers) => readServerTiming(headers['server-timing'], cache, app),
    ...(spec.paths.length > 1
      ? { setupRequest: (req: AutocannonRequest) => ({ ...req, path: spec.paths[next++ % spec.paths.length] }) }
      : {}),
  };
  const result = await new Promise<AutocannonResult>((resolve, reject) => {
    const instance = autocannon(
      { url: spec.baseUrl, connections: spec.connections, duration: spec.durationS, requests: [request] },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client, _status, _bytes, ms) => {
      if (count < MAX_SAMPLES) latencies[count++] = ms;
    });
  });
  const sorted = latencies.subarray(0, count).sort();
  const mean = count ? sorted.reduce((a, b) => a + b, 0) / count : Number.NaN;
  app.sort((a, b) => a - b);
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
  return {
    id: spec.id,
    name: spec.name,
    target: spec.paths.length > 1 ? `${spec.paths.length} paths in rotation, e.g. ${spec.paths[0]}` : spec.paths[0]!,
    connections: spec.connections,
    durationS: spec.durationS,
    reqPerSec: round(result.requests.mean, 1),
    requests: count,
    latencyMs: {
      mean: round(mean),
      p50: round(percentile(sorted, 50)),
      p97_5: round(percentile(sorted, 97.5)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[count - 1] ?? Number.NaN),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes,
    cache,
    serverAppMs: app.length ? { p50: round(percentile(app, 50)), p99: round(percentile(app, 99)) } : null,
    ...(spec.note ? { note: spec.note } : {}),
  };
}

/** Warms a path: a few sequential requests, then one second of load at the scenario's concurrency (not recorded). */
export async function warmUp(baseUrl: string, path: string, connections: number): Promise<void> {
  for (let i = 0; i < 10; i++) await (await fetch(baseUrl + path)).arrayBuffer();
  await new Promise<void>((resolve, reject) =>
    autocannon({ url: baseUrl + path, connections, duration: 1 }, (error) => (error ? reject(error) : resolve())),
  );
}

/** "<kind>-miss" share of all "<kind>-*" lookups reported, e.g. missShare(result, 'city'). */
export function missShare(result: ScenarioResult, kind: string): number {
  const hits = result.cache[`${kind}-hit`] ?? 0;
  const misses = result.cache[`${kind}-miss`] ?? 0;
  return hits + misses === 0 ? Number.NaN : misses / (hits + misses);
}
