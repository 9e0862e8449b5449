import type { ZodType } from 'zod';
import type { TimingEntry } from '~/server/context/request-context';
import type { Cache } from './cache';

/** What to cache and how to rebuild it. */
export interface CachedOptions<T> {
  key: string;
  ttlSeconds: number;
  /** Checks a value read back; one that fails is treated as a miss and overwritten. */
  schema: ZodType<T>;
  load: () => Promise<T>;
}

interface Outcome<T> {
  value: T;
  hit: boolean;
}

// In-flight lookups per cache and key, so concurrent callers share one read and one load().
const flights = new WeakMap<Cache, Map<string, Promise<Outcome<unknown>>>>();

/**
 * Cache-aside: read `key`, validate it with `schema`, and on a miss call `load()` once however
 * many callers miss at the same time; they all receive the same value (treat it as read-only).
 * The value is written back without waiting. A load() error reaches every waiter and is not
 * cached; a cache failure reads as a miss. Each call adds a hit/miss entry to `timing` if given.
 */
export async function cached<T>(options: CachedOptions<T>, cache: Cache, timing?: TimingEntry[]): Promise<T> {
  const started = performance.now();
  let inflight = flights.get(cache);
  if (!inflight) flights.set(cache, (inflight = new Map()));
  const running = inflight;
  let flight = running.get(options.key) as Promise<Outcome<T>> | undefined;
  if (!flight) {
    const created: Promise<Outcome<T>> = readThrough(options, cache).finally(() => {
      if (running.get(options.key) === created) running.delete(options.key);
    });
    running.set(options.key, created);
    flight = created;
  }
  const { value, hit } = await flight;
  timing?.push({
    kind: options.key.split(':', 1)[0] ?? '',
    result: hit ? 'hit' : 'miss',
    durMs: performance.now() - started,
  });
  return value;
}

async function readThrough<T>({ key, ttlSeconds, schema, load }: CachedOptions<T>, cache: Cache): Promise<Outcome<T>> {
  let stored: unknown;
  try {
    stored = await cache.get(key);
  } catch {
    stored = undefined; // our caches never reject, but a cache failure must only ever cost a miss
  }
  if (stored !== undefined) {
    const parsed = schema.safeParse(stored);
    if (parsed.success) return { value: parsed.data, hit: true };
  }
  const value = await load();
  try {
    // Fire and forget: the caller does not wait for the write, and a failed write is only a future miss.
    cache.set(key, value, ttlSeconds).catch(() => undefined);
  } catch {
    // a synchronous throw from a foreign Cache implementation: same as a failed write
  }
  return { value, hit: false };
}
