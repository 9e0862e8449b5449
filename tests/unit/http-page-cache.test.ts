import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { hitAnswer, PageCache, pageKey, replay } from '~/server/http/page-cache';
import type { RequestContext } from '~/server/context/request-context';

const HTML = `<!doctype html><title>Dallas</title>${'<p>plan</p>'.repeat(400)}`;
const TAG = '"abc123"';

const context = (overrides: Partial<RequestContext> = {}): RequestContext => ({
  timing: [],
  dataVersions: new Set([7]),
  cacheable: true,
  clientAddress: undefined,
  events: [],
  ...overrides,
});
const rendered = (headers: Record<string, string> = {}, status = 200) =>
  new Response(HTML, {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      etag: TAG,
      'cache-control': 'public, s-maxage=300',
      ...headers,
    },
  });
const request = (headers: Record<string, string> = {}, method = 'GET') =>
  new Request('http://localhost/texas/dallas', { method, headers });
const key = pageKey(7, new URL('http://localhost/texas/dallas'));

async function kept(ctx = context(), response = rendered()) {
  const pages = new PageCache(1024 * 1024);
  const sent = await pages.keep(key, 7, response, ctx);
  return { pages, sent, page: pages.get(key) };
}

describe('PageCache.keep', () => {
  it('keeps a 200 from a page-profile route built from exactly the version it is filed under', async () => {
    const { sent, page } = await kept(context({ events: [{ eventType: 'filter', citySlug: 'dallas' }] }));
    // keep() hands back the kept page, which the caller replays (as a hit would be).
    expect(sent).toBe(page);
    expect(new TextDecoder().decode(page!.body)).toBe(HTML);
    expect(page?.etag).toBe(TAG);
    expect(page?.events).toEqual([{ eventType: 'filter', citySlug: 'dallas' }]);
    expect(Object.fromEntries(page!.headers)).not.toHaveProperty('etag');
  });

  it.each([
    ['a route that did not choose the page profile', context({ cacheable: false }), rendered()],
    [
      'a page built from two data versions (a sync committed mid-render)',
      context({ dataVersions: new Set([7, 8]) }),
      rendered(),
    ],
    ['a page built from another version', context({ dataVersions: new Set([8]) }), rendered()],
    ['a page that read no data version', context({ dataVersions: new Set() }), rendered()],
    ['a 404', context(), rendered({}, 404)],
    ['a response setting a cookie', context(), rendered({ 'set-cookie': 'a=b' })],
  ])('does not keep %s', async (_name, ctx, response) => {
    const { sent, page } = await kept(ctx, response);
    expect(page).toBeUndefined();
    expect(sent).toBeNull();
    expect(await response.text()).toBe(HTML); // the response itself is left unread, to go out whole
  });

  it('evicts the least recently used page beyond its byte bound', async () => {
    const pages = new PageCache(Buffer.byteLength(HTML) * 3);
    for (let v = 1; v <= 5; v++) await pages.keep(`k${v}`, v, rendered(), context({ dataVersions: new Set([v]) }));
    expect(pages.get('k1')).toBeUndefined();
    expect(pages.get('k5')).toBeDefined();
  });
});

describe('replay', () => {
  it('answers like the render path: identity body with its ETag and Vary', async () => {
    const { page } = await kept();
    const res = await replay(page!, request(), true);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(HTML);
    expect(res.headers.get('etag')).toBe(TAG);
    expect(res.headers.get('vary')).toBe('Accept-Encoding');
    expect(res.headers.get('cache-control')).toBe('public, s-maxage=300');
  });

  it('compresses once per coding and reuses the copy, with the suffixed tag', async () => {
    const { page } = await kept();
    const a = await replay(page!, request({ 'accept-encoding': 'gzip' }), true);
    const copy = page!.encoded.gzip;
    const b = await replay(page!, request({ 'accept-encoding': 'gzip' }), true);
    expect(page!.encoded.gzip).toBe(copy);
    expect(a.headers.get('content-encoding')).toBe('gzip');
    expect(a.headers.get('etag')).toBe('"abc123-gz"');
    const bytes = Buffer.from(await b.arrayBuffer());
    expect(b.headers.get('content-length')).toBe(String(bytes.byteLength));
    expect(gunzipSync(bytes).toString()).toBe(HTML);
  });

  it('sends plain bytes when compression is off', async () => {
    const { page } = await kept();
    const res = await replay(page!, request({ 'accept-encoding': 'br' }), false);
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(await res.text()).toBe(HTML);
  });

  it('answers 304 to any variant of its tag, naming the variant this client would get', async () => {
    const { page } = await kept();
    const res = await replay(page!, request({ 'if-none-match': '"abc123-gz"', 'accept-encoding': 'br' }), true);
    expect(res.status).toBe(304);
    expect(res.headers.get('etag')).toBe('"abc123-br"');
    expect(res.headers.get('cache-control')).toBe('public, s-maxage=300');
    expect(await res.text()).toBe('');
    expect((await replay(page!, request({ 'if-none-match': '"other"' }), true)).status).toBe(200);
  });

  it('answers HEAD with the headers and no body', async () => {
    const { page } = await kept();
    const res = await replay(page!, request({}, 'HEAD'), true);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-length')).toBe(String(Buffer.byteLength(HTML)));
    expect(await res.text()).toBe('');
  });
});

describe('hitAnswer builds each kind of answer once per page', () => {
  const hit = (acceptEncoding: string | null, ifNoneMatch: string | null = null, method = 'GET') => ({
    method,
    acceptEncoding,
    ifNoneMatch,
  });

  it('shares one header list between requests that get the same representation, and no more', async () => {
    const { page } = await kept();
    const gz1 = await hitAnswer(page!, hit('gzip'), true);
    const gz2 = await hitAnswer(page!, hit('gzip, deflate'), true);
    const br = await hitAnswer(page!, hit('br'), true);
    const plain = await hitAnswer(page!, hit(null), true);
    const head = await hitAnswer(page!, hit(null, null, 'HEAD'), true);
    const fresh = await hitAnswer(page!, hit('gzip', TAG), true);
    expect(gz2.headers).toBe(gz1.headers);
    expect(head.headers).toBe(plain.headers);
    expect(Object.isFrozen(gz1.headers)).toBe(true);
    const get = (list: typeof gz1.headers, name: string) => list.find(([n]) => n === name)?.[1];
    expect(get(gz1.headers, 'content-encoding')).toBe('gzip');
    expect(get(gz1.headers, 'etag')).toBe('"abc123-gz"');
    expect(get(gz1.headers, 'content-length')).toBe(String(gz1.body!.byteLength));
    expect(gunzipSync(gz2.body!).toString()).toBe(HTML);
    expect(get(br.headers, 'etag')).toBe('"abc123-br"');
    expect(get(plain.headers, 'content-length')).toBe(String(Buffer.byteLength(HTML)));
    expect(get(plain.headers, 'vary')).toBe('Accept-Encoding');
    expect(head.body).toBeNull();
    expect(fresh.status).toBe(304);
    expect(get(fresh.headers, 'etag')).toBe('"abc123-gz"');
    expect(get(fresh.headers, 'content-length')).toBeUndefined();
    expect(new Set([gz1.headers, br.headers, plain.headers, fresh.headers]).size).toBe(4);
  });
});
