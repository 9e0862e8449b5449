import { NotFoundError, ValidationError } from '../../errors';
import type { TdspRef } from '../../queries/cities';
import { getZip } from '../../queries/zips/get-zip';
import { savedZipLookup } from '../saved/saved-zip';
import { cached, cacheKey, getCache, TTL } from '../../cache';
import type { Db } from '../../db/types';
import { requestContext } from '../../http/request-context';
import { readDataVersion } from '../data-version';
import { zipLookupSchema } from '../cache-schemas';
import { withFallback } from '../with-fallback';
import type { ServiceDeps } from '../with-db';

/** What a ZIP lookup can find: one utility, several (ask the shopper), or no retail choice. */
export type ZipLookup =
  | { kind: 'single'; zip: string; city: { slug: string; name: string }; tdsp: TdspRef; activePlans: number }
  | { kind: 'multiple'; zip: string; city: { slug: string; name: string }; tdsps: TdspRef[]; activePlans: number }
  | {
      kind: 'not-deregulated';
      zip: string;
      city: { slug: string; name: string };
      utilityName: string | null;
      utilityType: 'municipal' | 'cooperative' | 'unknown' | 'tdsp';
    };

/** Checks a ZIP's shape: exactly five digits, else ValidationError (400). */
export function assertZip(zip: string): string {
  if (!/^\d{5}$/.test(zip)) {
    throw new ValidationError('Enter a 5-digit Texas ZIP code, such as 75201.', [
      { path: 'zip', message: 'must be exactly five digits' },
    ]);
  }
  return zip;
}

/** Who serves a ZIP and what to show; NotFoundError for a ZIP outside our Texas data. */
export async function lookupZip(zip: string, deps: ServiceDeps = {}): Promise<ZipLookup> {
  assertZip(zip);
  return withFallback(
    deps,
    async (db) => {
      const version = await readDataVersion(db);
      return cached(
        {
          key: cacheKey('zip', version?.id ?? null, { zip }),
          ttlSeconds: TTL.zip,
          schema: zipLookupSchema,
          load: () => loadZip(db, zip),
        },
        getCache(),
        requestContext()?.timing,
      );
    },
    () => savedZipLookup(zip),
  );
}

async function loadZip(db: Db, zip: string): Promise<ZipLookup> {
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
