import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseConfig, type AppConfig } from '~/server/core/config';
import { projectRoot } from '~/server/db/paths';
import { createNodeServer, type AstroNodeHandler } from './node-server';
import { onShutdown } from '~/server/core/lifecycle';
import { drainAndClose, type DrainResult } from './drain';
import { loadStaticFiles } from './static-files';

interface AstroEntry {
  handler: AstroNodeHandler;
}

/**
 * Starts the built Node server: validates the environment first (a bad variable stops
 * start-up with a message naming it), then listens, then opens the database once so
 * embedded mode applies its migrations before the first shopper arrives.
 */
export async function launch(
  env: NodeJS.ProcessEnv = process.env,
): Promise<{ url: string; stop(): Promise<DrainResult> }> {
  const config = parseConfig(env);
  const entry = path.join(projectRoot(), 'dist', 'server', 'entry.mjs');
  if (!existsSync(entry)) throw new Error(`No build found at ${entry}. Run \`npm run build\` first.`);
  if (config.database.driver === 'pglite') await seedEmbeddedDatabase(config);

  // The adapter reads these itself; the config layer supplies validated defaults.
  process.env.PORT = String(config.port);
  process.env.HOST = config.host;
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const { handler } = (await import(pathToFileURL(entry).href)) as AstroEntry;
  const staticFiles = loadStaticFiles(path.join(projectRoot(), 'dist', 'client'), { compress: config.compression });
  const server = createNodeServer(handler, { siteUrl: env.SITE_URL, staticFiles });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve).once('error', reject);
    server.listen(config.port, config.host);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;

  const health = await probeHealth(port);
  const where = config.database.driver === 'pglite' ? `embedded PGlite at ${config.database.dir}` : 'PostgreSQL';
  if (health.status === 'ok' || health.status === 'degraded') console.log(`[start] ${where}: ${health.status}`);
  else console.warn(`[start] ${where} is unreachable (${health.detail}); serving anyway`);
  await startScheduledSync(config);

  return {
    url,
    /** Lets in-flight requests finish within SHUTDOWN_TIMEOUT_MS, flushes analytics, closes the database. */
    stop: () => drainAndClose(server, config.shutdownTimeoutMs),
  };
}

/**
 * A fresh clone has an empty embedded database: import real data once before serving, every
 * recorded export in date order and then the live one (see sync/first-import.ts). This runs
 * before the server opens the directory, because PGlite allows one process per directory. A
 * failure is reported and the site starts anyway, with empty lists rather than not at all.
 */
async function seedEmbeddedDatabase(config: AppConfig): Promise<void> {
  const { openDatabase } = await import('~/server/db/client');
  const { firstImport } = await import('~/server/sync/first-import');
  const started = performance.now();
  const handle = await openDatabase(config.database);
  try {
    if (await firstImport(handle.db, config)) {
      console.log(`[start] initial import done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
  } catch (error) {
    console.warn(
      `[start] initial data import failed, serving without plans: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await handle.close();
  }
}

/**
 * SYNC_SCHEDULE's in-process daily sync, on the server's own database handle. Several
 * instances may run it: the sync's database lock lets one import and the others skip.
 */
async function startScheduledSync(config: AppConfig): Promise<void> {
  const schedule = config.sync.schedule;
  if (!schedule) return;
  const { getDatabase } = await import('~/server/db/client');
  const { startSchedule } = await import('~/server/sync/schedule/start-schedule');
  const { runScheduledSync } = await import('~/server/sync/schedule/scheduled-sync');
  const handle = startSchedule(
    schedule,
    async () => runScheduledSync((await getDatabase()).db, config, { rebuildFallback: true }),
    { onError: (error) => console.warn(`[sync] scheduled sync could not run: ${String(error)}`) },
  );
  onShutdown(() => handle.stop());
  console.log(`[sync] scheduled ${schedule.label}; next at ${handle.nextAt()?.toISOString()}`);
}

/** Asks our own /api/health once: opens the database (and migrates PGlite) before traffic. */
async function probeHealth(port: number): Promise<{ status: string; detail: string }> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    const body = (await res.json()) as { status?: string; database?: { error?: string }; error?: { message?: string } };
    return {
      status: body.status ?? `HTTP ${res.status}`,
      detail: body.database?.error ?? body.error?.message ?? `HTTP ${res.status}`,
    };
  } catch (error) {
    return { status: 'down', detail: error instanceof Error ? error.message : String(error) };
  }
}
