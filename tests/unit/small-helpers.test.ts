import { describe, expect, it } from 'vitest';
import { choiceStatusOf, cityMarket, servingUtilitySchema } from '~/lib/choice-status';
import { centroid, distanceKm } from '~/lib/geo';
import { mostCommon } from '~/lib/most-common';
import { isSlug, slugify } from '~/lib/slug';
import { SITEMAP_FILTER_PATHS, sitemapIndex, urlset, withLanguageVersions } from '~/lib/sitemap';
import { parseFilterSegments } from '~/lib/plan-filters';
import { afterTermText, creditMissedText, feeMonthsText, monthNames, windowLabel } from '~/lib/year-words';

describe('distanceKm and centroid', () => {
  const dallas = { lat: 32.7767, lon: -96.797 };
  const houston = { lat: 29.7604, lon: -95.3698 };

  it('measures great-circle distances', () => {
    expect(distanceKm(dallas, dallas)).toBe(0);
    expect(distanceKm(dallas, houston)).toBeCloseTo(362, 0);
    expect(distanceKm(houston, dallas)).toBeCloseTo(distanceKm(dallas, houston), 9);
    // A degree of latitude is about 111 km, a degree of longitude at 60° half that.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 1, lon: 0 })).toBeCloseTo(111.19, 1);
    expect(distanceKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(55.6, 1);
    // Antipodes: half the Earth's circumference, without NaN from rounding above 1.
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * 6371, 6);
  });

  it('averages positions, and gives 0, 0 for none', () => {
    expect(centroid([dallas])).toEqual(dallas);
    expect(
      centroid([
        { lat: 30, lon: -96 },
        { lat: 32, lon: -98 },
      ]),
    ).toEqual({ lat: 31, lon: -97 });
    expect(centroid([])).toEqual({ lat: 0, lon: 0 });
  });
});

describe('mostCommon', () => {
  it('finds the most frequent value, ties going to the first in sort order', () => {
    expect(mostCommon([])).toBeUndefined();
    expect(mostCommon(['b', 'a', 'b'])).toBe('b');
    expect(mostCommon(['b', 'a', 'a', 'b'])).toBe('a');
    expect(mostCommon([3, 10, 10, 3, 2])).toBe(3);
    expect(mostCommon([10, 9])).toBe(9);
    expect(mostCommon([7, 7, 7, 1, 1])).toBe(7);
  });
});

describe('choiceStatusOf and cityMarket', () => {
  it('calls a place choice, mixed or no-choice from its utilities', () => {
    expect(choiceStatusOf([{ kind: 'tdsp' }])).toBe('choice');
    expect(choiceStatusOf([{ kind: 'tdsp' }, { kind: 'tdsp' }])).toBe('choice');
    expect(choiceStatusOf([{ kind: 'tdsp' }, { kind: 'municipal' }])).toBe('mixed');
    expect(choiceStatusOf([{ kind: 'cooperative' }, { kind: 'tdsp' }])).toBe('mixed');
    expect(choiceStatusOf([{ kind: 'municipal' }])).toBe('no-choice');
    expect(choiceStatusOf([])).toBe('no-choice');
  });

  it('files a city under the list a shopper reads', () => {
    const city = { isDeregulated: true, status: 'choice' as const, ledBy: null, insideCitySlug: null };
    expect(cityMarket(city)).toBe('choice');
    expect(cityMarket({ ...city, status: 'mixed' })).toBe('choice');
    expect(cityMarket({ ...city, status: 'mixed', ledBy: 'Austin Energy' })).toBe('own-utility');
    expect(cityMarket({ ...city, ledBy: 'Austin Energy' })).toBe('choice');
    expect(cityMarket({ ...city, isDeregulated: false })).toBe('no-choice');
    expect(cityMarket({ ...city, isDeregulated: null })).toBe('no-choice');
    expect(cityMarket({ ...city, isDeregulated: false, insideCitySlug: 'houston' })).toBe('inside');
  });

  it('reads a serving utility back, refusing unknown kinds', () => {
    expect(servingUtilitySchema.parse({ kind: 'tdsp', name: 'Oncor', code: 'ONCOR' })).toEqual({
      kind: 'tdsp',
      name: 'Oncor',
      code: 'ONCOR',
    });
    expect(servingUtilitySchema.safeParse({ kind: 'coop', name: 'X' }).success).toBe(false);
    expect(servingUtilitySchema.safeParse({ kind: 'municipal', name: 'X', own: false }).success).toBe(false);
  });
});

