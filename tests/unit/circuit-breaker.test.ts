import { describe, expect, it } from 'vitest';
import { CircuitBreaker, CircuitOpenError, type BreakerState } from '~/lib/circuit-breaker';

const boom = () => Promise.reject(new Error('boom'));
const ok = () => Promise.resolve('ok');

function setup(failureThreshold = 3, resetMs = 1_000) {
  let now = 10_000;
  const changes: string[] = [];
  const breaker = new CircuitBreaker({
    failureThreshold,
    resetMs,
    now: () => now,
    onStateChange: (to: BreakerState, from: BreakerState) => changes.push(`${from}->${to}`),
  });
  return { breaker, changes, advance: (ms: number) => (now += ms) };
}

async function failTimes(breaker: CircuitBreaker, n: number) {
  for (let i = 0; i < n; i++) await expect(breaker.run(boom)).rejects.toThrow('boom');
}

describe('CircuitBreaker', () => {
  it('stays closed below the threshold and opens on the Nth consecutive failure', async () => {
    const { breaker, changes } = setup(3);
    await failTimes(breaker, 2);
    expect(breaker.state()).toBe('closed');
    expect(breaker.consecutiveFailures()).toBe(2);
    await failTimes(breaker, 1);
    expect(breaker.state()).toBe('open');
    expect(changes).toEqual(['closed->open']);
  });

  it('counts only consecutive failures: a success resets the count', async () => {
    const { breaker } = setup(3);
    await failTimes(breaker, 2);
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(breaker.consecutiveFailures()).toBe(0);
    await failTimes(breaker, 2);
    expect(breaker.state()).toBe('closed');
  });

  it('refuses calls while open with a typed error, without calling the function', async () => {
    const { breaker } = setup(1, 1_000);
    await failTimes(breaker, 1);
    let called = 0;
    const attempt = breaker.run(async () => {
      called += 1;
      return 1;
    });
    await expect(attempt).rejects.toBeInstanceOf(CircuitOpenError);
    await expect(attempt).rejects.toMatchObject({ name: 'CircuitOpenError', retryAt: 11_000 });
    expect(called).toBe(0);
  });

  it('turns half-open after resetMs and closes when the single trial succeeds', async () => {
    const { breaker, advance, changes } = setup(1, 1_000);
    await failTimes(breaker, 1);
    advance(999);
    expect(breaker.state()).toBe('open');
    advance(1);
    expect(breaker.state()).toBe('half-open');
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(breaker.state()).toBe('closed');
    expect(changes).toEqual(['closed->open', 'open->half-open', 'half-open->closed']);
  });

  it('lets exactly one trial through while half-open', async () => {
    const { breaker, advance } = setup(1, 1_000);
    await failTimes(breaker, 1);
    advance(1_000);
    let release!: () => void;
    let trialCalls = 0;
    const trial = breaker.run(() => {
      trialCalls += 1;
      return new Promise<void>((resolve) => (release = resolve));
    });
    const others = await Promise.allSettled([breaker.run(ok), breaker.run(ok), breaker.run(ok)]);
    expect(others.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected']);
    for (const o of others) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(CircuitOpenError);
    expect(breaker.state()).toBe('half-open');
    release();
    await trial;
    expect(trialCalls).toBe(1);
    expect(breaker.state()).toBe('closed');
    await expect(breaker.run(ok)).resolves.toBe('ok');
  });

  it('re-opens for another full resetMs when the trial fails', async () => {
    const { breaker, advance, changes } = setup(2, 1_000);
    await failTimes(breaker, 2);
    advance(1_500);
    await expect(breaker.run(boom)).rejects.toThrow('boom');
    expect(breaker.state()).toBe('open');
    advance(999);
    expect(breaker.state()).toBe('open');
    await expect(breaker.run(ok)).rejects.toBeInstanceOf(CircuitOpenError);
    advance(1);
    expect(breaker.state()).toBe('half-open');
    expect(changes).toEqual(['closed->open', 'open->half-open', 'half-open->open', 'open->half-open']);
  });

  it('ignores late results of calls that started before the breaker opened', async () => {
    const { breaker } = setup(1, 1_000);
    let finishLate!: () => void;
    const late = breaker.run(() => new Promise<string>((resolve) => (finishLate = () => resolve('late'))));
    await failTimes(breaker, 1);
    expect(breaker.state()).toBe('open');
    finishLate();
    await expect(late).resolves.toBe('late');
    expect(breaker.state()).toBe('open');
  });

  it('ignores a late failure of a call that started before the breaker opened: the open period is not extended', async () => {
    const { breaker, advance, changes } = setup(1, 1_000);
    let failLate!: () => void;
    const late = breaker.run(() => new Promise<string>((_, reject) => (failLate = () => reject(new Error('late')))));
    await failTimes(breaker, 1);
    expect(breaker.state()).toBe('open');
    advance(600);
    failLate();
    await expect(late).rejects.toThrow('late');
    expect(breaker.consecutiveFailures()).toBe(1);
    advance(400);
    expect(breaker.state()).toBe('half-open');
    expect(changes).toEqual(['closed->open', 'open->half-open']);
  });

  it('ignores a late failure that lands while half-open: the trial still decides', async () => {
    const { breaker, advance, changes } = setup(1, 1_000);
    let failLate!: () => void;
    const late = breaker.run(() => new Promise<string>((_, reject) => (failLate = () => reject(new Error('late')))));
    await failTimes(breaker, 1);
    advance(1_000);
    expect(breaker.state()).toBe('half-open');
    failLate();
    await expect(late).rejects.toThrow('late');
    expect(breaker.state()).toBe('half-open');
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(breaker.state()).toBe('closed');
    expect(breaker.consecutiveFailures()).toBe(0);
    expect(changes).toEqual(['closed->open', 'open->half-open', 'half-open->closed']);
  });

  it('does not count errors that isFailure rejects', async () => {
    const { breaker } = setup(1);
    await expect(breaker.run(boom, () => false)).rejects.toThrow('boom');
    expect(breaker.state()).toBe('closed');
    await expect(breaker.run(boom, () => true)).rejects.toThrow('boom');
    expect(breaker.state()).toBe('open');
  });

  it('counts a synchronous throw as a failure', async () => {
    const { breaker } = setup(1);
    await expect(
      breaker.run(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    expect(breaker.state()).toBe('open');
  });

  it('refuses options it cannot honour', () => {
    for (const failureThreshold of [0, 0.5, Number.NaN])
      expect(() => new CircuitBreaker({ failureThreshold, resetMs: 1 })).toThrow(
        new RangeError('failureThreshold must be at least 1'),
      );
    for (const resetMs of [-1, Number.NaN])
      expect(() => new CircuitBreaker({ failureThreshold: 1, resetMs })).toThrow(
        new RangeError('resetMs must not be negative'),
      );
    expect(() => new CircuitBreaker({ failureThreshold: 1, resetMs: 0 })).not.toThrow();
  });

  it('says in the refusal whether it is open or a trial is in flight', async () => {
    const { breaker, advance } = setup(1, 1_000);
    await failTimes(breaker, 1);
    await expect(breaker.run(ok)).rejects.toThrow(new CircuitOpenError('Circuit open', 11_000));
    advance(1_000);
    let release!: () => void;
    const trial = breaker.run(() => new Promise<void>((resolve) => (release = resolve)));
    await expect(breaker.run(ok)).rejects.toMatchObject({
      message: 'Circuit half-open: a trial call is in flight',
      retryAt: 11_000,
    });
    release();
    await trial;
  });

  it('lets a new trial through after a failed one, once the next resetMs has passed', async () => {
    const { breaker, advance } = setup(1, 1_000);
    await failTimes(breaker, 1);
    advance(1_000);
    await expect(breaker.run(boom)).rejects.toThrow('boom');
    advance(1_000);
    expect(breaker.state()).toBe('half-open');
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(breaker.state()).toBe('closed');
  });

  it('keeps the failure count through a late success while open', async () => {
    const { breaker } = setup(2, 1_000);
    let finishLate!: () => void;
    const late = breaker.run(() => new Promise<string>((resolve) => (finishLate = () => resolve('late'))));
    await failTimes(breaker, 2);
    finishLate();
    await late;
    expect(breaker.state()).toBe('open');
    expect(breaker.consecutiveFailures()).toBe(2);
  });

  it('works without a state-change listener, on the real clock by default', async () => {
    const breaker = new CircuitBreaker({ failureThreshold: 1, resetMs: 0 });
    await expect(breaker.run(boom)).rejects.toThrow('boom');
    // resetMs 0: open, and at once half-open on the real clock.
    expect(breaker.state()).toBe('half-open');
    await expect(breaker.run(ok)).resolves.toBe('ok');
    expect(breaker.state()).toBe('closed');
    const slow = new CircuitBreaker({ failureThreshold: 1, resetMs: 60_000 });
    await expect(slow.run(boom)).rejects.toThrow('boom');
    await expect(slow.run(ok)).rejects.toMatchObject({ retryAt: expect.closeTo(Date.now() + 60_000, -3) });
  });
});
