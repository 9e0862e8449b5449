import { is } from 'drizzle-orm';
import { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import { PostgresJsSession, PostgresJsTransaction } from 'drizzle-orm/postgres-js/session';
import type postgres from 'postgres';
import type { Db } from './types';

const READ_ONLY_SNAPSHOT = 'isolation level repeatable read read only';

/**
 * Runs `body` inside one read-only REPEATABLE READ transaction, so every query sees the same
 * snapshot. On postgres.js the mode goes with `begin` itself: Drizzle's `transaction(…, config)`
 * sends a separate `set transaction`, one more round trip before every page. PGlite runs in
 * process, where that costs nothing, and takes Drizzle's own path.
 *
 * `beginWithinMs` bounds the wait for `begin`, which is where a connection is taken or made:
 * postgres.js retries a connection the server closes before it is ready for as long as that
 * goes on, so without a bound a page would wait for the whole outage instead of falling back to
 * saved data. A late `begin` is rolled back unused.
 */
export function inReadOnlySnapshot<T>(
  db: Db,
  body: (tx: Db) => Promise<T>,
  { beginWithinMs }: { beginWithinMs?: number } = {},
): Promise<T> {
  if (!is(db, PostgresJsDatabase)) {
    return db.transaction((tx) => body(tx), { isolationLevel: 'repeatable read', accessMode: 'read only' });
  }
  // Drizzle's postgres-js transaction, as PostgresJsSession.transaction builds it, with the mode
  // on `begin`; the session's client is the one openPostgres wrapped (db/prepared.ts).
  const { dialect, session } = db as unknown as Internals;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let abandoned = false;
  const run = session.client.begin(READ_ONLY_SNAPSHOT, (client) => {
    clearTimeout(timer);
    if (abandoned) throw new Error('snapshot abandoned: begin came after its deadline');
    const txSession = new PostgresJsSession(
      client as unknown as postgres.Sql,
      dialect,
      session.schema,
      session.options,
    );
    const tx = new PostgresJsTransaction(dialect, txSession as never, session.schema);
    return body(tx as unknown as Db);
  }) as Promise<T>;
  if (beginWithinMs === undefined) return run;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      abandoned = true;
      run.catch(() => undefined); // its own failure, later, is no longer anyone's
      reject(new Error(`database did not answer within ${beginWithinMs} ms`));
    }, beginWithinMs);
  });
  return Promise.race([run, deadline]).finally(() => clearTimeout(timer));
}

// The fields PgDatabase and PostgresJsSession keep (drizzle-orm 0.45), which their types mark internal.
type SessionArgs = ConstructorParameters<typeof PostgresJsSession>;
interface Internals {
  dialect: SessionArgs[1];
  session: { client: postgres.Sql; schema: SessionArgs[2]; options: SessionArgs[3] };
}
