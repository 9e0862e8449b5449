import { readdirSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { ifNoneMatchMatches, strongEtag } from '~/server/http/etag';

// Why: the adapter's standalone handler looked every request up on disk before rendering it
// (an lstat, then `send`'s stat on the thread pool): about 5 % of an uncached page's CPU. The
// build's client folder holds a handful of files that never change while the server runs, so
// they are read once at start and answered from memory; everything else goes straight to Astro.

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
}

/** Answers a request for one of the build's client files from memory; false for any other request. */
export type StaticFiles = (req: IncomingMessage, res: ServerResponse) => boolean;

/**
 * The files under `clientDir` (the build's `dist/client`), keyed by URL path. Hashed assets under
 * `/_astro/` are cached for a year, as the adapter did; the rest revalidate by ETag.
 */
export function loadStaticFiles(clientDir: string): StaticFiles {
  const files = new Map<string, StaticFile>();
  for (const relative of listFiles(clientDir)) {
    const urlPath = '/' + relative.split(path.sep).join('/');
    const full = path.join(clientDir, relative);
    const body = readFileSync(full);
    const etag = strongEtag(body);
    files.set(urlPath, {
      body,
      etag,
      headers: {
        'content-type': TYPES[path.extname(relative).toLowerCase()] ?? 'application/octet-stream',
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
    const fresh = ifNoneMatchMatches(req.headers['if-none-match'] ?? null, file.etag);
    res.writeHead(fresh ? 304 : 200, file.headers);
    res.end(fresh || req.method === 'HEAD' ? undefined : file.body);
    return true;
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
