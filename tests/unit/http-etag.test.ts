import { describe, expect, it } from 'vitest';
import {
  appendVary,
  ifNoneMatchMatches,
  parseIfNoneMatch,
  strongEtag,
  withEtag,
  withEtagSuffix,
} from '~/server/http/etag';

const enc = (s: string) => new TextEncoder().encode(s);
const html = '<!doctype html><title>x</title><p>hello</p>';
// sha1("hello"), written out so the test does not reuse the code under test
const HELLO = `"${Buffer.from('aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d', 'hex').toString('base64url')}"`;

const page = (body: string | null = html, init: ResponseInit = {}) =>
  new Response(body, {
    status: 200,
    ...init,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'public, max-age=0, s-maxage=300',
      'Netlify-CDN-Cache-Control': 'public, s-maxage=300',
      'X-Extra': 'dropped on 304',
      ...(init.headers as Record<string, string> | undefined),
    },
  });
const get = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('http://localhost/', { method, headers });

describe('strongEtag', () => {
  it('is the quoted base64url SHA-1 of the bytes', () => {
    expect(strongEtag(enc('hello'))).toBe(HELLO);
    expect(HELLO).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });

  it('changes with the body', () => {
    expect(strongEtag(enc('hello!'))).not.toBe(HELLO);
  });
});

describe('withEtagSuffix', () => {
  it('puts the suffix inside the quotes of a strong tag', () => {
    expect(withEtagSuffix('"abc"', '-br')).toBe('"abc-br"');
    expect(withEtagSuffix('"abc"', '')).toBe('"abc"');
  });

  it('leaves weak or malformed tags alone', () => {
    expect(withEtagSuffix('W/"abc"', '-gz')).toBe('W/"abc"');
    expect(withEtagSuffix('abc', '-gz')).toBe('abc');
  });
});

describe('parseIfNoneMatch', () => {
  it('reads lists, drops W/ and keeps commas inside tags', () => {
    expect(parseIfNoneMatch('"a", W/"b" ,"c,d",W/"e"')).toEqual(['"a"', '"b"', '"c,d"', '"e"']);
  });

  it('knows * and nothing', () => {
    expect(parseIfNoneMatch(' * ')).toBe('*');
    expect(parseIfNoneMatch(null)).toEqual([]);
    expect(parseIfNoneMatch('')).toEqual([]);
    expect(parseIfNoneMatch('abc, def')).toEqual([]);
  });
});

describe('ifNoneMatchMatches', () => {
  const tag = '"abc"';
  it.each([
    ['"abc"', true],
    ['W/"abc"', true],
    ['"x", "abc"', true],
    ['"x",W/"abc-br"', true],
    ['"abc-gz"', true],
    ['"abc-br"', true],
    ['*', true],
    ['"abc-xx"', false],
    ['"ab"', false],
    ['"ABC"', false],
    ['abc', false],
    ['"x", "y"', false],
    ['', false],
  ])('%s → %s', (header, expected) => {
    expect(ifNoneMatchMatches(header, tag)).toBe(expected);
  });

  it('does not match without the header', () => {
    expect(ifNoneMatchMatches(null, tag)).toBe(false);
  });
});

describe('appendVary', () => {
  it.each([
    [null, 'Accept-Encoding'],
    ['Origin', 'Origin, Accept-Encoding'],
    ['origin, accept-encoding', 'origin, accept-encoding'],
    ['*', '*'],
  ])('%s → %s', (current, expected) => {
    const headers = new Headers(current ? { Vary: current } : {});
    appendVary(headers, 'Accept-Encoding');
    expect(headers.get('vary')).toBe(expected);
  });
});

describe('withEtag', () => {
  it('tags a 200 HTML page and keeps its body, with Content-Length', async () => {
    const res = await withEtag(get(), page());
    expect(res.status).toBe(200);
    expect(res.headers.get('etag')).toBe(strongEtag(enc(html)));
    expect(res.headers.get('content-length')).toBe(String(enc(html).byteLength));
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toBe(html);
  });

  it('tags HEAD like GET', async () => {
    const res = await withEtag(get({}, 'HEAD'), page());
    expect(res.headers.get('etag')).toBe(strongEtag(enc(html)));
  });

  it('answers a matching If-None-Match with an empty 304 that keeps the cache headers', async () => {
    const tag = strongEtag(enc(html));
    const res = await withEtag(
      get({ 'If-None-Match': `"other", W/${tag}` }),
      page(html, { headers: { Vary: 'Origin' } }),
    );
    expect(res.status).toBe(304);
    expect(res.body).toBeNull();
    expect(res.headers.get('etag')).toBe(tag);
    expect(res.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=300');
    expect(res.headers.get('netlify-cdn-cache-control')).toBe('public, s-maxage=300');
    expect(res.headers.get('vary')).toBe('Origin');
    expect(res.headers.get('content-type')).toBeNull();
    expect(res.headers.get('x-extra')).toBeNull();
  });

  it('answers * with 304', async () => {
    expect((await withEtag(get({ 'If-None-Match': '*' }), page())).status).toBe(304);
  });

  it('gives a 304 the tag and Vary of the encoded representation the client would get', async () => {
    const tag = strongEtag(enc(html));
    const seen: number[] = [];
    const res = await withEtag(
      get({ 'If-None-Match': withEtagSuffix(tag, '-gz') }),
      page(),
      (status, headers, size) => {
        seen.push(status, size);
        expect(headers.get('content-type')).toContain('text/html');
        return { etagSuffix: '-br', vary: 'Accept-Encoding' };
      },
    );
    expect(seen).toEqual([200, enc(html).byteLength]);
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe(withEtagSuffix(tag, '-br'));
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
  });

  it('sends the page when If-None-Match names another tag', async () => {
    const res = await withEtag(get({ 'If-None-Match': '"stale"' }), page());
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(html);
  });

  it.each([
    ['a POST', get({}, 'POST'), page()],
    ['a 404', get(), page(html, { status: 404 })],
    ['JSON', get(), new Response('{}', { headers: { 'Content-Type': 'application/json' } })],
    ['a response with its own ETag', get(), page(html, { headers: { ETag: '"mine"' } })],
    ['an encoded body', get(), page(html, { headers: { 'Content-Encoding': 'gzip' } })],
    ['no body', get(), page(null)],
  ])('leaves %s alone', async (_, request, response) => {
    const res = await withEtag(request, response);
    expect(res).toBe(response);
    expect(res.bodyUsed).toBe(false);
  });
});
