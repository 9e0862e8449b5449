// Sitemap XML (sitemaps.org 0.9). Every value is escaped: slugs are safe today, but a sitemap
// must never be one bad row away from invalid XML.

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

/** One sitemap entry; lastmod is a YYYY-MM-DD date. */
export interface SitemapUrl {
  loc: string;
  lastmod?: string | null;
}

/** A <urlset> document. */
export function urlset(urls: SitemapUrl[]): string {
  const body = urls
    .map(
      (u) =>
        `<url><loc>${escapeXml(u.loc)}</loc>${u.lastmod ? `<lastmod>${escapeXml(u.lastmod)}</lastmod>` : ''}</url>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${body}</urlset>`;
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
