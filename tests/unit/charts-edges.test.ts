// Issue 15: the chart code's edges and messages that the layout tests leave open, on real Oncor
// offers of 2026-01-10 and 2026-01-29 (as charts-year.test.ts), each value stated exactly.
import { describe, expect, it } from 'vitest';
import {
  chartId,
  chartLocale,
  contrastRatio,
  costCurveChart,
  dateSeriesChart,
  dateTicks,
  AFTER_TERM_DASH,
  INK,
  dayNumber,
  FRAME,
  niceTicks,
  priceHistoryChart,
  seriesStyle,
  xAnchor,
  yearBillsChart,
  yearCompareChart,
} from '~/lib/charts';
import { costCurve, yearCost } from '~/lib/cost';
import { shapedUsages } from '~/lib/usage';
import { oncorAssumption, oncorPlan as plan, oncorYear as year } from '../helpers/oncor-year';
const rhythm = { label: 'Rhythm Saver 12', points: costCurve(plan('35279')) };

describe('cost curve edges', () => {
  it('says why it refuses a fifth series or a marker that is not a number', () => {
    expect(() => costCurveChart({ series: Array(5).fill(rhythm), title: 't' })).toThrow(
      'a cost chart draws at most 4 series, got 5',
    );
    expect(() => costCurveChart({ series: [rhythm], markerKwh: Number.NaN, title: 't' })).toThrow(
      'markerKwh must be a number, got NaN',
    );
    expect(() => seriesStyle(4)).toThrow('a chart draws at most 4 series, got series #5');
  });

  it('tables the usages of series on different grids in usage order', () => {
    const low = {
      label: 'Rhythm Saver 12 (low usage)',
      points: costCurve(plan('35279'), { from: 0, to: 500, step: 125 }),
    };
    const chart = costCurveChart({ series: [rhythm, low], title: 't' })!;
    expect(chart.table.rows.map((r) => r.header).slice(0, 6)).toEqual(['0', '125', '250', '375', '500', '750']);
    expect(chart.table.rows[1]!.cells[0]).toBe('not available');
    expect(chart.description).toBe(
      'Average price in cents per kWh at usages from 0 to 3,000 kWh, for: Rhythm Saver 12; Rhythm Saver 12 (low usage).',
    );
  });

  it('anchors the usage marker’s label away from the right edge only past 60 % of the width', () => {
    const at = (markerKwh: number) => costCurveChart({ series: [rhythm], markerKwh, title: 't' })!.marker;
    expect(at(1000)).toEqual({ x: 190.91, label: 'Your usage: 1,000 kWh', anchor: 'start' });
    expect(at(2000)).toEqual({ x: 365.45, label: 'Your usage: 2,000 kWh', anchor: 'end' });
  });

  it('describes a chart without a marker with no marker sentence, in the page language', () => {
    const chart = costCurveChart({ series: [rhythm], metric: 'bill', title: 't' })!;
    expect(chart.description).toBe('Monthly bill in dollars at usages from 250 to 3,000 kWh, for: Rhythm Saver 12.');
    expect(chart.yTicks.map((tick) => tick.label).slice(0, 2)).toEqual(['$0', '$100']);
    expect(costCurveChart({ series: [rhythm], title: 't' })).toEqual(
      costCurveChart({ series: [rhythm], title: 't' }, 'en'),
    );
  });
});

