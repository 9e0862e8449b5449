import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chooseEncoding, ETAG_SUFFIX, isCompressible, MIN_COMPRESS_BYTES, type Encoding } from '~/server/http/compress';
import { ifNoneMatchMatches, strongEtag, withEtagSuffix } from '~/server/http/etag';

// Why: the adapter's standalone handler looked every request up on disk before rendering it
// (an lstat, then `send`'s stat on the thread pool): about 5 % of an uncached page's CPU. The
// build's client folder holds a handful of files that never change while the server runs, so
// they are read once at start and answered from memory; everything else goes straight to Astro.
// Their compressed copies are made then too, at the best settings, because the stylesheet blocks
// the first paint: sent as it is (16 KB), it took a second round trip on a slow phone network.

const TYPES: Record<string, string> = {
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** One representation of a file: its bytes and every header it goes out with. */
interface Representation {
  body: Buffer;
  headers: Record<string, string>;
}

interface StaticFile {
  /** The identity representation's tag; If-None-Match matches any copy of it (etag.ts). */
  etag: string;
  /** Whether the answer depends on Accept-Encoding (any compressible file, when compression is on). */
  varies: boolean;
  identity: Representation;
  /** Compressed copies, for a compressible file at least MIN_COMPRESS_BYTES long when compression is on. */
  encoded: Partial<Record<Encoding, Representation>>;
}

/** Answers a request for one of the build's client files from memory; false for any other request. */
export type StaticFiles = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The files under `clientDir` (the build's `dist/client`), keyed by URL path. Hashed assets under
 * `/_astro/` are cached for a year, as the adapter did; the rest revalidate by ETag. With
 * `compress` (the COMPRESSION setting), a text file goes out in brotli or gzip as the client
 * accepts, with the same ETag suffixes and Vary as a compressed page (http/compress.ts).
 */
export function loadStaticFiles(clientDir: string, { compress = true }: { compress?: boolean } = {}): StaticFiles {
  const files = new Map<string, StaticFile>();
  for (const relative of listFiles(clientDir)) {
    const urlPath = '/' + relative.split(path.sep).join('/');
    files.set(urlPath, loadFile(path.join(clientDir, relative), urlPath, compress));
  }
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const file = files.get(query < 0 ? url : url.slice(0, query));
    if (!file) return false;
    const encoding = file.varies ? chooseEncoding(req.headers['accept-encoding'] ?? null) : null;
    const { body, headers } = (encoding && file.encoded[encoding]) || file.identity;
    const fresh = ifNoneMatchMatches(req.headers['if-none-match'] ?? null, file.etag);
    res.writeHead(fresh ? 304 : 200, headers);
    res.end(fresh || req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

function loadFile(full: string, urlPath: string, compress: boolean): StaticFile {
  const body = readFileSync(full);
  const etag = strongEtag(body);
  const type = TYPES[path.extname(full).toLowerCase()] ?? 'application/octet-stream';
  const varies = compress && isCompressible(type);
  const common: Record<string, string> = {
    'content-type': type,
    'cache-control': urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
    'last-modified': statSync(full).mtime.toUTCString(),
    ...(varies ? { vary: 'Accept-Encoding' } : {}),
  };
  const representation = (bytes: Buffer, encoding?: Encoding): Representation => ({
    body: bytes,
    headers: {
      ...common,
      'content-length': String(bytes.length),
      etag: encoding ? withEtagSuffix(etag, ETAG_SUFFIX[encoding]) : etag,
      ...(encoding ? { 'content-encoding': encoding } : {}),
    },
  });
  const encoded: StaticFile['encoded'] = {};
  if (varies && body.length >= MIN_COMPRESS_BYTES)
    for (const encoding of ['br', 'gzip'] as const)
      encoded[encoding] = representation(encode(body, encoding), encoding);
  return { etag, varies, identity: representation(body), encoded };
}

/** Brotli at quality 11 or gzip at level 9: made once at start, so the smallest bytes are worth the time. */
function encode(body: Buffer, encoding: Encoding): Buffer {
  if (encoding === 'gzip') return gzipSync(body, { level: 9 });
  return brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return listFiles(dir, relative);
    // Dotfiles stay private, as `send` kept them; `_headers` is Netlify's, not a page's.
    return entry.isFile() && !entry.name.startsWith('.') && relative !== '_headers' ? [relative] : [];
  });
}
