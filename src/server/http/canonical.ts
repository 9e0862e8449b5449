/**
 * The one non-canonical-URL rule: page paths are lower case, start with one slash and have no
 * trailing slash. Leading slashes collapse first, so `//host` can never become a Location that a
 * browser reads as another site.
 */
export function canonicalPathOf(pathname: string): string {
  let path = pathname.replace(/^\/{2,}/, '/');
  path = path.length > 1 ? path.replace(/\/+$/, '') || '/' : path;
  // Percent escapes keep upper-case hex (RFC 3986's normal form): lower-casing `%3C` would
  // send a browser, which writes `%3C` again, round a redirect loop.
  return path.toLowerCase().replace(/%[0-9a-f]{2}/g, (escape) => escape.toUpperCase());
}

/** Where a page URL must move to (path and query), or null when it is canonical already. */
export function canonicalRedirectTarget(url: URL): string | null {
  const { pathname, search } = url;
  // The API keeps its exact paths, and /_ paths belong to Astro itself (images, islands).
  if (pathname.startsWith('/api/') || pathname.startsWith('/_')) return null;
  const canonical = canonicalPathOf(pathname);
  return canonical === pathname ? null : canonical + search;
}