describe('price history edges', () => {
  // Plan 11676's posted prices ($/kWh) on the Oncor exports of 2026-01-10 and 2026-01-29.
  const points = [
    { date: '2026-01-10', rate500: 0.162, rate1000: 0.157, rate2000: 0.155 },
    { date: '2026-01-29', rate500: 0.157, rate1000: 0.153, rate2000: 0.15 },
  ];

  it('is English unless told otherwise', () => {
    const input = { points, title: 'History' };
    expect(priceHistoryChart(input)).toEqual(priceHistoryChart(input, 'en'));
    const series = [
      {
        label: 'At 1,000 kWh',
        describes: '1,000 kWh',
        points: points.map((p) => ({ date: p.date, cents: p.rate1000 * 100 })),
      },
    ];
    const chart = dateSeriesChart({ series, title: 't', measure: 'Price at' })!;
    expect(chart).toEqual(dateSeriesChart({ series, title: 't', measure: 'Price at' }, 'en'));
    expect(chart.description).toBe('Price at 1,000 kWh, on 2 snapshot dates from Jan 10, 2026 to Jan 29, 2026.');
    expect(chart.table.rows.map((r) => r.cells)).toEqual([['15.7¢/kWh'], ['15.3¢/kWh']]);
  });

  it('labels no dates when there are none, and measures each label from its anchor', () => {
    const { f } = chartLocale('en');
    expect(dateTicks([], f)).toEqual([]);
    // A label anchored at its start spans 90 units right of it; a middle one 45 either side.
    const dates = ['2026-01-10', '2026-01-20', '2026-01-29'];
    const ticks = (xs: number[]) =>
      dateTicks(
        dates.map((date, i) => ({ date, x: xs[i]! })),
        f,
      );
    expect(ticks([20, 164, 540])).toEqual([
      { at: 20, label: 'Jan 10, 2026', anchor: 'start' },
      { at: 540, label: 'Jan 29, 2026', anchor: 'end' },
    ]);
    // 10 units after the first label ends (at 110), a middle label at 165 starts.
    expect(ticks([20, 165, 540]).map((t) => t.at)).toEqual([20, 165, 540]);
    // A label may end 10 units before the newest (pulled left to end at 540) starts, at 450.
    expect(ticks([20, 395, 540]).map((t) => t.at)).toEqual([20, 395, 540]);
  });

  it('leaves a line’s missing or unreadable dates empty', () => {
    const [first, last] = points.map((p) => ({ date: p.date, cents: p.rate1000 * 100 }));
    const series = [
      { label: 'At 1,000 kWh', describes: '1,000 kWh', points: [first!, last!] },
      { label: 'Only the newest', describes: 'the newest', points: [last!] },
      { label: 'Unreadable', describes: 'unreadable', points: [{ ...first!, cents: Number.NaN }, last!] },
    ];
    const chart = dateSeriesChart({ series, title: 't', measure: 'Price at' })!;
    expect(chart.table.rows[0]!.cells).toEqual(['15.7¢/kWh', 'not available', 'not available']);
    expect(chart.table.rows[1]!.cells).toEqual(['15.3¢/kWh', '15.3¢/kWh', '15.3¢/kWh']);
  });

  it('says which date it cannot read', () => {
    expect(() => dayNumber('01/10/2026')).toThrow('expected a date as YYYY-MM-DD, got "01/10/2026"');
    expect(() => dayNumber('2026-01-10x')).toThrow(RangeError);
    expect(dayNumber('2026-01-29')).toBe(20_482);
  });
});

