import { beforeEach, describe, expect, it } from 'vitest';
import {
  contrastRatio,
  costCurveChart,
  dayNumber,
  formatCentsTick,
  formatCentsValue,
  formatDateLabel,
  formatDollarTick,
  formatDollarValue,
  formatKwhValue,
  FRAME,
  INK,
  priceHistoryChart,
  SERIES_STYLES,
  type ChartModel,
  type CostCurveSeries,
  type PriceHistoryPoint,
} from '~/lib/charts';
import { costCurve, type PlanPricing } from '~/lib/cost';

const plan = (rates: [number, number, number], extra: Partial<PlanPricing> = {}): PlanPricing => ({
  rate500: rates[0],
  rate1000: rates[1],
  rate2000: rates[2],
  isTimeOfUse: false,
  isPrepaid: false,
  rateType: 'fixed',
  termMonths: 12,
  ...extra,
});
const flat = { label: 'Flat 14¢', points: costCurve(plan([0.14, 0.14, 0.14])) };
const credit = {
  label: 'Bill credit',
  points: costCurve(plan([0.232, 0.121, 0.146], { feesCredits: '$100 bill credit when usage is 1000 kWh or more' })),
};
const falling = { label: 'Base charge', points: costCurve(plan([0.19, 0.16, 0.145])) };
const numbers = (text: string) => [...text.matchAll(/-?\d+(\.\d+)?/g)].map((m) => Number(m[0]));

