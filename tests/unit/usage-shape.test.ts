import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveUsageShape, TEXAS_USAGE_SHAPE, UsageDataError } from '~/lib/usage';
import committed from '~/lib/usage/texas-usage-shape.json';
import { SHARED_DATA } from '../helpers/seed-rows';

const FILE = 'eia861m_tx_residential_2010-01_2025-04.csv';
const text = readFileSync(path.join(SHARED_DATA, 'usage', FILE), 'utf8');
const [header, ...lines] = text.trimEnd().split(/\r?\n/);
// Real rows of one year (2024, preliminary), newest first as in the file.
const year2024 = lines.filter((line) => line.startsWith('2024,'));
const fileOf = (rows: readonly string[]) => [header, ...rows].join('\n');

// Derived inside each test rather than once for the file, so mutation testing sees which tests run it.
const derive = () => deriveUsageShape(text, FILE);

describe('deriveUsageShape on the EIA-861M Texas extract', () => {
  it('is exactly what the committed texas-usage-shape.json holds (run npm run data:usage-shape if not)', () => {
    const shape = derive();
    expect(shape).toEqual(committed);
    expect(TEXAS_USAGE_SHAPE).toEqual(committed);
  });

  it('uses the full calendar years 2010–2024 and names its source', () => {
    const shape = derive();
    expect(shape.source.years).toEqual(Array.from({ length: 15 }, (_, i) => 2010 + i));
    expect(shape.source).toMatchObject({ form: 'EIA-861M', file: FILE, kwhPerCustomerYears: [2022, 2023, 2024] });
  });

  it('gives monthly shares that sum to 1, low in spring and high in August', () => {
    const shape = derive();
    const sum = shape.monthShares.reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - 1)).toBeLessThan(1e-9);
    expect(shape.monthShares[0]).toBeCloseTo(0.085, 3);
    expect(shape.monthShares[3]).toBeCloseTo(0.059, 3);
    expect(shape.monthShares[7]).toBeCloseTo(0.12, 3);
    expect(Math.min(...shape.monthShares)).toBe(shape.monthShares[3]);
    expect(Math.max(...shape.monthShares)).toBe(shape.monthShares[7]);
    shape.monthShares.forEach((share, m) => {
      expect(shape.monthShareMin[m]).toBeLessThanOrEqual(share);
      expect(shape.monthShareMax[m]).toBeGreaterThanOrEqual(share);
    });
  });

  it('averages 1,118–1,178 kWh per home a month over 2022–2024', () => {
    const shape = derive();
    const { byYear, average } = shape.kwhPerCustomer;
    expect(byYear.map(Math.round)).toEqual([1178, 1145, 1118]);
    expect(average).toBeCloseTo((byYear[0]! + byYear[1]! + byYear[2]!) / 3, 9);
  });

  it('averages each year’s shares rather than pooling the years', () => {
    // One real year alone: its shares are its own months over its own total.
    const one = deriveUsageShape(fileOf(year2024), 'x.csv');
    const sales = year2024.filter((l) => l.includes('residential_sales')).map((l) => Number(l.split(',')[2]));
    const total = sales.reduce((a, b) => a + b, 0);
    // Newest first: December is the first sales row.
    expect(one.monthShares[11]).toBeCloseTo(sales[0]! / total, 15);
    expect(one.source.years).toEqual([2024]);
  });
});

describe('a malformed file', () => {
  const errorOf = (content: string): UsageDataError => {
    try {
      deriveUsageShape(content, 'bad.csv');
    } catch (e) {
      return e as UsageDataError;
    }
    throw new Error('deriveUsageShape accepted the file');
  };
  const fails = (content: string, message: RegExp) => {
    expect(() => deriveUsageShape(content, 'bad.csv')).toThrow(UsageDataError);
    expect(() => deriveUsageShape(content, 'bad.csv')).toThrow(message);
  };

  it('refuses another header', () => {
    fails(
      ['year,month,sales', ...year2024].join('\n'),
      /expected the header "year,month,value,unit,measure,data_status"/,
    );
  });

  it('names the line and field of a bad value, unit or status', () => {
    const rows = [...year2024];
    const cells = rows[2]!.split(',');
    rows[2] = [...cells.slice(0, 2), '12x4', ...cells.slice(3)].join(',');
    rows[5] = rows[5]!.replace('MWh', 'GWh').replace('count', 'GWh');
    rows[7] = rows[7]!.replace('Preliminary', 'Draft');
    const error = errorOf(fileOf(rows));
    expect(error).toBeInstanceOf(UsageDataError);
    expect(error.problems).toHaveLength(3);
    expect(error.problems[0]).toMatch(/^line 4: value is not a non-negative number/);
    expect(error.problems[1]).toMatch(/^line 7: unit /);
    expect(error.problems[2]).toMatch(/^line 9: data_status /);
    expect(error.message).toBe(`the EIA usage file has bad rows:\n  ${error.problems.join('\n  ')}`);
  });

  it('quotes a bad line trimmed, and refuses a value of zero', () => {
    const rows = [...year2024];
    rows[0] = ` ${rows[0]!.replace(/^2024,12,\d+/, '2024,12,0')} `;
    expect(errorOf(fileOf(rows)).problems).toEqual([
      'line 2: value must be above zero (2024,12,0,MWh,residential_sales,Preliminary)',
    ]);
  });

  it('lists the first ten bad lines and stops there', () => {
    const rows = year2024.map((l) => l.replace('Preliminary', 'Draft'));
    const { problems } = errorOf(fileOf(rows));
    expect(problems).toHaveLength(10);
    expect(problems.map((p) => p.split(':')[0])).toEqual(Array.from({ length: 10 }, (_, i) => `line ${i + 2}`));
  });

  it('refuses a unit that does not match its measure, a wrong field count and a repeated month', () => {
    const sales = year2024.find((l) => l.includes('residential_sales'))!;
    fails(fileOf([...year2024.slice(1), sales.replace('MWh', 'count')]), /unit does not match the measure/);
    fails(fileOf([...year2024, '2024,1,5']), /line \d+: expected 6 fields, got 3/);
    fails(fileOf([...year2024, sales]), /a second residential_sales row for 2024-12/);
  });

  it('skips a year missing a month of sales, and refuses a file with no full year', () => {
    const withoutMarch = year2024.filter((l) => !(l.startsWith('2024,3,') && l.includes('sales')));
    const error = errorOf(fileOf(withoutMarch));
    expect(error.message).toBe('no calendar year has all 12 months of residential_sales');
    expect(error.problems).toEqual([]);
    const partial = deriveUsageShape(fileOf([...withoutMarch, ...lines.filter((l) => l.startsWith('2023,'))]), 'x.csv');
    expect(partial.source.years).toEqual([2023]);
  });

  it('refuses sales without the customer counts of the same full year', () => {
    const error = errorOf(fileOf(year2024.filter((l) => l.includes('residential_sales'))));
    expect(error.message).toBe('no full year has all 12 months of residential_customers as well');
  });
});

describe('a file with harmless differences', () => {
  it('reads a byte-order mark, trailing blanks, spaces around cells and blank lines as the plain file', () => {
    const padded = year2024.map((l) => ` ${l.split(',').join(' , ')} `);
    const text2024 = `\uFEFF${header} \n${padded.slice(0, 5).join('\n')}\n \n\n${padded.slice(5).join('\r\n')}\r\n`;
    expect(deriveUsageShape(text2024, 'x.csv')).toEqual(deriveUsageShape(fileOf(year2024), 'x.csv'));
  });
});
