import { sql } from 'drizzle-orm';
import type { TestDatabase } from './drivers';

// Every data table with its key, for comparing whole-database states.
const TABLES: [string, string][] = [
  ['tdsp_territories', 'duns'],
  ['cities', 'slug'],
  ['zip_code_mappings', 'zip_code'],
  ['providers', 'name'],
  ['electricity_plans', 'id'],
  ['plan_features', 'plan_id, feature_type, feature_name'],
  ['plan_pricing_history', 'plan_id, snapshot_date'],
  ['city_plan_summary', 'city_slug'],
];

/** All rows of all data tables as JSON text, to prove a sync changed nothing (or everything). */
export async function snapshotTables(t: TestDatabase): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [table, key] of TABLES) {
    const rows = await t.rows(sql.raw(`SELECT * FROM ${table} ORDER BY ${key}`));
    out[table] = JSON.stringify(rows);
  }
  return out;
}
