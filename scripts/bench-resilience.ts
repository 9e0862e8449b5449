// How long a request waits on a dependency that is down: the wall-clock figures that used to be
// test assertions (issue 15), measured here on the real modules and printed, never asserted, since
// a shared 2-core machine makes any fixed bound either loose or flaky. The tests keep the
// behaviour (a miss, a refusal, the breaker opening, nothing reaching the wire once it is open).
//   - the Redis cache on a closed port and on a server that accepts but never answers (budget 100 ms a command);
//   - the rate limiter when Redis is unreachable (it counts in process);
//   - the database probe against a server that never answers (deadline 300 ms);
//   - with a build (dist/) and DATABASE_URL: every page type served with Redis down.
// Usage: npm run bench:resilience   (DATABASE_URL=postgres://… for the page figures)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { RateLimiter } from '~/server/cache/rate-limit';
import { RedisCache } from '~/server/cache/redis-cache';
import { RedisConnection } from '~/server/cache/redis-connection';
import { parseConfig } from '~/server/core/config';
import { openDatabase } from '~/server/db/client';
import { pingDb } from '~/server/db/ping';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CLOSED_PORT = 'redis://127.0.0.1:1';

function report(label: string, samples: number[]): void {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!.toFixed(1);
  console.log(
    `[bench] ${label}: median ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${sorted.at(-1)!.toFixed(1)} ms (${samples.length} runs)`,
  );
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** A TCP server that accepts connections and never answers: a hung Redis or PostgreSQL. */
async function blackhole(): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Commands before the breaker opens (each waits for the failure) and after (none reach the wire). */
async function redisCache(label: string, url: string): Promise<void> {
  const rounds = 10;
  const before: number[] = [];
  const after: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const cache = new RedisCache({ url, timeoutMs: 100, breakerFailures: 5, breakerResetMs: 60_000 });
    for (let i = 0; i < 5; i++) before.push(await timed(() => cache.get('k')));
    before.push(await timed(() => cache.set('k', 1, 60)));
    for (let i = 0; i < 20; i++) after.push(await timed(() => cache.get('k')));
    await cache.close();
  }
  report(`redis cache, ${label}, until the breaker opens (budget 100 ms)`, before);
  report(`redis cache, ${label}, breaker open`, after);
}

async function rateLimiter(): Promise<void> {
  const checks: number[] = [];
  const syncs: number[] = [];
  for (let round = 0; round < 5; round++) {
    const redis = new RedisConnection({ url: CLOSED_PORT, timeoutMs: 500, breakerFailures: 5, breakerResetMs: 60_000 });
    const limiter = new RateLimiter({ limitPerMinute: 2, redis, syncMs: 60_000 });
    for (let i = 0; i < 8; i++) {
      // A request's check never waits on Redis; the background sync is what meets the outage.
      checks.push(await timed(async () => limiter.check('192.0.2.0/24')));
      syncs.push(await timed(() => limiter.sync()));
    }
    await redis.close();
  }
  report('rate limiter check, Redis on a closed port (decided in process)', checks);
  report('rate limiter background sync, Redis on a closed port (timeout 500 ms)', syncs);
}

async function databaseProbe(): Promise<void> {
  const hole = await blackhole();
  const samples: number[] = [];
  try {
    for (let round = 0; round < 5; round++) {
      const hung = await openDatabase(
        parseConfig({ DATABASE_URL: `postgres://postgres@127.0.0.1:${hole.port}/x`, DATABASE_HEALTH_INTERVAL_MS: '0' })
          .database,
      );
      samples.push(await timed(() => pingDb(hung.db, 300).catch(() => undefined)));
      await hung.close();
    }
  } finally {
    await hole.close();
  }
  report('database probe, server that never answers (deadline 300 ms)', samples);
}

/** Every page type from the built server while Redis is down (was a 2 s bound in faults-redis.test.ts). */
async function pagesWithRedisDown(redisUrl: string, label: string): Promise<void> {
  const launcher = path.join(ROOT, 'dist', 'launcher.mjs');
  const databaseUrl = process.env.DATABASE_URL;
  if (!existsSync(launcher) || !databaseUrl) {
    console.log(`[bench] pages, Redis ${label}: skipped (needs npm run build and DATABASE_URL)`);
    return;
  }
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: '127.0.0.1',
      PORT: '0',
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
    },
  });
  try {
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000);
      child.stdout.on('data', (d) => {
        out += d;
        const match = /serving on (http:\/\/\S+)/.exec(out);
        if (match) {
          clearTimeout(timer);
          resolve(match[1]!);
        }
      });
      child.stderr.on('data', (d) => (out += d));
      child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
    });
    const pages = ['/', '/texas', '/texas/dallas', '/texas/houston/12-month', '/zip/75201', '/api/zip/75201'];
    const samples: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const p of pages)
        samples.push(await timed(async () => (await fetch(`${url}${p}`, { redirect: 'manual' })).arrayBuffer()));
    }
    report(`pages, Redis ${label} (${pages.length} page types)`, samples);
  } finally {
    child.kill('SIGTERM');
  }
}

// Redis trouble is logged once per outage; here it is expected.
const warn = console.warn;
console.warn = () => undefined;
try {
  await redisCache('closed port', CLOSED_PORT);
  const hole = await blackhole();
  try {
    await redisCache('server that never answers', `redis://127.0.0.1:${hole.port}`);
    await rateLimiter();
    await databaseProbe();
    await pagesWithRedisDown(CLOSED_PORT, 'on a closed port');
    await pagesWithRedisDown(`redis://127.0.0.1:${hole.port}`, 'that never answers');
  } finally {
    await hole.close();
  }
} finally {
  console.warn = warn;
}
