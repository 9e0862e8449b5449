import { describe, expect, it } from 'vitest';
import { canonicalPathOf, canonicalRedirectTarget } from '~/server/http/canonical';

describe('the canonical page path', () => {
  it('is lower case with one leading slash and no trailing slash', () => {
    expect(canonicalPathOf('/Texas/Dallas/')).toBe('/texas/dallas');
    expect(canonicalPathOf('//evil.example/x')).toBe('/evil.example/x');
    expect(canonicalPathOf('///')).toBe('/');
    expect(canonicalPathOf('/')).toBe('/');
  });

  it('keeps percent escapes in upper case, so a canonical path is a fixed point', () => {
    expect(canonicalPathOf('/texas/Dallas%3cx%3E')).toBe('/texas/dallas%3Cx%3E');
    for (const p of ['/texas/Dallas%3Cx%3E/feed.xml', '/Plans/%C3%A9', '/a//B/']) {
      const once = canonicalPathOf(p);
      expect(canonicalPathOf(once), p).toBe(once);
      expect(canonicalRedirectTarget(new URL(once, 'http://x.test')), p).toBeNull();
    }
  });

  it('leaves the API and Astro paths alone and keeps the query', () => {
    expect(canonicalRedirectTarget(new URL('http://x.test/api/Plans?city=Dallas'))).toBeNull();
    expect(canonicalRedirectTarget(new URL('http://x.test/_image?href=X'))).toBeNull();
    expect(canonicalRedirectTarget(new URL('http://x.test/Texas/Dallas?usage=1500'))).toBe('/texas/dallas?usage=1500');
  });
});
