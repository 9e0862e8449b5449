/**
 * Response compression for the standalone Node server. Static files (CSS, JS, images) are
 * served from memory before the middleware runs, with copies compressed once at start
 * (app/static-files.ts), so only dynamic answers reach this: pages, JSON, XML sitemaps,
 * robots.txt. They are small, so each is buffered and compressed in one go (on libuv's thread
 * pool, not the event loop): brotli at quality 5 when the client accepts `br`, else gzip.
 *
 * Behind a CDN or proxy that compresses itself (Netlify does, and negotiates per client), set
 * COMPRESSION=false so responses are not compressed twice and the edge sees the plain bytes.
 *
 * A compressed copy is a different representation: its strong ETag gets a suffix inside the
 * quotes (`-br`, `-gz`; see etag.ts), and every compressible response carries
 * `Vary: Accept-Encoding` so caches keep the copies apart.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { appendVary, withEtagSuffix, type Variant } from './etag';
import { bytesResponse } from './bytes-response';

export type Encoding = 'br' | 'gzip';

/** Bodies smaller than this are sent as they are: compression would save less than it costs. */
export const MIN_COMPRESS_BYTES = 1024;

export const ETAG_SUFFIX: Record<Encoding, string> = { br: '-br', gzip: '-gz' };

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

// text/* except streams, JSON and XML (with their +json/+xml kin), JavaScript and SVG.
const COMPRESSIBLE =
  /^(?:text\/(?!event-stream\b)[\w.+-]+|application\/(?:json|xml|javascript|[\w.-]+\+(?:json|xml))|image\/svg\+xml)\s*(?:;|$)/i;

/** Whether a Content-Type is worth compressing. */
export const isCompressible = (contentType: string | null): boolean => COMPRESSIBLE.test(contentType ?? '');

/**
 * The q-value an Accept-Encoding header gives each coding (lower case). A malformed q counts
 * as 0; a coding without q counts as 1.
 */
export function parseAcceptEncoding(header: string | null): Map<string, number> {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim());
    if (!name) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key?.toLowerCase() !== 'q') continue;
      const n = /^(?:0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/.test(value ?? '') ? Number(value) : 0;
      q = n;
    }
    weights.set(name.toLowerCase(), q);
  }
  return weights;
}

/**
 * The coding to send for an Accept-Encoding header: the acceptable one (q > 0) with the higher
 * q, brotli on a tie; `*` stands for any coding not named; null for identity.
 */
export function chooseEncoding(header: string | null): Encoding | null {
  const weights = parseAcceptEncoding(header);
  const weightOf = (...names: string[]) => {
    for (const name of names) {
      const q = weights.get(name);
      if (q !== undefined) return q;
    }
    return weights.get('*') ?? 0;
  };
  const br = weightOf('br');
  const gz = weightOf('gzip', 'x-gzip');
  if (br <= 0 && gz <= 0) return null;
  return br >= gz ? 'br' : 'gzip';
}

/** What compression does to one response, decided from the request and response alone. */
export interface CompressionPlan {
  /** The response depends on Accept-Encoding: add `Vary: Accept-Encoding`. */
  vary: boolean;
  /** The coding to apply, or null to send the body as it is. */
  encoding: Encoding | null;
}

/**
 * Pure decision: compressible responses vary on Accept-Encoding; they are compressed when the
 * feature is on, the body is at least {@link MIN_COMPRESS_BYTES}, the request is not HEAD, the
 * status may carry a body (not 1xx, 204, 304), nothing encoded it already and the client
 * accepts br or gzip. `size` is the uncompressed length, or null when not known yet.
 */
export function planCompression(input: {
  enabled: boolean;
  method: string;
  acceptEncoding: string | null;
  status: number;
  headers: Headers;
  size: number | null;
}): CompressionPlan {
  const { enabled, method, status, headers, size } = input;
  const encoded = (headers.get('content-encoding') ?? 'identity').toLowerCase() !== 'identity';
  const candidate =
    enabled &&
    status >= 200 &&
    status !== 204 &&
    status !== 304 &&
    !encoded &&
    isCompressible(headers.get('content-type'));
  if (!candidate) return { vary: false, encoding: null };
  const bigEnough = size === null || size >= MIN_COMPRESS_BYTES;
  return { vary: true, encoding: method !== 'HEAD' && bigEnough ? chooseEncoding(input.acceptEncoding) : null };
}

/** The ETag variant (suffix and Vary) a response compressed by `plan` carries. */
export const variantOf = (plan: CompressionPlan): Variant => ({
  ...(plan.encoding ? { etagSuffix: ETAG_SUFFIX[plan.encoding] } : {}),
  ...(plan.vary ? { vary: 'Accept-Encoding' } : {}),
});

/** The ETag variant a 200 will get, for withEtag's 304 answers. */
export function compressionVariant(request: Request, enabled: boolean) {
  return (status: number, headers: Headers, size: number): Variant => {
    const plan = planCompression({
      enabled,
      method: request.method,
      acceptEncoding: request.headers.get('accept-encoding'),
      status,
      headers,
      size,
    });
    return variantOf(plan);
  };
}

/** Compresses bytes with the chosen coding (brotli quality 5 in text mode, gzip level 6). */
export async function encodeBody(body: Uint8Array, encoding: Encoding): Promise<Uint8Array<ArrayBuffer>> {
  if (encoding === 'gzip') return gzipAsync(body, { level: 6 });
  return brotli(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 5,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  });
}

/**
 * Compresses a response when {@link planCompression} says so: sets Content-Encoding, the exact
 * compressed Content-Length, Vary and the ETag suffix. `encode` lets a caller that keeps
 * compressed copies (the page cache) hand one back instead of compressing again. Anything else passes through, with Vary
 * added when the response could have been compressed for another client.
 */
export async function compress(
  request: Request,
  response: Response,
  enabled: boolean,
  encode: (body: Uint8Array, encoding: Encoding) => Promise<Uint8Array<ArrayBuffer>> = encodeBody,
): Promise<Response> {
  const input = {
    enabled,
    method: request.method,
    acceptEncoding: request.headers.get('accept-encoding'),
    status: response.status,
    headers: response.headers,
  };
  const declared = Number(response.headers.get('content-length') ?? NaN);
  const first = planCompression({ ...input, size: Number.isFinite(declared) ? declared : null });
  if (first.vary) appendVary(response.headers, 'Accept-Encoding');
  if (!first.encoding || !response.body) return response;

  const body = new Uint8Array(await response.arrayBuffer());
  const headers = new Headers(response.headers);
  const init = { status: response.status, statusText: response.statusText, headers };
  const { encoding } = planCompression({ ...input, size: body.byteLength });
  if (!encoding) {
    headers.set('Content-Length', String(body.byteLength));
    return bytesResponse(body, init);
  }
  const compressed = await encode(body, encoding);
  headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(compressed.byteLength));
  const etag = headers.get('etag');
  if (etag) headers.set('ETag', withEtagSuffix(etag, ETAG_SUFFIX[encoding]));
  return bytesResponse(compressed, init);
}
