import { getConfig, type DatabaseConfig } from '~/server/core/config';
import { onShutdown } from '~/server/core/lifecycle';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { DbHandle } from './types';

/** Opens the database the configuration names: postgres.js with a URL, else embedded PGlite. */
export async function openDatabase(config: DatabaseConfig): Promise<DbHandle> {
  return config.driver === 'postgres' ? openPostgres(config) : openPglite(config.dir);
}

let opening: Promise<DbHandle> | undefined;

/**
 * The process-wide database, opened on first use. A failed open is forgotten so the next
 * call tries again (for example once another process has released a PGlite directory).
 */
export function getDatabase(): Promise<DbHandle> {
  opening ??= openDatabase(getConfig().database).then(
    (handle) => {
      onShutdown(closeDatabase);
      return handle;
    },
    (error: unknown) => {
      opening = undefined;
      throw error;
    },
  );
  return opening;
}

/** Closes the process-wide database (pool or PGlite and its lock), if it was opened. */
export async function closeDatabase(): Promise<void> {
  const current = opening;
  opening = undefined;
  if (current) await (await current.catch(() => undefined))?.close();
}
