// Why: Drizzle rebuilds a select's SQL text on every run and maps each row through a generic walk
// that asks `is(field, …)` of every field of every row. On an uncached city page the two were
// about 8 % of the CPU (bench:profile, 12-02): the plan list alone maps ~150 rows of 33 fields.
// A select compiled here is built once (per dialect), with sql.placeholder for what varies, and
// its rows are mapped by decoders looked up once. It still runs on whatever Drizzle database or
// transaction it is given, so a page's shared read snapshot covers it.
import * as orm from 'drizzle-orm';
import { Column, is, SQL, Subquery, type Query } from 'drizzle-orm';
import type { Db } from './types';

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}
interface OrderedField {
  path: string[];
  field: unknown;
}
// The parts of a select builder and a session this relies on (drizzle-orm 0.45; marked internal there).
interface SelectBuilder {
  toSQL(): Query;
  config: { fields: Record<string, unknown> };
  joinsNotNullableMap?: Record<string, boolean>;
}
interface Session {
  prepareQuery(
    query: Query,
    fields: OrderedField[],
    name: undefined,
    arrayMode: true,
    mapper: (rows: unknown[][]) => unknown[],
  ): { execute(values: Record<string, unknown>): Promise<unknown[]> };
}
type Internals = { dialect: object; session: Session };

const orderSelectedFields = (orm as unknown as { orderSelectedFields?: (fields: object) => OrderedField[] })
  .orderSelectedFields;
if (typeof orderSelectedFields !== 'function') throw new Error('drizzle-orm no longer exports orderSelectedFields');

// `decoder` is internal on SQL (drizzle-orm 0.45).
const decoderOfSql = (sql: unknown) => (sql as { decoder: Decoder }).decoder;

/** The decoder Drizzle's mapResultRow would pick for a field. */
function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field;
  if (is(field, SQL)) return decoderOfSql(field);
  if (is(field, Subquery)) return decoderOfSql(field._.sql);
  return decoderOfSql((field as SQL.Aliased).sql);
}

/** A row mapper for `fields`: nested objects by path, null stays null, as Drizzle's own. */
function rowMapper(fields: OrderedField[]): (row: unknown[]) => Record<string, unknown> {
  const plan = fields.map(({ path, field }) => ({ path, decoder: decoderOf(field) }));
  if (plan.some((p) => p.path.length < 1 || p.path.length > 2))
    throw new Error('compileSelect: fields nest at most one level');
  return (row) => {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < plan.length; i++) {
      const { path, decoder } = plan[i]!;
      const raw = row[i];
      const value = raw === null ? null : decoder.mapFromDriverValue(raw);
      if (path.length === 1) out[path[0]!] = value;
      else ((out[path[0]!] ??= {}) as Record<string, unknown>)[path[1]!] = value;
    }
    return out;
  };
}

interface Compiled {
  query: Query;
  fields: OrderedField[];
  map: (rows: unknown[][]) => unknown[];
}

function compile(builder: SelectBuilder): Compiled {
  // A left, right or full join can null a whole joined table, which mapResultRow handles and this does not.
  if (Object.values(builder.joinsNotNullableMap ?? {}).some((notNull) => !notNull))
    throw new Error('compileSelect: only inner joins are supported');
  const fields = orderSelectedFields!(builder.config.fields);
  const mapRow = rowMapper(fields);
  return { query: builder.toSQL(), fields, map: (rows) => rows.map(mapRow) };
}

/**
 * A select built once by `build` (which must take every varying value as `sql.placeholder(name)`)
 * and run with `values` on any database or transaction of the same dialect. Rows come back as
 * Drizzle's own select would return them.
 */
export function compileSelect<TBuilder extends PromiseLike<unknown[]>, TValues extends Record<string, unknown>>(
  build: (db: Db) => TBuilder,
): (db: Db, values: TValues) => Promise<Awaited<TBuilder>> {
  type Rows = Awaited<TBuilder>;
  const byDialect = new WeakMap<object, Compiled>();
  return (db, values) => {
    try {
      const { dialect, session } = db as unknown as Internals;
      let compiled = byDialect.get(dialect);
      if (!compiled) byDialect.set(dialect, (compiled = compile(build(db) as unknown as SelectBuilder)));
      const { query, fields, map } = compiled;
      return session.prepareQuery(query, fields, undefined, true, map).execute(values) as Promise<Rows>;
    } catch (error) {
      return Promise.reject(error as Error);
    }
  };
}
