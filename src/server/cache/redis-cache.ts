import type { Cache, CacheStatus } from './cache';
import { RedisConnection, type RedisConnectionOptions } from './redis-connection';

/**
 * The cache on Redis: JSON values under `SET key value EX ttl`, keys prefixed `cmp:` by the
 * connection. Every command passes the connection's circuit breaker and deadline, and ANY failure
 * reads as a miss or a dropped write: Redis trouble never throws into a page and never makes a
 * request wait longer than about `timeoutMs`.
 */
export class RedisCache implements Cache {
  readonly connection: RedisConnection;

  /** Takes a connection to share (with the rate limiter) or the options to open its own. */
  constructor(connection: RedisConnection | RedisConnectionOptions) {
    this.connection = connection instanceof RedisConnection ? connection : new RedisConnection(connection);
  }

  async get(key: string): Promise<unknown | undefined> {
    let json: string | null;
    try {
      json = await this.connection.run((client) => client.get(key));
    } catch {
      return undefined;
    }
    if (json === null) return undefined;
    try {
      return JSON.parse(json);
    } catch {
      return undefined; // not written by us (or truncated): a miss, overwritten by the next set
    }
  }

  async set(key: string, value: unknown, ttlSeconds: number): Promise<void> {
    // Serialised before the first await, so a caller mutating `value` afterwards changes nothing.
    const json = JSON.stringify(value) as string | undefined;
    if (json === undefined || !(ttlSeconds > 0)) return;
    const ttl = Math.max(1, Math.ceil(ttlSeconds));
    await this.connection.run((client) => client.set(key, json, 'EX', ttl)).catch(() => undefined);
  }

  async delete(key: string): Promise<void> {
    await this.connection.run((client) => client.del(key)).catch(() => undefined);
  }

  status(): CacheStatus {
    return { backend: 'redis', ...this.connection.health() };
  }

  close(): Promise<void> {
    return this.connection.close();
  }
}
