import { defineMiddleware } from 'astro:middleware';
import { errorBody, httpStatusOf } from './server/errors';
import { jsonError } from './server/http/json';
import { securityHeaders } from './server/http/security-headers';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** The one non-canonical-URL rule: page paths are lower case and have no trailing slash. */
export function canonicalPathOf(pathname: string): string {
  let path = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname;
  if (/[A-Z]/.test(path)) path = path.toLowerCase();
  return path;
}

function errorPage(status: number, message: string): Response {
  const title = status === 404 ? 'Page not found' : status < 500 ? 'Check your request' : 'Something went wrong';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} | ChooseMyPower</title></head><body><main><h1>${title}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

/**
 * Every request passes here: non-canonical page URLs get a 301, unexpected errors become one
 * mapped response (JSON for /api, a small page otherwise, never a stack trace), and every
 * response gets the security headers and a Server-Timing entry.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const started = performance.now();
  const { pathname, search } = context.url;
  const isApi = pathname.startsWith('/api/');
  if (!isApi && !pathname.startsWith('/_')) {
    const canonical = canonicalPathOf(pathname);
    if (canonical !== pathname) return context.redirect(canonical + search, 301);
  }
  let response: Response;
  try {
    response = await next();
  } catch (error) {
    const status = httpStatusOf(error);
    if (status >= 500) console.error(`[http] ${context.request.method} ${pathname} failed`, error);
    response = isApi
      ? jsonError(error)
      : errorPage(status, status >= 500 ? 'Please try again in a few minutes.' : errorBody(error).error.message);
  }
  const headers = securityHeaders({ production: import.meta.env.PROD, https: context.url.protocol === 'https:' });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.append('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}`);
  return response;
});
