import { truncateIp } from '~/lib/ip-network';
import { getRateLimiter } from '~/server/cache';
import { getConfig } from '~/server/core/config';
import { json } from './json';

/**
 * Per-client limit on the JSON API (RATE_LIMIT_PER_MINUTE, Redis-backed when REDIS_URL is set).
 * Clients are keyed by the truncated network of the address the middleware resolved (never a
 * header a client can rotate), so no raw address is kept even in the limiter. It is decided in
 * process, with no Redis round trip (cache/rate-limit.ts). Returns a 429 with Retry-After, or
 * null when the request may proceed.
 */
export function limitApi(clientAddress: string | undefined): Response | null {
  const network = truncateIp(clientAddress) ?? 'unknown';
  const result = getRateLimiter().check(`api:${network}`);
  if (result.allowed) return null;
  const response = json(
    {
      error: {
        code: 'rate_limited',
        message: `Too many requests: at most ${getConfig().rateLimitPerMinute} a minute.`,
      },
    },
    { status: 429 },
  );
  response.headers.set('Retry-After', String(result.retryAfterSeconds));
  return response;
}
