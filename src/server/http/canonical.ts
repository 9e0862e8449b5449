/** The one non-canonical-URL rule: page paths are lower case and have no trailing slash. */
export function canonicalPathOf(pathname: string): string {
  let path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  if (/[A-Z]/.test(path)) path = path.toLowerCase();
  return path;
}

/** Where a page URL must move to (path and query), or null when it is canonical already. */
export function canonicalRedirectTarget(url: URL): string | null {
  const { pathname, search } = url;
  // The API keeps its exact paths, and /_ paths belong to Astro itself (images, islands).
  if (pathname.startsWith('/api/') || pathname.startsWith('/_')) return null;
  const canonical = canonicalPathOf(pathname);
  return canonical === pathname ? null : canonical + search;
}