describe('sitemaps', () => {
  it('writes a urlset with escaped locations and optional lastmod', () => {
    expect(
      urlset([{ loc: 'https://x.example/a?b=1&c=<2>', lastmod: '2026-01-29' }, { loc: 'https://x.example/o\'"' }]),
    ).toBe(
      // Issue 16 declares the xhtml namespace for the language alternates (xhtml:link).
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml">' +
        '<url><loc>https://x.example/a?b=1&amp;c=&lt;2&gt;</loc><lastmod>2026-01-29</lastmod></url>' +
        '<url><loc>https://x.example/o&apos;&quot;</loc></url></urlset>',
    );
    expect(urlset([])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"' +
        ' xmlns:xhtml="http://www.w3.org/1999/xhtml"></urlset>',
    );
  });

  it('gives every language version its own entry, each naming all versions and the default', () => {
    const localize = (lang: string, loc: string) =>
      lang === 'en' ? loc : loc.replace('.example/', `.example/${lang}/`);
    const versions = withLanguageVersions(
      [{ loc: 'https://x.example/texas/houston', lastmod: '2026-01-29' }],
      ['en', 'es'],
      localize,
    );
    const alternates = [
      { hreflang: 'en', href: 'https://x.example/texas/houston' },
      { hreflang: 'es', href: 'https://x.example/es/texas/houston' },
      { hreflang: 'x-default', href: 'https://x.example/texas/houston' },
    ];
    expect(versions).toEqual([
      { loc: 'https://x.example/texas/houston', lastmod: '2026-01-29', alternates },
      { loc: 'https://x.example/es/texas/houston', lastmod: '2026-01-29', alternates },
    ]);
    expect(
      urlset([{ loc: 'https://x.example/a', alternates: [{ hreflang: 'es', href: 'https://x.example/es/a&b' }] }]),
    ).toContain(
      '<url><loc>https://x.example/a</loc><xhtml:link rel="alternate" hreflang="es" href="https://x.example/es/a&amp;b"/></url>',
    );
  });

  it('writes a sitemap index the same way', () => {
    expect(
      sitemapIndex([
        { loc: 'https://x.example/s.xml', lastmod: null },
        { loc: 'https://x.example/t&.xml', lastmod: '2026-01-10' },
      ]),
    ).toBe(
      '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">' +
        '<sitemap><loc>https://x.example/s.xml</loc></sitemap>' +
        '<sitemap><loc>https://x.example/t&amp;.xml</loc><lastmod>2026-01-10</lastmod></sitemap></sitemapindex>',
    );
  });

  it('lists only filter paths that are canonical filter pages', () => {
    for (const path of SITEMAP_FILTER_PATHS) expect(parseFilterSegments(path)?.canonical, path.join('/')).toEqual(path);
    expect(new Set(SITEMAP_FILTER_PATHS.map((p) => p.join('/'))).size).toBe(SITEMAP_FILTER_PATHS.length);
  });
});

describe('year words', () => {
  it('names months by their index, with ? for none', () => {
    expect(monthNames([0, 1, 11])).toBe('Jan, Feb, Dec');
    expect(monthNames([12])).toBe('?');
    expect(monthNames([])).toBe('');
  });

  it('says in how many months a credit is missed or a fee charged, or nothing', () => {
    expect(creditMissedText([])).toBeNull();
    expect(creditMissedText([1, 2, 3])).toBe('Credit missed in 3 of 12 months (Feb, Mar, Apr)');
    expect(feeMonthsText([])).toBeNull();
    expect(feeMonthsText([3, 4, 9])).toBe('Usage fee charged in 3 of 12 months (Apr, May, Oct)');
  });

  it('states the after-term assumption and its basis', () => {
    const facts = { basis: 'month-to-month' as const, planCount: 40, centsPerKwh: 16.2, utilityName: 'Oncor' };
    expect(afterTermText(4, facts)).toBe(
      "After month 4 we assume 16.2¢/kWh, today's median month-to-month price in Oncor's area",
    );
    expect(afterTermText(1, facts)).toMatch(/^After the first month we assume/);
    expect(afterTermText(0, facts)).toMatch(/^After the first month we assume/);
    expect(afterTermText(2, facts)).toMatch(/^After month 2 we assume/);
    expect(afterTermText(11, { ...facts, basis: 'all-plans' })).toBe(
      "After month 11 we assume 16.2¢/kWh, today's median price of the 40 plans in Oncor's area, which lists no month-to-month plans",
    );
    expect(afterTermText(12, facts)).toBeNull();
    expect(afterTermText(4, null)).toBeNull();
    expect(afterTermText(4, { ...facts, centsPerKwh: null })).toBeNull();
  });

  it('labels a twelve-month window by its first and last month', () => {
    expect(windowLabel(['2026-12', '2027-01', '2027-11'])).toBe('Dec 2026 to Nov 2027');
    expect(windowLabel(['2026-01'])).toBe('Jan 2026 to Jan 2026');
    expect(windowLabel([])).toBe('');
    expect(windowLabel(['2026-13'])).toBe('? 2026 to ? 2026');
  });
});

describe('slugify', () => {
  it('folds accents, spells out &, drops apostrophes and joins words with single hyphens', () => {
    // Real names: GeoNames' Texas places and the export's provider names (one with a trailing blank).
    expect(slugify('César Chávez')).toBe('cesar-chavez');
    expect(slugify("Port O'Connor")).toBe('port-oconnor');
    expect(slugify('AP GAS & ELECTRIC (TX) LLC')).toBe('ap-gas-and-electric-tx-llc');
    expect(slugify('GOOD CHARLIE & CO LLC')).toBe('good-charlie-and-co-llc');
    expect(slugify('PRONTO POWER ')).toBe('pronto-power');
    expect(slugify('Houston')).toBe('houston');
    for (const name of ['César Chávez', "Port O'Connor", 'AP GAS & ELECTRIC (TX) LLC', 'PRONTO POWER '])
      expect(isSlug(slugify(name)), name).toBe(true);
    expect(isSlug('pronto-power-')).toBe(false);
  });
});