describe('year chart edges', () => {
  it('describes a full-term year without the after-term sentence', () => {
    const chart = yearBillsChart({ months: year('35279').months, title: 't' })!;
    expect(chart.description).toMatch(
      /^Estimated bill for each month from Jan to Dec, \$[\d,.]+ in all \([\d.]+¢\/kWh on average\)\.$/,
    );
  });

  it('has nothing to draw when any one month is not a number, and fits the dearest bill under the axis', () => {
    const months = year('35543').months;
    for (const key of ['bill', 'usageKwh'] as const)
      expect(
        yearBillsChart({ months: months.map((m, i) => (i === 3 ? { ...m, [key]: Number.NaN } : m)), title: 't' }),
      ).toBeNull();
    const chart = yearBillsChart({ months, title: 't' })!;
    expect(Math.min(...chart.bars.map((bar) => bar.y))).toBeGreaterThanOrEqual(FRAME.top);
  });

  it('places each plan’s bars, labels and assumed months exactly', () => {
    const series = [
      { label: 'Rhythm Saver 12', months: year('35279').months },
      { label: 'Bright Nights 4', months: year('35543').months },
    ];
    const chart = yearCompareChart({ series, title: 't' })!;
    // A 40-unit month band holds a 32-unit group: two 16-unit bars from 4 units in.
    expect(
      chart.bars
        .slice(0, 1)
        .concat(chart.bars[12]!)
        .map((bar) => [bar.x, bar.width]),
    ).toEqual([
      [64, 16],
      [80, 16],
    ]);
    expect(Math.min(...chart.bars.map((bar) => bar.y))).toBeGreaterThanOrEqual(FRAME.top);
    expect(chart.bars[0]!.label).toMatch(/^Rhythm Saver 12, Jan: \$[\d,.]+$/);
    expect(chart.description).toMatch(/ in all\); Bright Nights 4 \(\$[\d,.]+ in all\)\. Outlined bars are months/);
    expect(chart.legend[2]).toEqual({
      label: 'Assumed after the term',
      fill: '#ffffff',
      stroke: INK.axis,
      dash: AFTER_TERM_DASH,
    });
    expect(chart.table.rows[3]!.cells[2]).toMatch(/^\$[\d,.]+$/);
    const bad = series[1]!.months.map((m, i) => (i === 3 ? { ...m, bill: Number.NaN } : m));
    expect(yearCompareChart({ series: [series[0]!, { ...series[1]!, months: bad }], title: 't' })).toBeNull();
    expect(() => yearCompareChart({ series: Array(5).fill(series[0]), title: 't' })).toThrow(
      'a year chart compares at most 4 plans, got 5',
    );
  });

  it('gives no average price for a year of no usage (a vacant home)', () => {
    const empty = yearCost(plan('35279'), shapedUsages(0, 0), 0, oncorAssumption);
    expect(yearBillsChart({ months: empty.months, title: 't' })!.description).toBe(
      'Estimated bill for each month from Jan to Dec, $0.00 in all.',
    );
  });

  it('compares full-term plans without the outline note or its legend entry', () => {
    const series = ['35279', '35289'].map((id) => ({ label: plan(id).productName ?? id, months: year(id).months }));
    const chart = yearCompareChart({ series, title: 't' })!;
    expect(chart.description).toMatch(
      /^Estimated monthly bills over the next 12 months for: .+ \(\$[\d,.]+ in all\)\.$/,
    );
    expect(chart.legend.map((l) => l.label)).toEqual(series.map((s) => s.label));
    expect(() =>
      yearCompareChart({ series: [series[0]!, { ...series[1]!, months: series[1]!.months.slice(1) }], title: 't' }),
    ).toThrow('every plan in a year chart must cover the same months at the same usages, in the same order');
  });
});

describe('chart helpers', () => {
  it('keeps a label inside the chart at either edge', () => {
    expect(xAnchor(FRAME.left, 90)).toBe('start');
    expect(xAnchor(FRAME.left, 45)).toBe('middle');
    expect(xAnchor(FRAME.right, 45)).toBe('end');
  });

  it('hashes content JSON cannot write as the empty string', () => {
    expect(chartId('c', undefined)).toBe('c-811c9dc5');
  });

  it('lists one or no item in English as they are', () => {
    const { f } = chartLocale();
    expect(f.list([])).toBe('');
    expect(f.list(['Rhythm Saver 12'])).toBe('Rhythm Saver 12');
    expect(f.list(['a', 'b'])).toBe('a and b');
  });

  it('reads only whole #rrggbb colours', () => {
    expect(() => contrastRatio('#0f172a0')).toThrow('expected a #rrggbb colour, got "#0f172a0"');
    expect(() => contrastRatio('x#0f172a')).toThrow(RangeError);
  });

  it('pads an axis of one recorded price by a power of ten, and a zero one by 1', () => {
    const cents = plan('11676').rate1000 * 100; // 15.3¢: padded to 5.3¢–25.3¢
    expect(niceTicks(cents, cents)).toMatchObject({ min: 5, max: 30, step: 5 });
    expect(niceTicks(0, 0)).toMatchObject({ min: -1, max: 1 });
    expect(() => niceTicks(Number.NaN, 1)).toThrow('ticks need finite bounds, got NaN…1');
    expect(() => niceTicks(2, 1)).toThrow('ticks need min <= max, got 2 > 1');
    expect(() => niceTicks(0, 1, 0)).toThrow('tick count must be a positive integer, got 0');
  });
});
