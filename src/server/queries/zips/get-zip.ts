import { eq } from 'drizzle-orm';
import { cities, zipCodeMappings } from '~/server/db/schema';
import type { Db } from '~/server/db/types';
import { getTdsps } from '~/server/queries/cities/get-city';

/** A ZIP with its city and its TDSPs (primary first), or null when we do not know it. */
export async function getZip(db: Db, zip: string) {
  const [row] = await db
    .select({ zip: zipCodeMappings, citySlug: cities.slug, cityName: cities.name })
    .from(zipCodeMappings)
    .innerJoin(cities, eq(cities.id, zipCodeMappings.cityId))
    .where(eq(zipCodeMappings.zipCode, zip))
    .limit(1);
  if (!row) return null;
  const dunsList = [row.zip.tdspDuns, ...row.zip.otherTdspDuns].filter((d): d is string => Boolean(d));
  return { ...row, tdsps: await getTdsps(db, dunsList) };
}
