import { describe, expect, it } from 'vitest';
import {
  ALLOW,
  bodyExceeds,
  checkLimits,
  declaredLength,
  enforceLimits,
  isCrossOriginWrite,
  isMethodAllowed,
  isUrlTooLong,
  limitResponse,
  MAX_BODY_BYTES,
  MAX_URL_LENGTH,
} from '~/server/http/limits';

const ORIGIN = 'http://localhost:4321';

/** A body stream of `total` bytes (Infinity: endless) in `chunk`-byte chunks, counting what was pulled. */
function byteStream(total: number, chunk = 1024) {
  const state = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const n = Math.min(chunk, total - state.pulled);
      if (n <= 0) return controller.close();
      state.pulled += n;
      controller.enqueue(new Uint8Array(n).fill(97));
    },
  });
  return { stream, state };
}

const request = (
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: ReadableStream<Uint8Array> | string } = {},
) =>
  new Request(`${ORIGIN}${path}`, {
    method: init.method ?? 'GET',
    headers: init.headers ?? {},
    ...(init.body !== undefined ? { body: init.body, duplex: 'half' } : {}),
  } as RequestInit);

const check = (req: Request) => checkLimits(req, new URL(req.url));

describe('isUrlTooLong', () => {
  it('allows exactly the limit and refuses one character more (path and query)', () => {
    const at = new URL(`${ORIGIN}/?q=${'a'.repeat(MAX_URL_LENGTH - 4)}`);
    expect(at.pathname.length + at.search.length).toBe(MAX_URL_LENGTH);
    expect(isUrlTooLong(at)).toBe(false);
    expect(isUrlTooLong(new URL(`${ORIGIN}/?q=${'a'.repeat(MAX_URL_LENGTH - 3)}`))).toBe(true);
    expect(isUrlTooLong(new URL(`${ORIGIN}/${'p'.repeat(3000)}`))).toBe(true);
  });
});

describe('declaredLength', () => {
  it.each([
    ['123', 123],
    [' 42 ', 42],
    ['abc', null],
    ['-1', null],
    ['1e6', null],
  ])('%s → %s', (value, expected) => {
    expect(declaredLength(new Headers({ 'Content-Length': value }))).toBe(expected);
  });

  it('is null without the header', () => {
    expect(declaredLength(new Headers())).toBeNull();
  });
});

describe('isMethodAllowed', () => {
  it.each([
    ['GET', true],
    ['HEAD', true],
    ['OPTIONS', true],
    ['POST', false],
    ['PUT', false],
    ['PATCH', false],
    ['DELETE', false],
    ['TRACE', false],
  ])('%s → %s', (method, expected) => {
    expect(isMethodAllowed(method)).toBe(expected);
  });
});

describe('isCrossOriginWrite', () => {
  const url = new URL(`${ORIGIN}/`);
  it.each([
    ['POST', 'https://evil.example', true],
    ['DELETE', 'https://evil.example', true],
    ['POST', 'null', true],
    ['POST', 'http://localhost:4322', true],
    ['POST', ORIGIN, false],
    ['POST', null, false],
    ['GET', 'https://evil.example', false],
    ['HEAD', 'https://evil.example', false],
    ['OPTIONS', 'https://evil.example', false],
  ])('%s from %s → %s', (method, origin, expected) => {
    expect(isCrossOriginWrite(method, new Headers(origin ? { Origin: origin } : {}), url)).toBe(expected);
  });
});

describe('bodyExceeds', () => {
  it('accepts a body of exactly the limit', async () => {
    expect(await bodyExceeds(byteStream(MAX_BODY_BYTES).stream)).toBe(false);
  });

  it('refuses one byte more', async () => {
    expect(await bodyExceeds(byteStream(MAX_BODY_BYTES + 1).stream)).toBe(true);
  });

  it('stops reading an endless body just past the limit', async () => {
    const { stream, state } = byteStream(Infinity, 1000);
    expect(await bodyExceeds(stream)).toBe(true);
    // One chunk past the limit, plus the one the stream may have queued ahead.
    expect(state.pulled).toBeGreaterThan(MAX_BODY_BYTES);
    expect(state.pulled).toBeLessThanOrEqual(MAX_BODY_BYTES + 2000);
  });
});

