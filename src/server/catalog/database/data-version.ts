import { requestContext } from '~/server/context/request-context';
import { getConfig } from '~/server/core/config';
import { UnavailableError } from '~/server/core/errors';
import { onShutdown } from '~/server/core/lifecycle';
import { getDatabase } from '~/server/db/client';
import { closeSharedSnapshots, oncePerSnapshot } from '~/server/db/shared-snapshot';
import type { Db } from '~/server/db/types';
import { getDataVersion, type DataVersion } from '~/server/queries/sync/get-data-version';
import { DATA_VERSION_CHANNEL } from '~/server/queries/sync/mark-sync-succeeded';
import { databaseBreaker } from './breaker';
import { DataVersionWatch } from './version-watch';
import { asDatabaseFailure } from './with-db';

// One watch per process, on globalThis: the launcher's fast path (app/node-server.ts) and the
// Astro bundle each have their own copy of this module but must see the same version.
const KEY = Symbol.for('choosemypower.data-version-watch');
const slot = globalThis as unknown as Record<symbol, DataVersionWatch | undefined>;

/** Reads through the database breaker, so an outage costs one failed read, not one per request. */
const readThroughBreaker = () =>
  databaseBreaker().run(
    async () => {
      try {
        return (await getDataVersion((await getDatabase()).db))?.id ?? null;
      } catch (error) {
        throw asDatabaseFailure(error);
      }
    },
    (error) => error instanceof UnavailableError,
  );

function watch(): DataVersionWatch {
  let current = slot[KEY];
  if (!current) {
    const { recheckMs, listen } = getConfig().dataVersion;
    let listenWarned = false;
    current = slot[KEY] = new DataVersionWatch(
      {
        read: readThroughBreaker,
        ...(listen
          ? {
              listen: async (onNotify, onListen) =>
                (await getDatabase()).listen(DATA_VERSION_CHANNEL, onNotify, onListen),
            }
          : {}),
      },
      {
        recheckMs,
        // No page that starts once a newer version is known joins a snapshot opened before it.
        onAdvance: () => closeSharedSnapshots(),
        onError: (what, error) => {
          if (what === 'listen' && !listenWarned) {
            listenWarned = true;
            console.warn(`[cache] LISTEN unavailable, new data is noticed within ${recheckMs} ms: ${String(error)}`);
          }
        },
      },
    );
    const started = current;
    onShutdown(async () => {
      await started.stop();
      if (slot[KEY] === started) slot[KEY] = undefined;
    });
  }
  return current;
}

/**
 * The data version a catalog keys its cache entries on, read inside the request's snapshot.
 * It is also noted on the request, so the page cache only keeps a page whose every part was
 * built from the version it is filed under, and told to the watch, which moves forward with it.
 */
export async function readDataVersion(db: Db): Promise<DataVersion | null> {
  // Pages sharing one snapshot share its one version query.
  const version = await oncePerSnapshot(db, 'data-version', () => getDataVersion(db));
  if (version) {
    requestContext()?.dataVersions.add(version.id);
    slot[KEY]?.observe(version.id);
  }
  return version;
}

/**
 * The data version the page cache files pages under, from memory (see version-watch.ts); the
 * first call waits for the first read. Null before any sync or when the database has not been
 * reachable yet: then the route renders as usual, which is also where saved data takes over.
 */
export async function currentDataVersionId(): Promise<number | null> {
  const current = watch();
  await current.start();
  return current.current();
}

/** The in-memory version without waiting: null until the first read has finished. */
export const knownDataVersionId = (): number | null => slot[KEY]?.current() ?? null;
