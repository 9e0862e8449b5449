import { requestContext } from '~/server/context/request-context';

/** Cache profiles for responses; every route picks one here instead of writing headers by hand. */
export const cacheProfiles = {
  /** Health and anything that must reflect this instant. */
  none: { 'Cache-Control': 'no-store' },
  /** Pages built from synced data, which changes at most a few times a day. */
  page: {
    'Cache-Control': 'public, max-age=0, s-maxage=300, stale-while-revalidate=3600',
    'Netlify-CDN-Cache-Control': 'public, s-maxage=300, stale-while-revalidate=3600',
  },
  /** Pages answered from the saved fallback files: cache briefly so live data returns soon. */
  saved: {
    'Cache-Control': 'public, max-age=0, s-maxage=30, stale-while-revalidate=30',
    'Netlify-CDN-Cache-Control': 'public, s-maxage=30, stale-while-revalidate=30',
  },
} as const;

export type CacheProfile = keyof typeof cacheProfiles;

/**
 * Applies one cache profile to a response's headers. `page` also tells the page cache that this
 * answer depends only on the URL and the data version, so it may be kept and served again.
 */
export function applyCache(headers: Headers, profile: CacheProfile): void {
  for (const [name, value] of Object.entries(cacheProfiles[profile])) headers.set(name, value);
  const context = requestContext();
  if (context) context.cacheable = profile === 'page';
}

/** The profile of a service answer: 30 s for answers from the saved files, else the page profile. */
export const profileOf = (answer: { saved: unknown } | null | undefined): CacheProfile =>
  answer?.saved ? 'saved' : 'page';