describe('checkLimits', () => {
  it('lets GET and HEAD pass', async () => {
    expect(await check(request('/texas/dallas?usage=1000'))).toBeNull();
    expect(await check(request('/', { method: 'HEAD' }))).toBeNull();
    expect(await check(request('/', { method: 'OPTIONS' }))).toBeNull();
  });

  it('refuses a long URL with 414 before anything else', async () => {
    const v = await check(
      request(`/?q=${'a'.repeat(3000)}`, { method: 'DELETE', headers: { 'Content-Length': '99999' } }),
    );
    expect(v?.status).toBe(414);
  });

  it('refuses a declared body over the limit with 413, on any method', async () => {
    expect(
      (await check(request('/', { method: 'POST', headers: { 'Content-Length': String(MAX_BODY_BYTES + 1) } })))
        ?.status,
    ).toBe(413);
    expect((await check(request('/', { headers: { 'Content-Length': '20000' } })))?.status).toBe(413);
  });

  it('reads a chunked body (no Content-Length) and refuses it with 413 when it is over the limit', async () => {
    const { stream } = byteStream(MAX_BODY_BYTES + 1);
    expect((await check(request('/', { method: 'POST', body: stream })))?.status).toBe(413);
  });

  it('answers 400 when a chunked body breaks off', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('aborted'));
      },
    });
    expect(await check(request('/', { method: 'POST', body: broken }))).toMatchObject({ status: 400 });
  });

  it('goes on to the method check for a chunked body within the limit', async () => {
    const { stream } = byteStream(100);
    expect((await check(request('/', { method: 'POST', body: stream })))?.status).toBe(405);
  });

  it('trusts a declared length within the limit and leaves the body unread', async () => {
    const req = request('/', { method: 'POST', headers: { Origin: ORIGIN, 'Content-Length': '2' }, body: '{}' });
    expect((await check(req))?.status).toBe(405);
    expect(req.bodyUsed).toBe(false);
  });

  it('refuses a cross-origin write with 403, before the method check', async () => {
    const v = await check(request('/', { method: 'POST', headers: { Origin: 'https://evil.example' }, body: '{}' }));
    expect(v).toMatchObject({ status: 403, code: 'forbidden' });
  });

  it('refuses other methods with 405', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE']) {
      const v = await check(request('/api/plans', { method, headers: { Origin: ORIGIN } }));
      expect(v, method).toMatchObject({ status: 405, code: 'method_not_allowed' });
    }
  });
});

describe('responses', () => {
  it('405 carries Allow; pages get HTML and /api gets JSON', async () => {
    const violation = { status: 405, code: 'method_not_allowed', message: 'no' } as const;
    const page = limitResponse(violation, false);
    expect(page.status).toBe(405);
    expect(page.headers.get('allow')).toBe('GET, HEAD, OPTIONS');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<p role="alert">no</p>');
    const api = limitResponse(violation, true);
    expect(api.headers.get('allow')).toBe(ALLOW);
    expect(await api.json()).toEqual({ error: { code: 'method_not_allowed', message: 'no' } });
  });

  it('413 closes the connection; others keep it', () => {
    expect(limitResponse({ status: 413, code: 'payload_too_large', message: '' }, true).headers.get('connection')).toBe(
      'close',
    );
    expect(
      limitResponse({ status: 414, code: 'uri_too_long', message: '' }, true).headers.get('connection'),
    ).toBeNull();
  });

  it('answers OPTIONS with 204 and Allow, and lets GET through', async () => {
    const options = await enforceLimits(request('/', { method: 'OPTIONS' }), new URL(`${ORIGIN}/`), false);
    expect(options?.status).toBe(204);
    expect(options?.headers.get('allow')).toBe(ALLOW);
    expect(await enforceLimits(request('/'), new URL(`${ORIGIN}/`), false)).toBeNull();
  });

  it('refuses with the mapped response', async () => {
    const res = await enforceLimits(request('/api/plans', { method: 'DELETE' }), new URL(`${ORIGIN}/api/plans`), true);
    expect(res?.status).toBe(405);
    expect(res?.headers.get('content-type')).toContain('application/json');
  });
});
