import { sql } from 'drizzle-orm';
import { check, jsonb, varchar, type PgColumn } from 'drizzle-orm/pg-core';
import { CHOICE_STATUSES, type ServingUtility } from '~/lib/choice-status';

/**
 * Who serves a ZIP or a city, in the same four columns on zip_code_mappings and cities
 * (rules in docs/territory.md). choice_status is null only on rows written before it
 * existed, until the next sync fills it.
 */
export const choiceColumns = () => ({
  choiceStatus: varchar('choice_status', { length: 10, enum: CHOICE_STATUSES }),
  // Every utility involved with the place, TDSPs first; see ServingUtility.
  utilities: jsonb('utilities')
    .$type<ServingUtility[]>()
    .notNull()
    .default(sql`'[]'::jsonb`),
  // Display name of the utility we may name as serving the place (its own municipal utility…).
  ledByUtility: varchar('led_by_utility', { length: 255 }),
  // The city with choice a place no source lists lies inside (Alief → houston); no foreign
  // key, because one upsert writes both the city and the city it lies inside.
  insideCitySlug: varchar('inside_city_slug', { length: 100 }),
});

/** The database's own guard on those columns, named after the table. */
export const choiceChecks = (table: string, t: { choiceStatus: PgColumn; utilities: PgColumn }) => [
  check(
    `${table}_choice_status_check`,
    sql`${t.choiceStatus} IN (${sql.raw(CHOICE_STATUSES.map((s) => `'${s}'`).join(', '))})`,
  ),
  check(`${table}_utilities_array_check`, sql`jsonb_typeof(${t.utilities}) = 'array'`),
];
