import type { Cache, CacheStatus } from './cache';

/** The cache when CACHE_ENABLED=false: every read misses and nothing is kept. */
export class NoCache implements Cache {
  async get(): Promise<unknown | undefined> {
    return undefined;
  }

  async set(): Promise<void> {}

  async delete(): Promise<void> {}

  status(): CacheStatus {
    return { backend: 'off', healthy: true };
  }

  async close(): Promise<void> {}
}
