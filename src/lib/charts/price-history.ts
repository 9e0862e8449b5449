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

/** Lays the chart out; null when no snapshot has a price, so the component shows a sentence instead. */
export function priceHistoryChart(input: PriceHistoryInput): ChartModel | null {
  const points = input.points.map((point) => ({ ...point, day: dayNumber(point.date) })).sort((a, b) => a.day - b.day);
  const cents = (rate: number | null) => (rate === null || !Number.isFinite(rate) ? null : rate * 100);
  const shown = RATES.map((rate, index) => ({ ...rate, label: `At ${rate.usage}`, style: seriesStyle(index) })).filter(
    (rate) => points.some((point) => cents(point[rate.key]) !== null),
  );
  const ys = extent(points.flatMap((point) => shown.map((rate) => cents(point[rate.key]))));
  const xs = extent(points.map((point) => point.day));
  if (!ys || !xs || shown.length === 0) return null;

  const x = linearScale(xs, [FRAME.left, FRAME.right]);
  const y = valueAxis(ys[0], ys[1], 'cents');
  const markAll = points.length <= MARK_EVERY_POINT_UP_TO;
  const lines = shown.map((rate) => {
    const path: PathPoint[] = points.map((point) => {
      const value = cents(point[rate.key]);
      return value === null ? null : { x: x(point.day), y: y.scale(value) };
    });
    return { ...rate.style, label: rate.label, ...seriesGeometry(path, rate.style, markAll) };
  });

  const first = formatDateLabel(points[0]!.date);
  const last = formatDateLabel(points[points.length - 1]!.date);
  const span = points.length === 1 ? `on ${first}` : `on ${points.length} snapshot dates from ${first} to ${last}`;
  const id = chartId('price-history', input);
  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title: input.title,
    description: `Posted price in cents per kWh at ${listOf(shown.map((rate) => rate.usage))}, ${span}.`,
    xTitle: null,
    yTitle: '¢ per kWh',
    xTicks: dateTicks(points.map((point) => ({ date: point.date, x: x(point.day) }))),
    yTicks: y.ticks,
    lines,
    marker: null,
    table: {
      caption: input.title,
      rowHeader: 'Date',
      columns: shown.map((rate) => rate.label),
      rows: points.map((point) => ({
        header: formatDateLabel(point.date),
        cells: shown.map((rate) => {
          const value = cents(point[rate.key]);
          return value === null ? 'not available' : formatCentsValue(value);
        }),
      })),
    },
    ink: INK,
  };
}
