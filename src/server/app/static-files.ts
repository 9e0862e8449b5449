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

interface StaticFile {
  body: Buffer;
  etag: string;
  headers: Record<string, string>;
  /** Compressed copies, for a compressible file at least MIN_COMPRESS_BYTES long when compression is on. */
  encoded: Partial<Record<Encoding, Buffer>>;
  /** Whether the answer depends on Accept-Encoding (any compressible file, when compression is on). */
  varies: boolean;
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
    const full = path.join(clientDir, relative);
    const body = readFileSync(full);
    const etag = strongEtag(body);
    const type = TYPES[path.extname(relative).toLowerCase()] ?? 'application/octet-stream';
    const varies = compress && isCompressible(type);
    files.set(urlPath, {
      body,
      etag,
      varies,
      encoded: varies && body.length >= MIN_COMPRESS_BYTES ? encodeAll(body) : {},
      headers: {
        'content-type': type,
        'content-length': String(body.length),
        'cache-control': urlPath.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0',
        'last-modified': statSync(full).mtime.toUTCString(),
        etag,
      },
    });
  }
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    const url = req.url ?? '/';
    const query = url.indexOf('?');
    const file = files.get(query < 0 ? url : url.slice(0, query));
    if (!file) return false;
    const encoding = file.varies ? chooseEncoding(req.headers['accept-encoding'] ?? null) : null;
    const encoded = encoding ? file.encoded[encoding] : undefined;
    const body = encoded ?? file.body;
    const etag = encoded ? withEtagSuffix(file.etag, ETAG_SUFFIX[encoding!]) : file.etag;
    const headers: Record<string, string> = { ...file.headers, etag, 'content-length': String(body.length) };
    if (encoded) headers['content-encoding'] = encoding!;
    if (file.varies) headers.vary = 'Accept-Encoding';
    const fresh = ifNoneMatchMatches(req.headers['if-none-match'] ?? null, file.etag);
    res.writeHead(fresh ? 304 : 200, headers);
    res.end(fresh || req.method === 'HEAD' ? undefined : body);
    return true;
  };
}

/** Brotli at quality 11 and gzip at level 9: made once at start, so the smallest bytes are worth the time. */
function encodeAll(body: Buffer): Record<Encoding, Buffer> {
  return {
    br: brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzip: gzipSync(body, { level: 9 }),
  };
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(prefix, entry.name);
    if (entry.isDirectory()) return listFiles(dir, relative);
    // Dotfiles stay private, as `send` kept them; `_headers` is Netlify's, not a page's.
    return entry.isFile() && !entry.name.startsWith('.') && relative !== '_headers' ? [relative] : [];
  });
}
