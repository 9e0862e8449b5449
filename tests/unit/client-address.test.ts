import { describe, expect, it } from 'vitest';
import { clientAddressOf, TrustedProxies } from '~/lib/client-address';

const request = (forwardedFor?: string) =>
  new Request('http://localhost/', forwardedFor === undefined ? {} : { headers: { 'x-forwarded-for': forwardedFor } });

describe('TrustedProxies', () => {
  it('trusts nobody by default, loopback included', () => {
    const none = new TrustedProxies(undefined);
    expect(none.size).toBe(0);
    expect(none.has('127.0.0.1')).toBe(false);
    expect(new TrustedProxies(' , ').size).toBe(0);
  });

  it('reads addresses and CIDR ranges of both families', () => {
    const trusted = new TrustedProxies('10.0.0.0/8, 2001:db8::/32 ,127.0.0.1, ::1');
    expect(trusted.size).toBe(4);
    expect(trusted.has('10.1.2.3')).toBe(true);
    expect(trusted.has('11.0.0.1')).toBe(false);
    expect(trusted.has('2001:db8::5')).toBe(true);
    expect(trusted.has('2001:db9::5')).toBe(false);
    expect(trusted.has('127.0.0.1')).toBe(true);
    expect(trusted.has('127.0.0.2')).toBe(false);
    expect(trusted.has('::1')).toBe(true);
    // A dual-stack socket reports IPv4 peers as ::ffff:a.b.c.d.
    expect(trusted.has('::ffff:10.9.8.7')).toBe(true);
    expect(trusted.has(' 10.9.8.7 ')).toBe(true);
    expect(trusted.has(undefined)).toBe(false);
    expect(trusted.has('')).toBe(false);
    expect(trusted.has('not-an-ip')).toBe(false);
  });

  it('accepts the widest and narrowest prefixes', () => {
    expect(new TrustedProxies('192.0.2.1/32').has('192.0.2.1')).toBe(true);
    expect(new TrustedProxies('192.0.2.1/32').has('192.0.2.2')).toBe(false);
    expect(new TrustedProxies('0.0.0.0/0').has('203.0.113.9')).toBe(true);
    expect(new TrustedProxies('::/128').has('::')).toBe(true);
  });

  it.each(['localhost', '10.0.0.0/33', '2001:db8::/129', '10.0.0.0/x', '10.0.0.0/', '10.0.0.0/8/1', '1.2.3'])(
    'refuses %j',
    (spec) => {
      expect(() => new TrustedProxies(spec)).toThrow(RangeError);
    },
  );

  it('names the entry it refuses, and whether it is not an address or not a range', () => {
    expect(() => new TrustedProxies('10.0.0.1, localhost')).toThrow(
      new RangeError('not an IP address or CIDR range: "localhost"'),
    );
    for (const range of ['10.0.0.0/8/1', '10.0.0.0/33', '10.0.0.0/x8', '10.0.0.0/8x', '2001:db8::/129'])
      expect(() => new TrustedProxies(range), range).toThrow(new RangeError(`not a CIDR range: "${range}"`));
  });

  it('reads a dual-stack peer ::ffff:a.b.c.d as its IPv4 address, and nothing else as one', () => {
    const trusted = new TrustedProxies('192.0.2.0/24');
    expect(trusted.has(' ::FFFF:192.0.2.7 ')).toBe(true);
    expect(trusted.has('x::ffff:192.0.2.7')).toBe(false);
    expect(trusted.has('::ffff:192.0.2.7x')).toBe(false);
    expect(trusted.has('::ffff:192.0.2.77')).toBe(true);
    expect(trusted.has('')).toBe(false);
    expect(trusted.has(undefined)).toBe(false);
  });
});

describe('clientAddressOf', () => {
  const proxies = new TrustedProxies('10.0.0.0/8');

  it('is the peer itself when the peer is not a trusted proxy, whatever the header says', () => {
    expect(clientAddressOf(request('198.51.100.1'), '203.0.113.5', proxies)).toBe('203.0.113.5');
    expect(clientAddressOf(request(), '::ffff:203.0.113.5', proxies)).toBe('203.0.113.5');
    expect(clientAddressOf(request('198.51.100.1'), '127.0.0.1', new TrustedProxies(undefined))).toBe('127.0.0.1');
    expect(clientAddressOf(request(), undefined, proxies)).toBeUndefined();
  });

  it('reads X-Forwarded-For right to left from a trusted proxy, skipping trusted hops', () => {
    expect(clientAddressOf(request('198.51.100.1'), '10.0.0.1', proxies)).toBe('198.51.100.1');
    expect(clientAddressOf(request('6.6.6.6, 198.51.100.1, 10.0.0.2'), '10.0.0.1', proxies)).toBe('198.51.100.1');
    expect(clientAddressOf(request(' ::ffff:198.51.100.7 '), '10.0.0.1', proxies)).toBe('198.51.100.7');
  });

  it('gives no address when the nearest untrusted hop is not an IP address', () => {
    expect(clientAddressOf(request('198.51.100.1, garbage'), '10.0.0.1', proxies)).toBeUndefined();
  });

  it('falls back to the last hop read when every hop is trusted, or to the proxy with no header', () => {
    expect(clientAddressOf(request('10.0.0.3, 10.0.0.2'), '10.0.0.1', proxies)).toBe('10.0.0.3');
    expect(clientAddressOf(request(), '10.0.0.1', proxies)).toBe('10.0.0.1');
    expect(clientAddressOf(request(' , '), '10.0.0.1', proxies)).toBe('10.0.0.1');
  });
});
