import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '~/server/core/config';
import { runMigrations } from '~/server/db/migrate';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { migrationsFolder } from '~/server/db/paths';
import { driverNames, drivers, type TestDatabase } from '../helpers/drivers';
import { createTempDatabase } from '../helpers/postgres';

const TABLES = [
  'cache_entries',
  'cities',
  'data_sync_runs',
  'electricity_plans',
  'plan_features',
  'plan_pricing_history',
  'providers',
  'tdsp_territories',
  'user_interactions',
  'zip_code_mappings',
];

// Every index the seed lists, with the access method and partial predicate we expect.
const INDEXES: Record<string, { table: string; method: 'btree' | 'gin'; where?: string; unique?: boolean }> = {
  idx_plans_provider_city: { table: 'electricity_plans', method: 'gin' },
  idx_plans_rate_type: { table: 'electricity_plans', method: 'btree' },
  idx_plans_term: { table: 'electricity_plans', method: 'btree' },
  idx_plans_active: { table: 'electricity_plans', method: 'btree', where: 'is_active' },
  idx_plans_tdsp: { table: 'electricity_plans', method: 'btree' },
  idx_plans_green: { table: 'electricity_plans', method: 'btree', where: '(percent_green > 0)' },
  idx_plans_city_lookup: { table: 'electricity_plans', method: 'btree', where: 'is_active' },
  idx_plans_active_filtered: { table: 'electricity_plans', method: 'btree', where: 'is_active' },
  idx_plans_city_slugs_gin: { table: 'electricity_plans', method: 'gin' },
  // Unique among active plans only: an id reused for another product passes to a new plan.
  idx_plans_external_id: { table: 'electricity_plans', method: 'btree', where: 'is_active', unique: true },
  idx_providers_active: { table: 'providers', method: 'btree', where: 'is_active' },
  idx_providers_puct: { table: 'providers', method: 'btree', unique: true },
  idx_providers_rating: { table: 'providers', method: 'btree', where: '(rating IS NOT NULL)' },
  idx_tdsp_active: { table: 'tdsp_territories', method: 'btree', where: 'is_active' },
  idx_tdsp_zip_patterns: { table: 'tdsp_territories', method: 'gin' },
  idx_cities_state: { table: 'cities', method: 'btree' },
  idx_cities_tdsp: { table: 'cities', method: 'btree' },
  idx_cities_active: { table: 'cities', method: 'btree', where: 'is_active' },
  idx_cities_zip_codes: { table: 'cities', method: 'gin' },
  idx_cities_population: { table: 'cities', method: 'btree', where: '(population IS NOT NULL)' },
  idx_zip_city: { table: 'zip_code_mappings', method: 'btree' },
  idx_zip_tdsp: { table: 'zip_code_mappings', method: 'btree' },
  idx_zip_deregulated: { table: 'zip_code_mappings', method: 'btree', where: 'is_deregulated' },
  idx_zip_plans_count: { table: 'zip_code_mappings', method: 'btree', where: '(active_plans_count > 0)' },
  idx_features_plan: { table: 'plan_features', method: 'btree' },
  idx_features_type: { table: 'plan_features', method: 'btree' },
  idx_features_name: { table: 'plan_features', method: 'btree' },
  plan_features_plan_type_name_unique: { table: 'plan_features', method: 'btree', unique: true },
  idx_pricing_history_plan_date: { table: 'plan_pricing_history', method: 'btree', unique: true },
  idx_pricing_history_date: { table: 'plan_pricing_history', method: 'btree' },
  idx_interactions_session: { table: 'user_interactions', method: 'btree' },
  idx_interactions_event_type: { table: 'user_interactions', method: 'btree' },
  idx_interactions_zip: { table: 'user_interactions', method: 'btree' },
  idx_interactions_date: { table: 'user_interactions', method: 'btree' },
  idx_interactions_event_data: { table: 'user_interactions', method: 'gin' },
  idx_cache_expires: { table: 'cache_entries', method: 'btree' },
  idx_cache_type: { table: 'cache_entries', method: 'btree' },
  idx_cache_tags: { table: 'cache_entries', method: 'gin' },
  idx_cache_accessed: { table: 'cache_entries', method: 'btree' },
  idx_city_plan_summary_slug: { table: 'city_plan_summary', method: 'btree', unique: true },
};

