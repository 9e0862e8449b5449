// The year charts on real Oncor offers of 2026-01-29, priced by the year estimate at 1,000 kWh a month.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  AFTER_TERM_DASH,
  FRAME,
  SERIES_STYLES,
  yearBillsChart,
  yearCompareChart,
  type BarChartModel,
} from '~/lib/charts';
import { oncorYear as year } from '../helpers/oncor-year';

const teaser = year('35543'); // Chariot Bright Nights 4: a four-month term
const rhythm = year('35279'); // Rhythm Saver 12
const color = SERIES_STYLES[0]!.color;

describe('yearBillsChart', () => {
  // Laid out before each test rather than once, so mutation testing sees which tests reach the layout code.
  let chart: BarChartModel;
  beforeEach(() => {
    chart = yearBillsChart({ months: teaser.months, title: 'Your next 12 bills' })!;
  });

  it('draws twelve bars on the zero line, as tall as the bills', () => {
    expect(chart.bars).toHaveLength(12);
    const zero = chart.yTicks.find((t) => t.label === '$0')!;
    const top = chart.yTicks[chart.yTicks.length - 1]!;
    const dollarsPerUnit = Number(top.label.replace(/[$,]/g, '')) / (zero.at - top.at);
    chart.bars.forEach((bar, i) => {
      expect(bar.y + bar.height).toBeCloseTo(zero.at, 1);
      expect(bar.height * dollarsPerUnit).toBeCloseTo(teaser.months[i]!.bill, 0);
    });
  });

  it('keeps the bars inside the plot, in month order, without overlapping', () => {
    for (const [i, bar] of chart.bars.entries()) {
      expect(bar.x).toBeGreaterThanOrEqual(FRAME.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(FRAME.right);
      if (i > 0) expect(bar.x).toBeGreaterThan(chart.bars[i - 1]!.x + chart.bars[i - 1]!.width);
    }
    expect(chart.xTicks.map((t) => t.label)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
    chart.xTicks.forEach((tick, i) => expect(tick.at).toBeCloseTo(chart.bars[i]!.x + chart.bars[i]!.width / 2, 1));
  });

  it('fills the term’s months and outlines the assumed ones, and says so', () => {
    expect(chart.bars.slice(0, 4).every((b) => b.fill === color && b.dash === undefined)).toBe(true);
    expect(
      chart.bars.slice(4).every((b) => b.fill === '#ffffff' && b.stroke === color && b.dash === AFTER_TERM_DASH),
    ).toBe(true);
    expect(chart.legend.map((l) => l.label)).toEqual(['Plan price', 'Assumed after the term']);
    expect(chart.description).toContain('From month 5');
    expect(chart.bars[4]!.label).toMatch(/^May: \$[\d.,]+ for 854 kWh \(assumed after the term\)$/);
  });

  it('lists every month and the year’s total in its table', () => {
    expect(chart.table.columns).toEqual(['Usage (kWh)', 'Bill', 'Priced by']);
    expect(chart.table.rows).toHaveLength(13);
    expect(chart.table.rows[3]).toEqual({ header: 'Apr', cells: ['710', expect.stringMatching(/^\$/), 'Plan price'] });
    const total = `$${teaser.total.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
    expect(chart.table.rows[12]).toEqual({ header: 'Total', cells: ['12,000', total, ''] });
    expect(chart.description).toContain(total);
  });

  it('starts at the sign-up month and has only the plan in the legend for a full-term plan', () => {
    const june = yearBillsChart({ months: year('35279', 5).months, title: 't' })!;
    expect(june.xTicks.map((t) => t.label).slice(0, 3)).toEqual(['Jun', 'Jul', 'Aug']);
    expect(june.xTicks[11]!.label).toBe('May');
    expect(june.legend.map((l) => l.label)).toEqual(['Plan price']);
    expect(june.description).not.toContain('after-term');
  });

  it('has nothing to draw without months or with a bill that is not a number', () => {
    expect(yearBillsChart({ months: [], title: 't' })).toBeNull();
    expect(yearBillsChart({ months: [{ ...teaser.months[0]!, bill: Number.NaN }], title: 't' })).toBeNull();
    expect(JSON.stringify(chart)).not.toMatch(/NaN|Infinity/);
  });
});

describe('yearCompareChart', () => {
  let chart: BarChartModel;
  beforeEach(() => {
    chart = yearCompareChart({
      series: [
        { label: 'Rhythm Saver 12', months: rhythm.months },
        { label: 'Bright Nights 4', months: teaser.months },
      ],
      title: 'Next 12 months',
    })!;
  });

  it('groups one bar per plan in each month, side by side within the month', () => {
    expect(chart.bars).toHaveLength(24);
    for (let i = 0; i < 12; i++) {
      const [a, b] = [chart.bars[i]!, chart.bars[12 + i]!];
      expect(a.series).toBe(0);
      expect(b.series).toBe(1);
      expect(b.x).toBeCloseTo(a.x + a.width, 1);
      const bandWidth = (FRAME.right - FRAME.left) / 12;
      expect(b.x + b.width - a.x).toBeLessThan(bandWidth);
    }
  });

  it('styles each plan in its own colour and outlines the assumed months', () => {
    expect(chart.bars.slice(0, 12).every((b) => b.fill === SERIES_STYLES[0]!.color)).toBe(true);
    expect(chart.bars.slice(12, 16).every((b) => b.fill === SERIES_STYLES[1]!.color)).toBe(true);
    expect(chart.bars.slice(16).every((b) => b.dash === AFTER_TERM_DASH)).toBe(true);
    expect(chart.legend.map((l) => l.label)).toEqual(['Rhythm Saver 12', 'Bright Nights 4', 'Assumed after the term']);
  });

  it('tables each month’s usage and both bills, marking the assumed ones, with totals', () => {
    expect(chart.table.columns).toEqual(['Usage (kWh)', 'Rhythm Saver 12', 'Bright Nights 4']);
    expect(chart.table.rows[4]!.cells[0]).toBe('854');
    expect(chart.table.rows[4]!.cells[2]).toMatch(/ \(assumed\)$/);
    expect(chart.table.rows[3]!.cells[2]).not.toMatch(/assumed/);
    expect(chart.table.rows[12]).toEqual({
      header: 'Total',
      cells: ['12,000', expect.stringMatching(/^\$1,8/), expect.stringMatching(/^\$1,6/)],
    });
  });

  it('refuses plans over different months and more than four plans', () => {
    const june = year('35279', 5);
    expect(() =>
      yearCompareChart({
        series: [
          { label: 'a', months: rhythm.months },
          { label: 'b', months: june.months },
        ],
        title: 't',
      }),
    ).toThrow(RangeError);
    const five = Array.from({ length: 5 }, (_, i) => ({ label: String(i), months: rhythm.months }));
    expect(() => yearCompareChart({ series: five, title: 't' })).toThrow(/at most 4/);
    expect(yearCompareChart({ series: [], title: 't' })).toBeNull();
  });
});
