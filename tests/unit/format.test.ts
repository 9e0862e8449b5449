import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cents, centsValue, dollars, etfText, kwh, shortDate, termText } from '~/lib/format';

describe('display formatting', () => {
  it('formats money, prices, usage and dates the one way every page uses', () => {
    expect(dollars(139.951)).toBe('$140');
    expect(dollars(139.95, 2)).toBe('$139.95');
    expect(dollars(null)).toBe('—');
    expect(cents('0.1490')).toBe('14.9¢');
    expect(kwh(1000)).toBe('1,000 kWh');
    expect(shortDate('2026-01-29')).toBe('29 Jan 2026');
    expect(termText(0)).toBe('Month to month');
    expect(etfText('20.00', true)).toBe('$20 per month left');
    expect(etfText('0.00', false)).toBe('None');
    expect(etfText(null, false)).toBe('Not stated');
  });

  it('shows a dash for every missing value, and reads numbers given as strings', () => {
    for (const missing of [null, undefined, '']) {
      expect(cents(missing)).toBe('—');
      expect(dollars(missing)).toBe('—');
    }
    expect(centsValue(null)).toBe('—');
    expect(centsValue(undefined)).toBe('—');
    expect(centsValue(14.04)).toBe('14.0¢');
    expect(centsValue(0)).toBe('0.0¢');
    expect(cents(0)).toBe('0.0¢');
    expect(cents(0.14951)).toBe('15.0¢');
    expect(dollars('139.95', 2)).toBe('$139.95');
    expect(dollars(0)).toBe('$0');
    expect(dollars(9.951, 1)).toBe('$10.0');
    expect(dollars(12.5, 7)).toBe('$13');
    expect(shortDate(null)).toBe('—');
    expect(shortDate('')).toBe('—');
    expect(shortDate('2026-12-01T23:30:00Z')).toBe('1 Dec 2026');
    expect(termText(1)).toBe('Month to month');
    expect(termText(2)).toBe('2 months');
    expect(kwh(500)).toBe('500 kWh');
    expect(etfText('150', false)).toBe('$150');
    expect(etfText('9.95', false)).toBe('$9.95');
    expect(etfText('9.95', true)).toBe('$9.95 per month left');
    expect(etfText('0', true)).toBe('$0 per month left');
  });

  it('formats every amount as Intl does, however often it was formatted before (dollars keeps its answers)', () => {
    const usd = (d: number) =>
      new Intl.NumberFormat('en-US', {
        style: 'currency',
        currency: 'USD',
        minimumFractionDigits: d,
        maximumFractionDigits: d,
      });
    const amount = fc.oneof(fc.double({ min: -1e7, max: 1e7 }), fc.constantFrom(0, -0, 0.5, -0.5, 1.005, Number.NaN));
    fc.assert(
      fc.property(amount, fc.constantFrom(0, 1, 2), (value, d) => {
        // Twice: the second answer comes from the memo.
        expect(dollars(value, d)).toBe(usd(d).format(value));
        expect(dollars(value, d)).toBe(usd(d).format(value));
      }),
      { numRuns: 2000 },
    );
    expect([dollars(0), dollars(-0), dollars(0)]).toEqual(['$0', '-$0', '$0']);
  });
});
