// Renders .astro components in unit tests with Astro's container API. The plain vitest config has
// no Astro plugin, so .astro files cannot be imported directly; instead this starts a Vite server
// in middleware mode with the project's own Astro config (getViteConfig) and loads both the
// component and the container through it, so they share one Astro runtime. Nothing is written to
// the checkout: the dependency cache goes to a temporary directory that close() removes.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getViteConfig } from 'astro/config';
import type { experimental_AstroContainer } from 'astro/container';
import { createServer } from 'vite';

/** Renders components by their path from the project root, e.g. '/src/components/JsonLd.astro'. */
export interface AstroRenderer {
  render(componentPath: string, props: Record<string, unknown>): Promise<string>;
  close(): Promise<void>;
}

/**
 * Starts the server once per test file (a few seconds); call close() in afterAll. `preload` loads
 * those components (and what they import) now rather than in the first test that renders one, so
 * their module-level code runs outside any test: mutation testing then sees it as static.
 */
export async function createAstroRenderer(preload: readonly string[] = []): Promise<AstroRenderer> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'cmp-astro-render-'));
  const config = await getViteConfig(
    {
      logLevel: 'silent',
      cacheDir,
      appType: 'custom',
      server: { middlewareMode: true, hmr: false, watch: null },
      optimizeDeps: { noDiscovery: true, include: [] },
    },
    { logLevel: 'silent' },
  )({ mode: 'test', command: 'serve' });
  const server = await createServer({ ...config, configFile: false });
  try {
    const { experimental_AstroContainer: Container } = (await server.ssrLoadModule('astro/container')) as {
      experimental_AstroContainer: typeof experimental_AstroContainer;
    };
    const container = await Container.create();
    for (const componentPath of preload) await server.ssrLoadModule(componentPath);
    return {
      async render(componentPath, props) {
        const module = (await server.ssrLoadModule(componentPath)) as {
          default: Parameters<typeof container.renderToString>[0];
        };
        return container.renderToString(module.default, { props });
      },
      async close() {
        await server.close();
        await rm(cacheDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await server.close();
    await rm(cacheDir, { recursive: true, force: true });
    throw new Error('could not start the Astro container', { cause: error });
  }
}
