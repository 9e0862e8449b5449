-- btree_gin lets one GIN index combine a scalar column with an array column, which the
-- seed's idx_plans_provider_city (provider_id, city_slugs USING GIN) needs. It ships with
-- PostgreSQL's contrib modules and with PGlite (loaded by the embedded client).
CREATE EXTENSION IF NOT EXISTS btree_gin;
