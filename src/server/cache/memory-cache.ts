import { LRUCache } from 'lru-cache';
import type { Cache, CacheStatus } from './cache';

/** Sizing of the in-process cache; `now` (milliseconds) is injectable so TTL tests need not sleep. */
export interface MemoryCacheOptions {
  maxEntries?: number;
  /** Upper bound on the summed JSON length of all entries. */
  maxSize?: number;
  now?: () => number;
}

/**
 * In-process LRU with per-entry TTL, used when no REDIS_URL is set. Entries are stored as JSON
 * strings and parsed on every read, so no two callers ever share a mutable object, and the size
 * bound counts what is really held.
 */
export class MemoryCache implements Cache {
  private readonly lru: LRUCache<string, string>;

  constructor(options: MemoryCacheOptions = {}) {
    this.lru = new LRUCache<string, string>({
      max: options.maxEntries ?? 500,
      maxSize: options.maxSize ?? 50 * 1024 * 1024,
      sizeCalculation: (json) => Math.max(1, json.length),
      // lru-cache otherwise reads the clock at most once per millisecond through a timer.
      ...(options.now ? { perf: { now: options.now }, ttlResolution: 0 } : {}),
    });
  }

  async get(key: string): Promise<unknown | undefined> {
    const json = this.lru.get(key);
    return json === undefined ? undefined : JSON.parse(json);
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined || !(ttlSeconds > 0)) return;
    // An entry larger than maxSize is silently refused by lru-cache: it simply stays a miss.
    this.lru.set(key, json, { ttl: Math.ceil(ttlSeconds * 1000) });
  }

  async delete(key: string): Promise<void> {
    this.lru.delete(key);
  }

  status(): CacheStatus {
    return { backend: 'memory', healthy: true };
  }

  async close(): Promise<void> {
    this.lru.clear();
  }
}
