import { describe, expect, it } from 'vitest';
import { truncateIp } from '~/lib/ip-network';

describe('truncateIp', () => {
  it('keeps the /24 of an IPv4 address', () => {
    expect(truncateIp('203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('8.8.4.4')).toBe('8.8.4.0/24');
    expect(truncateIp('0.0.0.0')).toBe('0.0.0.0/24');
    expect(truncateIp('255.255.255.255')).toBe('255.255.255.0/24');
    expect(truncateIp('  198.51.100.9 ')).toBe('198.51.100.0/24');
    expect(truncateIp('198.51.100.9:8080')).toBe('198.51.100.0/24');
  });

  it('keeps the /48 of a compressed IPv6 address', () => {
    expect(truncateIp('2001:db8:85a3::8a2e:370:7334')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('2001:DB8::1')).toBe('2001:db8::/48');
    expect(truncateIp('2001:0:0:1::1')).toBe('2001::/48');
    expect(truncateIp('0:db8:1::5')).toBe('0:db8:1::/48');
    expect(truncateIp('::1')).toBe('::/48');
    expect(truncateIp('::')).toBe('::/48');
    expect(truncateIp('2001:db8:85a3::')).toBe('2001:db8:85a3::/48');
  });

  it('keeps the /48 of a fully written IPv6 address', () => {
    expect(truncateIp('2001:0db8:85a3:0000:0000:8a2e:0370:7334')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('fe80:0000:0000:0000:0204:61ff:fe9d:f156')).toBe('fe80::/48');
    expect(truncateIp('2001:db8:85a3:1:2:3:4.5.6.7')).toBe('2001:db8:85a3::/48');
  });

  it('drops an IPv6 zone id', () => {
    expect(truncateIp('fe80::1%eth0')).toBe('fe80::/48');
    expect(truncateIp('2001:db8:abcd:12::1%25')).toBe('2001:db8:abcd::/48');
  });

  it('accepts a bracketed IPv6 address, with or without a port', () => {
    expect(truncateIp('[2001:db8:85a3::8a2e:370:7334]')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('[2001:db8:85a3::1]:443')).toBe('2001:db8:85a3::/48');
    expect(truncateIp('[fe80::1%eth0]:8080')).toBe('fe80::/48');
  });

  it('treats an IPv4-mapped IPv6 address as IPv4', () => {
    expect(truncateIp('::ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('::FFFF:203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('::ffff:cb00:714d')).toBe('203.0.113.0/24');
    expect(truncateIp('0:0:0:0:0:ffff:203.0.113.77')).toBe('203.0.113.0/24');
    expect(truncateIp('[::ffff:203.0.113.77]:80')).toBe('203.0.113.0/24');
    // Not mapped: the IPv4-compatible and NAT64 forms are IPv6 networks.
    expect(truncateIp('64:ff9b::203.0.113.77')).toBe('64:ff9b::/48');
  });

  it('trims an address of up to 100 characters, blanks included, and refuses a longer one', () => {
    expect(truncateIp('203.0.113.77'.padEnd(100))).toBe('203.0.113.0/24');
    expect(truncateIp('203.0.113.77'.padEnd(101))).toBeNull();
  });

  it('returns null for anything that is not one address', () => {
    for (const bad of [
      null,
      undefined,
      '',
      '   ',
      'unknown',
      'localhost',
      '203.0.113',
      '203.0.113.256',
      '203.0.113.077',
      '203.0.113.0/24',
      '203.0.113.77, 10.0.0.1',
      '1::2::3',
      '2001:db8:85a3:0:0:8a2e:370:7334:1',
      '12345::1',
      '[203.0.113.77]x',
      '[::1',
      '::1]',
      'fe80::1%',
      '1.2.3.4%eth0',
      `${'1'.repeat(200)}`,
    ]) {
      expect(truncateIp(bad), String(bad)).toBeNull();
    }
  });
});

describe('truncateIp edge cases', () => {
  it('treats only ::ffff:0:0/96 as a mapped IPv4 address', () => {
    expect(truncateIp('::ffff:102:304')).toBe('1.2.3.0/24');
    expect(truncateIp('1::ffff:102:304')).toBe('1::/48');
    expect(truncateIp('0:0:0:0:1:ffff:102:304')).toBe('::/48');
  });

  it('reads brackets only around the whole address', () => {
    expect(truncateIp('[2001:db8::1]:443')).toBe('2001:db8::/48');
    expect(truncateIp('x[2001:db8::1]')).toBeNull();
    expect(truncateIp('[2001:db8::1]x')).toBeNull();
  });
});
