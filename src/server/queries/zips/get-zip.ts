import { eq } from 'drizzle-orm';
import { cities, zipCodeMappings } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { getCityName, getTdsps } from '~/server/queries/cities/get-city';

/** A ZIP with its city, its TDSPs (primary first) and the city it lies inside, or null when we do not know it. */
export async function getZip(db: Db, zip: string) {
  const [row] = await db
    .select({ zip: zipCodeMappings, citySlug: cities.slug, cityName: cities.name })
    .from(zipCodeMappings)
    .innerJoin(cities, eq(cities.id, zipCodeMappings.cityId))
    .where(eq(zipCodeMappings.zipCode, zip))
    .limit(1);
  if (!row) return null;
  const dunsList = [row.zip.tdspDuns, ...row.zip.otherTdspDuns].filter((d): d is string => Boolean(d));
  const inside = row.zip.insideCitySlug;
  const [tdsps, insideName] = await Promise.all([getTdsps(db, dunsList), inside ? getCityName(db, inside) : null]);
  return { ...row, tdsps, insideCity: inside && insideName ? { slug: inside, name: insideName } : null };
}
