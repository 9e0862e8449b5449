import { is } from 'drizzle-orm';
import { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { PostgresJsSession, PostgresJsTransaction } from 'drizzle-orm/postgres-js/session';
import type postgres from 'postgres';
import type { Db } from './types';

const BEGIN = 'begin isolation level repeatable read read only';

/**
 * Runs `body` inside one read-only REPEATABLE READ transaction, so every query sees the same
 * snapshot. PGlite runs in process, where round trips cost nothing, and takes Drizzle's own path.
 *
 * On postgres.js the transaction is opened on a reserved connection without waiting for
 * `begin`'s answer: the body's first queries go out in the same write as `begin` and run after
 * it, in order, on that connection. `sql.begin` (and Drizzle's `transaction`, which adds a
 * `set transaction`) waits for each, and every socket write also wakes the PostgreSQL backend:
 * on a city page those writes were a tenth of the server's CPU (docs/performance.md). A failed
 * `begin` fails the queries behind it, so the body fails and nothing runs outside the snapshot.
 *
 * `beginWithinMs` bounds the wait for a connection: postgres.js retries one the server closes
 * before it is ready for as long as that goes on, so without a bound a page would wait for the
 * whole outage instead of falling back to saved data. A connection that comes late is released
 * unused, and the body never runs.
 */
export async function inReadOnlySnapshot<T>(
  db: Db,
  body: (tx: Db) => Promise<T>,
  { beginWithinMs }: { beginWithinMs?: number } = {},
): Promise<T> {
  if (!is(db, PostgresJsDatabase)) {
    return db.transaction((tx) => body(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
  }
  // The session's client is the one openPostgres wrapped (db/prepared.ts), so the reserved one is too.
  const { dialect, session } = db as unknown as Internals;
  const reserved = await withinDeadline(session.client.reserve(), beginWithinMs, (late) => late.release());
  try {
    const began = reserved.unsafe(BEGIN);
    began.catch(() => undefined); // its failure reaches the body through the queries queued behind it
    const txSession = new PostgresJsSession(reserved, dialect, session.schema, session.options);
    const tx = new PostgresJsTransaction(dialect, txSession as never, session.schema);
    let result: T;
    try {
      result = await body(tx as unknown as Db);
      await began;
    } catch (error) {
      await reserved.unsafe('rollback').catch(() => undefined);
      throw error;
    }
    await reserved.unsafe('commit');
    return result;
  } finally {
    reserved.release();
  }
}

/** `pending`, or a rejection once `ms` have passed; what comes late is handed to `onLate`. */
function withinDeadline<T>(pending: Promise<T>, ms: number | undefined, onLate: (late: T) => void): Promise<T> {
  if (ms === undefined) return pending;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      pending.then(onLate, () => undefined); // its own failure, later, is no longer anyone's
      reject(new Error(`database did not answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([pending, deadline]).finally(() => clearTimeout(timer));
}

// The fields PgDatabase and PostgresJsSession keep (drizzle-orm 0.45), which their types mark internal.
type SessionArgs = ConstructorParameters<typeof PostgresJsSession>;
interface Internals {
  dialect: SessionArgs[1];
  session: { client: postgres.Sql; schema: SessionArgs[2]; options: SessionArgs[3] };
}
