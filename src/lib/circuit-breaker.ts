/** Where a breaker stands: calls flow (closed), are refused (open), or one trial is allowed (half-open). */
export type BreakerState = 'closed' | 'open' | 'half-open';

/** Thrown by `run()` without calling the function while the breaker refuses calls. */
export class CircuitOpenError extends Error {
  constructor(
    message: string,
    /** Clock time (the breaker's `now()`) from which a trial call will be let through. */
    readonly retryAt: number,
  ) {
    super(message);
    this.name = 'CircuitOpenError';
  }
}

/** How a breaker trips and recovers; `now` is injectable so tests need not sleep. */
export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker. */
  failureThreshold: number;
  /** How long it stays open before one trial call is let through. */
  resetMs: number;
  now?: () => number;
  /** Called on every transition, e.g. to log when a dependency goes away and comes back. */
  onStateChange?: (to: BreakerState, from: BreakerState) => void;
}

/**
 * A small generic circuit breaker: closed → open after `failureThreshold` consecutive failures →
 * half-open once `resetMs` has passed, which lets exactly ONE trial call through → closed when the
 * trial succeeds, open again (for another `resetMs`) when it fails.
 */
export class CircuitBreaker {
  private mode: BreakerState = 'closed';
  private failures = 0;
  private openedAt = 0;
  private trialInFlight = false;
  private readonly now: () => number;

  constructor(private readonly options: CircuitBreakerOptions) {
    if (!(options.failureThreshold >= 1)) throw new RangeError('failureThreshold must be at least 1');
    if (!(options.resetMs >= 0)) throw new RangeError('resetMs must not be negative');
    this.now = options.now ?? Date.now;
  }

  /** The current state; an open breaker whose reset time has passed reports half-open. */
  state(): BreakerState {
    if (this.mode === 'open' && this.now() - this.openedAt >= this.options.resetMs) this.transition('half-open');
    return this.mode;
  }

  /** Consecutive failures counted while closed (for status reports). */
  consecutiveFailures(): number {
    return this.failures;
  }

  /**
   * Runs `fn` unless the breaker refuses it. A rejection is rethrown, and counts as a failure
   * unless `isFailure` says otherwise (e.g. a "not found" proves the dependency is up).
   */
  async run<T>(fn: () => Promise<T>, isFailure: (error: unknown) => boolean = () => true): Promise<T> {
    const state = this.state();
    if (state === 'open' || (state === 'half-open' && this.trialInFlight)) {
      const retryAt = this.openedAt + this.options.resetMs;
      throw new CircuitOpenError(
        state === 'open' ? 'Circuit open' : 'Circuit half-open: a trial call is in flight',
        retryAt,
      );
    }
    const trial = state === 'half-open';
    if (trial) this.trialInFlight = true;
    try {
      const result = await fn();
      this.succeeded(trial);
      return result;
    } catch (error) {
      if (isFailure(error)) this.failed(trial);
      else this.succeeded(trial);
      throw error;
    } finally {
      if (trial) this.trialInFlight = false;
    }
  }

  private succeeded(trial: boolean): void {
    if (trial) {
      this.failures = 0;
      this.transition('closed');
    } else if (this.mode === 'closed') {
      this.failures = 0;
    }
    // A late success of a call started before the breaker opened proves nothing about now.
  }

  private failed(trial: boolean): void {
    if (trial) {
      this.open();
    } else if (this.mode === 'closed') {
      this.failures += 1;
      if (this.failures >= this.options.failureThreshold) this.open();
    }
    // A late failure of a call started before the breaker opened must not extend the open period.
  }

  private open(): void {
    this.openedAt = this.now();
    this.transition('open');
  }

  private transition(to: BreakerState): void {
    const from = this.mode;
    if (from === to) return;
    this.mode = to;
    this.options.onStateChange?.(to, from);
  }
}
