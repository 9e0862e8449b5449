import type { IncomingMessage } from 'node:http';
import { clientAddressOf } from '~/lib/client-address';
import { getConfig } from '~/server/core/config';
import { headerOf, registerFastPath } from '~/server/http/fast-path';
import { limitApi } from '~/server/http/rate-limit';
import { securityHeaders } from '~/server/http/security-headers';
import { trackEvent } from '~/server/services/analytics';
import { knownDataVersion } from '~/server/services/site';
import { trustedProxies } from './client';

/**
 * Hands the standalone Node server what it needs to answer page-cache hits before Astro
 * (http/fast-path.ts): the settings this middleware answers with, the in-memory data version
 * and analytics. `https` follows the site's origin as in the middleware: the Node server itself
 * speaks plain http, so a request's own protocol is never https there.
 */
export function registerPageCacheFastPath(siteIsHttps: boolean, production: boolean): void {
  const config = getConfig();
  const proxies = trustedProxies(config.trustedProxies);
  const clientOf = (req: IncomingMessage) => {
    const headers = { get: (name: string) => headerOf(req, name) };
    return clientAddressOf({ headers }, req.socket.remoteAddress, proxies);
  };
  registerFastPath({
    compression: config.compression,
    knownVersion: knownDataVersion,
    securityHeaders: securityHeaders({ production, https: siteIsHttps }),
    serverTiming: config.serverTiming,
    allowApi: (req) => limitApi(clientOf(req)) === null,
    replayEvents: (events, req, url) => {
      const headers = new Headers();
      for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers.set(name, value);
      const request = new Request(new URL(url.pathname + url.search, 'http://localhost'), { headers });
      const clientAddress = clientOf(req);
      for (const event of events) trackEvent(request, event, { clientAddress });
    },
  });
}
