// The read path's round trips on PostgreSQL: a page's queries are prepared statements when
// DATABASE_PREPARE is on (the default) and plain ones behind a transaction pooler, and the
// read-only snapshot is opened by `begin` itself. See docs/performance.md.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { rowsOf } from '~/server/db/rows';
import { inReadOnlySnapshot } from '~/server/db/snapshot';
import type { DbHandle } from '~/server/db/types';
import { listCityPlans } from '~/server/services/plans';
import { driverNames, drivers, sqlState, type TestDatabase } from '../helpers/drivers';
import { seededDatabase } from '../helpers/seeded';
import { startProxy } from '../helpers/tcp-proxy';

describe('prepared statements on PostgreSQL', () => {
  let seeded: Awaited<ReturnType<typeof seededDatabase>>;
  beforeAll(async () => {
    seeded = await seededDatabase();
    await seeded.handle.close();
  }, 300_000);
  afterAll(() => seeded?.drop());

  // One connection, so the statements a page prepared are those its session lists.
  const open = (prepare: 'true' | 'false') =>
    openDatabase(
      parseConfig({
        DATABASE_URL: seeded.url,
        DATABASE_HEALTH_INTERVAL_MS: '0',
        DATABASE_POOL_MAX: '1',
        DATABASE_PREPARE: prepare,
      }).database,
    );
  const prepared = async (handle: DbHandle) =>
    rowsOf<{ statement: string }>(await handle.db.execute(sql`SELECT statement FROM pg_prepared_statements`));

  it('prepares every query of a city page when DATABASE_PREPARE is on, once per text', async () => {
    const handle = await open('true');
    try {
      const first = await listCityPlans({ citySlug: 'dallas' }, { db: handle.db });
      const statements = await prepared(handle);
      expect(statements.some((s) => /from "electricity_plans"/i.test(s.statement))).toBe(true);
      expect(statements.some((s) => /from "data_sync_runs"/i.test(s.statement))).toBe(true);
      expect(statements.length).toBeGreaterThanOrEqual(5);
      // A second page reuses them rather than preparing the same texts again.
      const again = await listCityPlans({ citySlug: 'dallas' }, { db: handle.db });
      expect((await prepared(handle)).length).toBe(statements.length);
      expect(again.plans.map((p) => p.plan.id)).toEqual(first.plans.map((p) => p.plan.id));
      expect(first.total).toBeGreaterThan(20);
    } finally {
      await handle.close();
    }
  });

  it('prepares nothing with DATABASE_PREPARE=false, for transaction poolers', async () => {
    const handle = await open('false');
    try {
      const page = await listCityPlans({ citySlug: 'dallas' }, { db: handle.db });
      expect(page.total).toBeGreaterThan(20);
      expect(await prepared(handle)).toEqual([]);
    } finally {
      await handle.close();
    }
  });
});

/** An empty scratch database reached through a TCP proxy, on a one-connection pool. */
async function behindProxy(opts: { delayMs?: number } = {}) {
  const temp = await seededDatabase([]);
  await temp.handle.close();
  const proxy = await startProxy(Number(new URL(temp.url).port || 5432), '127.0.0.1', opts);
  const proxied = new URL(temp.url);
  proxied.port = String(proxy.port);
  const handle = await openDatabase(
    parseConfig({ DATABASE_URL: proxied.toString(), DATABASE_HEALTH_INTERVAL_MS: '0', DATABASE_POOL_MAX: '1' })
      .database,
  );
  const dispose = async () => {
    await handle.close();
    await proxy.close();
    await temp.drop();
  };
  return { proxy, handle, dispose };
}