describe('palette', () => {
  it('gives every series a colour that passes WCAG AA as text on white', () => {
    for (const style of SERIES_STYLES) expect(contrastRatio(style.color)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(INK.text)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(INK.marker)).toBeGreaterThanOrEqual(4.5);
    // Axes are graphics, not text: WCAG 1.4.11 asks 3:1.
    expect(contrastRatio(INK.axis)).toBeGreaterThanOrEqual(3);
  });

  it('tells four series apart by colour, dash and marker shape each', () => {
    expect(SERIES_STYLES).toHaveLength(4);
    for (const key of ['color', 'dash', 'marker'] as const)
      expect(new Set(SERIES_STYLES.map((style) => style[key])).size).toBe(4);
  });

  it('measures contrast as WCAG defines it', () => {
    expect(contrastRatio('#000000')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff')).toBe(1);
    expect(contrastRatio('#767676')).toBeCloseTo(4.54, 2);
    expect(() => contrastRatio('red')).toThrow(RangeError);
  });
});

describe('formatting', () => {
  it('labels ticks with as many decimals as the step needs', () => {
    expect(formatCentsTick(10, 5)).toBe('10¢');
    expect(formatCentsTick(12.5, 2.5)).toBe('12.5¢');
    expect(formatDollarTick(1200, 100)).toBe('$1,200');
    expect(formatDollarTick(2.5, 0.5)).toBe('$2.50');
    expect(formatDollarTick(-20, 10)).toBe('-$20');
    expect(formatDollarTick(-0.001, 1)).toBe('$0');
  });

  it('words table values', () => {
    expect(formatCentsValue(14.237)).toBe('14.2¢/kWh');
    expect(formatDollarValue(1142.376)).toBe('$1,142.38');
    expect(formatKwhValue(1000)).toBe('1,000');
    expect(formatKwhValue(250.5)).toBe('250.5');
  });

  it('reads and words snapshot dates without Intl', () => {
    expect(formatDateLabel('2026-01-10')).toBe('Jan 10, 2026');
    expect(dayNumber('1970-01-02')).toBe(1);
    for (const bad of ['2026-02-30', '2026-1-10', '10/01/2026', '0050-01-01', ''])
      expect(() => dayNumber(bad), bad).toThrow(RangeError);
  });
});

describe('costCurveChart', () => {
  // Laid out before each test rather than once, so mutation testing sees which tests reach the layout code.
  let model: ChartModel;
  beforeEach(() => {
    model = costCurveChart({ series: [flat, credit, falling], markerKwh: 1000, title: 'Cost at your usage' })!;
  });

  it('draws one polyline per series across the whole plot width', () => {
    expect(model.lines.map((line) => line.label)).toEqual(['Flat 14¢', 'Bill credit', 'Base charge']);
    for (const line of model.lines) {
      expect(line.d).toMatch(/^M[\d.]+,[\d.]+(L[\d.]+,[\d.]+){11}$/);
      const xs = numbers(line.d).filter((_, i) => i % 2 === 0);
      expect(xs[0]).toBe(FRAME.left);
      expect(xs[11]).toBe(FRAME.right);
      expect(line.markers).toEqual([]);
    }
  });

  it('plots a flat 14¢ price as a horizontal line at the 14¢ height of a 0-based axis', () => {
    const ys = numbers(model.lines[0]!.d).filter((_, i) => i % 2 === 1);
    expect(new Set(ys).size).toBe(1);
    const [zero, top] = [model.yTicks[0]!, model.yTicks[model.yTicks.length - 1]!];
    expect(zero.label).toBe('0¢');
    const topCents = Number(top.label.replace('¢', ''));
    expect(ys[0]).toBeCloseTo(zero.at - ((zero.at - top.at) * 14) / topCents, 1);
  });

  it('covers the highest price with the y axis', () => {
    const highest = Math.max(...[flat, credit, falling].flatMap((s) => s.points.map((p) => p.centsPerKwh!)));
    const top = Number(model.yTicks[model.yTicks.length - 1]!.label.replace('¢', ''));
    expect(top).toBeGreaterThanOrEqual(highest);
    expect(model.yTitle).toBe('¢ per kWh');
  });

  it('marks the shopper’s usage where 1,000 kWh falls on the x axis', () => {
    const expected = FRAME.left + ((1000 - 250) / (3000 - 250)) * (FRAME.right - FRAME.left);
    expect(model.marker?.x).toBeCloseTo(expected, 2);
    expect(model.marker?.label).toBe('Your usage: 1,000 kWh');
    expect(model.description).toContain('1,000 kWh');
    expect(model.xTicks.map((tick) => tick.label)).toEqual(['500', '1,000', '1,500', '2,000', '2,500', '3,000']);
  });

  it('widens the x axis to a marker beyond the data', () => {
    const wide = costCurveChart({ series: [flat], markerKwh: 4000, title: 't' })!;
    expect(wide.marker?.x).toBe(FRAME.right);
    expect(wide.marker?.anchor).toBe('end');
    const xs = numbers(wide.lines[0]!.d).filter((_, i) => i % 2 === 0);
    expect(xs[xs.length - 1]).toBeCloseTo(FRAME.left + ((3000 - 250) / (4000 - 250)) * (FRAME.right - FRAME.left), 1);
  });

  it('lists every value in the table, in the same order as the legend', () => {
    expect(model.table.columns).toEqual(['Flat 14¢', 'Bill credit', 'Base charge']);
    expect(model.table.rows).toHaveLength(12);
    expect(model.table.rows[3]).toEqual({
      header: '1,000',
      cells: ['14.0¢/kWh', formatCentsValue(credit.points[3]!.centsPerKwh!), '16.0¢/kWh'],
    });
  });

  it('switches to dollars per month for the bill metric', () => {
    const bill = costCurveChart({ series: [flat], metric: 'bill', title: 'Monthly bill' })!;
    expect(bill.yTitle).toBe('$ per month');
    expect(bill.yTicks.map((tick) => tick.label)).toEqual(['$0', '$100', '$200', '$300', '$400', '$500']);
    expect(bill.table.rows[3]!.cells).toEqual(['$140.00']);
    expect(bill.marker).toBeNull();
  });

  it('never puts NaN or Infinity in the layout for degenerate input', () => {
    const cases: CostCurveSeries[][] = [
      [{ label: 'one point', points: [{ usageKwh: 1000, bill: 140, centsPerKwh: 14 }] }],
      [
        {
          label: 'all equal',
          points: [500, 1000, 1500].map((usageKwh) => ({ usageKwh, bill: 100, centsPerKwh: 12.5 })),
        },
      ],
      [{ label: 'zero usage first', points: costCurve(plan([0.14, 0.14, 0.14]), { from: 0, to: 500, step: 250 }) }],
    ];
    for (const series of cases) {
      const layout = costCurveChart({ series, markerKwh: 1000, title: 'degenerate' });
      expect(layout).not.toBeNull();
      expect(JSON.stringify(layout)).not.toMatch(/NaN|Infinity|null,"label"/);
    }
  });

  it('draws a lone point as a marker, not as an invisible line', () => {
    const single = costCurveChart({
      series: [{ label: 'one point', points: [{ usageKwh: 1000, bill: 140, centsPerKwh: 14 }] }],
      title: 't',
    })!;
    expect(single.lines[0]!.d).toBe('');
    expect(single.lines[0]!.markers).toEqual([
      { kind: 'circle', cx: (FRAME.left + FRAME.right) / 2, cy: expect.any(Number), r: 4 },
    ]);
  });

  it('leaves a gap where the average price means nothing (0 kWh)', () => {
    const fromZero = costCurveChart({
      series: [{ label: 'z', points: costCurve(plan([0.14, 0.14, 0.14]), { from: 0, to: 750, step: 250 }) }],
      title: 't',
    })!;
    expect(fromZero.lines[0]!.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(fromZero.table.rows[0]).toEqual({ header: '0', cells: ['not available'] });
  });

  it('has nothing to draw without values', () => {
    expect(costCurveChart({ series: [], title: 't' })).toBeNull();
    expect(costCurveChart({ series: [{ label: 'x', points: [] }], title: 't' })).toBeNull();
    expect(
      costCurveChart({ series: [{ label: 'x', points: [{ usageKwh: 0, bill: 5, centsPerKwh: null }] }], title: 't' }),
    ).toBeNull();
  });

  it('refuses a fifth series and a marker that is not a number', () => {
    expect(() => costCurveChart({ series: [flat, flat, flat, flat, flat], title: 't' })).toThrow(RangeError);
    expect(() => costCurveChart({ series: [flat], markerKwh: Number.NaN, title: 't' })).toThrow(RangeError);
  });

  it('gives distinct charts distinct aria ids, and the same chart the same ids', () => {
    const again = costCurveChart({ series: [flat, credit, falling], markerKwh: 1000, title: 'Cost at your usage' })!;
    const other = costCurveChart({ series: [flat, credit, falling], markerKwh: 1250, title: 'Cost at your usage' })!;
    expect(again.titleId).toBe(model.titleId);
    expect(other.titleId).not.toBe(model.titleId);
    expect(model.titleId).toMatch(/^cost-curve-[0-9a-f]{8}-title$/);
    expect(model.descId).toBe(model.titleId.replace(/-title$/, '-desc'));
  });
});

describe('priceHistoryChart', () => {
  const points: PriceHistoryPoint[] = [
    { date: '2026-01-29', rate500: 0.152, rate1000: 0.139, rate2000: 0.135 },
    { date: '2026-01-10', rate500: 0.155, rate1000: 0.142, rate2000: 0.137 },
    { date: '2026-01-20', rate500: 0.155, rate1000: null, rate2000: 0.137 },
  ];
  let model: ChartModel;
  beforeEach(() => {
    model = priceHistoryChart({ points, title: 'Price history' })!;
  });

  it('orders snapshots by date and lists them in cents', () => {
    expect(model.table.rows.map((row) => row.header)).toEqual(['Jan 10, 2026', 'Jan 20, 2026', 'Jan 29, 2026']);
    expect(model.table.columns).toEqual(['At 500 kWh', 'At 1,000 kWh', 'At 2,000 kWh']);
    expect(model.table.rows[0]!.cells).toEqual(['15.5¢/kWh', '14.2¢/kWh', '13.7¢/kWh']);
    expect(model.table.rows[1]!.cells[1]).toBe('not available');
    expect(model.description).toBe(
      'Posted price in cents per kWh at 500 kWh, 1,000 kWh and 2,000 kWh, on 3 snapshot dates from Jan 10, 2026 to Jan 29, 2026.',
    );
  });

  it('draws a line per price, breaking at a missing snapshot, and marks every snapshot', () => {
    expect(model.lines).toHaveLength(3);
    expect(model.lines[0]!.d).toMatch(/^M[^M]+L[^M]+L[^M]+$/);
    // The 1,000 kWh price has no two neighbouring snapshots: markers only, no line bridging the gap.
    expect(model.lines[1]!.d).toBe('');
    expect(model.lines.map((line) => line.markers.length)).toEqual([3, 2, 3]);
    expect(numbers(model.lines[0]!.d)[0]).toBe(FRAME.left);
  });

  it('breaks a line at a missing snapshot rather than bridging it', () => {
    const gap = priceHistoryChart({
      points: ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-01-05'].map((date, i) => ({
        date,
        rate500: i === 2 ? null : 0.15,
        rate1000: 0.14,
        rate2000: 0.13,
      })),
      title: 't',
    })!;
    expect(gap.lines[0]!.d).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+M[\d.]+,[\d.]+L[\d.]+,[\d.]+$/);
    expect(gap.lines[1]!.d).toMatch(/^M[^M]+$/);
  });

  it('does not let the last date label, pulled left to stay inside the chart, overlap the one before', () => {
    const near = priceHistoryChart({
      points: ['2025-11-02', '2025-12-01', '2026-01-10', '2026-01-29'].map((date) => ({
        date,
        rate500: 0.15,
        rate1000: 0.14,
        rate2000: 0.13,
      })),
      title: 't',
    })!;
    expect(near.xTicks.map((tick) => [tick.label, tick.anchor])).toEqual([
      ['Nov 2, 2025', 'middle'],
      ['Dec 1, 2025', 'middle'],
      ['Jan 29, 2026', 'end'],
    ]);
  });

  it('places dates by time, not by position in the list', () => {
    const xs = numbers(model.lines[0]!.d).filter((_, i) => i % 2 === 0);
    const expectedMiddle = FRAME.left + (10 / 19) * (FRAME.right - FRAME.left);
    expect(xs[1]).toBeCloseTo(expectedMiddle, 1);
  });

  it('labels dates without overlapping them or running off the chart', () => {
    const crowded = priceHistoryChart({
      points: Array.from({ length: 30 }, (_, i) => ({
        date: `2026-01-${String(i + 1).padStart(2, '0')}`,
        rate500: 0.15,
        rate1000: 0.14,
        rate2000: 0.13,
      })),
      title: 't',
    })!;
    const ticks = crowded.xTicks;
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.length).toBeLessThan(8);
    // Each label's extent once its anchor is applied, at the 90-unit width the layout assumes.
    const extents = ticks.map((tick) => {
      const left = tick.anchor === 'start' ? tick.at : tick.anchor === 'end' ? tick.at - 90 : tick.at - 45;
      return [left, left + 90] as const;
    });
    for (let i = 1; i < extents.length; i++) expect(extents[i]![0]).toBeGreaterThanOrEqual(extents[i - 1]![1]);
    expect(extents[0]![0]).toBeGreaterThanOrEqual(0);
    expect(extents[extents.length - 1]![1]).toBeLessThanOrEqual(FRAME.width);
    expect(crowded.lines[0]!.markers).toEqual([]);
  });

  it('draws one snapshot as markers only, in the middle of the chart', () => {
    const single = priceHistoryChart({ points: [points[0]!], title: 'One' })!;
    expect(single.lines.map((line) => line.d)).toEqual(['', '', '']);
    expect(single.lines.map((line) => line.markers.length)).toEqual([1, 1, 1]);
    expect(single.xTicks).toEqual([{ at: (FRAME.left + FRAME.right) / 2, label: 'Jan 29, 2026', anchor: 'middle' }]);
    expect(JSON.stringify(single)).not.toMatch(/NaN|Infinity/);
    expect(single.description).toContain('on Jan 29, 2026');
  });

  it('keeps a price’s colour when another price is missing, and drops a price never posted', () => {
    const no500 = priceHistoryChart({
      points: points.map((point) => ({ ...point, rate500: null })),
      title: 't',
    })!;
    expect(no500.table.columns).toEqual(['At 1,000 kWh', 'At 2,000 kWh']);
    expect(no500.lines[0]!.color).toBe(SERIES_STYLES[1]!.color);
  });

  it('has nothing to draw with no snapshots or no prices', () => {
    expect(priceHistoryChart({ points: [], title: 't' })).toBeNull();
    expect(
      priceHistoryChart({
        points: [{ date: '2026-01-10', rate500: null, rate1000: null, rate2000: null }],
        title: 't',
      }),
    ).toBeNull();
  });

  it('refuses a date that is not YYYY-MM-DD', () => {
    expect(() =>
      priceHistoryChart({ points: [{ date: '01/10/2026', rate500: 1, rate1000: 1, rate2000: 1 }], title: 't' }),
    ).toThrow(RangeError);
  });
});
