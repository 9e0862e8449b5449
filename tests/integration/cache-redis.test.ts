import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RedisCache } from '~/server/cache/redis-cache';
import { RedisConnection } from '~/server/cache/redis-connection';

// Real Redis (CI starts it); every key of this run lives under a unique prefix, removed at the end.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const REDIS_PORT = Number(new URL(REDIS_URL).port || 6379);
const REDIS_HOST = new URL(REDIS_URL).hostname;
const PREFIX = `cmp:test-${randomBytes(6).toString('hex')}:`;

const admin = new RedisConnection({
  url: REDIS_URL,
  timeoutMs: 2_000,
  breakerFailures: 1_000,
  breakerResetMs: 100,
  keyPrefix: '',
});

const opened: { close(): Promise<void> }[] = [];
function cacheFor(url: string, options: { timeoutMs?: number; breakerResetMs?: number; retryMaxMs?: number } = {}) {
  const cache = new RedisCache({
    url,
    timeoutMs: options.timeoutMs ?? 100,
    breakerFailures: 5,
    breakerResetMs: options.breakerResetMs ?? 60_000,
    retryMaxMs: options.retryMaxMs,
    keyPrefix: PREFIX,
  });
  opened.push(cache);
  return cache;
}

/** True when `promise` settles before any I/O callback can run, i.e. without waiting on the network. */
async function settlesWithoutIo(promise: Promise<unknown>): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await new Promise((resolve) => setImmediate(resolve));
  return settled;
}

type Mode = 'forward' | 'refuse' | 'stall';

