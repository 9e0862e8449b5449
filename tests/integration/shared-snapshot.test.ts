// Pages that start together read in one shared read-only snapshot (db/shared-snapshot.ts), on both
// drivers: one transaction, newcomers turned away once it is old, full or out of date, and a failed
// body costing the others nothing.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NotFoundError } from '~/server/core/errors';
import { rowsOf } from '~/server/db/rows';
import { closeSharedSnapshots, inSharedSnapshot, oncePerSnapshot } from '~/server/db/shared-snapshot';
import type { Db } from '~/server/db/types';
import { driverNames, drivers, sqlState, type TestDatabase } from '../helpers/drivers';

/**
 * A tag of the transaction the query runs in, equal for two bodies only when they share it. Set on
 * first use with `set_config(…, true)`, which ends with the transaction; `now()` would not do, as
 * PGlite's clock can give two transactions in a row the same start time.
 */
const transactionTag = async (tx: Db) =>
  rowsOf<{ t: string }>(
    await tx.execute(
      sql`SELECT coalesce(nullif(current_setting('cmp_test.tx', true), ''), set_config('cmp_test.tx', gen_random_uuid()::text, true)) AS t`,
    ),
  )[0]!.t;

const gate = () => {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
};

describe.each(driverNames)('shared read-only snapshots on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
    await t.handle.db.execute(sql`CREATE TABLE scratch (x int)`);
  }, 120_000);
  afterAll(() => t?.dispose());

  it('runs bodies that start together in one read-only REPEATABLE READ transaction', async () => {
    const read = async (tx: Db) => ({
      t: await transactionTag(tx),
      ...rowsOf<{ iso: string; ro: string }>(
        await tx.execute(sql`SELECT current_setting('transaction_isolation') AS iso,
          current_setting('transaction_read_only') AS ro`),
      )[0]!,
    });
    const [a, b] = await Promise.all([inSharedSnapshot(t.handle.db, read), inSharedSnapshot(t.handle.db, read)]);
    expect(a).toEqual(b);
    expect(a).toMatchObject({ iso: 'repeatable read', ro: 'on' });
    // Later, on its own: a new transaction.
    const c = await inSharedSnapshot(t.handle.db, transactionTag);
    expect(c).not.toBe(a.t);
  });

  it('gives a body its answer without waiting for the others to finish', async () => {
    const held = gate();
    const slow = inSharedSnapshot(t.handle.db, async (tx) => {
      await transactionTag(tx);
      await held.opened;
      return 'slow';
    });
    const fast = await inSharedSnapshot(t.handle.db, async (tx) => transactionTag(tx));
    expect(typeof fast).toBe('string');
    held.open();
    expect(await slow).toBe('slow');
  });

  it('turns newcomers away once the snapshot is older than joinWithinMs, full, or a newer version is known', async () => {
    const distinct = async (runs: Promise<string>[]) => new Set(await Promise.all(runs)).size;
    const joinNone = { joinWithinMs: 0 };
    expect(await distinct([0, 1].map(() => inSharedSnapshot(t.handle.db, transactionTag, joinNone)))).toBe(2);
    expect(await distinct([0, 1, 2].map(() => inSharedSnapshot(t.handle.db, transactionTag, { maxReaders: 2 })))).toBe(
      2,
    );
    const held = gate();
    const first = inSharedSnapshot(t.handle.db, async (tx) => {
      const at = await transactionTag(tx);
      await held.opened;
      return at;
    });
    await new Promise((resolve) => setTimeout(resolve, 5));
    closeSharedSnapshots();
    // On PGlite's one connection the newcomer's transaction waits for the first to end.
    const second = inSharedSnapshot(t.handle.db, transactionTag);
    held.open();
    expect(await first).not.toBe(await second);
  });

  it('fails only the body whose query failed; one that joined runs again on its own snapshot', async () => {
    const failed = gate();
    let joinerRuns = 0;
    const [boom, joiner] = await Promise.allSettled([
      inSharedSnapshot(t.handle.db, async (tx) => {
        try {
          await tx.execute(sql`SELECT 1/0 AS boom`);
        } finally {
          failed.open();
        }
      }),
      inSharedSnapshot(t.handle.db, async (tx) => {
        joinerRuns++;
        await failed.opened;
        return rowsOf<{ x: number }>(await tx.execute(sql`SELECT 1 AS x`))[0];
      }),
    ]);
    expect(boom.status).toBe('rejected');
    expect(sqlState((boom as PromiseRejectedResult).reason)).toBe('22012'); // division_by_zero
    expect(joiner).toEqual({ status: 'fulfilled', value: { x: 1 } });
    expect(joinerRuns).toBe(2);
    // The connection is clean afterwards, and outside a snapshot writes are allowed again.
    expect(await inSharedSnapshot(t.handle.db, async (tx) => (await transactionTag(tx)).length)).toBeGreaterThan(0);
    const [outside] = rowsOf<{ ro: string }>(
      await t.handle.db.execute(sql`SELECT current_setting('transaction_read_only') AS ro`),
    );
    expect(outside!.ro).toBe('off');
  });

  it('does not turn newcomers away for a typed answer such as not found', async () => {
    const held = gate();
    const open = { joinWithinMs: 60_000 };
    const [missing, other, late] = await Promise.allSettled([
      inSharedSnapshot(
        t.handle.db,
        async (tx) => {
          await transactionTag(tx);
          throw new NotFoundError('No Texas city "nowhere"');
        },
        open,
      ),
      inSharedSnapshot(
        t.handle.db,
        async (tx) => {
          const at = await transactionTag(tx);
          await held.opened;
          return at;
        },
        open,
      ),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        const at = await inSharedSnapshot(t.handle.db, transactionTag, open);
        held.open();
        return at;
      })(),
    ]);
    expect(missing.status).toBe('rejected');
    expect((late as PromiseFulfilledResult<string>).value).toBe((other as PromiseFulfilledResult<string>).value);
  });

  it('reads what oncePerSnapshot loads once per shared snapshot, and every time elsewhere', async () => {
    let loads = 0;
    const load = async () => ++loads;
    const seen = await Promise.all(
      [0, 1, 2].map(() => inSharedSnapshot(t.handle.db, async (tx) => oncePerSnapshot(tx, 'k', load))),
    );
    expect(seen).toEqual([1, 1, 1]);
    await oncePerSnapshot(t.handle.db, 'k', load);
    await oncePerSnapshot(t.handle.db, 'k', load);
    expect(loads).toBe(3);
  });

  it.runIf(driver === 'postgres')('keeps a newcomer in the snapshot it joined, not what committed since', async () => {
    const held = gate();
    const count = async (tx: Db) =>
      rowsOf<{ n: number }>(await tx.execute(sql`SELECT count(*)::int AS n FROM scratch`))[0]!.n;
    const first = inSharedSnapshot(
      t.handle.db,
      async (tx) => {
        const n = await count(tx);
        await held.opened;
        return n;
      },
      { joinWithinMs: 60_000 },
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    await t.handle.db.execute(sql`INSERT INTO scratch VALUES (1)`);
    const joined = await inSharedSnapshot(t.handle.db, count, { joinWithinMs: 60_000 });
    held.open();
    expect(joined).toBe(await first);
    expect(await inSharedSnapshot(t.handle.db, count)).toBe(joined + 1);
  });
});
