import { sql } from 'drizzle-orm';
import type { Db } from '~/server/db/types';

// Set-based statements, each touching only rows whose value really changes (IS DISTINCT
// FROM), so a repeated sync rewrites nothing. A city or ZIP is served by a TDSP when the
// TDSP is its primary one or one of its others. The CTEs are MATERIALIZED so each is
// computed once, not once per updated row.
/** Each row of a city or ZIP table paired with every utility serving it (primary or other). */
const LINKS = (table: 'cities' | 'zip_code_mappings', key: 'id' | 'zip_code') =>
  sql.raw(`
  SELECT DISTINCT x.${key}, d.duns FROM ${table} x
  CROSS JOIN LATERAL unnest(array_append(COALESCE(x.other_tdsp_duns, '{}'), x.tdsp_duns::text)) AS d(duns)
  WHERE d.duns IS NOT NULL`);

/** The active plans of each utility, summed. */
const PER_TDSP = sql`
  SELECT p.tdsp_duns::text AS duns, COUNT(*)::int AS plans, SUM(p.rate_1000_kwh) AS rate_sum,
         MIN(p.rate_1000_kwh) AS min_rate, MAX(p.last_synced_at) AS synced,
         array_agg(DISTINCT p.provider_id) AS providers
  FROM electricity_plans p WHERE p.is_active GROUP BY p.tdsp_duns`;

