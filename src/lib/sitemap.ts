// Sitemap XML (sitemaps.org 0.9). Every value is escaped: slugs are safe today, but a sitemap
// must never be one bad row away from invalid XML.

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** One sitemap entry; lastmod is a YYYY-MM-DD date. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string | null;
  /** The page in every language, and the default (hreflang → absolute URL). */
  alternates?: { hreflang: string; href: string }[];
}

const alternateLinks = (u: SitemapUrl) =>
  (u.alternates ?? [])
    .map((a) => `<xhtml:link rel="alternate" hreflang="${escapeXml(a.hreflang)}" href="${escapeXml(a.href)}"/>`)
    .join('');

/** A <urlset> document; entries with alternates name every language version (xhtml:link). */
export function urlset(urls: SitemapUrl[]): string {
  const body = urls
    .map(
      (u) =>
        `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ''}${alternateLinks(u)}</url>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">${body}</urlset>`;
}

/**
 * Every language version of each English path as its own entry, each naming all versions and the
 * default, as search engines ask of hreflang sitemaps. `localize` maps an English path to a language.
 */
export function withLanguageVersions(
  urls: SitemapUrl[],
  langs: readonly string[],
  localize: (lang: string, loc: string) => string,
): SitemapUrl[] {
  return urls.flatMap((u) => {
    const alternates = [
      ...langs.map((l) => ({ hreflang: l, href: localize(l, u.loc) })),
      { hreflang: 'x-default', href: u.loc },
    ];
    return langs.map((l) => ({ ...u, loc: localize(l, u.loc), alternates }));
  });
}

/** A <sitemapindex> document. */
export function sitemapIndex(sitemaps: SitemapUrl[]): string {
  const body = sitemaps
    .map(
      (s) =>
        `<sitemap><loc>${escapeXml(s.loc)}</loc>${s.lastmod ? `<lastmod>${escapeXml(s.lastmod)}</lastmod>` : ''}</sitemap>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</sitemapindex>`;
}

/** The filter pages worth a place in the sitemap: the searches shoppers make most. */
export const SITEMAP_FILTER_PATHS: string[][] = [
  ['12-month'],
  ['24-month'],
  ['fixed-rate'],
  ['variable-rate'],
  ['green-energy'],
  ['prepaid'],
  ['no-deposit'],
  ['12-month', 'fixed-rate'],
  ['12-month', 'green-energy'],
  ['24-month', 'fixed-rate'],
];
