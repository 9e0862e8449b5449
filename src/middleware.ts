import { defineMiddleware } from 'astro:middleware';
import { httpStatusOf } from './server/errors';
import { jsonError } from './server/http/json';
import { securityHeaders } from './server/http/security-headers';

/**
 * Every request passes here: unexpected errors become one mapped response (JSON for /api,
 * a plain page otherwise, never a stack trace), and every response gets the security
 * headers and a Server-Timing entry.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const started = performance.now();
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    const status = httpStatusOf(error);
    if (status >= 500) console.error(`[http] ${context.request.method} ${context.url.pathname} failed`, error);
    response = context.url.pathname.startsWith('/api/')
      ? jsonError(error)
      : new Response(status === 404 ? 'Not found' : 'Something went wrong. Please try again shortly.', {
          status,
          headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
        });
  }
  const headers = securityHeaders({ production: import.meta.env.PROD, https: context.url.protocol === 'https:' });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.append('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
  return response;
});
