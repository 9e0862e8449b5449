import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gin } from '@electric-sql/pglite/contrib/btree_gin';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { startHealthMonitor } from './health-monitor';
import { migrationsFolder } from './paths';
import { acquirePgliteLock } from './pglite-lock';
import { pingDb } from './ping';
import * as schema from './schema';
import type { DbHandle } from './types';

const isMemory = (dir: string) => dir.startsWith('memory://');

/**
 * Opens embedded PGlite: takes the directory lock, starts Postgres in-process and applies
 * the committed migrations, so a fresh clone needs no database server and no setup step.
 */
export async function openPglite(dir: string, options: { migrate?: boolean } = {}): Promise<DbHandle> {
  const release = isMemory(dir) ? () => {} : acquirePgliteLock(dir);
  let client: PGlite | undefined;
  try {
    if (!isMemory(dir)) mkdirSync(path.resolve(dir), { recursive: true });
    client = await PGlite.create(isMemory(dir) ? dir : path.resolve(dir), { extensions: { btree_gin } });
    const pg = client;
    const db = drizzle(pg, { schema });
    if (options.migrate !== false) await migrate(db, { migrationsFolder: migrationsFolder() });
    const monitor = startHealthMonitor(() => pingDb(db), 30_000, `pglite ${dir}`);
    return {
      db,
      driver: 'pglite',
      target: isMemory(dir) ? dir : path.resolve(dir),
      ping: (timeoutMs) => pingDb(db, timeoutMs),
      poolStats: async () => null, // one in-process connection: there is no pool
      lastHealth: monitor.last,
      // One in-process session: it hears its own NOTIFY, so a sync in this process is heard too.
      async listen(channel, onNotify, onListen) {
        const unlisten = await pg.listen(channel, onNotify);
        onListen();
        return unlisten;
      },
      async close() {
        monitor.stop();
        try {
          await pg.close();
        } finally {
          release();
        }
      },
    };
  } catch (error) {
    await client?.close().catch(() => {});
    release();
    throw error;
  }
}
