// The public origin every absolute URL is built on (canonical links, sitemaps, robots.txt,
// og:url, JSON-LD). Shared by astro.config.mjs and the build's pre-check, which sees the shell's
// own NODE_ENV (Astro sets NODE_ENV=production itself before it reads its config).

/** The origin a local build uses when none is given. */
export const LOCAL_ORIGIN = 'http://localhost:4321';

/**
 * The site's origin from SITE_URL (or Netlify's URL). A production build (DEPLOY_TARGET=netlify,
 * or NODE_ENV=production in the shell that runs the build) must name one: a localhost default
 * would be written into every canonical link. Throws an Error naming SITE_URL otherwise.
 * @param {Record<string, string | undefined>} env
 * @returns {string}
 */
export function siteOrigin(env) {
  const given = (env.SITE_URL || env.URL || '').trim();
  const production = env.DEPLOY_TARGET === 'netlify' || env.NODE_ENV === 'production';
  if (!given) {
    if (production)
      throw new Error(
        'SITE_URL is not set: a production build needs the public origin for canonical URLs, sitemaps and ' +
          'structured data, e.g. SITE_URL=https://www.example.org (on Netlify, URL is used when SITE_URL is unset).',
      );
    return LOCAL_ORIGIN;
  }
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${given}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SITE_URL must be an absolute http(s) URL, got "${given}"`);
  return url.origin;
}
