import { and, asc, eq, inArray } from 'drizzle-orm';
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

/** An active city by slug with its TDSPs (primary first). */
export async function getCityBySlug(db: Db, slug: string) {
  const [city] = await db
    .select()
    .from(cities)
    .where(and(eq(cities.slug, slug), eq(cities.isActive, true)))
    .limit(1);
  if (!city) return null;
  const dunsList = [city.tdspDuns, ...city.otherTdspDuns].filter((d): d is string => Boolean(d));
  const [tdsps, insideName] = await Promise.all([
    getTdsps(db, dunsList),
    city.insideCitySlug ? getCityName(db, city.insideCitySlug) : null,
  ]);
  const insideCity = city.insideCitySlug && insideName ? { slug: city.insideCitySlug, name: insideName } : null;
  return { city, tdsps, insideCity };
}
