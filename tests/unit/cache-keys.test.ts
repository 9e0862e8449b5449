import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKey, TTL } from '~/server/cache/keys';

describe('cacheKey', () => {
  it('builds kind, data version and sorted, encoded parts', () => {
    expect(cacheKey('plans', 42, { zip: '75001', usage: 1000, green: true })).toBe(
      'plans:v42:green=true&usage=1000&zip=75001',
    );
  });

  it('is independent of the order the parts are given in', () => {
    const a = cacheKey('plans', 7, { b: 2, a: 1, c: 'x' });
    const b = cacheKey('plans', 7, { c: 'x', a: 1, b: 2 });
    expect(a).toBe(b);
  });

  it('changes with the data version and with every part value', () => {
    const base = cacheKey('cities', 1, { slug: 'dallas' });
    expect(cacheKey('cities', 2, { slug: 'dallas' })).not.toBe(base);
    expect(cacheKey('cities', 1, { slug: 'houston' })).not.toBe(base);
    expect(cacheKey('zip', 1, { slug: 'dallas' })).not.toBe(base);
    expect(cacheKey('cities', null, { slug: 'dallas' })).toBe('cities:vnone:slug=dallas');
  });

  it('escapes separators so values cannot forge other parts', () => {
    const forged = cacheKey('plans', 1, { a: '1&b=2' });
    expect(forged).toBe('plans:v1:a=1%26b%3D2');
    expect(forged).not.toBe(cacheKey('plans', 1, { a: '1', b: '2' }));
    expect(cacheKey('plans', 1, { q: 'fort worth:tx/ü' })).toBe('plans:v1:q=fort%20worth%3Atx%2F%C3%BC');
  });

  it('leaves out undefined parts but keeps false, 0 and the empty string distinct', () => {
    expect(cacheKey('plans', 1, { a: undefined, b: 1 })).toBe(cacheKey('plans', 1, { b: 1 }));
    expect(cacheKey('plans', 1, {})).toBe('plans:v1');
    const values = [false, 0, '', 'false', '0'].map((v) => cacheKey('plans', 1, { x: v }));
    // Values are compared as text: false and 'false' (and 0 and '0') give one key by design.
    expect(new Set(values).size).toBe(3);
    expect(values[2]).toBe('plans:v1:x=');
  });

  it('refuses a kind outside [a-z0-9-]', () => {
    expect(() => cacheKey('Plans', 1)).toThrow(RangeError);
    expect(() => cacheKey('plans:x', 1)).toThrow(RangeError);
  });

  it('gives distinct keys for distinct part sets (property)', () => {
    const parts = fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string({ maxLength: 6 }), fc.integer()), {
      maxKeys: 4,
    });
    fc.assert(
      fc.property(parts, parts, (a, b) => {
        const same = JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
        expect(cacheKey('k', 1, a) === cacheKey('k', 1, b)).toBe(same);
      }),
    );
  });

  it('keeps the seed TTLs', () => {
    expect(TTL).toEqual({ plans: 3600, cities: 86400, providers: 14400, zip: 86400 });
  });
});

// Two part sets are "the same" when their names and stringified values match.
function normalise(parts: Record<string, string | number>) {
  return Object.keys(parts)
    .sort()
    .map((k) => [k, String(parts[k])]);
}
