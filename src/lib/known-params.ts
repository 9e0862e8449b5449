// The query parameters the site reads. A URL's meaning is its path plus these, in a fixed order:
// the page cache keys on that (so junk or reordered parameters cannot flood it) and analytics
// stores only that (so no free-form query value a visitor typed is ever kept).

/** Every query parameter some page or endpoint reads. */
export const KNOWN_PARAMS = [
  'autopay',
  'bill',
  'city',
  'green',
  'lang',
  'months',
  'nodeposit',
  'page',
  'plans',
  'prepaid',
  'rate',
  'term',
  'tou',
  'usage',
  'utility',
  'view',
  'zip',
] as const;

const known = new Set<string>(KNOWN_PARAMS);

/**
 * `/texas/dallas?page=2&usage=900` for any spelling of the same request: known parameters only,
 * by name, a parameter sent several times as one comma list, blank values dropped. No host.
 */
export function pathWithKnownParams(url: URL): string {
  const parts: string[] = [];
  for (const name of KNOWN_PARAMS) {
    if (!url.searchParams.has(name)) continue;
    const values = url.searchParams
      .getAll(name)
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length) parts.push(`${name}=${encodeURIComponent(values.join(',')).replace(/%2C/gi, ',')}`);
  }
  return parts.length ? `${url.pathname}?${parts.join('&')}` : url.pathname;
}

/** Whether a URL carries a parameter nothing reads. */
export const hasUnknownParams = (url: URL) => [...url.searchParams.keys()].some((k) => !known.has(k));
