import { LANGS, localePath, type Lang } from '~/lib/i18n';
import { SITEMAP_FILTER_PATHS, sitemapIndex, urlset, withLanguageVersions, type SitemapUrl } from '~/lib/sitemap';
import { SITEMAPS, withCatalog, type ServiceDeps, type SitemapName } from '~/server/catalog';
import { NotFoundError } from '~/server/core/errors';

export { SITEMAPS, type SitemapName };

/** The sitemap index, or one of its sitemaps, as XML; lastmod is the last data sync's export date. */
export async function getSitemap(input: { name?: string; origin: string }, deps: ServiceDeps = {}): Promise<string> {
  const name = input.name;
  if (name !== undefined && !(SITEMAPS as readonly string[]).includes(name)) {
    throw new NotFoundError(`No sitemap "${name}"`);
  }
  const abs = (path: string) => new URL(path, input.origin).toString();
  // Every page has a Spanish twin under /es: the same absolute URL with the language prefix.
  const localize = (lang: string, loc: string) => {
    const url = new URL(loc);
    return new URL(localePath(lang as Lang, url.pathname), url).toString();
  };
  return withCatalog(deps, async (catalog) => {
    const entries = await catalog.sitemapEntries((name as SitemapName | undefined) ?? 'index');
    const { lastmod } = entries;
    if (name === undefined) return sitemapIndex(SITEMAPS.map((s) => ({ loc: abs(`/sitemaps/${s}.xml`), lastmod })));
    let urls: SitemapUrl[];
    if (name === 'cities') urls = entries.citySlugs.map((slug) => ({ loc: abs(`/texas/${slug}`), lastmod }));
    else if (name === 'filters')
      urls = entries.citySlugs.flatMap((slug) =>
        SITEMAP_FILTER_PATHS.map((p) => ({ loc: abs(`/texas/${slug}/${p.join('/')}`), lastmod })),
      );
    else if (name === 'plans')
      urls = entries.plans.map((p) => ({ loc: abs(`/plans/${p.id}`), lastmod: p.date ?? lastmod }));
    else urls = entries.providerSlugs.map((slug) => ({ loc: abs(`/providers/${slug}`), lastmod }));
    return urlset(withLanguageVersions(urls, LANGS, localize));
  });
}
