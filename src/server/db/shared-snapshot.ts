// Why: on a busy server every uncached page opened its own read-only snapshot: `begin`, the data
// version and `commit`, three statements and three socket writes of its own, were a quarter of the
// Node CPU an uncached city page costs under load (docs/decisions/055-shared-read-snapshots.md).
// Pages that start while another page's snapshot is open read in that snapshot instead.
import { hasCode } from '~/server/core/cause-chain';
import { ServiceError } from '~/server/core/errors';
import { inReadOnlySnapshot } from './snapshot';
import type { Db } from './types';

export interface SharedSnapshotOptions {
  /** Bounds the wait for `begin` (see db/snapshot.ts). */
  beginWithinMs?: number;
  /** How long after it opened a snapshot still takes new readers: how much older than its own start a page's data can be. */
  joinWithinMs?: number;
  /** At most this many bodies share one snapshot. */
  maxReaders?: number;
}

export const JOIN_WITHIN_MS = 20;
export const MAX_READERS = 32;

interface Group {
  generation: number;
  /** The snapshot's transaction, once `begin` has answered. */
  tx: Promise<Db>;
  readers: number;
  openedAt: number;
  /** No one joins any more: the last reader left (commit follows), a reader failed, or `begin` did. */
  closed: boolean;
  finish(): void;
}

const open = new WeakMap<Db, Group>();
let generation = 0;
// Values worked out once per shared snapshot (the data version), keyed by the transaction object.
const memos = new WeakMap<Db, Map<string, Promise<unknown>>>();

/**
 * Runs `body` in a read-only REPEATABLE READ snapshot shared with the other bodies that start on
 * `db` within `joinWithinMs` of its opening: every query of one body still sees one snapshot, and
 * the snapshot commits when its last body has finished. A body's result does not wait for that
 * commit. A body that fails closes the snapshot to newcomers; a body whose query failed only
 * because another body's error aborted the transaction runs again in a snapshot of its own.
 */
export async function inSharedSnapshot<T>(
  db: Db,
  body: (tx: Db) => Promise<T>,
  options: SharedSnapshotOptions = {},
): Promise<T> {
  let group = open.get(db);
  if (!group || !joinable(group, options)) open.set(db, (group = openGroup(db, options)));
  group.readers++;
  try {
    return await body(await group.tx);
  } catch (error) {
    // A typed answer (not found, bad input) leaves the transaction as it was; anything else may have aborted it.
    if (!(error instanceof ServiceError && error.status < 500)) group.closed = true;
    if (!abortedByAnother(error)) throw error;
  } finally {
    leave(group);
  }
  // Retried only after leaving: on PGlite's one connection a second transaction waits for the shared one to end.
  return inReadOnlySnapshot(db, body, { beginWithinMs: options.beginWithinMs });
}

function leave(group: Group): void {
  if (--group.readers > 0) return;
  group.closed = true;
  group.finish();
}

/** `load()` once per shared snapshot `tx`; outside one (a private snapshot, a plain connection) every call loads. */
export function oncePerSnapshot<T>(tx: Db, key: string, load: () => Promise<T>): Promise<T> {
  const memo = memos.get(tx);
  if (!memo) return load();
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) memo.set(key, (value = load()));
  return value;
}

/**
 * Stops every open shared snapshot taking new readers. Called when the process learns of a newer
 * data version, so that no page starting after that reads a snapshot from before it.
 */
export function closeSharedSnapshots(): void {
  generation++;
}

function joinable(group: Group, options: SharedSnapshotOptions): boolean {
  return (
    !group.closed &&
    group.generation === generation &&
    group.readers < (options.maxReaders ?? MAX_READERS) &&
    performance.now() - group.openedAt < (options.joinWithinMs ?? JOIN_WITHIN_MS)
  );
}

function openGroup(db: Db, { beginWithinMs }: SharedSnapshotOptions): Group {
  let finish!: () => void;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const tx = new Promise<Db>((resolve, reject) => {
    const run = inReadOnlySnapshot(
      db,
      async (t) => {
        memos.set(t, new Map());
        resolve(t);
        await finished;
      },
      { beginWithinMs },
    );
    // A failed begin reaches every reader through `tx`; a failed commit after the reads is no one's.
    run.catch((error: unknown) => {
      group.closed = true;
      reject(error);
    });
  });
  tx.catch(() => undefined);
  const group: Group = { generation, tx, readers: 0, openedAt: performance.now(), closed: false, finish };
  return group;
}

// SQLSTATE 25P02: "current transaction is aborted" — another body's failed query, not this one's.
const abortedByAnother = (error: unknown): boolean => hasCode(error, '25P02');
