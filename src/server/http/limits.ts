/**
 * Request limits, checked before routing. The site only reads: every form is a GET form and
 * there is no POST endpoint, so a request is refused early and explicitly when
 *
 * - its URL (path and query) is longer than {@link MAX_URL_LENGTH} characters: 414;
 * - its body is larger than {@link MAX_BODY_BYTES}: 413, from the declared Content-Length or,
 *   for a chunked body, by reading at most one byte more than the limit (a chunked body that
 *   breaks off gets 400);
 * - it is a cross-origin write (an Origin header that is not this origin on a method other
 *   than GET, HEAD and OPTIONS): 403;
 * - its method is not GET, HEAD or OPTIONS: 405 with `Allow`.
 *
 * OPTIONS is answered here with 204 and `Allow`; no route renders for it.
 *
 * Astro's own `security.checkOrigin` runs before this middleware and already refuses some
 * cross-origin requests (form content types, or a non-safe method with neither an Origin nor a
 * Content-Type); those get Astro's plain 403, so this check covers the rest explicitly.
 */
import { errorPage } from './error-page';
import { json } from './json';

export const MAX_BODY_BYTES = 16 * 1024;
export const MAX_URL_LENGTH = 2048;
export const ALLOWED_METHODS = ['GET', 'HEAD', 'OPTIONS'] as const;
export const ALLOW = ALLOWED_METHODS.join(', ');

const allowed = new Set<string>(ALLOWED_METHODS);

/** Why a request is refused. */
export interface LimitViolation {
  status: 400 | 403 | 405 | 413 | 414;
  code: string;
  message: string;
}

const violations = {
  uriTooLong: {
    status: 414,
    code: 'uri_too_long',
    message: `The address is longer than ${MAX_URL_LENGTH} characters.`,
  },
  tooLarge: {
    status: 413,
    code: 'payload_too_large',
    message: `The request body is larger than ${MAX_BODY_BYTES} bytes.`,
  },
  crossOrigin: { status: 403, code: 'forbidden', message: 'Cross-origin requests that change data are not accepted.' },
  unreadable: { status: 400, code: 'invalid_input', message: 'The request body could not be read.' },
  method: { status: 405, code: 'method_not_allowed', message: `This site only answers ${ALLOW} requests.` },
} as const satisfies Record<string, LimitViolation>;

/** The request target (path and query, as sent) is longer than the limit. */
export function isUrlTooLong(url: URL, max = MAX_URL_LENGTH): boolean {
  return url.pathname.length + url.search.length > max;
}

/** The declared Content-Length, or null when there is none (or it is not a plain number). */
export function declaredLength(headers: Headers): number | null {
  const value = headers.get('content-length')?.trim();
  return value && /^\d+$/.test(value) ? Number(value) : null;
}

/** GET, HEAD or OPTIONS: the only methods the site answers. */
export const isMethodAllowed = (method: string): boolean => allowed.has(method.toUpperCase());

/** A write (any method but GET, HEAD, OPTIONS) whose Origin header names another origin. */
export function isCrossOriginWrite(method: string, headers: Headers, url: URL): boolean {
  const origin = headers.get('origin');
  return !isMethodAllowed(method) && origin !== null && origin !== url.origin;
}

/**
 * Reads a body until it proves longer than `max`, keeping nothing: at most `max + 1` bytes are
 * read. The rest is left unread (the over-limit answer closes the connection), so nothing is
 * buffered and a slow or endless upload costs no more than the limit.
 */
export async function bodyExceeds(body: ReadableStream<Uint8Array>, max = MAX_BODY_BYTES): Promise<boolean> {
  const reader = body.getReader();
  let received = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      received += value.byteLength;
      if (received > max) return true;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * The first limit a request breaks, or null. Only a chunked body (no Content-Length) on a
 * method other than GET and HEAD is read; every such request is refused or answered here, so
 * no route ever needs the consumed body.
 */
export async function checkLimits(request: Request, url: URL): Promise<LimitViolation | null> {
  const { method, headers } = request;
  if (isUrlTooLong(url)) return violations.uriTooLong;
  const length = declaredLength(headers);
  if (length !== null && length > MAX_BODY_BYTES) return violations.tooLarge;
  if (length === null && method !== 'GET' && method !== 'HEAD' && request.body) {
    // A body that breaks off (the client went away) is answered rather than thrown.
    const exceeds = await bodyExceeds(request.body).catch(() => null);
    if (exceeds === null) return violations.unreadable;
    if (exceeds) return violations.tooLarge;
  }
  if (isCrossOriginWrite(method, headers, url)) return violations.crossOrigin;
  if (!isMethodAllowed(method)) return violations.method;
  return null;
}

/** The response for a refused request: JSON under /api, a small page elsewhere. */
export function limitResponse(violation: LimitViolation, isApi: boolean): Response {
  const headers: Record<string, string> = {};
  if (violation.status === 405) headers.Allow = ALLOW;
  // The body may be partly unread: close the connection rather than parse the rest as a request.
  if (violation.status === 413) headers.Connection = 'close';
  const response = isApi
    ? json({ error: { code: violation.code, message: violation.message } }, { status: violation.status })
    : errorPage(violation.status, violation.message);
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * Applies the limits: a refusal, the OPTIONS answer (204 with Allow), or null to go on.
 */
export async function enforceLimits(request: Request, url: URL, isApi: boolean): Promise<Response | null> {
  const violation = await checkLimits(request, url);
  if (violation) return limitResponse(violation, isApi);
  if (request.method === 'OPTIONS') return new Response(null, { status: 204, headers: { Allow: ALLOW } });
  return null;
}
