import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostInputError, MAX_USAGE_KWH } from '~/lib/cost';
import {
  calendarShapedUsages,
  formatMonthlyUsages,
  MONTH_SHORT_NAMES,
  monthWindow,
  parseAverageUsage,
  parseMonthlyUsages,
  shapedUsages,
  TEXAS_USAGE_SHAPE,
  texasMonth,
  usagesForWindow,
} from '~/lib/usage';

const BILLS = '820,760,700,690,900,1300,1650,1700,1400,980,760,800';
const average = fc.integer({ min: 100, max: 3400 });
const month = fc.integer({ min: 0, max: 11 });

describe('texasMonth', () => {
  it('reads the month in Central time, not UTC or the server’s zone', () => {
    expect(texasMonth(new Date('2026-02-01T05:59:00Z'))).toBe(0); // Jan 31, 11:59 pm CST
    expect(texasMonth(new Date('2026-02-01T06:00:00Z'))).toBe(1);
    expect(texasMonth(new Date('2026-07-01T04:59:00Z'))).toBe(5); // Jun 30, 11:59 pm CDT
    expect(texasMonth(new Date('2026-07-01T05:00:00Z'))).toBe(6);
    expect(texasMonth(new Date('2026-12-31T23:00:00-06:00'))).toBe(11);
  });

  it('refuses an invalid date', () => {
    expect(() => texasMonth(new Date('not a date'))).toThrow(CostInputError);
  });

  it('agrees with a fresh Intl reading for any instant, asked in any order (the answer is kept per UTC hour)', () => {
    const fresh = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', month: 'numeric' });
    const truth = (ms: number) => Number(fresh.format(new Date(ms))) - 1;
    const instant = fc.integer({ min: Date.UTC(1850, 0, 1), max: Date.UTC(2100, 0, 1) });
    fc.assert(
      fc.property(instant, fc.integer({ min: -7_200_000, max: 7_200_000 }), (ms, step) => {
        for (const t of [ms, ms + step, ms, ms - 1, ms + 1]) expect(texasMonth(new Date(t))).toBe(truth(t));
      }),
      { numRuns: 2000 },
    );
    // Each side of a turn of the month, asked within the same UTC day.
    // Before 1883 Chicago kept local mean time (UTC−5:50:36), whose months turn mid-hour.
    for (const t of ['1850-02-01T05:30:00Z', '1850-02-01T05:55:00Z', '1850-02-01T05:30:00Z'])
      expect(texasMonth(new Date(t)), t).toBe(truth(Date.parse(t)));
    for (const t of ['2026-11-01T04:59:59.999Z', '2026-11-01T05:00:00Z', '2026-11-01T04:59:59.999Z'])
      expect(texasMonth(new Date(t)), t).toBe(truth(Date.parse(t)));
  });
});

describe('month windows', () => {
  it('names the months January first and lists the twelve from any start', () => {
    expect(MONTH_SHORT_NAMES).toHaveLength(12);
    expect(MONTH_SHORT_NAMES[0]).toBe('Jan');
    expect(monthWindow(3)).toEqual([3, 4, 5, 6, 7, 8, 9, 10, 11, 0, 1, 2]);
    for (const bad of [-1, 12, 1.5, Number.NaN]) expect(() => monthWindow(bad)).toThrow(CostInputError);
  });

  it('reads a January-first list from the start month on', () => {
    const bills = parseMonthlyUsages(BILLS);
    expect(usagesForWindow(bills, 10)).toEqual([760, 800, 820, 760, 700, 690, 900, 1300, 1650, 1700, 1400, 980]);
    expect(usagesForWindow(bills, 0)).toEqual(bills);
    expect(() => usagesForWindow(bills.slice(1), 0)).toThrow(
      new CostInputError('expected 12 monthly usages, January first, got 11'),
    );
    expect(() => usagesForWindow(null as unknown as number[], 0)).toThrow(
      new CostInputError('expected 12 monthly usages, January first, got undefined'),
    );
  });
});

