import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

/** Either driver's Drizzle database: queries take this so tests and scripts can inject one. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** Connection counts of a postgres.js pool, read from pg_stat_activity. */
export interface PoolStats {
  max: number;
  total: number;
  idle: number;
  active: number;
  /** Our connections whose query is blocked waiting for a lock. */
  waiting: number;
}

/** Result of the most recent periodic health check. */
export interface HealthSample {
  ok: boolean;
  checkedAt: string;
  latencyMs?: number;
  error?: string;
}

/** An open database: the Drizzle handle plus what /api/health and shutdown need. */
export interface DbHandle {
  db: Db;
  driver: 'postgres' | 'pglite';
  /** Where the data lives, with any password removed. */
  target: string;
  /** Round-trips `SELECT 1`; resolves to the latency in ms or rejects. */
  ping(timeoutMs?: number): Promise<number>;
  poolStats(): Promise<PoolStats | null>;
  lastHealth(): HealthSample | null;
  /**
   * Subscribes to NOTIFY on a channel. `onListen` runs each time the subscription is (re)made,
   * so a caller can re-read what it may have missed meanwhile. Rejects where LISTEN is refused.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen: () => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}
