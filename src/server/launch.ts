import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig } from './config';
import { projectRoot } from './db/paths';
import { runShutdownHooks } from './lifecycle';

interface AstroEntry {
  startServer(): { server: { server: Server; stop(): Promise<void> }; done: Promise<void> };
}

/**
 * Starts the built Node server: validates the environment first (a bad variable stops
 * start-up with a message naming it), then listens, then opens the database once so
 * embedded mode applies its migrations before the first shopper arrives.
 */
export async function launch(env: NodeJS.ProcessEnv = process.env): Promise<{ url: string; stop(): Promise<void> }> {
  const config = parseConfig(env);
  const entry = path.join(projectRoot(), 'dist', 'server', 'entry.mjs');
  if (!existsSync(entry)) throw new Error(`No build found at ${entry}. Run \`npm run build\` first.`);

  // The adapter reads these itself; the config layer supplies validated defaults.
  process.env.PORT = String(config.port);
  process.env.HOST = config.host;
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { startServer } = (await import(pathToFileURL(entry).href)) as AstroEntry;
  const { server } = startServer();
  await new Promise<void>((resolve, reject) => {
    if (server.server.listening) resolve();
    server.server.once('listening', resolve).once('error', reject);
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  const health = await fetch(`http://127.0.0.1:${port}/api/health`).then(
    (r) => r.json() as Promise<{ status: string; database: { driver: string; error?: string } }>,
    (error: unknown) => ({ status: 'down', database: { driver: config.database.driver, error: String(error) } }),
  );
  const where = config.database.driver === 'pglite' ? `embedded PGlite at ${config.database.dir}` : 'PostgreSQL';
  if (health.status === 'down') {
    console.warn(`[start] ${where} is unreachable (${health.database.error ?? 'unknown error'}); serving anyway`);
  } else {
    console.log(`[start] ${where}: ${health.status}`);
  }

  return {
    url,
    async stop() {
      await server.stop();
      const errors = await runShutdownHooks();
      for (const error of errors) console.error('[stop] shutdown hook failed:', error);
    },
  };
}
