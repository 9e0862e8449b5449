import { errorBody, httpStatusOf } from '~/server/core/errors';
import { jsonError } from './json';

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

/** A small standalone error page: no layout, no data, so it renders even when nothing else can. */
export function errorPage(status: number, message: string, headers: Record<string, string> = {}): Response {
  const title = status === 404 ? 'Page not found' : status < 500 ? 'Check your request' : 'Something went wrong';
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title} | ChooseMyPower</title></head><body><main><h1>${title}</h1><p role="alert">${escapeHtml(message)}</p><p><a href="/">Go to the home page</a></p></main></body></html>`;
  return new Response(html, {
    status,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** The one response for a thrown value: JSON under /api, the error page elsewhere; never a stack trace. */
export function errorResponse(error: unknown, isApi: boolean): Response {
  if (isApi) return jsonError(error);
  const status = httpStatusOf(error);
  return errorPage(status, status >= 500 ? 'Please try again in a few minutes.' : errorBody(error).error.message);
}
