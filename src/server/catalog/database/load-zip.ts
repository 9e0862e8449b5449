import type { Db } from '~/server/db/types';
import { NotFoundError } from '~/server/core/errors';
import { getZip } from '~/server/queries/zips/get-zip';
import type { ZipLookup } from '~/server/catalog/types';

/** Who serves a ZIP, from the database; NotFoundError for a ZIP outside our Texas data. */
export async function loadZip(db: Db, zip: string): Promise<ZipLookup> {
  const found = await getZip(db, zip);
  if (!found) throw new NotFoundError(`We have no Texas ZIP code ${zip}.`);
  const city = { slug: found.citySlug, name: found.cityName };
  if (found.tdsps.length === 0) {
    return {
      kind: 'not-deregulated',
      zip,
      city,
      utilityName: found.zip.utilityName,
      utilityType: found.zip.utilityType,
    };
  }
  const activePlans = found.zip.activePlansCount ?? 0;
  return found.tdsps.length === 1
    ? { kind: 'single', zip, city, tdsp: found.tdsps[0]!, activePlans }
    : { kind: 'multiple', zip, city, tdsps: found.tdsps, activePlans };
}
