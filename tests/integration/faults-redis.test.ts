import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededDatabase } from '../helpers/seeded';
import { startServer, type RunningServer } from '../helpers/server';

let db: Awaited<ReturnType<typeof seededDatabase>>;
let dir: string;
let planId: string;
let blackhole: Server;
const held: Socket[] = [];

const PAGES = () => [
  '/',
  '/texas',
  '/texas/dallas',
  '/texas/dallas/12-month',
  '/zip/77414',
  '/zip/75201',
  `/plans/${planId}`,
  '/providers',
  '/providers/think-energy',
  '/api/zip/75201',
  '/api/plans?city=houston',
];

beforeAll(async () => {
  const seeded = await seededDatabase(['jan29']);
  db = seeded;
  const handle = seeded.handle;
  const rows = (await handle.db.execute(
    (await import('drizzle-orm')).sql`SELECT id FROM electricity_plans WHERE external_id = '11677'`,
  )) as unknown as { id: string }[];
  planId = rows[0]!.id;
  await handle.close();
  dir = mkdtempSync(path.join(tmpdir(), 'cmp-faults-redis-'));
  // A "Redis" that accepts connections and never answers: the worst kind of dead cache.
  blackhole = createServer((s) => held.push(s));
  await new Promise<void>((r) => blackhole.listen(0, '127.0.0.1', r));
}, 180_000);
afterAll(async () => {
  held.forEach((s) => s.destroy());
  blackhole?.close();
  await db?.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe.each([
  ['a closed port', () => 'redis://127.0.0.1:1'],
  ['a server that never answers', () => `redis://127.0.0.1:${(blackhole.address() as AddressInfo).port}`],
])('Redis at %s', (_label, redisUrl) => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer({ DATABASE_URL: db.url, FALLBACK_DIR: dir, REDIS_URL: redisUrl() });
  }, 120_000);
  afterAll(() => server?.stop());

  it('every page type answers 200 from the database', async () => {
    // How long pages take with Redis down is a bench figure (npm run bench:resilience), not a bound here.
    for (let round = 0; round < 3; round++) {
      for (const p of PAGES()) {
        const res = await fetch(`${server.url}${p}`, { redirect: 'manual' });
        await res.arrayBuffer();
        expect([200, 302], p).toContain(res.status);
      }
    }
  });

  it('health reports the cache as degraded but stays 200', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'degraded', cache: { backend: 'redis', healthy: false } });
  });
});
