// What a chart component renders: every coordinate and label worked out here, so the .astro
// files only print markup and the arithmetic is tested without Astro.
import type { ChartFormat } from './locale';
import { linePath, markerAt, segments, type Marker, type PathPoint } from './path';
import { INK, type SeriesStyle } from './palette';
import { chartFrame, linearScale, roundCoord, type Frame, type LinearScale } from './scale';
import { niceTicks } from './ticks';

/** One tick: its position along its axis and its text. */
export interface AxisTick {
  at: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** One drawn series: its polyline (empty when no two points connect), markers and style. */
export interface ChartLine extends SeriesStyle {
  label: string;
  /** The label's language where it differs from the page's (an English plan name on a Spanish page). */
  labelLang?: string;
  d: string;
  markers: Marker[];
}

/** The screen-reader table that carries the numbers the picture shows. */
export interface ChartTable {
  caption: string;
  rowHeader: string;
  columns: string[];
  /** A column header's language where it differs from the page's (an English-only plan's name). */
  columnLangs?: (string | undefined)[];
  rows: { header: string; cells: string[] }[];
}

/** Everything a chart component needs to draw one chart. */
export interface ChartModel {
  frame: Frame;
  titleId: string;
  descId: string;
  title: string;
  description: string;
  xTitle: string | null;
  yTitle: string;
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  lines: ChartLine[];
  marker: { x: number; label: string; anchor: 'start' | 'end' } | null;
  table: ChartTable;
  ink: typeof INK;
}

/**
 * A 560 × 320 viewBox, scaled to the container by CSS: small enough that 14-unit text stays legible
 * on a phone (about 9 px at 360 px wide), wide enough for five date labels.
 */
export const FRAME = chartFrame(560, 320, { top: 40, right: 20, bottom: 48, left: 60 });

/** A stable id from the chart's content (FNV-1a), so two charts on a page get distinct aria ids without a counter. */
export function chartId(prefix: string, content: unknown): string {
  let hash = 0x811c9dc5;
  for (const char of JSON.stringify(content) ?? '') {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${prefix}-${hash.toString(16).padStart(8, '0')}`;
}

/**
 * The y axis from zero (an honest baseline for prices and bills) to a nice step above the data,
 * its ticks labelled by `format` (a chart format's `centsTick` or `dollarTick`).
 */
export function valueAxis(
  min: number,
  max: number,
  format: ChartFormat['centsTick'],
): { scale: LinearScale; ticks: AxisTick[] } {
  const ticks = niceTicks(min, max, 5, { includeZero: true });
  const scale = linearScale([ticks.min, ticks.max], [FRAME.bottom, FRAME.top]);
  return {
    scale,
    ticks: ticks.values.map((value) => ({
      at: roundCoord(scale(value)),
      label: format(value, ticks.step),
      anchor: 'end',
    })),
  };
}

/** Text anchor that keeps an x-axis label of about `halfWidth` units inside the viewBox. */
export function xAnchor(x: number, halfWidth: number): AxisTick['anchor'] {
  if (x - halfWidth < 0) return 'start';
  if (x + halfWidth > FRAME.width) return 'end';
  return 'middle';
}

/**
 * A series' line and markers. The line is left out ('') when no two points connect, so one snapshot
 * is drawn as a marker alone; markers go on every point (`markAll`) or only on points with no neighbour.
 */
export function seriesGeometry(
  points: readonly PathPoint[],
  style: SeriesStyle,
  markAll: boolean,
): { d: string; markers: Marker[] } {
  const runs = segments(points);
  const shown = markAll ? runs.flat() : runs.filter((run) => run.length === 1).flat();
  return {
    d: runs.some((run) => run.length > 1) ? linePath(points) : '',
    markers: shown.map((point) => markerAt(style.marker, point.x, point.y)),
  };
}
