import { AsyncLocalStorage } from 'node:async_hooks';
import type { CacheTimingEntry } from '../cache';
import type { TrackedEvent } from '../services/analytics/track-event';

/** Per-request state that deep layers may add to without threading it through every call. */
export interface RequestContext {
  /** Cache hits and misses, reported in the Server-Timing header. */
  timing: CacheTimingEntry[];
  /** Data versions the request's services read from the database (see services/data-version). */
  dataVersions: Set<number>;
  /** The route chose the `page` cache profile: its answer depends on the URL and data alone. */
  cacheable: boolean;
  /** Analytics events the route recorded, replayed when the page cache answers instead. */
  events: TrackedEvent[];
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a fresh request context (the middleware does this once per request). */
export const withRequestContext = <T>(fn: () => T): T =>
  storage.run({ timing: [], dataVersions: new Set(), cacheable: false, events: [] }, fn);

/** The current request's context, or undefined outside a request (scripts, tests). */
export const requestContext = (): RequestContext | undefined => storage.getStore();
