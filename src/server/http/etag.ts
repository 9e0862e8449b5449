/**
 * Strong ETags and 304 Not Modified for HTML pages. A page's tag is the SHA-1 of its
 * uncompressed bytes (base64url, quoted). A compressed copy is a different representation and
 * gets its own strong tag, the same hash with a suffix inside the quotes (`"…-br"`, `"…-gz"`);
 * If-None-Match accepts any variant of the current hash, so a cache holding the gzip copy still
 * revalidates after the client starts accepting brotli.
 */
import { hash } from 'node:crypto';
import { bytesResponse } from './bytes-response';

/** How the representation a 200 becomes differs from the identity one (see compress.ts). */
export interface Variant {
  /** Appended to the tag inside the quotes, e.g. `-br`. */
  etagSuffix?: string;
  /** A request header the representation depends on, for `Vary`. */
  vary?: string;
}

/** Decides the variant of a response of this status, headers and uncompressed size. */
export type VariantOf = (status: number, headers: Headers, size: number) => Variant;

/** Suffixes a representation may carry; If-None-Match matches the hash with any of them. */
export const ETAG_SUFFIXES = ['', '-br', '-gz'] as const;

// Headers a 304 keeps from the 200 it stands for (RFC 9110 §15.4.5), plus the CDN's own.
const NOT_MODIFIED_HEADERS = [
  'cache-control',
  'netlify-cdn-cache-control',
  'cdn-cache-control',
  'content-location',
  'date',
  'etag',
  'expires',
  'vary',
];

/** The strong entity tag of a body: `"<base64url sha1>"`. */
export function strongEtag(body: Uint8Array): string {
  return `"${hash('sha1', body, 'base64url')}"`;
}

/** A strong tag with a suffix inside its quotes; weak tags are returned unchanged. */
export function withEtagSuffix(tag: string, suffix: string): string {
  return suffix && /^"[^"]*"$/.test(tag) ? `${tag.slice(0, -1)}${suffix}"` : tag;
}

/**
 * The entity tags of an If-None-Match header, quoted and without any `W/` prefix, or `'*'`.
 * Tags may contain commas, so the list is read tag by tag rather than split; anything that is
 * not a quoted tag is ignored (it cannot match).
 */
export function parseIfNoneMatch(header: string | null): '*' | string[] {
  if (header === null) return [];
  if (header.trim() === '*') return '*';
  // Only the quoted part is taken, so a `W/` before it falls away.
  return [...header.matchAll(/"[^"]*"/g)].map((m) => m[0]);
}

/**
 * Whether If-None-Match matches a representation whose identity tag is `tag`. Per RFC 9110
 * the comparison is weak (a `W/` prefix is ignored), `*` matches any current representation,
 * and every encoding variant of the tag counts as the same.
 */
export function ifNoneMatchMatches(header: string | null, tag: string): boolean {
  const tags = parseIfNoneMatch(header);
  if (tags === '*') return true;
  const variants = new Set(ETAG_SUFFIXES.map((suffix) => withEtagSuffix(tag, suffix)));
  return tags.some((t) => variants.has(t));
}

/** Adds a header name to a Vary list unless it is already there (or the list is `*`). */
export function appendVary(headers: Headers, name: string): void {
  const current = headers.get('vary');
  const names = current ? current.split(',').map((v) => v.trim().toLowerCase()) : [];
  if (names.includes('*') || names.includes(name.toLowerCase())) return;
  headers.set('Vary', current ? `${current}, ${name}` : name);
}

/** The headers of the 304 standing for a 200 with these headers: cache headers, ETag (of `variant`) and Vary. */
export function notModifiedHeaders(headers: Headers, tag: string, variant: Variant): Headers {
  const kept = new Headers();
  for (const name of NOT_MODIFIED_HEADERS) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  kept.set('ETag', withEtagSuffix(tag, variant.etagSuffix ?? ''));
  if (variant.vary) appendVary(kept, variant.vary);
  return kept;
}

/** The 304 standing for a 200 with these headers (see {@link notModifiedHeaders}). */
export const notModified = (headers: Headers, tag: string, variant: Variant): Response =>
  new Response(null, { status: 304, headers: notModifiedHeaders(headers, tag, variant) });

const isHtml = (headers: Headers) => /^text\/html\b/i.test(headers.get('content-type') ?? '');

/**
 * Gives a 200 HTML answer to GET or HEAD a strong ETag and answers a matching If-None-Match
 * with 304 (no body; cache headers, ETag and Vary kept). The page is buffered to hash it, and
 * returned with its Content-Length. `variantOf` says how the 200 will be encoded later, so that
 * a 304 names the tag and Vary of the representation the client would have received.
 */
export async function withEtag(request: Request, response: Response, variantOf?: VariantOf): Promise<Response> {
  const { method } = request;
  const { status, headers } = response;
  if ((method !== 'GET' && method !== 'HEAD') || status !== 200 || !response.body || !isHtml(headers)) {
    return response;
  }
  if (headers.has('etag') || headers.has('content-encoding')) return response;
  const body = new Uint8Array(await response.arrayBuffer());
  const tag = strongEtag(body);
  if (ifNoneMatchMatches(request.headers.get('if-none-match'), tag)) {
    return notModified(headers, tag, variantOf?.(status, headers, body.byteLength) ?? {});
  }
  const next = new Headers(headers);
  next.set('ETag', tag);
  next.set('Content-Length', String(body.byteLength));
  return bytesResponse(body, { status, statusText: response.statusText, headers: next });
}

/** A 304 for a response that already carries its ETag when If-None-Match matches it, else the response. */
export function answerConditional(request: Request, response: Response, variantOf?: VariantOf): Response {
  const tag = response.headers.get('etag');
  if (response.status !== 200 || !tag || !ifNoneMatchMatches(request.headers.get('if-none-match'), tag))
    return response;
  const size = Number(response.headers.get('content-length') ?? 0);
  return notModified(response.headers, tag, variantOf?.(200, response.headers, size) ?? {});
}
