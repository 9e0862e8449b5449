/** Cache lifetimes in seconds by kind; a sync invalidates sooner through the data version (docs/caching.md). */
export const TTL = { plans: 3600, cities: 86400, providers: 14400, zip: 86400 } as const;

/** A value that may appear in a cache key; `undefined` parts are left out. */
export type CacheKeyPart = string | number | boolean | undefined;

/**
 * A stable key `kind:v<dataVersion>[:a=1&b=x%20y]`: parts sorted by name and URL-encoded, so the
 * same inputs in any order give the same key, and the data version makes every sync a fresh
 * key space (old entries simply expire).
 */
export function cacheKey(
  kind: string,
  dataVersion: number | string | null,
  parts: Readonly<Record<string, CacheKeyPart>> = {},
): string {
  if (!/^[a-z0-9-]+$/.test(kind)) throw new RangeError(`cache key kind must match [a-z0-9-]+, got "${kind}"`);
  const query = Object.keys(parts)
    .filter((name) => parts[name] !== undefined)
    .sort()
    .map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(String(parts[name]))}`)
    .join('&');
  const version = dataVersion === null ? 'none' : encodeURIComponent(String(dataVersion));
  return `${kind}:v${version}${query ? `:${query}` : ''}`;
}