/** A TCP proxy in front of the real Redis that can refuse connections or swallow commands. */
async function startProxy(initial: Mode) {
  let mode = initial;
  const sockets = new Set<net.Socket>();
  const swallowed: Buffer[] = [];
  let accepted = 0;
  const track = (socket: net.Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
  };
  const server = net.createServer((client) => {
    accepted += 1;
    track(client);
    if (mode === 'refuse') return void client.destroy();
    const upstream = net.connect(REDIS_PORT, REDIS_HOST);
    track(upstream);
    client.on('data', (chunk) => (mode === 'stall' ? swallowed.push(chunk) : upstream.write(chunk)));
    upstream.on('data', (chunk) => mode === 'forward' && client.write(chunk));
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  return {
    url: `redis://127.0.0.1:${port}`,
    accepted: () => accepted,
    setMode(next: Mode) {
      mode = next;
      if (next === 'refuse') for (const socket of sockets) socket.destroy();
    },
    /** How many times `text` appeared in the bytes swallowed while stalled. */
    swallowedCount: (text: string) => Buffer.concat(swallowed).toString('latin1').split(text).length - 1,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Degraded-mode messages are expected here; they are counted, not printed. */
const silenceWarn = () => vi.spyOn(console, 'warn').mockImplementation(() => undefined);

beforeAll(async () => {
  await admin.run((c) => c.ping());
});
afterEach(async () => {
  await Promise.all(opened.splice(0).map((c) => c.close()));
});
afterAll(async () => {
  const keys = await admin.run((c) => c.keys(`${PREFIX}*`));
  if (keys.length > 0) await admin.run((c) => c.unlink(...keys));
  await admin.close();
});

describe('RedisCache on a working Redis', () => {
  it('stores JSON under the cmp: prefix with SET … EX and reads it back', async () => {
    const cache = cacheFor(REDIS_URL, { timeoutMs: 1_000 });
    await cache.set('plans:v1:a', { plans: [{ id: 'p1', rate: 12.3 }] }, 30);
    expect(await cache.get('plans:v1:a')).toEqual({ plans: [{ id: 'p1', rate: 12.3 }] });
    const raw = await admin.run((c) => c.get(`${PREFIX}plans:v1:a`));
    expect(raw).toBe('{"plans":[{"id":"p1","rate":12.3}]}');
    const ttl = await admin.run((c) => c.pttl(`${PREFIX}plans:v1:a`));
    expect(ttl).toBeGreaterThan(28_000);
    expect(ttl).toBeLessThanOrEqual(30_000);
    expect(cache.status()).toEqual({ backend: 'redis', healthy: true, breaker: 'closed' });
  });

  it('misses on absent, deleted, expired and non-JSON keys', async () => {
    const cache = cacheFor(REDIS_URL, { timeoutMs: 1_000 });
    expect(await cache.get('absent')).toBeUndefined();
    await cache.set('gone', 1, 30);
    expect(await cache.get('gone')).toBe(1);
    await cache.delete('gone');
    expect(await cache.get('gone')).toBeUndefined();
    await admin.run((c) => c.set(`${PREFIX}garbage`, 'not json{', 'EX', 30));
    expect(await cache.get('garbage')).toBeUndefined();
    await cache.set('short', { a: 1 }, 1);
    expect(await cache.get('short')).toEqual({ a: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(await cache.get('short')).toBeUndefined();
  });
});

// How long a command waits while Redis is down is a bench figure (npm run bench:resilience):
// wall-clock bounds on a shared machine are either loose or flaky. A command that never settled
// would still fail these tests, on the test timeout.
describe('RedisCache when Redis is down', () => {
  it('on a closed port: misses, opens the breaker after 5 failures, then skips the network', async () => {
    const warn = silenceWarn();
    const cache = cacheFor('redis://127.0.0.1:1');
    for (let i = 1; i <= 5; i++) {
      expect(await cache.get('k')).toBeUndefined();
      expect(cache.status().breaker).toBe(i < 5 ? 'closed' : 'open');
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/circuit open/);
    for (let i = 0; i < 20; i++) {
      const get = cache.get('k');
      expect(await settlesWithoutIo(get)).toBe(true);
      expect(await get).toBeUndefined();
      expect(await settlesWithoutIo(cache.set('k', 1, 60))).toBe(true);
      expect(await settlesWithoutIo(cache.delete('k'))).toBe(true);
    }
    const status = cache.status();
    expect(status).toMatchObject({ backend: 'redis', healthy: false, breaker: 'open' });
    expect(status.error).toMatch(/ECONNREFUSED/);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('on a server that accepts but never answers: each command settles as a miss, and the breaker opens', async () => {
    const warn = silenceWarn();
    const sockets = new Set<net.Socket>();
    const blackhole = net.createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => blackhole.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = blackhole.address() as net.AddressInfo;
      const cache = cacheFor(`redis://127.0.0.1:${port}`, { timeoutMs: 100 });
      for (let i = 0; i < 5; i++) expect(await cache.get('k')).toBeUndefined();
      await cache.set('k', 1, 60);
      expect(sockets.size).toBeGreaterThan(0);
      expect(cache.status()).toMatchObject({ healthy: false, breaker: 'open' });
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => blackhole.close(resolve));
    }
  });

  it('when Redis hangs mid-connection: commands time out, and once open none reach the wire', async () => {
    const warn = silenceWarn();
    const proxy = await startProxy('forward');
    try {
      const cache = cacheFor(proxy.url, { timeoutMs: 100 });
      await cache.set('hang', 'before', 60);
      expect(await cache.get('hang')).toBe('before');
      proxy.setMode('stall');
      for (let i = 0; i < 5; i++) expect(await cache.get('hang')).toBeUndefined();
      expect(cache.status().breaker).toBe('open');
      expect(proxy.swallowedCount(`${PREFIX}hang`)).toBe(5);
      for (let i = 0; i < 20; i++) expect(await settlesWithoutIo(cache.get('hang'))).toBe(true);
      expect(proxy.swallowedCount(`${PREFIX}hang`)).toBe(5);
      expect(warn).toHaveBeenCalledTimes(1);
    } finally {
      await proxy.close();
    }
  });
});

describe('RedisCache recovery', () => {
  it('closes the breaker again once Redis answers after the reset time, logging once each way', async () => {
    const warn = silenceWarn();
    const proxy = await startProxy('refuse');
    try {
      const cache = cacheFor(proxy.url, { timeoutMs: 100, breakerResetMs: 300, retryMaxMs: 50 });
      for (let i = 0; i < 5; i++) expect(await cache.get('back')).toBeUndefined();
      expect(cache.status()).toMatchObject({ healthy: false, breaker: 'open' });
      expect(proxy.accepted()).toBeGreaterThan(0);
      await admin.run((c) => c.set(`${PREFIX}back`, '"value"', 'EX', 60));
      proxy.setMode('forward');
      // Still open: the breaker waits out resetMs even though Redis is back.
      expect(await cache.get('back')).toBeUndefined();
      expect(cache.status().breaker).toBe('open');
      let value: unknown;
      const deadline = performance.now() + 5_000;
      while (value === undefined && performance.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        value = await cache.get('back');
      }
      expect(value).toBe('value');
      expect(cache.status()).toEqual({ backend: 'redis', healthy: true, breaker: 'closed' });
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([
        expect.stringMatching(/circuit open/),
        expect.stringMatching(/circuit closed/),
      ]);
    } finally {
      await proxy.close();
    }
  });
});
