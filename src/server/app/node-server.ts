import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import { registeredFastPath } from '~/server/http/fast-path';
import { securityHeaders } from '~/server/http/security-headers';

/** The handler the Astro Node adapter exports: its static files first, then the app. */
export type AstroNodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The standalone server's HTTP server: every response, the adapter's static files included
 * (which never reach the middleware), starts with the security headers; the middleware sets the
 * same ones again on dynamic answers. HSTS goes with an https origin (SITE_URL), for servers
 * behind a TLS-terminating proxy.
 */
export function createNodeServer(handler: AstroNodeHandler, opts: { siteUrl: string | undefined }): http.Server {
  const headers = Object.entries(
    securityHeaders({ production: true, https: (opts.siteUrl ?? '').startsWith('https:') }),
  );
  return http.createServer((req, res) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    // Page-cache hits are answered here, before the framework (http/fast-path.ts).
    const fast = registeredFastPath();
    if (fast) fast(req, res, () => handler(req, res));
    else handler(req, res);
  });
}