describe.each(driverNames)('migrations on %s', (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await drivers[driver]();
  });
  afterAll(() => t?.dispose());

  it('creates every table of the seed', async () => {
    const rows = await t.rows<{ tablename: string }>(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    );
    expect(rows.map((r) => r.tablename)).toEqual(TABLES);
  });

  it('creates every index with its method, uniqueness and partial predicate', async () => {
    const rows = await t.rows<{
      name: string;
      table: string;
      method: string;
      unique: boolean;
      pred: string | null;
    }>(sql`
      select i.relname as name, c.relname as "table", am.amname as method, x.indisunique as "unique",
             pg_get_expr(x.indpred, x.indrelid) as pred
      from pg_index x
      join pg_class i on i.oid = x.indexrelid
      join pg_class c on c.oid = x.indrelid
      join pg_am am on am.oid = i.relam
      join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public'`);
    const byName = new Map(rows.map((r) => [r.name, r]));
    for (const [name, want] of Object.entries(INDEXES)) {
      const got = byName.get(name);
      expect(got, `index ${name}`).toBeDefined();
      expect({ name, table: got?.table, method: got?.method, pred: got?.pred ?? undefined }).toEqual({
        name,
        table: want.table,
        method: want.method,
        pred: want.where,
      });
      if (want.unique) expect(got?.unique, `${name} is unique`).toBe(true);
    }
  });

  it('keeps the seed constraints: rate_type CHECK, UNIQUEs and foreign keys', async () => {
    const rows = await t.rows<{ name: string; type: string; def: string }>(sql`
      select conname as name, contype as type, pg_get_constraintdef(oid) as def
      from pg_constraint where connamespace = 'public'::regnamespace`);
    const names = rows.map((r) => r.name);
    expect(rows.find((r) => r.name === 'electricity_plans_rate_type_check')?.def).toMatch(
      /'fixed'.*'variable'.*'indexed'/,
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'tdsp_territories_duns_unique',
        'cities_slug_unique',
        'providers_name_unique',
        'idx_providers_puct',
        'plan_features_plan_type_name_unique',
        'idx_pricing_history_plan_date',
        'user_interactions_ip_truncated_check',
      ]),
    );
    const fks = rows.filter((r) => r.type === 'f').map((r) => r.def);
    expect(fks).toHaveLength(7);
    expect(fks).toEqual(
      expect.arrayContaining([
        'FOREIGN KEY (provider_id) REFERENCES providers(id)',
        'FOREIGN KEY (tdsp_duns) REFERENCES tdsp_territories(duns)',
        'FOREIGN KEY (plan_id) REFERENCES electricity_plans(id)',
        'FOREIGN KEY (city_id) REFERENCES cities(id)',
      ]),
    );
  });

  it('creates the materialized view and its refresh function', async () => {
    const views = await t.rows<{ matviewname: string; ispopulated: boolean }>(
      sql`select matviewname, ispopulated from pg_matviews where schemaname = 'public'`,
    );
    expect(views).toEqual([{ matviewname: 'city_plan_summary', ispopulated: true }]);
    const fns = await t.rows<{ proname: string }>(
      sql`select proname from pg_proc where proname = 'refresh_city_plan_summary'`,
    );
    expect(fns).toHaveLength(1);
  });

  it('keeps column types and defaults the seed specifies', async () => {
    const cols = await t.rows<{
      table_name: string;
      column_name: string;
      data_type: string;
      column_default: string | null;
      is_nullable: string;
    }>(sql`
      select table_name, column_name, data_type, column_default, is_nullable
      from information_schema.columns where table_schema = 'public'`);
    const col = (table: string, column: string) => cols.find((c) => c.table_name === table && c.column_name === column);
    expect(col('electricity_plans', 'rate_1000_kwh')).toMatchObject({ data_type: 'numeric', is_nullable: 'NO' });
    expect(col('electricity_plans', 'city_slugs')).toMatchObject({ data_type: 'ARRAY' });
    expect(col('electricity_plans', 'is_active')?.column_default).toBe('true');
    expect(col('tdsp_territories', 'duns')).toMatchObject({ data_type: 'character varying', is_nullable: 'NO' });
    expect(col('cities', 'timezone')?.column_default).toMatch(/America\/Chicago/);
    expect(col('user_interactions', 'ip_address')).toMatchObject({ data_type: 'inet' });
    expect(col('cache_entries', 'value')).toMatchObject({ data_type: 'jsonb', is_nullable: 'NO' });
    expect(col('plan_pricing_history', 'snapshot_date')).toMatchObject({ data_type: 'date', is_nullable: 'NO' });
    for (const table of ['cities', 'zip_code_mappings']) {
      expect(col(table, 'utilities'), table).toMatchObject({ data_type: 'jsonb', is_nullable: 'NO' });
      expect(col(table, 'utilities')?.column_default, table).toMatch(/'\[\]'::jsonb/);
      expect(col(table, 'choice_status'), table).toMatchObject({ data_type: 'character varying', is_nullable: 'YES' });
    }
  });
});

const journalEntries = () =>
  (JSON.parse(readFileSync(path.join(migrationsFolder(), 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] })
    .entries.length;

describe('re-running migrations', () => {
  it('is a no-op on PostgreSQL', async () => {
    const temp = await createTempDatabase();
    try {
      const config = parseConfig({ DATABASE_URL: temp.url }).database;
      await runMigrations(config);
      await runMigrations(config); // second run must neither fail nor re-apply
      const t = await import('postgres').then((m) => m.default(temp.url, { max: 1 }));
      const [row] = await t`select count(*)::int as n from drizzle.__drizzle_migrations`;
      await t.end();
      expect(row?.n).toBe(journalEntries());
    } finally {
      await temp.drop();
    }
  });

  it('is a no-op on PGlite', async () => {
    const t = await drivers.pglite(); // opening applied them once
    try {
      await migrate(t.handle.db as never, { migrationsFolder: migrationsFolder() });
      const rows = await t.rows<{ n: number }>(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
      expect(rows[0]?.n).toBe(journalEntries());
    } finally {
      await t.dispose();
    }
  });
});
