import { EventRecorder } from './recorder';
import { closeDatabase, getDatabase } from '~/server/db/client';
import { onShutdown } from '~/server/core/lifecycle';
import { insertInteractions, type NewInteraction } from '~/server/queries/analytics';

let shared: EventRecorder<NewInteraction> | undefined;

/**
 * The process-wide recorder, created on the first event. Its batches go to the process-wide
 * database, and shutdown writes what is still queued before the database closes.
 */
export function sharedRecorder(): EventRecorder<NewInteraction> {
  if (shared) return shared;
  let opened = false;
  const recorder = new EventRecorder<NewInteraction>({
    async write(rows) {
      const { db } = await getDatabase();
      if (!opened) {
        // Hooks run newest first: re-registering after the database registered its own close
        // makes this flush run while the database is still open.
        opened = true;
        unregister();
        unregister = onShutdown(shutdown);
      }
      await insertInteractions(db, rows);
    },
  });
  const shutdown = async () => {
    if (shared === recorder) shared = undefined;
    const wasOpen = opened;
    await recorder.close();
    // The final flush was the first write and opened the database after its close hook ran.
    if (!wasOpen && opened) await closeDatabase();
  };
  let unregister = onShutdown(shutdown);
  shared = recorder;
  return recorder;
}

export type { NewInteraction };
