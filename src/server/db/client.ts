import { getConfig, type DatabaseConfig } from '~/server/core/config';
import { onShutdown } from '~/server/core/lifecycle';
import { openPglite } from './pglite';
import { openPostgres } from './postgres';
import type { DbHandle } from './types';

/** Opens the database the configuration names: postgres.js with a URL, else embedded PGlite. */
export async function openDatabase(config: DatabaseConfig): Promise<DbHandle> {
  return config.driver === 'postgres' ? openPostgres(config) : openPglite(config.dir);
}

// The handle lives on globalThis under a registered symbol, as the shutdown hooks do: the
// launcher (dist/launcher.mjs, whose scheduled sync uses it) and the Astro server bundle each
// get their own copy of this module, and PGlite allows only one open per directory.
const KEY = Symbol.for('choosemypower.database');
const slot = globalThis as unknown as Record<symbol, Promise<DbHandle> | undefined>;

/**
 * The process-wide database, opened on first use. A failed open is forgotten so the next
 * call tries again (for example once another process has released a PGlite directory).
 */
export function getDatabase(): Promise<DbHandle> {
  slot[KEY] ??= openDatabase(getConfig().database).then(
    (handle) => {
      onShutdown(closeDatabase);
      return handle;
    },
    (error: unknown) => {
      slot[KEY] = undefined;
      throw error;
    },
  );
  return slot[KEY];
}

/** Closes the process-wide database (pool or PGlite and its lock), if it was opened. */
export async function closeDatabase(): Promise<void> {
  const current = slot[KEY];
  slot[KEY] = undefined;
  if (current) await (await current.catch(() => undefined))?.close();
}
