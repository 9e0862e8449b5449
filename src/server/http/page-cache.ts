/**
 * The full-response cache: a page (or JSON answer) whose route chose the `page` cache profile
 * depends only on its URL and the data version, so once rendered it can be served again until
 * the next sync. Entries are filed under the data version read before rendering, and kept only
 * if every service of the render read that same version, so a sync that commits mid-render can
 * never leave a mixed page behind. It lives in process (rendered HTML is large and the lookup
 * must cost less than rendering); each server fills its own.
 */
import { LRUCache } from 'lru-cache';
import { pathWithKnownParams } from '~/lib/known-params';
import type { RequestContext, TrackedEvent } from '~/server/context/request-context';
import { encodeBody, ETAG_SUFFIX, planCompression, variantOf, type Encoding } from './compress';
import { appendVary, ifNoneMatchMatches, notModifiedHeaders, withEtagSuffix } from './etag';

/** One stored 200: the identity body, its headers and what the route recorded for analytics. */
export interface CachedPage {
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  etag: string | null;
  events: TrackedEvent[];
  /** Compressed copies, made on first demand and kept with the page. */
  encoded: Partial<Record<Encoding, Promise<Uint8Array<ArrayBuffer>>>>;
}

// Set per response on the way out, or describing a representation the cache rebuilds itself.
const NOT_STORED = new Set(['etag', 'content-length', 'content-encoding', 'vary', 'server-timing']);

/**
 * The key of a URL's page at a data version and Texas month (the year estimate starts with the
 * current month, so a page rendered in November is not served in December): its path and the
 * known parameters in a fixed order. Not the host, nor parameters nothing reads, so junk or
 * reordered query strings share one entry instead of flooding the cache. Pages link with the
 * configured origin, never the Host header, so the host cannot change a page.
 */
export const pageKey = (version: number, url: URL, month = 0): string =>
  pageKeyOfPath(version, pathWithKnownParams(url), month);

/** {@link pageKey} from the path with known parameters already worked out. */
export const pageKeyOfPath = (version: number, path: string, month = 0): string => `${version} m${month} ${path}`;

export class PageCache {
  private readonly lru: LRUCache<string, CachedPage>;

  constructor(maxBytes: number) {
    this.lru = new LRUCache<string, CachedPage>({
      maxSize: maxBytes,
      // The compressed copies add about a fifth; counted up front so the bound holds.
      sizeCalculation: (page) => Math.max(1, Math.ceil(page.body.byteLength * 1.2) + 512),
    });
  }

  get(key: string): CachedPage | undefined {
    return this.lru.get(key);
  }

  /**
   * Keeps a rendered GET answer if it may be reused: a 200 from a `page`-profile route, built
   * from exactly `version`, without cookies. Returns the kept page, or null and the response
   * untouched when it may not be kept.
   */
  async keep(key: string, version: number, response: Response, context: RequestContext): Promise<CachedPage | null> {
    const reusable =
      response.status === 200 &&
      response.body !== null &&
      context.cacheable &&
      context.dataVersions.size === 1 &&
      context.dataVersions.has(version) &&
      !response.headers.has('set-cookie') &&
      !response.headers.has('content-encoding');
    if (!reusable) return null;
    const body = new Uint8Array(await response.arrayBuffer());
    const headers = [...response.headers].filter(([name]) => !NOT_STORED.has(name.toLowerCase()));
    const page = { headers, body, etag: response.headers.get('etag'), events: [...context.events], encoded: {} };
    this.lru.set(key, page);
    return page;
  }

  /** How many pages are kept (for tests and the bench). */
  get size(): number {
    return this.lru.size;
  }
}

/** A compressed copy of a page, made once per coding; a failed compression is forgotten. */
function encodedCopy(page: CachedPage, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  return (page.encoded[encoding] ??= encodeBody(page.body, encoding).catch((error: unknown) => {
    delete page.encoded[encoding];
    throw error;
  }));
}

/** What of a request decides how a cached page answers it. */
export interface HitRequest {
  method: string;
  acceptEncoding: string | null;
  ifNoneMatch: string | null;
}

export const hitRequestOf = (request: Request): HitRequest => ({
  method: request.method,
  acceptEncoding: request.headers.get('accept-encoding'),
  ifNoneMatch: request.headers.get('if-none-match'),
});

/** Header lists as Headers iterates them: lower-case names in order. Shared between answers, so never changed. */
export type HeaderList = readonly (readonly [string, string])[];

/** A cached page's answer before the security headers: status, headers and body (none for HEAD and 304). */
export interface HitAnswer {
  status: 200 | 304;
  headers: HeaderList;
  body: Uint8Array | null;
}

// A page's headers are the same for every request that gets the same representation, so each
// list is built once per page and kind of answer: building them through Headers on every hit
// (undici's validation of each name and value) was about a sixth of a warm API answer's CPU.
const answerMemos = new WeakMap<CachedPage, { stored: Headers; lists: Map<string, HeaderList> }>();

function memoOf(page: CachedPage) {
  let memo = answerMemos.get(page);
  if (!memo) answerMemos.set(page, (memo = { stored: new Headers(page.headers), lists: new Map() }));
  return memo;
}

function headerList(page: CachedPage, kind: string, build: (headers: Headers) => Headers): HeaderList {
  const { lists } = memoOf(page);
  let list = lists.get(kind);
  if (!list) lists.set(kind, (list = Object.freeze([...build(new Headers(page.headers))])));
  return list;
}

/**
 * The answer a cached page gives a request, exactly as a render would have been answered:
 * 304 when If-None-Match names its tag, else the identity or compressed copy (compress.ts's
 * rules, reusing the page's copy), no body for HEAD. Both the middleware and the Node server's
 * fast path (fast-path.ts) answer hits with this one function, so their bytes cannot drift.
 */
export async function hitAnswer(page: CachedPage, request: HitRequest, compression: boolean): Promise<HitAnswer> {
  const size = page.body.byteLength;
  const plan = planCompression({ enabled: compression, status: 200, headers: memoOf(page).stored, size, ...request });
  const { etag } = page;
  const kind = `${plan.encoding ?? 'identity'}${plan.vary ? ' vary' : ''}`;
  if (etag && ifNoneMatchMatches(request.ifNoneMatch, etag)) {
    const headers = headerList(page, `304 ${kind}`, (h) => notModifiedHeaders(h, etag, variantOf(plan)));
    return { status: 304, headers, body: null };
  }
  const encoding = plan.encoding;
  const body = encoding ? await encodedCopy(page, encoding) : page.body;
  const headers = headerList(page, `200 ${kind}`, (h) => {
    if (plan.vary) appendVary(h, 'Accept-Encoding');
    if (etag) h.set('ETag', encoding ? withEtagSuffix(etag, ETAG_SUFFIX[encoding]) : etag);
    if (encoding) h.set('Content-Encoding', encoding);
    h.set('Content-Length', String(body.byteLength));
    return h;
  });
  return { status: 200, headers, body: !encoding && request.method === 'HEAD' ? null : body };
}

/** {@link hitAnswer} as a Response, for the middleware. */
export async function replay(page: CachedPage, request: Request, compression: boolean): Promise<Response> {
  const { status, headers, body } = await hitAnswer(page, hitRequestOf(request), compression);
  return new Response(body as BodyInit | null, { status, headers: headers as [string, string][] });
}
