import { Redis } from 'ioredis';
import { CircuitBreaker, type BreakerState } from '~/lib/circuit-breaker';

/** How to reach Redis and how impatient to be with it. */
export interface RedisConnectionOptions {
  url: string;
  /** The most a command (including waiting for the connection) may take before it counts as failed. */
  timeoutMs: number;
  breakerFailures: number;
  breakerResetMs: number;
  /** Prepended to every key by ioredis; tests pass a unique one. */
  keyPrefix?: string;
  /** Cap of the background reconnect backoff. */
  retryMaxMs?: number;
  /** Clock of the circuit breaker (milliseconds). */
  now?: () => number;
}

/** What the connection reports for CacheStatus. */
export interface RedisHealth {
  healthy: boolean;
  breaker: BreakerState;
  error?: string;
}

const rejectAfter = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
  });
  // Promise.race subscribes to `promise`, so its late rejection is never unhandled.
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * One ioredis client behind one circuit breaker, shared by the Redis cache and the rate limiter.
 * Nothing queues: a command runs only on a ready connection and fails within `timeoutMs`
 * otherwise, while ioredis keeps reconnecting in the background with a capped backoff.
 */
export class RedisConnection {
  private readonly client: Redis;
  private readonly breaker: CircuitBreaker;
  private lastError: string | undefined;
  private connectionError: string | undefined;
  private closed = false;

  constructor(private readonly options: RedisConnectionOptions) {
    const retryMaxMs = options.retryMaxMs ?? 2_000;
    this.client = new Redis(options.url, {
      keyPrefix: options.keyPrefix ?? 'cmp:',
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      connectTimeout: options.timeoutMs,
      commandTimeout: options.timeoutMs,
      // A socket that swallows commands without answering is dropped and reconnected.
      socketTimeout: Math.max(1_000, options.timeoutMs * 10),
      // Never give up: exponential from 50 ms, capped, with jitter so instances do not reconnect in step.
      retryStrategy: (times) => Math.min(retryMaxMs, 50 * 2 ** Math.min(times, 16)) + Math.floor(Math.random() * 50),
    });
    // Without a listener ioredis prints every connection error with console.error.
    this.client.on('error', (error: Error) => {
      this.connectionError = error.message;
    });
    this.client.on('ready', () => {
      this.connectionError = undefined;
    });
    this.breaker = new CircuitBreaker({
      failureThreshold: options.breakerFailures,
      resetMs: options.breakerResetMs,
      now: options.now,
      onStateChange: (to, from) => this.logTransition(to, from),
    });
  }

  /**
   * Runs `op` on a ready connection through the breaker, rejecting within ~timeoutMs on any
   * trouble (not connected, timeout, breaker open). Callers decide what a failure means.
   */
  async run<T>(op: (client: Redis) => Promise<T>): Promise<T> {
    if (this.closed) throw new Error('Redis connection is closed');
    return this.breaker.run(async () => {
      try {
        const started = performance.now();
        await this.ready(this.options.timeoutMs);
        const left = this.options.timeoutMs - (performance.now() - started);
        return await rejectAfter(op(this.client), Math.max(1, Math.floor(left)), 'Redis');
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        throw error;
      }
    });
  }

  /** Healthy only while the breaker is closed and the connection is ready. */
  health(): RedisHealth {
    const breaker = this.breaker.state();
    if (this.closed) return { healthy: false, breaker, error: 'connection closed' };
    const connection = this.client.status;
    if (connection === 'wait') this.connectInBackground();
    const healthy = breaker === 'closed' && connection === 'ready';
    if (healthy) return { healthy, breaker };
    const last = connection === 'ready' ? this.lastError : (this.connectionError ?? this.lastError);
    const reason = last ? `: ${last}` : '';
    const error = breaker !== 'closed' ? `circuit ${breaker}${reason}` : `connection ${connection}${reason}`;
    return { healthy, breaker, error };
  }

  /** Closes the connection (QUIT when possible) and stops reconnecting. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.client.status === 'ready') {
      await rejectAfter(this.client.quit(), this.options.timeoutMs, 'Redis QUIT').catch(() => undefined);
    }
    if (this.client.status === 'end') return;
    const ended = new Promise<void>((resolve) => this.client.once('end', () => resolve()));
    this.client.disconnect();
    await rejectAfter(ended, this.options.timeoutMs, 'Redis disconnect').catch(() => undefined);
  }

  private connectInBackground(): void {
    // Failures arrive as 'error' and 'close' events; the promise itself carries nothing new.
    this.client.connect().catch(() => undefined);
  }

  /** Resolves once the connection is ready; fails at once if it is known to be down. */
  private ready(ms: number): Promise<void> {
    const client = this.client;
    if (client.status === 'wait') this.connectInBackground();
    if (client.status === 'ready') return Promise.resolve();
    if (client.status !== 'connecting' && client.status !== 'connect') {
      return Promise.reject(new Error(`Redis connection is ${client.status}${this.why()}`));
    }
    return new Promise<void>((resolve, reject) => {
      const settle = (error?: Error) => {
        clearTimeout(timer);
        client.off('ready', onReady).off('close', onClose).off('end', onClose);
        if (error) reject(error);
        else resolve();
      };
      const onReady = () => settle();
      const onClose = () => settle(new Error(`Redis connection closed${this.why()}`));
      const timer = setTimeout(() => settle(new Error(`Redis was not ready within ${ms} ms`)), ms);
      client.once('ready', onReady).once('close', onClose).once('end', onClose);
    });
  }

  private why(): string {
    return this.connectionError ? ` (${this.connectionError})` : '';
  }

  private logTransition(to: BreakerState, from: BreakerState): void {
    if (to === 'open' && from === 'closed') {
      console.warn(
        `[cache] Redis unavailable (${this.lastError ?? 'repeated failures'}): circuit open; ` +
          `reading through to the database and rate-limiting per instance, next try in ${this.options.breakerResetMs} ms`,
      );
    } else if (to === 'closed') {
      console.warn('[cache] Redis answering again: circuit closed');
    }
  }
}
