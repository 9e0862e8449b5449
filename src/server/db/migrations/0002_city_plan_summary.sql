-- city_plan_summary: one row per active city with its plan count, provider count and
-- 1,000 kWh price figures. Two fixes against the seed's version (see README):
--   * the plan's is_active test sits in the LEFT JOIN, not in WHERE, so a city whose
--     plans are all inactive keeps its row (with zero plans) instead of vanishing;
--   * containment (city_slugs @> ARRAY[slug]) instead of slug = ANY(city_slugs), so the
--     GIN index idx_plans_city_slugs_gin can serve the join.
CREATE MATERIALIZED VIEW "city_plan_summary" AS
SELECT
  c.slug AS city_slug,
  c.name AS city_name,
  t.name AS tdsp_name,
  COUNT(p.id) AS total_plans,
  COUNT(DISTINCT p.provider_id) AS provider_count,
  AVG(p.rate_1000_kwh) AS avg_rate,
  MIN(p.rate_1000_kwh) AS min_rate,
  MAX(p.rate_1000_kwh) AS max_rate
FROM cities c
JOIN tdsp_territories t ON c.tdsp_duns = t.duns
LEFT JOIN electricity_plans p
  ON p.is_active AND p.city_slugs @> ARRAY[c.slug::text]
WHERE c.is_active
GROUP BY c.slug, c.name, t.name
WITH DATA;
--> statement-breakpoint
-- REFRESH ... CONCURRENTLY requires a unique index over all rows of the view.
CREATE UNIQUE INDEX "idx_city_plan_summary_slug" ON "city_plan_summary" ("city_slug");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION refresh_city_plan_summary()
RETURNS void AS $$
BEGIN
  REFRESH MATERIALIZED VIEW CONCURRENTLY city_plan_summary;
END;
$$ LANGUAGE plpgsql;
