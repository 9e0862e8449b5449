// Shutdown hooks live on globalThis under a registered symbol because the launcher
// (scripts/serve.ts, bundled into dist/launcher.mjs) and the Astro server bundle each get their own copy
// of this module; the symbol gives both copies one shared list.
const KEY = Symbol.for('choosemypower.shutdown-hooks');
type Hook = () => Promise<void> | void;
type Registry = Set<Hook>;

const registry = (): Registry => {
  const g = globalThis as unknown as Record<symbol, Registry | undefined>;
  return (g[KEY] ??= new Set());
};

/** Registers a hook to run on graceful shutdown; returns a function that unregisters it. */
export function onShutdown(hook: Hook): () => void {
  registry().add(hook);
  return () => registry().delete(hook);
}

/** Runs every registered hook once, newest first, collecting (not throwing) failures. */
export async function runShutdownHooks(): Promise<unknown[]> {
  const hooks = [...registry()].reverse();
  registry().clear();
  const errors: unknown[] = [];
  for (const hook of hooks) {
    try {
      await hook();
    } catch (error) {
      errors.push(error);
    }
  }
  return errors;
}
