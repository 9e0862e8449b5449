import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  chooseEncoding,
  compress,
  compressionVariant,
  isCompressible,
  MIN_COMPRESS_BYTES,
  parseAcceptEncoding,
  planCompression,
} from '~/server/http/compress';

const bigHtml = `<!doctype html><title>Plans</title>${'<li>Plan with a 12-month fixed rate</li>'.repeat(100)}`;
const req = (acceptEncoding?: string, method = 'GET') =>
  new Request('http://localhost/', { method, headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} });
const res = (body: string | null, headers: Record<string, string> = {}, status = 200) =>
  new Response(body, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', ...headers } });

describe('chooseEncoding', () => {
  it.each([
    [null, null],
    ['', null],
    ['identity', null],
    ['deflate', null],
    ['gzip', 'gzip'],
    ['x-gzip', 'gzip'],
    ['br', 'br'],
    ['BR', 'br'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['br; q=0 , gzip', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['br;q=0.001', 'br'],
    ['*', 'br'],
    ['*;q=0', null],
    ['br;q=0, *', 'gzip'],
    ['gzip;q=0, *;q=0.5', 'br'],
    ['br;q=abc, gzip', 'gzip'],
    ['gzip;q=1.5', null],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });

  it('reads q-values per coding', () => {
    expect([...parseAcceptEncoding('gzip;q=0.3, BR, identity;q=0')]).toEqual([
      ['gzip', 0.3],
      ['br', 1],
      ['identity', 0],
    ]);
  });
});

describe('isCompressible', () => {
  it.each([
    ['text/html', true],
    ['text/html; charset=utf-8', true],
    ['text/plain;charset=UTF-8', true],
    ['text/css', true],
    ['application/json', true],
    ['application/json; charset=utf-8', true],
    ['application/ld+json', true],
    ['application/xml', true],
    ['application/rss+xml', true],
    ['image/svg+xml', true],
    ['text/event-stream', false],
    ['application/jsonp', false],
    ['application/octet-stream', false],
    ['image/png', false],
    [null, false],
  ])('%s → %s', (type, expected) => {
    expect(isCompressible(type)).toBe(expected);
  });
});

describe('planCompression', () => {
  const base = {
    enabled: true,
    method: 'GET',
    acceptEncoding: 'gzip, br',
    status: 200,
    headers: new Headers({ 'Content-Type': 'text/html' }),
    size: 5000,
  };

  it('compresses a large page for a client that accepts it', () => {
    expect(planCompression(base)).toEqual({ vary: true, encoding: 'br' });
  });

  it.each([
    ['HEAD', { method: 'HEAD' }],
    ['a small body', { size: MIN_COMPRESS_BYTES - 1 }],
    ['a client without br or gzip', { acceptEncoding: null }],
  ])('varies but does not compress for %s', (_, change) => {
    expect(planCompression({ ...base, ...change })).toEqual({ vary: true, encoding: null });
  });

  it.each([
    ['compression off', { enabled: false }],
    ['204', { status: 204 }],
    ['304', { status: 304 }],
    ['an image', { headers: new Headers({ 'Content-Type': 'image/png' }) }],
    ['an encoded body', { headers: new Headers({ 'Content-Type': 'text/html', 'Content-Encoding': 'gzip' }) }],
  ])('leaves %s alone', (_, change) => {
    expect(planCompression({ ...base, ...change })).toEqual({ vary: false, encoding: null });
  });

  it('compresses at the threshold, and when the size is not known yet', () => {
    expect(planCompression({ ...base, size: MIN_COMPRESS_BYTES }).encoding).toBe('br');
    expect(planCompression({ ...base, size: null }).encoding).toBe('br');
  });

  it('also compresses error pages', () => {
    expect(planCompression({ ...base, status: 404 }).encoding).toBe('br');
  });
});

describe('compressionVariant', () => {
  it('names the ETag suffix and Vary of the coding a 200 would get', () => {
    const headers = new Headers({ 'Content-Type': 'text/html' });
    expect(compressionVariant(req('br'), true)(200, headers, 5000)).toEqual({
      etagSuffix: '-br',
      vary: 'Accept-Encoding',
    });
    expect(compressionVariant(req('gzip'), true)(200, headers, 5000)).toEqual({
      etagSuffix: '-gz',
      vary: 'Accept-Encoding',
    });
    expect(compressionVariant(req('br'), true)(200, headers, 10)).toEqual({ vary: 'Accept-Encoding' });
    expect(compressionVariant(req('br', 'HEAD'), true)(200, headers, 5000)).toEqual({ vary: 'Accept-Encoding' });
    expect(compressionVariant(req('br'), false)(200, headers, 5000)).toEqual({});
  });
});

describe('compress', () => {
  it('brotli-compresses a large page: encoding, exact length, Vary, ETag suffix', async () => {
    const out = await compress(req('gzip, br'), res(bigHtml, { ETag: '"abc"', Vary: 'Origin' }), true);
    const bytes = Buffer.from(await out.arrayBuffer());
    expect(out.headers.get('content-encoding')).toBe('br');
    expect(out.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(bytes.byteLength).toBeLessThan(bigHtml.length / 4);
    expect(brotliDecompressSync(bytes).toString()).toBe(bigHtml);
    expect(out.headers.get('vary')).toBe('Origin, Accept-Encoding');
    expect(out.headers.get('etag')).toBe('"abc-br"');
    expect(out.headers.get('content-type')).toBe('text/html; charset=utf-8');
  });

  it('falls back to gzip when br is refused', async () => {
    const out = await compress(req('br;q=0, gzip'), res(bigHtml, { ETag: '"abc"' }), true);
    expect(out.headers.get('content-encoding')).toBe('gzip');
    expect(out.headers.get('etag')).toBe('"abc-gz"');
    expect(gunzipSync(Buffer.from(await out.arrayBuffer())).toString()).toBe(bigHtml);
  });

  it('keeps the status of error pages', async () => {
    const out = await compress(req('gzip'), res(bigHtml, {}, 404), true);
    expect(out.status).toBe(404);
    expect(out.headers.get('content-encoding')).toBe('gzip');
  });

  it('keeps a weak ETag as it is', async () => {
    const out = await compress(req('br'), res(bigHtml, { ETag: 'W/"abc"' }), true);
    expect(out.headers.get('etag')).toBe('W/"abc"');
  });

  it('sends small bodies as they are, with Vary and their length', async () => {
    const out = await compress(req('br'), res('<p>short</p>'), true);
    expect(out.headers.get('content-encoding')).toBeNull();
    expect(out.headers.get('content-length')).toBe('12');
    expect(out.headers.get('vary')).toBe('Accept-Encoding');
    expect(await out.text()).toBe('<p>short</p>');
  });

  it('does not buffer a body whose declared length is below the threshold', async () => {
    const response = res('<p>short</p>', { 'Content-Length': '12' });
    const out = await compress(req('br'), response, true);
    expect(out).toBe(response);
    expect(out.bodyUsed).toBe(false);
  });

  it('never compresses HEAD, but still varies', async () => {
    const response = res(bigHtml);
    const out = await compress(req('br', 'HEAD'), response, true);
    expect(out).toBe(response);
    expect(out.headers.get('content-encoding')).toBeNull();
    expect(out.headers.get('vary')).toBe('Accept-Encoding');
  });

  it.each([
    ['compression is off', req('br'), res(bigHtml), false],
    ['the client accepts neither', req('identity'), res(bigHtml), true],
    ['it is a 304', req('br'), new Response(null, { status: 304, headers: { ETag: '"abc"' } }), true],
    ['it is a 204', req('br'), new Response(null, { status: 204 }), true],
    ['it is already encoded', req('br'), res(bigHtml, { 'Content-Encoding': 'gzip' }), true],
    ['it is an image', req('br'), res(bigHtml, { 'Content-Type': 'image/png' }), true],
  ])('leaves the body alone when %s', async (_, request, response, enabled) => {
    const before = response.headers.get('content-encoding');
    const out = await compress(request, response, enabled);
    expect(out).toBe(response);
    expect(out.bodyUsed).toBe(false);
    expect(out.headers.get('content-encoding')).toBe(before);
  });

  it('adds no Vary when compression is off or the type is not compressible', async () => {
    expect((await compress(req('br'), res(bigHtml), false)).headers.get('vary')).toBeNull();
    expect(
      (await compress(req('br'), res(bigHtml, { 'Content-Type': 'image/png' }), true)).headers.get('vary'),
    ).toBeNull();
  });
});
