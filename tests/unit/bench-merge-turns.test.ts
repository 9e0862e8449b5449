import { describe, expect, it } from 'vitest';
import { mergeTurns } from '../../scripts/bench/cold-scenarios';
import type { ScenarioResult } from '../../scripts/bench/run-scenario';

const turn = (reqPerSec: number, p99: number, non2xx = 0): ScenarioResult => ({
  id: 'c-pg',
  name: 'city page, caching off, PG',
  server: 'site',
  path: '/texas/dallas',
  connections: 10,
  durationS: 10,
  body: 'city',
  note: 'caching off',
  reqPerSec,
  requests: reqPerSec * 10,
  latencyMs: { mean: p99 / 2, p50: p99 / 3, p90: p99 / 1.5, p99, p999: p99 * 1.2, max: p99 * 2 },
  non2xx,
  socketErrors: 0,
  bytesPerResponse: 83_000,
  checkStatus: 200,
  bodyBytes: 82_182,
});

describe('mergeTurns', () => {
  it('sums requests, time and errors, averages the rate and the percentiles, and names the turns', () => {
    const merged = mergeTurns([turn(50, 300, 1), turn(70, 500, 2)]);
    expect(merged).toMatchObject({ reqPerSec: 60, requests: 1200, durationS: 20, non2xx: 3 });
    expect(merged.latencyMs.p99).toBe(400);
    expect(merged.note).toBe('caching off; mean of 2 alternating turns (50, 70 req/s)');
    const { note: _none, ...baseline } = merged;
    expect(mergeTurns([baseline, baseline]).note).toBe('mean of 2 alternating turns (60, 60 req/s)');
  });
});
