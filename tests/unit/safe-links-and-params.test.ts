import { describe, expect, it } from 'vitest';
import { hasUnknownParams, KNOWN_PARAMS, pathWithKnownParams } from '~/lib/known-params';
import { documentLinks, safeHttpUrl } from '~/lib/safe-url';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https links, trimmed', () => {
    expect(safeHttpUrl('https://example.com/efl.pdf')).toBe('https://example.com/efl.pdf');
    expect(safeHttpUrl('  http://example.com/a?b=1 ')).toBe('http://example.com/a?b=1');
    expect(safeHttpUrl('HTTPS://EXAMPLE.COM/')).toBe('HTTPS://EXAMPLE.COM/');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: wrapping a URL', "javascript:alert('https://example.com')"],
    ['data:', 'data:text/html,https://example.com'],
    ['a prefix before the scheme', 'xhttps://example.com'],
    ['a relative path', '/plans/1'],
    ['no host', 'https://'],
    ['a space inside', 'https://example.com/a b'],
    ['a bare host', 'example.com'],
    ['an unparsable host', 'http://[::1'],
  ])('refuses %s', (_, value) => {
    expect(safeHttpUrl(value)).toBeNull();
  });

  it('gives the same verdict the second time, when it is remembered, and past the memo bound', () => {
    const cases = ['https://example.com/x', 'javascript:alert(1)', 'http://[::1', ' https://example.com/y '];
    const first = cases.map((c) => safeHttpUrl(c));
    expect(first).toEqual(['https://example.com/x', null, null, 'https://example.com/y']);
    expect(cases.map((c) => safeHttpUrl(c))).toEqual(first);
    // More distinct links than the memo holds: it starts over, and the answers do not change.
    for (let i = 0; i < 10_050; i++) expect(safeHttpUrl(`https://example.com/${i}`)).toBe(`https://example.com/${i}`);
    expect(cases.map((c) => safeHttpUrl(c))).toEqual(first);
  });

  it('refuses what is not a string', () => {
    expect(safeHttpUrl(null)).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl(42 as unknown as string)).toBeNull();
  });
});

describe('documentLinks', () => {
  const plan = (alternates: { language: string; efl: string | null }[]) => ({
    documents: {
      efl: 'https://example.com/efl',
      terms: 'javascript:alert(1)',
      yrac: 'http://example.com/yrac',
      enroll: null,
      website: ' https://example.com ',
    },
    alternates,
  });

  it('passes each document link through safeHttpUrl', () => {
    expect(documentLinks(plan([]))).toEqual({
      efl: 'https://example.com/efl',
      terms: null,
      yrac: 'http://example.com/yrac',
      enroll: null,
      website: 'https://example.com',
      spanishEfl: null,
    });
  });

  it('takes the Spanish EFL from the first Spanish alternate with a safe link', () => {
    const links = documentLinks(
      plan([
        { language: 'en', efl: 'https://example.com/en' },
        { language: 'es', efl: 'javascript:alert(1)' },
        { language: 'es', efl: 'https://example.com/es' },
      ]),
    );
    expect(links.spanishEfl).toBe('https://example.com/es');
    expect(documentLinks(plan([{ language: 'en', efl: 'https://example.com/en' }])).spanishEfl).toBeNull();
  });
});

describe('pathWithKnownParams', () => {
  const of = (url: string) => pathWithKnownParams(new URL(url, 'http://localhost'));

  it('keeps the path alone when no known parameter is set', () => {
    expect(of('/texas/dallas')).toBe('/texas/dallas');
    expect(of('/texas/dallas?utm_source=x&email=a%40b')).toBe('/texas/dallas');
    expect(of('/texas/dallas?usage=&page=%20')).toBe('/texas/dallas');
  });

  it('lists known parameters in one fixed order, whatever order they came in', () => {
    expect(of('/texas/dallas?usage=900&page=2')).toBe('/texas/dallas?page=2&usage=900');
    expect(of('/texas/dallas?page=2&usage=900&x=1')).toBe('/texas/dallas?page=2&usage=900');
    expect(of('/api/plans?zip=75201&city=dallas&autopay=exclude')).toBe(
      '/api/plans?autopay=exclude&city=dallas&zip=75201',
    );
  });

  it('joins a repeated parameter into one comma list, trimmed, dropping blanks', () => {
    expect(of('/compare?plans=a&plans=%20b%20&plans=')).toBe('/compare?plans=a,b');
  });

  it('escapes values but keeps commas readable', () => {
    expect(of('/texas/dallas?utility=a%26b&plans=x,y')).toBe('/texas/dallas?plans=x,y&utility=a%26b');
  });

  it('knows exactly the parameters the site reads', () => {
    expect([...KNOWN_PARAMS].sort()).toEqual([...KNOWN_PARAMS]);
    for (const name of KNOWN_PARAMS) expect(of(`/p?${name}=1`)).toBe(`/p?${name}=1`);
  });
});

describe('hasUnknownParams', () => {
  it('is true only when some parameter is not a known one', () => {
    expect(hasUnknownParams(new URL('http://localhost/texas/dallas'))).toBe(false);
    expect(hasUnknownParams(new URL('http://localhost/texas/dallas?usage=900&page=2'))).toBe(false);
    expect(hasUnknownParams(new URL('http://localhost/texas/dallas?usage=900&junk=1'))).toBe(true);
  });
});
