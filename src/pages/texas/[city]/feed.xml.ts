import type { APIRoute } from 'astro';
import { applyCache } from '~/server/http/cache-control';
import { getCityFeed } from '~/server/services/feeds';

/** /texas/dallas/feed.xml: new plans and price cuts of the city's utilities, as Atom. Errors map in the middleware. */
export const GET: APIRoute = async ({ params, site, url }) => {
  const body = await getCityFeed({ slug: params.city ?? '', origin: (site ?? url).toString() });
  const headers = new Headers({ 'Content-Type': 'application/atom+xml; charset=utf-8' });
  applyCache(headers, 'page');
  return new Response(body, { headers });
};