const STATEMENTS = {
  planAvailability: sql`
    WITH served AS MATERIALIZED (
      SELECT t.duns,
             COALESCE((SELECT array_agg(c.slug::text ORDER BY c.slug) FROM cities c
                       WHERE c.is_active AND (c.tdsp_duns = t.duns OR t.duns = ANY(c.other_tdsp_duns))), '{}') AS slugs,
             COALESCE((SELECT array_agg(z.zip_code::text ORDER BY z.zip_code) FROM zip_code_mappings z
                       WHERE z.tdsp_duns = t.duns OR t.duns = ANY(z.other_tdsp_duns)), '{}') AS zips
      FROM tdsp_territories t)
    UPDATE electricity_plans p SET city_slugs = s.slugs, zip_codes = s.zips, updated_at = now()
    FROM served s
    WHERE p.tdsp_duns = s.duns AND p.is_active
      AND (p.city_slugs, p.zip_codes) IS DISTINCT FROM (s.slugs, s.zips)`,
  providerCounts: sql`
    WITH counts AS (
      SELECT r.id, COUNT(p.id)::int AS plans,
             (COUNT(p.id) FILTER (WHERE p.is_active))::int AS active,
             COALESCE(array_agg(DISTINCT t.code::text ORDER BY t.code::text) FILTER (WHERE p.is_active), '{}') AS territories
      FROM providers r
      LEFT JOIN electricity_plans p ON p.provider_id = r.id
      LEFT JOIN tdsp_territories t ON t.duns = p.tdsp_duns
      GROUP BY r.id)
    UPDATE providers r SET plans_count = c.plans, active_plans_count = c.active, service_territories = c.territories,
                           is_active = c.active > 0, updated_at = now()
    FROM counts c
    WHERE r.id = c.id
      AND (r.plans_count, r.active_plans_count, r.service_territories, r.is_active)
          IS DISTINCT FROM (c.plans, c.active, c.territories, c.active > 0)`,
  // Active plans summed per utility first (six rows), then per city or ZIP over its utilities:
  // a utility's plans belong to it alone, so counts, sums, minimums and maximums add up, and
  // only the distinct providers need the utilities' provider lists. About 10× cheaper than
  // joining every city to every plan of its utilities, with the same results.
  cityCounts: sql`
    WITH links AS MATERIALIZED (${LINKS('cities', 'id')}),
    per_tdsp AS MATERIALIZED (${PER_TDSP}),
    city_providers AS (
      SELECT l.id, COUNT(DISTINCT u.provider)::int AS providers
      FROM links l JOIN per_tdsp t ON t.duns = l.duns CROSS JOIN LATERAL unnest(t.providers) AS u(provider)
      GROUP BY l.id),
    counts AS (
      SELECT c.id, COALESCE(SUM(t.plans), 0)::int AS plans, COALESCE(MAX(cp.providers), 0)::int AS providers,
             ROUND(SUM(t.rate_sum) / NULLIF(SUM(t.plans), 0), 4) AS avg_rate, MIN(t.min_rate) AS min_rate,
             MAX(t.synced) AS synced
      FROM cities c
      LEFT JOIN links l ON l.id = c.id
      LEFT JOIN per_tdsp t ON t.duns = l.duns
      LEFT JOIN city_providers cp ON cp.id = c.id
      GROUP BY c.id)
    UPDATE cities c SET active_plans_count = k.plans, provider_count = k.providers, avg_rate_1000_kwh = k.avg_rate,
                        lowest_rate_1000_kwh = k.min_rate, last_plan_sync = k.synced, updated_at = now()
    FROM counts k
    WHERE c.id = k.id
      AND (c.active_plans_count, c.provider_count, c.avg_rate_1000_kwh, c.lowest_rate_1000_kwh, c.last_plan_sync)
          IS DISTINCT FROM (k.plans, k.providers, k.avg_rate, k.min_rate, k.synced)`,
  zipCounts: sql`
    WITH links AS MATERIALIZED (${LINKS('zip_code_mappings', 'zip_code')}),
    per_tdsp AS MATERIALIZED (${PER_TDSP}),
    counts AS (
      SELECT z.zip_code, COALESCE(SUM(t.plans), 0)::int AS plans, MAX(t.synced) AS synced
      FROM zip_code_mappings z
      LEFT JOIN links l ON l.zip_code = z.zip_code
      LEFT JOIN per_tdsp t ON t.duns = l.duns
      GROUP BY z.zip_code)
    UPDATE zip_code_mappings z SET active_plans_count = k.plans, last_plan_count_update = k.synced, updated_at = now()
    FROM counts k
    WHERE z.zip_code = k.zip_code
      AND (z.active_plans_count, z.last_plan_count_update) IS DISTINCT FROM (k.plans, k.synced)`,
  tdspCounts: sql`
    WITH counts AS (
      SELECT t.duns,
             (SELECT COUNT(*) FROM cities c WHERE c.is_active AND (c.tdsp_duns = t.duns OR t.duns = ANY(c.other_tdsp_duns)))::int AS cities,
             (SELECT COUNT(*) FROM zip_code_mappings z WHERE z.tdsp_duns = t.duns OR t.duns = ANY(z.other_tdsp_duns))::int AS zips
      FROM tdsp_territories t)
    UPDATE tdsp_territories t SET cities_served_count = k.cities, zip_codes_served_count = k.zips, updated_at = now()
    FROM counts k
    WHERE t.duns = k.duns AND (t.cities_served_count, t.zip_codes_served_count) IS DISTINCT FROM (k.cities, k.zips)`,
} as const;

export type AggregateStep = keyof typeof STATEMENTS | 'refreshSummary';

/**
 * Recomputes every denormalised count (plan availability per city and ZIP, provider, city,
 * ZIP and TDSP counts) and then refreshes city_plan_summary concurrently, so readers of the
 * view are never blocked. `availabilityOnly` stops after each plan's cities and ZIPs: a replay
 * into a database nobody reads yet leaves the counts, which depend only on the plans active at
 * the end, to its last export.
 */
export async function updateAggregates(
  db: Db,
  onStep?: (step: AggregateStep) => void,
  opts: { availabilityOnly?: boolean } = {},
): Promise<void> {
  for (const [step, statement] of Object.entries(STATEMENTS) as [
    AggregateStep,
    (typeof STATEMENTS)[keyof typeof STATEMENTS],
  ][]) {
    onStep?.(step);
    await db.execute(statement);
    if (opts.availabilityOnly) return;
  }
  onStep?.('refreshSummary');
  await db.execute(sql`SELECT refresh_city_plan_summary()`);
}
