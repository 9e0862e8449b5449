import { servingUtilitySchema } from '~/lib/choice-status';
import type { Db } from '~/server/db/types';
import { NotFoundError } from '~/server/core/errors';
import { getTdspsByCode } from '~/server/queries/cities/get-city';
import { getZip } from '~/server/queries/zips/get-zip';
import type { ZipLookup } from '../types';
import { zipLookupOf } from '../zip-lookup';

/** Who serves a ZIP, from the database; NotFoundError for a ZIP outside our Texas data. */
export async function loadZip(db: Db, zip: string): Promise<ZipLookup> {
  const found = await getZip(db, zip);
  if (!found) throw new NotFoundError(`We have no Texas ZIP code ${zip}.`);
  // jsonb hands keys back in its own order; the schema's is the one a cached copy comes back in,
  // so a fresh and a cached answer serialise to the same bytes.
  const utilities = found.zip.utilities.map((u) => servingUtilitySchema.parse(u));
  const inferred = utilities.filter((u) => u.kind === 'tdsp' && u.inferred && u.code).map((u) => u.code!);
  return zipLookupOf({
    zip,
    city: { slug: found.citySlug, name: found.cityName },
    status: found.zip.choiceStatus,
    utilities,
    tdsps: found.tdsps,
    activePlans: found.zip.activePlansCount ?? 0,
    utilityName: found.zip.utilityName,
    utilityType: found.zip.utilityType,
    insideCity: found.insideCity,
    inferredTdsps: await getTdspsByCode(db, inferred),
  });
}
