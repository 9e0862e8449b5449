import type { SQL } from 'drizzle-orm';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import { openPglite } from '~/server/db/pglite';
import type { DbHandle } from '~/server/db/types';
import { createTempDatabase } from './postgres';

/** A migrated database of one driver, and how to throw it away. */
export interface TestDatabase {
  handle: DbHandle;
  /** The connection URL, for a child process (PostgreSQL only). */
  url?: string;
  /** Runs SQL and returns its rows, whichever driver is underneath. */
  rows<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  dispose(): Promise<void>;
}

const rowsOf = async <T>(handle: DbHandle, query: SQL): Promise<T[]> => {
  // postgres.js returns an array of rows, PGlite an object with `rows`.
  const result = (await handle.db.execute(query)) as unknown as T[] | { rows: T[] };
  return Array.isArray(result) ? [...result] : result.rows;
};

/** The two drivers every schema test runs on: in-memory PGlite and a throw-away PostgreSQL. */
export const drivers = {
  async pglite(): Promise<TestDatabase> {
    const handle = await openPglite('memory://');
    return { handle, rows: (q) => rowsOf(handle, q), dispose: () => handle.close() };
  },
  async postgres(): Promise<TestDatabase> {
    const temp = await createTempDatabase();
    const config = parseConfig({ DATABASE_URL: temp.url, DATABASE_HEALTH_INTERVAL_MS: '0' }).database;
    await runMigrations(config);
    const handle = await openDatabase(config);
    return {
      handle,
      url: temp.url,
      rows: (q) => rowsOf(handle, q),
      async dispose() {
        await handle.close();
        await temp.drop();
      },
    };
  },
} as const;

export type DriverName = keyof typeof drivers;
export const driverNames = Object.keys(drivers) as DriverName[];

/** The PostgreSQL SQLSTATE of a failed query, unwrapping Drizzle's error wrapper. */
export function sqlState(error: unknown): string | undefined {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return undefined;
}
