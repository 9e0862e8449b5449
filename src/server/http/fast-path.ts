/**
 * Page-cache hits answered straight from the standalone server's Node request handler, before
 * the framework: no Request object, no routing, no database (the data version is kept in
 * memory, see catalog/database/version-watch.ts). Only a request the middleware would answer
 * from the page cache is taken: a GET or HEAD of a canonical URL within the limits, with no
 * body, outside /_ (Astro's own) and /api/health. A cached API answer is served here only after
 * the API rate limit (decided in process, cache/rate-limit.ts) has let the request through; a
 * refused one goes to Astro, which answers the 429 (counting it again changes nothing: the
 * client is already over its limit for the window). Everything else goes to Astro unchanged. The answer is the middleware's, header for header: the same hitAnswer()
 * (page-cache.ts), the same security headers and, when enabled, the same Server-Timing entries.
 *
 * The function lives on globalThis because the Node server (dist/launcher.mjs) and the Astro
 * bundle that fills the cache are separate module graphs; the bundle's middleware registers it.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TrackedEvent } from '~/server/context/request-context';
import { boundedMemo } from '~/lib/bounded-memo';
import { pathWithKnownParams } from '~/lib/known-params';
import { texasMonth } from '~/lib/usage';
import { canonicalRedirectTarget } from './canonical';
import { isUrlTooLong } from './limits';
import { hitAnswer, pageKeyOfPath, type CachedPage, type HeaderList } from './page-cache';
import { serverTimingHeader } from './server-timing';
import { sharedPageCache } from './serve-page';

/** What the fast path needs from the layers above, passed in so http/ never imports services. */
export interface FastPathHooks {
  compression: boolean;
  /** The data version in memory, or null when not known yet (then Astro answers). */
  knownVersion: () => number | null;
  /** The headers the middleware sets on every response. */
  securityHeaders: Record<string, string>;
  serverTiming: boolean;
  /** Counts one API request for the client and says whether it is within the rate limit. */
  allowApi: (req: IncomingMessage) => boolean;
  /** Records a cached page's analytics events again for this request. */
  replayEvents: (events: TrackedEvent[], req: IncomingMessage, url: URL) => void;
}

/** Serves a hit, or calls `next` (the Astro handler) for anything else. */
export type FastPath = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const KEY = Symbol.for('choosemypower.fast-path');
const slot = globalThis as unknown as Record<symbol, FastPath | undefined>;

/** The registered fast path, if the Astro bundle has loaded its middleware yet. */
export const registeredFastPath = (): FastPath | undefined => slot[KEY];

/** A request target the fast path may answer: its URL and its page-cache path (known parameters only). */
interface Target {
  url: URL;
  path: string;
}

// Parsing a target and checking it is canonical was about a tenth of a hit's CPU, and shoppers
// ask for a few hundred URLs, so each target's verdict is kept. Bounded: a flood of distinct
// junk targets empties it now and then, which costs no more than not keeping it.
const targetOf = boundedMemo(parseTarget, 1_000);

/** A request the middleware would answer from the page cache: its target, or null. */
function cacheableTarget(req: IncomingMessage): Target | null {
  if (req.method !== 'GET' && req.method !== 'HEAD') return null;
  // A request body on a GET is refused or read by the limits; leave any such request to them.
  if (req.headers['content-length'] !== undefined || req.headers['transfer-encoding'] !== undefined) return null;
  return targetOf(req.url ?? '');
}

function parseTarget(raw: string): Target | null {
  if (!raw.startsWith('/') || raw.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(raw, 'http://localhost');
  } catch {
    return null;
  }
  const { pathname } = url;
  if (pathname === '/api/health' || pathname.startsWith('/_') || isUrlTooLong(url)) return null;
  return canonicalRedirectTarget(url) === null ? { url, path: pathWithKnownParams(url) } : null;
}

/** A request header as one string, as the Fetch API's Headers would give it (repeats joined by ", "). */
export const headerOf = (req: IncomingMessage, name: string): string | null => {
  const value = req.headers[name];
  return Array.isArray(value) ? value.join(', ') : (value ?? null);
};

async function answer(
  page: CachedPage,
  req: IncomingMessage,
  url: URL,
  res: ServerResponse,
  hooks: FastPathHooks,
  started: number,
  secured: WeakMap<HeaderList, Record<string, string>>,
) {
  const request = {
    method: req.method!,
    acceptEncoding: headerOf(req, 'accept-encoding'),
    ifNoneMatch: headerOf(req, 'if-none-match'),
  };
  const answer = await hitAnswer(page, request, hooks.compression);
  const { status, body } = answer;
  // hitAnswer's lists are shared per page and representation, so the secured copy can be too.
  let headers = secured.get(answer.headers);
  if (!headers) {
    const merged = new Headers(answer.headers as [string, string][]);
    for (const [name, value] of Object.entries(hooks.securityHeaders)) merged.set(name, value);
    secured.set(answer.headers, (headers = Object.fromEntries(merged)));
  }
  if (hooks.serverTiming) {
    const timed = new Headers(headers);
    const lookup = serverTimingHeader([{ kind: 'page', result: 'hit', durMs: performance.now() - started }]);
    // `fast-path` tells a hit answered here from one the middleware answered (they are otherwise alike).
    timed.append('Server-Timing', `app;dur=${(performance.now() - started).toFixed(1)}, ${lookup}, fast-path`);
    headers = Object.fromEntries(timed);
  }
  res.writeHead(status, headers);
  if (page.events.length > 0) hooks.replayEvents(page.events, req, url);
  res.end(body ?? undefined);
}

/** Builds the fast path over this bundle's page cache and registers it for the Node server. */
export function registerFastPath(hooks: FastPathHooks): void {
  const secured = new WeakMap<HeaderList, Record<string, string>>();
  slot[KEY] = (req, res, next) => {
    const started = performance.now();
    const pages = sharedPageCache();
    const target = pages ? cacheableTarget(req) : null;
    const version = target ? hooks.knownVersion() : null;
    const page =
      target && version !== null ? pages!.get(pageKeyOfPath(version, target.path, texasMonth(new Date()))) : undefined;
    if (!page || !target) return next();
    const { url } = target;
    if (url.pathname.startsWith('/api/') && !hooks.allowApi(req)) return next();
    answer(page, req, url, res, hooks, started, secured).catch((error: unknown) => {
      // Only a failed compression can land here, before anything is written: let Astro answer.
      if (!res.headersSent) return next();
      console.error('[http] cached page could not be sent', error);
      res.destroy();
    });
  };
}
