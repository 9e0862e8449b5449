import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { IndexColumn, PgColumn, PgInsertValue, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '~/server/db/types';

/**
 * For INSERT … ON CONFLICT DO UPDATE: a `set` that copies `keys` from EXCLUDED, and a
 * `setWhere` that only updates when one of them really changed. Unchanged rows are then
 * not rewritten at all, which keeps a repeated sync from touching updated_at or bloating
 * the table, and lets `RETURNING` report only rows that were inserted or changed.
 */
export function excludedUpdate<T extends PgTable>(
  table: T,
  keys: (keyof T['_']['columns'] & string)[],
  /** Of `keys`, those where a missing (null) incoming value keeps the stored one. */
  keepIfMissing: (keyof T['_']['columns'] & string)[] = [],
) {
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const set: Record<string, SQL> = {};
  const current: SQL[] = [];
  const incoming: SQL[] = [];
  for (const key of keys) {
    const name = sql.identifier(columns[key]!.name);
    const value = keepIfMissing.includes(key)
      ? sql`COALESCE(excluded.${name}, ${table}.${name})`
      : sql`excluded.${name}`;
    set[key] = value;
    current.push(sql`${table}.${name}`);
    incoming.push(value);
  }
  return {
    set,
    setWhere: sql`(${sql.join(current, sql`, `)}) IS DISTINCT FROM (${sql.join(incoming, sql`, `)})`,
  };
}

/** RETURNING expression that is true for a freshly inserted row, false for an updated one. */
export const wasInserted = sql<boolean>`(xmax = 0)`;

/** Splits rows into batches that stay well below PostgreSQL's 65,535 bind-parameter limit. */
export function batches<T>(rows: T[], size = 400): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Counts of what an upsert did to a table. */
export interface WriteCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  deactivated?: number;
  removed?: number;
}

/** Tallies RETURNING rows of upserts into inserted / updated / unchanged. */
export function tally(total: number, returned: { inserted: boolean }[]): WriteCounts {
  const inserted = returned.filter((r) => r.inserted).length;
  return { inserted, updated: returned.length - inserted, unchanged: total - returned.length };
}

/**
 * Upserts rows in batches with excludedUpdate's change-only update and tallies what happened:
 * the one write path every importer table shares.
 */
export async function upsertInBatches<T extends PgTable>(
  db: Db,
  table: T,
  rows: PgInsertValue<T>[],
  opts: { target: IndexColumn | IndexColumn[]; update: ReturnType<typeof excludedUpdate>; batchSize: number },
): Promise<WriteCounts> {
  const returned: { inserted: boolean }[] = [];
  for (const batch of batches(rows, opts.batchSize)) {
    returned.push(
      ...(await db
        .insert(table)
        .values(batch)
        .onConflictDoUpdate({ target: opts.target, ...opts.update })
        .returning({ inserted: wasInserted })),
    );
  }
  return tally(rows.length, returned);
}
