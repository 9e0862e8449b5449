import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, medianRun, shouldRetry, type PageAudit } from '../../scripts/bench/lighthouse-run';

const run = (performance: number, tbt: string): PageAudit => ({
  name: 'Dallas',
  path: '/texas/dallas',
  scores: { performance, accessibility: 100 },
  failing: {},
  metrics: { 'total-blocking-time': tbt },
});

describe('the Lighthouse bench keeps the median run of a page', () => {
  it('picks the run with the middle performance score and lists every run in order', () => {
    const median = medianRun([
      run(90, '428 ms'),
      run(87, '499 ms'),
      run(100, '67 ms'),
      run(99, '122 ms'),
      run(94, '300 ms'),
    ]);
    expect(median.scores.performance).toBe(94);
    expect(median.metrics['total-blocking-time']).toBe('300 ms'); // the figures of that same run
    expect(median.performanceRuns).toEqual([90, 87, 100, 99, 94]);
  });

  it('takes the lower middle of an even count, so one lucky run never makes a pass', () => {
    expect(medianRun([run(100, '60 ms'), run(92, '250 ms')]).scores.performance).toBe(92);
    expect(
      medianRun([run(100, '60 ms'), run(100, '70 ms'), run(99, '90 ms'), run(100, '50 ms')]).scores.performance,
    ).toBe(100);
  });

  it('is the run itself when there is one', () => {
    expect(medianRun([run(97, '150 ms')])).toMatchObject({ scores: { performance: 97 }, performanceRuns: [97] });
  });
});

describe('the Lighthouse bench runs a page again when the browser fails to record it', () => {
  it('retries a lost trace, up to the last attempt', () => {
    expect(shouldRetry('NO_NAVSTART', 1)).toBe(true);
    expect(shouldRetry('NO_NAVSTART', MAX_ATTEMPTS - 1)).toBe(true);
    expect(shouldRetry('NO_NAVSTART', MAX_ATTEMPTS)).toBe(false);
  });

  it("never retries the page's own failure", () => {
    expect(shouldRetry('ERRORED_DOCUMENT_REQUEST', 1)).toBe(false);
    expect(shouldRetry('FAILED_DOCUMENT_REQUEST', 1)).toBe(false);
  });
});
