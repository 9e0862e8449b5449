import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { getDatabase, openDatabase } from '~/server/db/client';
import { runMigrations } from '~/server/db/migrate';
import type { DbHandle } from '~/server/db/types';
import { runShutdownHooks } from '~/server/core/lifecycle';
import { trackEvent } from '~/server/services/analytics';
import { createTempDatabase } from '../helpers/postgres';

// The process-wide recorder writes through getDatabase(), so this file points the process
// configuration at a throw-away PostgreSQL database (each test file runs in its own process).
describe('the process-wide recorder at shutdown', () => {
  let temp: Awaited<ReturnType<typeof createTempDatabase>>;
  let checker: DbHandle;
  beforeAll(async () => {
    temp = await createTempDatabase();
    const env = { DATABASE_URL: temp.url, DATABASE_HEALTH_INTERVAL_MS: '0' };
    await runMigrations(parseConfig(env).database);
    Object.assign(process.env, env);
    checker = await openDatabase(parseConfig(env).database);
  });
  beforeEach(async () => {
    // Each test starts with no hooks registered and the process database closed.
    expect(await runShutdownHooks()).toEqual([]);
  });
  afterAll(async () => {
    await checker?.close();
    await temp?.drop();
  });

  const one = async <T>(query: ReturnType<typeof sql>) => ((await checker.db.execute(query)) as unknown as T[])[0]!;
  const stored = async () => (await one<{ n: number }>(sql`SELECT count(*)::int AS n FROM user_interactions`)).n;
  /** Connections to the test database other than the checker's own: the process pool's. */
  const otherConnections = async () =>
    (
      await one<{ n: number }>(
        sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      )
    ).n;
  const track = (n: number) =>
    trackEvent(
      new Request('http://localhost/'),
      { eventType: 'plan_view', eventData: { n } },
      { clientAddress: '203.0.113.77' },
    );

  it('writes queued events before the database closes, when the database opened first', async () => {
    await getDatabase(); // as the launcher's health probe does
    track(1);
    track(2);
    expect(await stored()).toBe(0); // still queued: the interval has not passed
    expect(await runShutdownHooks()).toEqual([]);
    expect(await stored()).toBe(2);
    await vi.waitFor(async () => expect(await otherConnections()).toBe(0), { timeout: 5000 });
  });

  it('writes them and closes the database again, when the recorder came first', async () => {
    track(3); // the recorder's hook is now older than the database's
    await getDatabase();
    expect(await runShutdownHooks()).toEqual([]);
    expect(await stored()).toBe(3);
    // The flush reopened the closed database; it must not be left open after shutdown.
    await vi.waitFor(async () => expect(await otherConnections()).toBe(0), { timeout: 5000 });
  });

  it('runs its flush before the database closes once it has written', async () => {
    track(4);
    await vi.waitFor(async () => expect(await stored()).toBe(4), { timeout: 10_000 }); // the first batch
    track(5);
    expect(await runShutdownHooks()).toEqual([]);
    expect(await stored()).toBe(5);
    await vi.waitFor(async () => expect(await otherConnections()).toBe(0), { timeout: 5000 });
    const [ip] = (await checker.db.execute(
      sql`SELECT DISTINCT ip_address::text AS ip FROM user_interactions`,
    )) as unknown as { ip: string }[];
    expect(ip?.ip).toBe('203.0.113.0/24');
  });
});
