import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { compileSelect } from '~/server/db/compiled-select';
import { cities, tdspTerritories } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** A TDSP as pages show it. */
export interface TdspRef {
  code: string;
  name: string;
  duns: string;
}

/** Every TDSP, in code order. */
export async function listTdsps(db: Db): Promise<TdspRef[]> {
  const rows = await db
    .select({ code: tdspTerritories.code, name: tdspTerritories.name, duns: tdspTerritories.duns })
    .from(tdspTerritories)
    .orderBy(asc(tdspTerritories.code));
  return rows.map((r) => ({ code: r.code ?? r.duns, name: r.name, duns: r.duns }));
}

/** The TDSPs with these DUNS, in the order given. */
export async function getTdsps(db: Db, dunsList: string[]): Promise<TdspRef[]> {
  if (dunsList.length === 0) return [];
  const rows = await db
    .select({ code: tdspTerritories.code, name: tdspTerritories.name, duns: tdspTerritories.duns })
    .from(tdspTerritories)
    .where(inArray(tdspTerritories.duns, dunsList));
  return inDunsOrder(rows, dunsList);
}

type TdspRow = { code: string | null; name: string; duns: string };

/** The rows as TdspRefs in the order of `dunsList` (a DUNS without a row is left out). */
function inDunsOrder(rows: TdspRow[], dunsList: string[]): TdspRef[] {
  return dunsList.flatMap((d) => {
    const r = rows.find((x) => x.duns === d);
    return r ? [{ code: r.code ?? r.duns, name: r.name, duns: r.duns }] : [];
  });
}

/** The TDSPs with these codes, in the order given (for utilities a place's record names by code). */
export async function getTdspsByCode(db: Db, codes: string[]): Promise<TdspRef[]> {
  if (codes.length === 0) return [];
  const all = await listTdsps(db);
  return codes.flatMap((code) => all.filter((t) => t.code === code));
}

/** The name of an active city, for "lies inside Houston". */
export async function getCityName(db: Db, slug: string): Promise<string | null> {
  const [row] = await db
    .select({ name: cities.name })
    .from(cities)
    .where(and(eq(cities.slug, slug), eq(cities.isActive, true)))
    .limit(1);
  return row?.name ?? null;
}

// Read by every uncached city page: built once (db/compiled-select.ts). One round trip: the TDSPs
// and the name of the city it lies inside come as subqueries. The outer columns are written
// qualified: Drizzle leaves a one-table select's columns bare, and a bare inside_city_slug would
// name the subquery's own row.
const cityBySlug = compileSelect((db) =>
  db
    .select({
      city: cities,
      tdspRows: sql<TdspRow[]>`coalesce((
        SELECT json_agg(json_build_object('code', t.code, 'name', t.name, 'duns', t.duns))
        FROM ${tdspTerritories} t
        WHERE t.duns = ${cities}.tdsp_duns OR t.duns = ANY(${cities}.other_tdsp_duns)), '[]'::json)`,
      insideName: sql<string | null>`(
        SELECT i.name FROM ${cities} i WHERE i.slug = ${cities}.inside_city_slug AND i.is_active LIMIT 1)`,
    })
    .from(cities)
    .where(and(eq(cities.slug, sql.placeholder('slug')), eq(cities.isActive, true)))
    .limit(1),
);

/** An active city by slug with its TDSPs (primary first). */
export async function getCityBySlug(db: Db, slug: string) {
  const [row] = await cityBySlug(db, { slug });
  if (!row) return null;
  const { city, tdspRows, insideName } = row;
  const dunsList = [city.tdspDuns, ...city.otherTdspDuns].filter((d): d is string => Boolean(d));
  const tdsps = inDunsOrder(tdspRows, dunsList);
  const insideCity = city.insideCitySlug && insideName ? { slug: city.insideCitySlug, name: insideName } : null;
  return { city, tdsps, insideCity };
}
