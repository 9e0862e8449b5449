import { applyCache } from './cache-control';

/** An XML response (sitemaps) with the page cache profile. */
export function xml(body: string): Response {
  const headers = new Headers({ 'Content-Type': 'application/xml; charset=utf-8' });
  applyCache(headers, 'page');
  return new Response(body, { headers });
}
