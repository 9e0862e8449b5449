import { describe, expect, it } from 'vitest';
import { parseWrkOutput, socketErrorCount } from '../../scripts/bench/wrk-output';

// Recorded from Debian's wrk 4.1.0 (`wrk -t1 -c10 -d2s --latency -s scripts/bench/wrk-report.lua`) against a
// loopback Node server answering every 50th request with a 404.
const RECORDED = `Running 2s test @ http://127.0.0.1:18799/
  1 threads and 10 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency    12.89ms   31.01ms 230.41ms   91.55%
    Req/Sec     5.04k     4.15k   16.02k    77.78%
  Latency Distribution
     50%    1.29ms
     75%    8.01ms
     90%   37.14ms
     99%  173.14ms
  9267 requests in 2.02s, 1.58MB read
  Non-2xx or 3xx responses: 185
Requests/sec:   4583.17
Transfer/sec:    798.57KB
WRK_JSON {"requests":9267,"durationUs":2021962,"bytes":1653428,"errors":{"connect":0,"read":0,"write":0,"status":185,"timeout":0},"latencyUs":{"min":83,"mean":12885.35,"max":230412,"p50":1290,"p90":37138,"p99":173140,"p999":210078}}
`;

describe('parseWrkOutput', () => {
  it('reads requests, rate, exact percentiles, non-2xx and bytes per response from a recorded run', () => {
    const r = parseWrkOutput(RECORDED);
    expect(r.requests).toBe(9267);
    expect(r.durationS).toBeCloseTo(2.021962, 6);
    expect(r.reqPerSec).toBeCloseTo(4583.17, 1); // wrk's own "Requests/sec"
    expect(r.latencyMs).toEqual({ mean: 12.885, p50: 1.29, p90: 37.138, p99: 173.14, p999: 210.078, max: 230.412 });
    expect(r.non2xx).toBe(185);
    expect(r.bytesPerResponse).toBeCloseTo(1653428 / 9267, 6);
    expect(socketErrorCount(r)).toBe(0);
  });

  it('agrees with the text percentiles wrk prints itself', () => {
    const r = parseWrkOutput(RECORDED);
    expect(r.latencyMs.p99.toFixed(2)).toBe('173.14');
    expect(r.latencyMs.p50.toFixed(2)).toBe('1.29');
  });

  it('fails loudly without the reporter line or when text and JSON disagree', () => {
    expect(() => parseWrkOutput(RECORDED.replace(/^WRK_JSON.*$/m, ''))).toThrow(/no WRK_JSON/);
    expect(() => parseWrkOutput(RECORDED.replace('responses: 185', 'responses: 7'))).toThrow(/non-2xx/);
    expect(() => parseWrkOutput(RECORDED.replace('9267 requests in', '9 requests in'))).toThrow(/requests/);
  });

  it('counts no non-2xx when wrk prints no such line', () => {
    const clean = RECORDED.replace('  Non-2xx or 3xx responses: 185\n', '').replace('"status":185', '"status":0');
    expect(parseWrkOutput(clean).non2xx).toBe(0);
  });
});
