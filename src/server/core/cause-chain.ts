/**
 * An error and its causes, outermost first. Drivers wrap errors (Drizzle's query error holds
 * postgres.js's, which holds a socket's), and the code that matters is often inside. A chain is
 * followed at most `maxDepth` links, so a cause that points back at its own error cannot loop.
 */
export interface ErrorLink {
  code?: unknown;
  message?: unknown;
  name?: unknown;
}

export function* causeChain(error: unknown, maxDepth = 10): Generator<ErrorLink> {
  let e: unknown = error;
  for (let depth = 0; depth < maxDepth && typeof e === 'object' && e !== null; depth++) {
    yield e as ErrorLink;
    e = (e as { cause?: unknown }).cause;
  }
}

/** Whether any link of the chain carries this code (a SQLSTATE such as `25P02`, or a Node code). */
export function hasCode(error: unknown, code: string): boolean {
  for (const link of causeChain(error)) if (link.code === code) return true;
  return false;
}
