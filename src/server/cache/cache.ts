import type { BreakerState } from '~/lib/circuit-breaker';

/** What a cache reports to the health endpoint. */
export interface CacheStatus {
  backend: 'redis' | 'memory' | 'off';
  healthy: boolean;
  breaker?: BreakerState;
  error?: string;
}

/**
 * The one cache interface services see, whatever the backend. Values are JSON: a read returns a
 * fresh copy, never an object another caller holds. No method ever rejects: a backend that cannot
 * answer reads as a miss and drops writes.
 */
export interface Cache {
  /** The stored value, or undefined on a miss, an expired entry or any backend trouble. */
  get(key: string): Promise<unknown | undefined>;
  /** Stores a JSON-serialisable value for `ttlSeconds`; `undefined` is not stored. */
  set(key: string, value: unknown, ttlSeconds: number): Promise<void>;
  delete(key: string): Promise<void>;
  status(): CacheStatus;
  /** Releases connections; the cache must not be used afterwards. */
  close(): Promise<void>;
}
