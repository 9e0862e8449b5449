import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { registeredFastPath } from '~/server/http/fast-path';
import { securityHeaders } from '~/server/http/security-headers';
import type { StaticFiles } from './static-files';

/** The handler the Astro Node adapter exports in middleware mode: the app alone, which answers every route and 404. */
export type AstroNodeHandler = (req: IncomingMessage, res: ServerResponse) => unknown;

/**
 * The standalone server's HTTP server: every response, the static files included (which never
 * reach the middleware), starts with the security headers; the middleware sets the same ones
 * again on dynamic answers. HSTS goes with an https origin (SITE_URL), for servers behind a
 * TLS-terminating proxy. Then, in order: page-cache hits, the build's static files from memory
 * (app/static-files.ts), and Astro.
 */
export function createNodeServer(
  handler: AstroNodeHandler,
  opts: { siteUrl: string | undefined; staticFiles: StaticFiles },
): http.Server {
  const headers = Object.entries(
    securityHeaders({ production: true, https: (opts.siteUrl ?? '').startsWith('https:') }),
  );
  return http.createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    const rest = () => {
      if (!decodable(req.url)) {
        // As the adapter's standalone handler did: a malformed escape never reaches the router
        // (nor the page cache, which therefore never holds one for the fast path to find).
        res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('Bad request.');
      } else if (!opts.staticFiles(req, res)) void handler(req, res);
    };
    // Page-cache hits are answered here, before the framework (http/fast-path.ts).
    const fast = registeredFastPath();
    if (fast) fast(req, res, rest);
    else rest();
  });
}

function decodable(url: string | undefined): boolean {
  try {
    decodeURI(url ?? '/');
    return true;
  } catch {
    return false;
  }
}
