import { withCatalog, type ServiceDeps, type ZipLookup } from '~/server/catalog';
import { ValidationError } from '~/server/core/errors';

export type { ZipLookup };

/** Checks a ZIP's shape: exactly five digits, else ValidationError (400). */
export function assertZip(zip: string): string {
  if (!/^\d{5}$/.test(zip)) {
    throw new ValidationError('Enter a 5-digit Texas ZIP code, such as 75201.', [
      { path: 'zip', message: 'must be exactly five digits' },
    ]);
  }
  return zip;
}

/** Who serves a ZIP and what to show, with where the answer came from; NotFoundError for a ZIP outside our data. */
export async function lookupZip(zip: string, deps: ServiceDeps = {}) {
  assertZip(zip);
  return withCatalog(deps, async (catalog) => {
    const [result, origin] = await Promise.all([catalog.zip(zip), catalog.origin()]);
    return { result, ...origin };
  });
}
