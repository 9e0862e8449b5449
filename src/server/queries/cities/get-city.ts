import { and, eq, inArray } from 'drizzle-orm';
import { cities, tdspTerritories } from '~/server/db/schema';
import type { Db } from '~/server/db/types';

/** A TDSP as pages show it. */
export interface TdspRef {
  code: string;
  name: string;
  duns: string;
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

/** An active city by slug with its TDSPs (primary first). */
export async function getCityBySlug(db: Db, slug: string) {
  const [city] = await db
    .select()
    .from(cities)
    .where(and(eq(cities.slug, slug), eq(cities.isActive, true)))
    .limit(1);
  if (!city) return null;
  const dunsList = [city.tdspDuns, ...city.otherTdspDuns].filter((d): d is string => Boolean(d));
  return { city, tdsps: await getTdsps(db, dunsList) };
}
