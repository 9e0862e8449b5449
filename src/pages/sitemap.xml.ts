import type { APIRoute } from 'astro';
import { xml } from '~/server/http/xml';
import { getSitemap } from '~/server/services/seo';

/** The sitemap index: cities, filter pages, plans and providers. */
export const GET: APIRoute = async ({ site, url }) => xml(await getSitemap({ origin: (site ?? url).toString() }));
