// The price-history chart: a plan's posted prices at 500, 1,000 and 2,000 kWh on each snapshot date.
import { dayNumber, formatCentsValue, formatDateLabel } from './format';
import { chartId, FRAME, seriesGeometry, valueAxis, xAnchor, type AxisTick, type ChartModel } from './model';
import { INK, seriesStyle } from './palette';
import type { PathPoint } from './path';
import { extent, linearScale, roundCoord } from './scale';

/** One snapshot from plan_pricing_history, prices in $/kWh (null when the export had none). */
export interface PriceHistoryPoint {
  date: string;
  rate500: number | null;
  rate1000: number | null;
  rate2000: number | null;
}

/** The component's props. */
export interface PriceHistoryInput {
  points: readonly PriceHistoryPoint[];
  title: string;
}

// Fixed order, so "1,000 kWh" has the same colour and dash on every plan's chart.
const RATES = [
  { key: 'rate500', usage: '500 kWh' },
  { key: 'rate1000', usage: '1,000 kWh' },
  { key: 'rate2000', usage: '2,000 kWh' },
] as const;

// Snapshots are discrete observations: mark each one while there are few enough to tell apart.
const MARK_EVERY_POINT_UP_TO = 24;
// About the width of "Jan 10, 2026" at the chart's font size, and the gap kept between two labels.
const DATE_LABEL_WIDTH = 90;
const DATE_LABEL_GAP = 10;

/** "a", "a and b", "a, b and c". */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A date label's tick and its left and right edges once its anchor is applied. */
function dateLabel(date: string, x: number): { tick: AxisTick; left: number; right: number } {
  const anchor = xAnchor(x, DATE_LABEL_WIDTH / 2);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - DATE_LABEL_WIDTH : x - DATE_LABEL_WIDTH / 2;
  return { tick: { at: roundCoord(x), label: formatDateLabel(date), anchor }, left, right: left + DATE_LABEL_WIDTH };
}

/** Date labels from the snapshots themselves: always the newest, then left to right any that do not overlap. */
function dateTicks(dates: readonly { date: string; x: number }[]): AxisTick[] {
  const newest = dates[dates.length - 1];
  if (!newest) return [];
  const last = dateLabel(newest.date, newest.x);
  const ticks: AxisTick[] = [];
  let rightEdge = Number.NEGATIVE_INFINITY;
  for (const { date, x } of dates.slice(0, -1)) {
    const label = dateLabel(date, x);
    if (label.left < rightEdge + DATE_LABEL_GAP || label.right + DATE_LABEL_GAP > last.left) continue;
    ticks.push(label.tick);
    rightEdge = label.right;
  }
  return [...ticks, last.tick];
}

/** One line of a chart over export dates: its label and its value (¢/kWh) on each date it has one. */
export interface DateSeries {
  label: string;
  /** Named in the description ("at 500 kWh", "the median 12-month fixed price"). */
  describes: string;
  points: readonly { date: string; cents: number | null }[];
}

/** The props of a chart of values over export dates. */
export interface DateSeriesInput {
  series: readonly DateSeries[];
  title: string;
  /** What the values are, for the description ("Posted price in cents per kWh"). */
  measure: string;
}

/** Lays out lines of ¢/kWh over export dates; null when no line has a value. */
export function dateSeriesChart(input: DateSeriesInput): ChartModel | null {
  const dates = [...new Set(input.series.flatMap((s) => s.points.map((p) => p.date)))]
    .map((date) => ({ date, day: dayNumber(date) }))
    .sort((a, b) => a.day - b.day);
  const valueOf = (series: DateSeries, date: string) => {
    const v = series.points.find((p) => p.date === date)?.cents ?? null;
    return v === null || !Number.isFinite(v) ? null : v;
  };
  const shown = input.series
    .map((series, index) => ({ series, style: seriesStyle(index) }))
    .filter(({ series }) => dates.some(({ date }) => valueOf(series, date) !== null));
  const ys = extent(dates.flatMap(({ date }) => shown.map(({ series }) => valueOf(series, date))));
  const xs = extent(dates.map((d) => d.day));
  if (!ys || !xs || shown.length === 0) return null;

  const x = linearScale(xs, [FRAME.left, FRAME.right]);
  const y = valueAxis(ys[0], ys[1], 'cents');
  const markAll = dates.length <= MARK_EVERY_POINT_UP_TO;
  const lines = shown.map(({ series, style }) => {
    const path: PathPoint[] = dates.map(({ date, day }) => {
      const value = valueOf(series, date);
      return value === null ? null : { x: x(day), y: y.scale(value) };
    });
    return { ...style, label: series.label, ...seriesGeometry(path, style, markAll) };
  });

  const first = formatDateLabel(dates[0]!.date);
  const last = formatDateLabel(dates[dates.length - 1]!.date);
  const span = dates.length === 1 ? `on ${first}` : `on ${dates.length} snapshot dates from ${first} to ${last}`;
  const id = chartId('price-history', input);
  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title: input.title,
    description: `${input.measure} ${listOf(shown.map(({ series }) => series.describes))}, ${span}.`,
    xTitle: null,
    yTitle: '¢ per kWh',
    xTicks: dateTicks(dates.map(({ date, day }) => ({ date, x: x(day) }))),
    yTicks: y.ticks,
    lines,
    marker: null,
    table: {
      caption: input.title,
      rowHeader: 'Date',
      columns: shown.map(({ series }) => series.label),
      rows: dates.map(({ date }) => ({
        header: formatDateLabel(date),
        cells: shown.map(({ series }) => {
          const value = valueOf(series, date);
          return value === null ? 'not available' : formatCentsValue(value);
        }),
      })),
    },
    ink: INK,
  };
}

/** Lays the chart out; null when no snapshot has a price, so the component shows a sentence instead. */
export function priceHistoryChart(input: PriceHistoryInput): ChartModel | null {
  const cents = (rate: number | null) => (rate === null || !Number.isFinite(rate) ? null : rate * 100);
  return dateSeriesChart({
    title: input.title,
    measure: 'Posted price in cents per kWh at',
    series: RATES.map((rate) => ({
      label: `At ${rate.usage}`,
      describes: rate.usage,
      points: input.points.map((point) => ({ date: point.date, cents: cents(point[rate.key]) })),
    })),
  });
}
