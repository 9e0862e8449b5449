import type { Server } from 'node:http';
import { runShutdownHooks } from '~/server/core/lifecycle';

/** How a graceful stop went: whether every in-flight request finished, and how long it took. */
export interface DrainResult {
  drained: boolean;
  ms: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * Stops a server gracefully within `deadlineMs`: it stops accepting connections, closes idle
 * keep-alive connections (and each busy one as soon as its response is sent), and lets
 * in-flight requests finish; at the deadline the rest are cut. Then the shutdown hooks run
 * (analytics flushed, then the database closed) in whatever time is left, at least a second,
 * so a dead database cannot hold the process past its deadline for long.
 */
export async function drainAndClose(server: Server, deadlineMs: number): Promise<DrainResult> {
  const started = performance.now();
  const closed = new Promise<boolean>((resolve) => server.close(() => resolve(true)));
  server.closeIdleConnections();
  // Node closes a busy keep-alive connection once its response ends while the server is closing;
  // asking again every 100 ms also catches connections that went idle between responses.
  const sweep = setInterval(() => server.closeIdleConnections(), 100);
  sweep.unref();
  const drained = await Promise.race([closed, sleep(deadlineMs).then(() => false)]);
  clearInterval(sweep);
  if (!drained) server.closeAllConnections();
  const left = Math.max(1_000, deadlineMs - (performance.now() - started));
  const errors = await Promise.race([
    runShutdownHooks(),
    sleep(left).then(() => [new Error('shutdown hooks ran out of time')]),
  ]);
  for (const error of errors) console.error('[stop] shutdown hook failed:', error);
  return { drained, ms: Math.round(performance.now() - started) };
}