describe('round trips of a snapshot on PostgreSQL', () => {
  it('opens with one begin, mode included: a one-query snapshot waits on three round trips', async () => {
    // Every answer is held back, so each write the client makes after waiting is one round trip.
    const { proxy, handle, dispose } = await behindProxy({ delayMs: 5 });
    const roundTrips = async (queries: number) => {
      const before = proxy.writes();
      const seen = await inReadOnlySnapshot(handle.db, async (tx) => {
        const rows: { ro: string }[] = [];
        for (let i = 0; i < queries; i++)
          rows.push(
            ...rowsOf<{ ro: string }>(await tx.execute(sql`SELECT current_setting('transaction_read_only') AS ro`)),
          );
        return rows;
      });
      expect(seen).toEqual(Array.from({ length: queries }, () => ({ ro: 'on' })));
      return proxy.writes() - before;
    };
    try {
      await roundTrips(1); // prepares the statement
      // begin (with its mode: no separate `set transaction`), the query, commit; each further
      // query in turn adds one. Sending begin with the first query was tried and dropped: see
      // docs/performance.md (runs of 2026-12-02).
      expect(await roundTrips(1)).toBe(3);
      expect(await roundTrips(3)).toBe(5);
    } finally {
      await dispose();
    }
  }, 120_000);
});

describe.each(driverNames)('the read-only snapshot on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
  }, 120_000);
  afterAll(() => t?.dispose());

  it('is one REPEATABLE READ, read-only transaction that refuses writes and ends with the body', async () => {
    const seen = await inReadOnlySnapshot(t.handle.db, async (tx) => {
      const [mode] = rowsOf<{ iso: string; ro: string; xid: string }>(
        await tx.execute(sql`SELECT current_setting('transaction_isolation') AS iso,
          current_setting('transaction_read_only') AS ro, txid_current_if_assigned()::text AS xid`),
      );
      const [again] = rowsOf<{ snap: string }>(await tx.execute(sql`SELECT pg_current_snapshot()::text AS snap`));
      const [same] = rowsOf<{ snap: string }>(await tx.execute(sql`SELECT pg_current_snapshot()::text AS snap`));
      return { ...mode, sameSnapshot: again!.snap === same!.snap };
    });
    expect(seen).toEqual({ iso: 'repeatable read', ro: 'on', xid: null, sameSnapshot: true });
    const refused = await inReadOnlySnapshot(t.handle.db, (tx) => tx.execute(sql`CREATE TABLE refused (x int)`)).then(
      () => null,
      (error: unknown) => error,
    );
    expect(sqlState(refused)).toBe('25006'); // read_only_sql_transaction
    const [outside] = rowsOf<{ ro: string }>(
      await t.handle.db.execute(sql`SELECT current_setting('transaction_read_only') AS ro`),
    );
    expect(outside!.ro).toBe('off');
  });

  it('leaves its connection clean after a failed body, for the next snapshot on it', async () => {
    const failed = await inReadOnlySnapshot(t.handle.db, async (tx) => {
      await tx.execute(sql`SELECT 1/0 AS boom`);
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(sqlState(failed)).toBe('22012'); // division_by_zero
    for (let i = 0; i < 3; i++) {
      const [row] = await inReadOnlySnapshot(t.handle.db, async (tx) =>
        rowsOf<{ ro: string; x: number }>(
          await tx.execute(sql`SELECT current_setting('transaction_read_only') AS ro, 1 AS x`),
        ),
      );
      expect(row).toEqual({ ro: 'on', x: 1 });
    }
    const [outside] = rowsOf<{ ro: string }>(
      await t.handle.db.execute(sql`SELECT current_setting('transaction_read_only') AS ro`),
    );
    expect(outside!.ro).toBe('off');
  });
});

describe('a snapshot while PostgreSQL closes every new connection', () => {
  it('gives up on begin at its deadline instead of waiting out the outage, and never runs the body late', async () => {
    const { proxy, handle, dispose } = await behindProxy();
    try {
      proxy.down();
      let ran = 0;
      const failed = await inReadOnlySnapshot(
        handle.db,
        async () => {
          ran++;
        },
        { beginWithinMs: 300 },
      ).then(
        () => null,
        (error: unknown) => error,
      );
      expect(String(failed)).toContain('database did not answer within 300 ms');
      proxy.up();
      // The abandoned begin connects now and rolls back without running its body.
      const [row] = await inReadOnlySnapshot(handle.db, async (tx) =>
        rowsOf<{ x: number }>(await tx.execute(sql`SELECT 1 AS x`)),
      );
      expect(row).toEqual({ x: 1 });
      expect(ran).toBe(0);
    } finally {
      await dispose();
    }
  }, 60_000);
});
