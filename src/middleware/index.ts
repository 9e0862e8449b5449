import { defineMiddleware } from 'astro:middleware';
import { getConfig } from '~/server/core/config';
import { httpStatusOf } from '~/server/core/errors';
import { canonicalRedirectTarget } from '~/server/http/canonical';
import { compress, compressionVariant } from '~/server/http/compress';
import { errorResponse } from '~/server/http/error-page';
import { withEtag } from '~/server/http/etag';
import { enforceLimits } from '~/server/http/limits';
import { requestContext, withRequestContext } from '~/server/context/request-context';
import { limitApi } from '~/server/http/rate-limit';
import { securityHeaders } from '~/server/http/security-headers';
import { renderThroughPageCache } from '~/server/http/serve-page';
import { serverTimingHeader } from '~/server/http/server-timing';
import { trackEvent } from '~/server/services/analytics';
import { currentDataVersion } from '~/server/services/site';

const SITE_IS_HTTPS = (import.meta.env.SITE ?? '').startsWith('https:');

// Astro throws when clientAddress is read on a request without a socket address (tests, prerender).
const clientAddressOf = (context: { clientAddress: string }) => {
  try {
    return context.clientAddress;
  } catch {
    return undefined;
  }
};

/**
 * Every request passes here, in this order:
 *
 * 1. request limits (414, 413, 403 cross-origin write, 405; OPTIONS answered with 204), and
 *    the per-client rate limit on /api (429 with Retry-After);
 * 2. non-canonical page URLs get a 301;
 * 3. the page cache answers if it holds the URL at the current data version (serve-page.ts);
 *    else the route renders; an unexpected error becomes one mapped response (JSON for /api, a
 *    small page otherwise, never a stack trace);
 * 4. HTML 200s get a strong ETag, and a matching If-None-Match a 304 (a page that fails while
 *    it is buffered for this is mapped as in 3);
 * 5. text responses are compressed when COMPRESSION is on (off behind a compressing CDN);
 * 6. every response, refusals and redirects included, gets the security headers and a
 *    Server-Timing entry, with the cache hits and misses the request's services reported.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const started = performance.now();
  const { request, url } = context;
  const isApi = url.pathname.startsWith('/api/');
  const enabled = getConfig().compression;

  return withRequestContext(async () => {
    let response = await enforceLimits(request, url, isApi);
    if (!response && isApi) response = await limitApi(request, clientAddressOf(context));
    if (!response) {
      const target = canonicalRedirectTarget(url);
      response =
        target === null
          ? await renderThroughPageCache(request, url, render, {
              compression: enabled,
              currentVersion: currentDataVersion,
              replayEvent: (event) => trackEvent(request, event, { clientAddress: clientAddressOf(context) }),
            })
          : context.redirect(target, 301);
    }
    response = await compress(request, response, enabled);

    // Behind a TLS-terminating proxy the request arrives over http: the site's own origin decides HSTS.
    const https = url.protocol === 'https:' || SITE_IS_HTTPS;
    const headers = securityHeaders({ production: import.meta.env.PROD, https });
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    const cacheTiming = serverTimingHeader(requestContext()?.timing ?? []);
    response.headers.append(
      'Server-Timing',
      `app;dur=${(performance.now() - started).toFixed(1)}${cacheTiming ? `, ${cacheTiming}` : ''}`,
    );
    return response;
  });

  // Buffering for the ETag is inside the try: a page that fails mid-stream is mapped like any error.
  async function render(): Promise<Response> {
    try {
      return await withEtag(request, await next(), compressionVariant(request, enabled));
    } catch (error) {
      if (httpStatusOf(error) >= 500) console.error(`[http] ${request.method} ${url.pathname} failed`, error);
      return errorResponse(error, isApi);
    }
  }
});
