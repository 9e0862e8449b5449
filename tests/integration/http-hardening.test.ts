// ETag/304, compression and request limits, over HTTP against the built server (dist/).
// Raw bytes come from node:http: fetch (undici) would decompress bodies behind our back.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../helpers/server';

let server: RunningServer;
let plain: RunningServer; // COMPRESSION=false
const dirs: string[] = [];
const tempDir = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `cmp-http-${name}-`));
  dirs.push(dir);
  return dir;
};

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** One request on its own connection; `chunks` are written without a Content-Length (chunked). */
function raw(
  base: string,
  target: string,
  init: { method?: string; headers?: Record<string, string>; chunks?: Buffer[] } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = httpRequest(
      `${base}${target}`,
      { method: init.method ?? 'GET', headers: init.headers ?? {}, agent: false },
      (res) => {
        answered = true;
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
        res.on('error', reject);
      },
    );
    // A server that refuses a body may close before the client has sent all of it.
    req.on('error', (error) => (answered ? undefined : reject(error)));
    for (const chunk of init.chunks ?? []) req.write(chunk);
    req.end();
  });
}

const get = (target: string, headers: Record<string, string> = {}) => raw(server.url, target, { headers });
const sha1Tag = (body: Buffer) => `"${createHash('sha1').update(body).digest('base64url')}"`;
const varyOf = (headers: IncomingHttpHeaders) =>
  String(headers.vary ?? '')
    .split(',')
    .map((v) => v.trim().toLowerCase());

beforeAll(async () => {
  // The second server refuses compression and does not need plans: a refused live export and an
  // empty snapshot directory make its first-start import fail at once, and it serves anyway.
  const started = await Promise.allSettled([
    startServer({ PGLITE_DIR: 'memory://', FALLBACK_DIR: tempDir('fallback') }, 120_000),
    startServer(
      {
        PGLITE_DIR: 'memory://',
        FALLBACK_DIR: tempDir('fallback-plain'),
        COMPRESSION: 'false',
        PLANS_EXPORT_URL: 'http://127.0.0.1:9/export.csv',
        PLANS_SNAPSHOT_DIR: tempDir('no-snapshots'),
      },
      120_000,
    ),
  ]);
  const failed = started.find((s) => s.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((s) => (s.status === 'fulfilled' ? s.value.stop() : null)));
    throw failed.reason;
  }
  [server, plain] = started.map((s) => (s as PromiseFulfilledResult<RunningServer>).value) as [
    RunningServer,
    RunningServer,
  ];
}, 180_000);

