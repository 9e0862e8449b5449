import type { TrackedEvent } from '~/server/context/request-context';
import { requestContext } from '~/server/context/request-context';
import { getConfig } from '~/server/core/config';
import { texasMonth } from '~/lib/usage';
import { compressionVariant } from './compress';
import { answerConditional } from './etag';
import { PageCache, pageKey, replay } from './page-cache';

let shared: PageCache | null | undefined;

/** The process-wide page cache (PAGE_CACHE_MB), or null when it or all caching is off. */
export function sharedPageCache(): PageCache | null {
  if (shared === undefined) {
    const bytes = getConfig().cache.pageCacheBytes;
    shared = bytes > 0 ? new PageCache(bytes) : null;
  }
  return shared;
}

/** What the page cache needs from the layers above it, passed in so http/ never imports services. */
export interface PageCacheHooks {
  compression: boolean;
  /** The current data version, or null when it cannot be known (then the route renders as usual). */
  currentVersion: () => Promise<number | null>;
  /** Records an analytics event again for a request a cached page answers. */
  replayEvent: (event: TrackedEvent) => void;
}

/**
 * Answers a GET or HEAD from the page cache when it holds the URL at the current data version,
 * else renders and keeps the result if the route allows. A hit replays the analytics events the
 * render recorded, so caching changes no figure the site collects. When the data version cannot
 * be read (database down, circuit open) the route renders as usual and saved data takes over.
 */
export async function renderThroughPageCache(
  request: Request,
  url: URL,
  render: (conditional: boolean) => Promise<Response>,
  hooks: PageCacheHooks,
): Promise<Response> {
  const pages = sharedPageCache();
  const context = requestContext();
  if (!pages || !context || (request.method !== 'GET' && request.method !== 'HEAD')) return render(true);
  const started = performance.now();
  const version = await hooks.currentVersion();
  if (version === null) return render(true);
  const key = pageKey(version, url, texasMonth(new Date()));
  const page = pages.get(key);
  context.timing.push({ kind: 'page', result: page ? 'hit' : 'miss', durMs: performance.now() - started });
  if (page) {
    for (const event of page.events) hooks.replayEvent(event);
    return replay(page, request, hooks.compression);
  }
  if (request.method !== 'GET') return render(true);
  // A conditional request that misses still fills the cache: render the full page, keep it,
  // then answer this request from it (a 304 when its tag matches) as a hit would.
  const response = await render(false);
  const kept = await pages.keep(key, version, response, context);
  if (kept) return replay(kept, request, hooks.compression);
  return answerConditional(request, response, compressionVariant(request, hooks.compression));
}
