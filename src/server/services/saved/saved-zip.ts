import { NotFoundError } from '../../errors';
import { savedCity, savedIndex } from '../../fallback/saved-data';
import type { ZipLookup } from '../zip/lookup-zip';

/** A ZIP lookup answered from the saved files. */
export async function savedZipLookup(zip: string): Promise<ZipLookup> {
  const slug = (await savedIndex()).zips[zip];
  if (!slug) throw new NotFoundError(`We have no Texas ZIP code ${zip}.`);
  const file = await savedCity(slug);
  const z = file.zips.find((x) => x.zip === zip);
  if (!z) throw new NotFoundError(`We have no Texas ZIP code ${zip}.`);
  const city = { slug: file.city.slug, name: file.city.name };
  const tdsps = z.tdspCodes
    .flatMap((code) => file.tdsps.filter((t) => t.code === code))
    .map(({ code, name, duns }) => ({ code, name, duns }));
  if (tdsps.length === 0) {
    return {
      kind: 'not-deregulated',
      zip,
      city,
      utilityName: z.utilityName,
      utilityType: z.utilityType as 'municipal' | 'cooperative' | 'unknown',
    };
  }
  const activePlans = file.plans.filter((p) => z.tdspCodes.includes(p.tdspCode)).length;
  return tdsps.length === 1
    ? { kind: 'single', zip, city, tdsp: tdsps[0]!, activePlans }
    : { kind: 'multiple', zip, city, tdsps, activePlans };
}
