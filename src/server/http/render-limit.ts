import { truncateIp } from '~/lib/ip-network';
import { RateLimiter } from '~/server/cache/rate-limit';
import { getConfig } from '~/server/core/config';
import { errorPage } from './error-page';
import { json } from './json';

let limiter: RateLimiter | null | undefined;

// In process and per instance on purpose: it is a coarse guard against renders forced with
// random URLs, not an accounting; each instance protects its own CPU.
function renderLimiter(): RateLimiter | null {
  if (limiter === undefined) {
    const perMinute = getConfig().renderLimitPerMinute;
    limiter = perMinute > 0 ? new RateLimiter({ limitPerMinute: perMinute }) : null;
  }
  return limiter;
}

/**
 * A coarse per-network limit (RENDER_LIMIT_PER_MINUTE, 0 = off) on requests the page cache
 * cannot answer, so random URLs cannot force unlimited renders. The default is far above what
 * a crawler fetching every page after a sync needs. A 429 with Retry-After, or null to render.
 */
export function limitRender(clientAddress: string | undefined, isApi: boolean): Response | null {
  const limit = renderLimiter();
  if (!limit) return null;
  const result = limit.check(`render:${truncateIp(clientAddress) ?? 'unknown'}`);
  if (result.allowed) return null;
  const message = 'Too many pages requested at once: please slow down.';
  const response = isApi
    ? json({ error: { code: 'rate_limited', message } }, { status: 429 })
    : errorPage(429, message, { 'Retry-After': String(result.retryAfterSeconds) });
  response.headers.set('Retry-After', String(result.retryAfterSeconds));
  return response;
}
