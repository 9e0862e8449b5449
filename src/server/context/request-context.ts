import { AsyncLocalStorage } from 'node:async_hooks';

/** One cache lookup (or page-cache lookup), reported in the Server-Timing header. */
export interface TimingEntry {
  /** What was looked up: the cache key's kind (`city`, `plans`…) or `page`. */
  kind: string;
  result: 'hit' | 'miss';
  durMs: number;
}

/** The events the site records. */
export const EVENT_TYPES = ['zip_lookup', 'plan_view', 'comparison', 'filter'] as const;
/** One of the recorded event types. */
export type EventType = (typeof EVENT_TYPES)[number];

/** What a page or endpoint says happened; the request supplies the rest (see services/analytics). */
export interface TrackedEvent {
  eventType: EventType;
  eventData?: Record<string, unknown>;
  zipCode?: string;
  citySlug?: string;
  /** Only when the caller has one: the site sets no cookies, so there is none by default. */
  sessionId?: string;
}

/**
 * Per-request state that deep layers add to without threading it through every call. It lives
 * in this neutral module so the HTTP layer and the data layers can both reach it without
 * importing each other.
 */
export interface RequestContext {
  /** Cache hits and misses, reported in the Server-Timing header. */
  timing: TimingEntry[];
  /** Data versions the request's catalog reads saw (see catalog/database/data-version.ts). */
  dataVersions: Set<number>;
  /** The route chose the `page` cache profile: its answer depends on the URL and data alone. */
  cacheable: boolean;
  /** Analytics events the route recorded, replayed when the page cache answers instead. */
  events: TrackedEvent[];
  /** The client's address, resolved once (trusted proxies considered); never stored as it is. */
  clientAddress: string | undefined;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a fresh request context (the middleware does this once per request). */
export const withRequestContext = <T>(init: { clientAddress?: string }, fn: () => T): T =>
  storage.run(
    { timing: [], dataVersions: new Set(), cacheable: false, events: [], clientAddress: init.clientAddress },
    fn,
  );

/** The current request's context, or undefined outside a request (scripts, tests). */
export const requestContext = (): RequestContext | undefined => storage.getStore();
