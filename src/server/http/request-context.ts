import { AsyncLocalStorage } from 'node:async_hooks';
import type { CacheTimingEntry } from '../cache';

/** Per-request state that deep layers may add to without threading it through every call. */
export interface RequestContext {
  /** Cache hits and misses, reported in the Server-Timing header. */
  timing: CacheTimingEntry[];
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with a fresh request context (the middleware does this once per request). */
export const withRequestContext = <T>(fn: () => T): T => storage.run({ timing: [] }, fn);

/** The current request's context, or undefined outside a request (scripts, tests). */
export const requestContext = (): RequestContext | undefined => storage.getStore();
