import { describe, expect, it } from 'vitest';
import { cents, dollars, etfText, kwh, shortDate, termText } from '~/lib/format';

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
});