afterAll(async () => {
  await Promise.all([server?.stop(), plain?.stop()]);
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('ETag and 304 on HTML', () => {
  it('tags the home page with the SHA-1 of its uncompressed bytes', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.byteLength).toBeGreaterThan(1024); // big enough that compression applies below
    expect(res.headers['content-length']).toBe(String(res.body.byteLength));
    expect(res.headers.etag).toBe(sha1Tag(res.body));
    expect(varyOf(res.headers)).toContain('accept-encoding');
  });

  it('answers a repeat with If-None-Match with an empty 304 that keeps ETag, caching and security headers', async () => {
    const first = await get('/');
    const again = await get('/', { 'If-None-Match': first.headers.etag! });
    expect(again.status).toBe(304);
    expect(again.body.byteLength).toBe(0);
    expect(again.headers.etag).toBe(first.headers.etag);
    expect(again.headers['cache-control']).toBe(first.headers['cache-control']);
    expect(again.headers['cache-control']).toContain('s-maxage');
    expect(varyOf(again.headers)).toContain('accept-encoding');
    expect(again.headers['x-content-type-options']).toBe('nosniff');
    expect(again.headers['x-frame-options']).toBe('DENY');
    expect(again.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('matches weakly, in lists and with *; a stale tag gets the page', async () => {
    const { headers, body } = await get('/');
    expect((await get('/', { 'If-None-Match': `"stale", W/${headers.etag}` })).status).toBe(304);
    expect((await get('/', { 'If-None-Match': '*' })).status).toBe(304);
    const stale = await get('/', { 'If-None-Match': '"stale"' });
    expect(stale.status).toBe(200);
    expect(stale.body.equals(body)).toBe(true);
  });

  it('answers HEAD with the same ETag and length and no body, never compressed', async () => {
    const page = await get('/');
    const head = await raw(server.url, '/', { method: 'HEAD', headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(head.status).toBe(200);
    expect(head.body.byteLength).toBe(0);
    expect(head.headers['content-encoding']).toBeUndefined();
    expect(head.headers.etag).toBe(page.headers.etag);
    expect(head.headers['content-length']).toBe(String(page.body.byteLength));
    const revalidated = await raw(server.url, '/', {
      method: 'HEAD',
      headers: { 'If-None-Match': page.headers.etag! },
    });
    expect(revalidated.status).toBe(304);
  });

  it('does not tag JSON', async () => {
    const res = await get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.headers.etag).toBeUndefined();
  });
});

describe('compression', () => {
  it('sends brotli to a client that accepts br; it decompresses to the plain page', async () => {
    const plainPage = await get('/');
    const res = await get('/', { 'Accept-Encoding': 'br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(varyOf(res.headers)).toContain('accept-encoding');
    expect(res.headers['content-length']).toBe(String(res.body.byteLength));
    expect(res.body.byteLength).toBeLessThan(plainPage.body.byteLength / 2);
    expect(brotliDecompressSync(res.body).equals(plainPage.body)).toBe(true);
    expect(res.headers.etag).toBe(plainPage.headers.etag!.replace(/"$/, '-br"'));
  });

  it('sends gzip when br is refused', async () => {
    const plainPage = await get('/');
    const res = await get('/', { 'Accept-Encoding': 'br;q=0, gzip' });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(res.body).equals(plainPage.body)).toBe(true);
    expect(res.headers.etag).toBe(plainPage.headers.etag!.replace(/"$/, '-gz"'));
  });

  it('revalidates any variant and answers with the tag of the encoding the client gets now', async () => {
    const gz = await get('/', { 'Accept-Encoding': 'gzip' });
    const res = await get('/', { 'Accept-Encoding': 'gzip, br', 'If-None-Match': gz.headers.etag! });
    expect(res.status).toBe(304);
    expect(res.body.byteLength).toBe(0);
    expect(res.headers.etag).toMatch(/-br"$/);
    expect(res.headers.etag!.replace('-br"', '-gz"')).toBe(gz.headers.etag);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('sends the plain page when the client accepts neither', async () => {
    const res = await get('/', { 'Accept-Encoding': 'identity' });
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.body.toString('utf8')).toMatch(/^<!DOCTYPE html>/i);
  });

  it('is off with COMPRESSION=false: no encoding and no Vary on Accept-Encoding', async () => {
    const res = await raw(plain.url, '/', { headers: { 'Accept-Encoding': 'br, gzip' } });
    expect(res.status).toBe(200);
    expect(res.body.byteLength).toBeGreaterThan(1024);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(varyOf(res.headers)).not.toContain('accept-encoding');
    expect(res.body.toString('utf8')).toMatch(/^<!DOCTYPE html>/i);
    expect(res.headers.etag).toBe(sha1Tag(res.body));
  });
});

describe('request limits', () => {
  const send = (target: string, init: RequestInit = {}) =>
    fetch(`${server.url}${target}`, { redirect: 'manual', ...init });

  it('refuses a 17 KB body with 413', async () => {
    const res = await send('/', {
      method: 'POST',
      headers: { Origin: server.url, 'Content-Type': 'application/octet-stream' },
      body: 'a'.repeat(17 * 1024),
    });
    expect(res.status).toBe(413);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('larger than 16384 bytes');
  });

  it('refuses a chunked body over the limit with 413', async () => {
    const chunk = Buffer.alloc(6 * 1024, 'a');
    const res = await raw(server.url, '/', {
      method: 'POST',
      headers: { Origin: server.url, 'Content-Type': 'application/octet-stream' },
      chunks: [chunk, chunk, chunk],
    });
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
  });

  it('refuses a 3,000-character URL with 414 and serves a 2,000-character one', async () => {
    const long = await send(`/?q=${'a'.repeat(3000)}`);
    expect(long.status).toBe(414);
    expect(await long.text()).toContain('longer than 2048 characters');
    expect((await send(`/?q=${'a'.repeat(2000)}`)).status).toBe(200);
  });

  it('refuses DELETE with 405 and Allow, on pages and on /api', async () => {
    const page = await send('/', { method: 'DELETE', headers: { Origin: server.url } });
    expect(page.status).toBe(405);
    expect(page.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(page.headers.get('content-type')).toContain('text/html');
    const api = await send('/api/health', { method: 'DELETE', headers: { Origin: server.url } });
    expect(api.status).toBe(405);
    expect(api.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(await api.json()).toMatchObject({ error: { code: 'method_not_allowed' } });
  });

  it('refuses a cross-origin POST with 403 (ours, with security headers)', async () => {
    const res = await send('/', {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(403);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await res.text()).toContain('Cross-origin requests that change data are not accepted.');
  });

  it('answers OPTIONS with 204 and Allow', async () => {
    const res = await send('/', { method: 'OPTIONS' });
    expect(res.status).toBe(204);
    expect(res.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
  });

  it('still redirects non-canonical page URLs, now with security headers', async () => {
    const res = await send('/Texas?x=1');
    expect(res.status).toBe(301);
    expect(res.headers.get('location')).toBe('/texas?x=1');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
