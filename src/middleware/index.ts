import { defineMiddleware } from 'astro:middleware';
import { clientAddressOf } from '~/lib/client-address';
import { getConfig } from '~/server/core/config';
import { httpStatusOf } from '~/server/core/errors';
import { canonicalRedirectTarget } from '~/server/http/canonical';
import { compress, compressionVariant } from '~/server/http/compress';
import { errorResponse } from '~/server/http/error-page';
import { withEtag } from '~/server/http/etag';
import { enforceLimits } from '~/server/http/limits';
import { requestContext, withRequestContext } from '~/server/context/request-context';
import { limitApi } from '~/server/http/rate-limit';
import { limitRender } from '~/server/http/render-limit';
import { securityHeaders } from '~/server/http/security-headers';
import { renderThroughPageCache } from '~/server/http/serve-page';
import { serverTimingHeader } from '~/server/http/server-timing';
import { trackEvent } from '~/server/services/analytics';
import { currentDataVersion } from '~/server/services/site';
import { trustedProxies } from './client';
import { registerPageCacheFastPath } from './fast-path';

const SITE_IS_HTTPS = (import.meta.env.SITE ?? '').startsWith('https:');
// The standalone server answers page-cache hits before Astro with what this module would send.
registerPageCacheFastPath(SITE_IS_HTTPS, import.meta.env.PROD);

// Astro throws when clientAddress is read on a request without a socket address (tests, prerender).
const peerOf = (context: { clientAddress: string }) => {
  try {
    return context.clientAddress;
  } catch {
    return undefined;
  }
};

/** The same request without If-None-Match, for rendering a page in full. */
const withoutConditional = (request: Request) => {
  if (!request.headers.has('if-none-match')) return request;
  const headers = new Headers(request.headers);
  headers.delete('if-none-match');
  return new Request(request, { headers });
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
 * 6. every response, refusals and redirects included, gets the security headers, and with
 *    SERVER_TIMING (or in development) a Server-Timing entry with the request's cache hits and misses.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const started = performance.now();
  const { request, url } = context;
  const isApi = url.pathname.startsWith('/api/');
  const config = getConfig();
  const enabled = config.compression;
  // Who is asking: the connection's peer, or a trusted proxy's X-Forwarded-For (TRUSTED_PROXIES).
  const clientAddress = clientAddressOf(request, peerOf(context), trustedProxies(config.trustedProxies));

  return withRequestContext({ clientAddress }, async () => {
    let response = await enforceLimits(request, url, isApi);
    // Health is for load balancers and monitors, which poll it: it is cheap and never limited.
    if (!response && isApi && url.pathname !== '/api/health') response = limitApi(clientAddress);
    if (!response) {
      const target = canonicalRedirectTarget(url);
      response =
        target === null
          ? await renderThroughPageCache(request, url, render, {
              compression: enabled,
              currentVersion: currentDataVersion,
              replayEvent: (event) => trackEvent(request, event),
            })
          : context.redirect(target, 301);
    }
    response = await compress(request, response, enabled);

    // Behind a TLS-terminating proxy the request arrives over http: the site's own origin decides HSTS.
    const https = url.protocol === 'https:' || SITE_IS_HTTPS;
    const headers = securityHeaders({ production: import.meta.env.PROD, https });
    for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
    if (config.serverTiming) {
      const cacheTiming = serverTimingHeader(requestContext()?.timing ?? []);
      response.headers.append(
        'Server-Timing',
        `app;dur=${(performance.now() - started).toFixed(1)}${cacheTiming ? `, ${cacheTiming}` : ''}`,
      );
    }
    return response;
  });

  // Buffering for the ETag is inside the try: a page that fails mid-stream is mapped like any error.
  // `conditional: false` renders the whole page even for If-None-Match, so the page cache can keep it.
  async function render(conditional: boolean): Promise<Response> {
    const limited = url.pathname === '/api/health' ? null : limitRender(clientAddress, isApi);
    if (limited) return limited;
    try {
      const asked = conditional ? request : withoutConditional(request);
      return await withEtag(asked, await next(), compressionVariant(request, enabled));
    } catch (error) {
      if (httpStatusOf(error) >= 500) console.error(`[http] ${request.method} ${url.pathname} failed`, error);
      return errorResponse(error, isApi);
    }
  }
});
