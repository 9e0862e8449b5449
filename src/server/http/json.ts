import { errorBody, httpStatusOf } from '~/server/core/errors';
import { applyCache, type CacheProfile } from './cache-control';

/** A JSON response with one of the shared cache profiles. */
export function json(body: unknown, init: { status?: number; cache?: CacheProfile } = {}): Response {
  const headers = new Headers({ 'Content-Type': 'application/json; charset=utf-8' });
  applyCache(headers, init.cache ?? 'none');
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}

/** The JSON error response for any thrown value: typed errors keep their status. */
export function jsonError(error: unknown): Response {
  return json(errorBody(error), { status: httpStatusOf(error) });
}
