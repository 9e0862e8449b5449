import type postgres from 'postgres';

// Why: Drizzle's postgres-js session passes `prepare: false` on every query that was not built
// with `.prepare(name)` (and postgres.js's `unsafe`, which it calls, defaults to false), so
// DATABASE_PREPARE had no effect on them. postgres.js then sends each
// query with parameters as two round trips (Parse and Describe to learn the parameter types,
// then Bind and Execute), and a city page waited on about twenty of them in a row. Named
// statements are described once per connection; later runs are one round trip and can be
// pipelined. Behind a transaction pooler DATABASE_PREPARE=false still turns them off, because
// postgres.js only prepares when its own `prepare` option is on. See docs/performance.md.

type UnsafeOptions = Parameters<postgres.Sql['unsafe']>[2];

/**
 * The client with every `unsafe` query (all of Drizzle's) asking to be prepared, which postgres.js
 * grants only when its own `prepare` option is on; the clients that `begin` and `savepoint` hand
 * to a callback are wrapped too.
 */
export function preparing<T extends postgres.Sql | postgres.TransactionSql>(sql: T): T {
  const wrapFn = (fn: (tx: postgres.TransactionSql) => unknown) => (tx: postgres.TransactionSql) => fn(preparing(tx));
  return new Proxy(sql, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      if (key === 'unsafe')
        return (query: string, args?: postgres.ParameterOrJSON<never>[], options?: UnsafeOptions) =>
          target.unsafe(query, args, { ...options, prepare: true });
      if (key === 'begin' || key === 'savepoint')
        return (...args: unknown[]) => {
          const fn = args.pop() as (tx: postgres.TransactionSql) => unknown;
          return (value as (...a: unknown[]) => unknown).apply(target, [...args, wrapFn(fn)]);
        };
      return value;
    },
  });
}
