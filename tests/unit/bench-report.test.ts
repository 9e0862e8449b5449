import { describe, expect, it } from 'vitest';
import { checkTargets, ratios } from '../../scripts/bench/bench-report';
import type { ScenarioResult } from '../../scripts/bench/run-scenario';

const row = (id: string, server: string, reqPerSec: number, p99: number, extra: Partial<ScenarioResult> = {}) =>
  ({
    id,
    name: id,
    server,
    path: '/texas/dallas',
    connections: 50,
    durationS: 10,
    body: 'city',
    reqPerSec,
    requests: reqPerSec * 10,
    latencyMs: { mean: 1, p50: 1, p90: 1, p99, p999: p99, max: p99 },
    non2xx: 0,
    socketErrors: 0,
    bytesPerResponse: 83_000,
    checkStatus: 200,
    bodyBytes: 82_182,
    ...extra,
  }) as ScenarioResult;

const node = row('node', 'bare Node', 10_000, 10);
const nginx = row('nginx', 'nginx', 20_000, 5);

describe('ratios', () => {
  it('divides req/s and p99 by the baseline with the same body and concurrency', () => {
    const site = row('b', 'site', 6_000, 25);
    expect(ratios(site, [node, nginx, site])).toEqual({ node: { rps: 0.6, p99: 2.5 }, nginx: { rps: 0.3, p99: 5 } });
    expect(ratios({ ...site, connections: 1 }, [node, nginx])).toEqual({ node: undefined, nginx: undefined });
  });
});

describe('checkTargets', () => {
  const find = (checks: ReturnType<typeof checkTargets>, start: string) =>
    checks.find((c) => c.target.startsWith(start));

  it('meets the warm city targets at 0.5× req/s and 3× p99, and skips what was not run', () => {
    const checks = checkTargets([node, nginx, row('b', 'site', 5_000, 30)], []);
    expect(find(checks, 'warm city page, PostgreSQL ≥')?.pass).toBe(true);
    expect(find(checks, 'warm city page, PostgreSQL p99')?.pass).toBe(true);
    expect(find(checks, 'warm city page, PGlite')?.pass).toBeNull();
  });

  it('never lets a fast error meet a target', () => {
    const checks = checkTargets([node, nginx, row('b', 'site', 9_000, 5, { non2xx: 12 })], []);
    expect(find(checks, 'warm city page, PostgreSQL ≥')).toMatchObject({ pass: false });
    expect(find(checks, 'warm city page, PostgreSQL ≥')?.measured).toContain('12 non-2xx');
    expect(find(checks, 'every scenario answered 200')?.pass).toBe(false);
  });

  it('compares caching off with efa25d4 at 1.5×', () => {
    const now = row('c-pg', 'site', 150, 100, { connections: 10 });
    const before = row('c-old', 'site at efa25d4', 100, 100, { connections: 10 });
    expect(find(checkTargets([now, before], []), 'uncached')).toMatchObject({
      pass: true,
      measured: '1.50× (150 vs 100 req/s)',
    });
  });
});
