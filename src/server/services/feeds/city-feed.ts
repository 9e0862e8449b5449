import { atomFeed } from '~/lib/feed/atom';
import { isSlug } from '~/lib/slug';
import { withCatalog, type ServiceDeps } from '~/server/catalog';
import { NotFoundError, UnavailableError } from '~/server/core/errors';

/** The feed covers every change of at least this many of the newest export dates. */
export const FEED_EXPORT_DATES = 7;

/**
 * A city's Atom feed: the new plans and 1,000 kWh price cuts of its utilities over the newest
 * export dates, from price history (so the saved files, which keep none, cannot answer it).
 */
export async function getCityFeed(input: { slug: string; origin: string }, deps: ServiceDeps = {}): Promise<string> {
  if (!isSlug(input.slug)) throw new NotFoundError(`No Texas city "${input.slug.slice(0, 100)}"`);
  return withCatalog(deps, async (catalog) => {
    const [{ city, tdsps }, origin] = await Promise.all([catalog.city(input.slug), catalog.origin()]);
    const feed = await catalog.marketFeed(tdsps, FEED_EXPORT_DATES);
    if (!feed) throw new UnavailableError('Feeds need the live database, which is not answering');
    const abs = (path: string) => new URL(path, input.origin).toString();
    return atomFeed({
      selfUrl: abs(`/texas/${city.slug}/feed.xml`),
      pageUrl: abs(`/texas/${city.slug}`),
      title: `${city.name} electricity plans: new plans and price cuts`,
      subtitle: `New plans and price cuts at 1,000 kWh in ${city.name}, TX, from the Power to Choose exports of ${feed.dates.length} dates.`,
      newestExport: origin.provenance.snapshotDate,
      entries: feed.entries,
      planUrl: (id) => abs(`/plans/${id}`),
    });
  });
}
