import type { APIRoute } from 'astro';
import { NotFoundError } from '~/server/core/errors';
import { xml } from '~/server/http/xml';
import { getSitemap } from '~/server/services/seo';

/** One sitemap of the index (/sitemaps/cities.xml …). */
export const GET: APIRoute = async ({ params, site, url }) => {
  try {
    return xml(await getSitemap({ name: params.name, origin: (site ?? url).toString() }));
  } catch (error) {
    if (error instanceof NotFoundError) return new Response('Not found', { status: 404 });
    throw error;
  }
};
