// Why: every scenario, the baselines included, is measured the same way: checked once, warmed, then one wrk run.
import { runWrk } from './wrk';
import { socketErrorCount } from './wrk-output';

/** Which baseline bytes a scenario is compared with: PGlite's city page carries more history than PostgreSQL's. */
export type BodyKind = 'city' | 'zip' | 'pglite-city';

export interface ScenarioSpec {
  id: string;
  name: string;
  /** What answers: "site", "nginx", "bare Node", "site at efa25d4". */
  server: string;
  baseUrl: string;
  path: string;
  connections: number;
  durationS: number;
  body: BodyKind;
  /** Spread wrk's requests over this many clients (X-Forwarded-For), for the API's per-client rate limit. */
  clients?: number;
  note?: string;
}

export interface ScenarioResult extends Omit<ScenarioSpec, 'baseUrl'> {
  reqPerSec: number;
  requests: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; p999: number; max: number };
  non2xx: number;
  socketErrors: number;
  /** wrk's bytes read per response, headers included. */
  bytesPerResponse: number;
  /** Status and body length of one uncompressed GET before the run. */
  checkStatus: number;
  bodyBytes: number;
}

const round = (n: number, digits = 2) => Number(n.toFixed(digits));

/** A GET without compression, as wrk sends it: status, body and Content-Type. */
export async function getIdentity(url: string): Promise<{ status: number; body: Buffer; contentType: string }> {
  const res = await fetch(url, { headers: { 'accept-encoding': 'identity' }, redirect: 'manual' });
  const body = Buffer.from(await res.arrayBuffer());
  return { status: res.status, body, contentType: res.headers.get('content-type') ?? '' };
}

/** Checks the response once, warms the path (10 GETs, 1 s of wrk at the same concurrency), then measures it. */
export async function runScenario(spec: ScenarioSpec): Promise<ScenarioResult> {
  const url = spec.baseUrl + spec.path;
  const check = await getIdentity(url);
  for (let i = 0; i < 10; i++) await getIdentity(url);
  await runWrk({ url, connections: spec.connections, durationS: 1, clients: spec.clients });
  const r = await runWrk({ url, connections: spec.connections, durationS: spec.durationS, clients: spec.clients });
  const { baseUrl: _baseUrl, ...rest } = spec;
  const result: ScenarioResult = {
    ...rest,
    reqPerSec: round(r.reqPerSec, 1),
    requests: r.requests,
    latencyMs: r.latencyMs,
    non2xx: r.non2xx,
    socketErrors: socketErrorCount(r),
    bytesPerResponse: Math.round(r.bytesPerResponse),
    checkStatus: check.status,
    bodyBytes: check.body.byteLength,
  };
  console.log(
    `[bench] ${spec.id.padEnd(12)} ${spec.server.padEnd(16)} ${String(Math.round(result.reqPerSec)).padStart(6)} req/s  p99 ${result.latencyMs.p99.toFixed(1)} ms  non-2xx ${result.non2xx}`,
  );
  return result;
}
