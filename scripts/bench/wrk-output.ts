// Why: wrk's figures arrive as text plus the JSON line of wrk-report.lua; this turns both into one checked result.
export interface WrkResult {
  requests: number;
  durationS: number;
  reqPerSec: number;
  /** Everything read, headers included, divided by the requests: what one response costs on the wire. */
  bytesPerResponse: number;
  latencyMs: { mean: number; p50: number; p90: number; p99: number; p999: number; max: number };
  /** Responses whose status was not 2xx or 3xx ("Non-2xx or 3xx responses"). */
  non2xx: number;
  socketErrors: { connect: number; read: number; write: number; timeout: number };
}

interface WrkJson {
  requests: number;
  durationUs: number;
  bytes: number;
  errors: { connect: number; read: number; write: number; status: number; timeout: number };
  latencyUs: { min: number; mean: number; max: number; p50: number; p90: number; p99: number; p999: number };
}

const ms = (us: number) => Math.round(us) / 1000;

/** Parses wrk's stdout, run with `-s wrk-report.lua`; throws when the JSON line is missing or disagrees with the text. */
export function parseWrkOutput(stdout: string): WrkResult {
  const line = /^WRK_JSON (\{.*\})$/m.exec(stdout);
  if (!line) throw new Error(`wrk printed no WRK_JSON line (was -s wrk-report.lua given?):\n${stdout}`);
  const json = JSON.parse(line[1]!) as WrkJson;
  // The text and the JSON come from the same counters; a mismatch means the format changed under us.
  const textRequests = Number(/^\s*(\d+) requests in /m.exec(stdout)?.[1]);
  if (textRequests !== json.requests) throw new Error(`wrk text says ${textRequests} requests, JSON ${json.requests}`);
  const textNon2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(stdout)?.[1] ?? 0);
  if (textNon2xx !== json.errors.status)
    throw new Error(`wrk text says ${textNon2xx} non-2xx, JSON ${json.errors.status}`);
  const durationS = json.durationUs / 1e6;
  const l = json.latencyUs;
  return {
    requests: json.requests,
    durationS,
    reqPerSec: durationS > 0 ? json.requests / durationS : 0,
    bytesPerResponse: json.requests > 0 ? json.bytes / json.requests : 0,
    latencyMs: { mean: ms(l.mean), p50: ms(l.p50), p90: ms(l.p90), p99: ms(l.p99), p999: ms(l.p999), max: ms(l.max) },
    non2xx: json.errors.status,
    socketErrors: {
      connect: json.errors.connect,
      read: json.errors.read,
      write: json.errors.write,
      timeout: json.errors.timeout,
    },
  };
}

/** Socket errors of every kind, summed. */
export const socketErrorCount = (r: WrkResult) =>
  r.socketErrors.connect + r.socketErrors.read + r.socketErrors.write + r.socketErrors.timeout;