describe('shapedUsages', () => {
  it('spreads 1,000 kWh a month into a Texas year: below 1,000 kWh in seven months', () => {
    const year = calendarShapedUsages(1000);
    expect(year.reduce((a, b) => a + b, 0)).toBe(12_000);
    expect(year[3]).toBe(710); // April, 5.9 %
    expect(year[7]).toBe(1440); // August, 12.0 %
    expect(year.map((u, m) => (u < 1000 ? MONTH_SHORT_NAMES[m] : null)).filter(Boolean)).toEqual([
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Oct',
      'Nov',
      'Dec',
    ]);
  });

  it('gives the kWh left by rounding down to the earlier months when the remainders tie', () => {
    // Twelve equal shares of 100.5 kWh: six months round up, January to June.
    expect(calendarShapedUsages(100.5, new Array<number>(12).fill(1 / 12))).toEqual([
      101, 101, 101, 101, 101, 101, 100, 100, 100, 100, 100, 100,
    ]);
  });

  it('gives whole kWh within 1 kWh of the shape, adding up to twelve times the average', () => {
    fc.assert(
      fc.property(average, month, (avg, start) => {
        const usages = shapedUsages(avg, start);
        expect(usages.reduce((a, b) => a + b, 0)).toBe(avg * 12);
        usages.forEach((u, i) => {
          const share = TEXAS_USAGE_SHAPE.monthShares[(start + i) % 12]!;
          expect(Number.isInteger(u)).toBe(true);
          expect(Math.abs(u - avg * 12 * share)).toBeLessThan(1);
        });
        expect(usages).toEqual(usagesForWindow(calendarShapedUsages(avg), start));
      }),
    );
  });

  it('caps a month at the engine’s 5,000 kWh limit', () => {
    const year = calendarShapedUsages(5000);
    expect(Math.max(...year)).toBe(MAX_USAGE_KWH);
    expect(year[3]).toBe(Math.round(5000 * 12 * TEXAS_USAGE_SHAPE.monthShares[3]!));
  });

  it('refuses a shape that is not twelve shares summing to 1', () => {
    expect(() => calendarShapedUsages(1000, [0.5, 0.5])).toThrow(CostInputError);
    expect(() => calendarShapedUsages(1000, Array(12).fill(0.1))).toThrow(/sum to 1/);
  });
});

describe('parseMonthlyUsages (?months=, January first)', () => {
  it('reads twelve whole kWh, with or without spaces', () => {
    expect(parseMonthlyUsages(BILLS)).toEqual(BILLS.split(',').map(Number));
    expect(parseMonthlyUsages(BILLS.replaceAll(',', ', '))).toEqual(BILLS.split(',').map(Number));
    expect(parseMonthlyUsages('0,0,0,0,0,0,0,0,0,0,0,5000')[11]).toBe(5000);
    expect(formatMonthlyUsages(parseMonthlyUsages(BILLS.replaceAll(',', ' , ')))).toBe(BILLS);
  });

  it.each([
    [
      '11 months',
      BILLS.split(',').slice(1).join(','),
      /must list 12 monthly usages in kWh, January to December.*got 11/,
    ],
    ['13 months', `${BILLS},900`, /got 13/],
    ['a word', BILLS.replace('700', 'lots'), /Mar \("lots"\) is not a whole number of kWh/],
    ['a decimal', BILLS.replace('690', '690.5'), /Apr \("690.5"\) is not a whole number/],
    ['a negative number', BILLS.replace('1650', '-1650'), /Jul \("-1650"\) is not a whole number/],
    ['too much', BILLS.replace('1700', '5001'), /Aug \(5001 kWh\) must be at most 5,000 kWh/],
    ['an empty month', BILLS.replace('980', ''), /Oct is empty/],
    ['an endless string', '1,'.repeat(200), /too long/],
  ])('refuses %s with a 400 that says what is wrong', (_, text, message) => {
    expect(() => parseMonthlyUsages(text)).toThrow(CostInputError);
    expect(() => parseMonthlyUsages(text)).toThrow(message);
  });

  it('lists every bad month at once', () => {
    expect(() => parseMonthlyUsages(BILLS.replace('820', 'x').replace('800', '9999'))).toThrow(
      /Jan \("x"\) is not a whole number of kWh; Dec \(9999 kWh\) must be at most 5,000 kWh/,
    );
  });
});

describe('parseAverageUsage', () => {
  it('reads a whole number of kWh from 100 to 5,000, as text or a number', () => {
    expect(parseAverageUsage('1000')).toBe(1000);
    expect(parseAverageUsage(' 100 ')).toBe(100);
    expect(parseAverageUsage(5000)).toBe(5000);
  });

  it.each(['99', '5001', '1e3', '1000.5', '', 'abc', -1000])('refuses %j', (value) => {
    expect(() => parseAverageUsage(value)).toThrow(CostInputError);
    expect(() => parseAverageUsage(value)).toThrow(/average usage must be/);
  });
});
