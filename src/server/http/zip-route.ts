import type { ServingUtility } from '~/lib/choice-status';
import { ValidationError } from '~/server/core/errors';
import { listQuery } from './urls';

/** What a ZIP lookup says, as far as routing needs it (services' ZipLookup has this shape). */
interface ZipFacts {
  kind: string;
  zip: string;
  city: { slug: string };
  utilities: ServingUtility[];
  tdsp?: { code: string };
}

/** What the ZIP page does: go to a utility's plans, or say something (ask, explain, point elsewhere). */
export type ZipRoute<Z extends ZipFacts = ZipFacts> = { redirect: string } | { show: Z; chosen: ServingUtility | null };

/** How a utility is named in `?bill=`: its TDSP code, or `eia-<id>` for a city utility or co-op. */
export const billKey = (u: ServingUtility) => (u.kind === 'tdsp' ? u.code! : `eia-${u.eiaId}`);

/** The plans of one competitive utility for this ZIP's city, naming the ZIP when it lists a co-op. */
export function plansHref(result: ZipFacts, code: string, city = result.city.slug): string {
  const coop = result.utilities.some((u) => u.kind === 'cooperative');
  return `/texas/${city}${listQuery({ utility: code, zip: coop ? result.zip : undefined })}`;
}

/**
 * A ZIP served by one competitive utility goes straight to its plans; otherwise the page asks,
 * or explains. `bill` is the shopper's answer to "which company's name is on your bill?":
 * a competitive utility leads to its plans, a city utility or co-op to the explanation that the
 * home has no retail choice. An answer that is not one of the ZIP's utilities is a 400.
 */
export function resolveZipRoute<Z extends ZipFacts>(result: Z, bill: string | null): ZipRoute<Z> {
  if (bill !== null) {
    const chosen = result.utilities.find((u) => !u.inferred && billKey(u) === bill);
    if (!chosen)
      throw new ValidationError(`ZIP ${result.zip} is not served by "${bill.slice(0, 40)}"`, [
        { path: 'bill', message: 'is not one of the ZIP’s utilities' },
      ]);
    if (chosen.kind === 'tdsp') return { redirect: plansHref(result, chosen.code!) };
    return { show: result, chosen };
  }
  if (result.kind === 'single' && result.tdsp) return { redirect: plansHref(result, result.tdsp.code) };
  return { show: result, chosen: null };
}
