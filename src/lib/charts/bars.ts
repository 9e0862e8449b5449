// Shared geometry for the bar charts of a year of bills: one band per month across the plot, bars
// standing on the zero line, and the look that tells a plan's own price from the after-term guess
// without relying on colour (solid for the plan, white with a dashed outline after the term).
import { FRAME, type AxisTick, type ChartTable } from './model';
import type { INK } from './palette';
import { roundCoord, type Frame, type LinearScale } from './scale';

/** Who priced a month's bill; the same words as `PricedBy` in src/lib/cost. */
export type BarPricedBy = 'plan' | 'after-term';

/** One month of one plan, as `yearCost(...).months` gives it. */
export interface YearBillMonth {
  /** 0 (January) to 11 (December). */
  calendarMonth: number;
  usageKwh: number;
  bill: number;
  pricedBy: BarPricedBy;
}

/** How a bar or legend swatch is painted (presentation attributes: the CSP forbids inline styles). */
export interface BarStyle {
  fill: string;
  stroke: string;
  /** `stroke-dasharray`, or undefined for a solid outline. */
  dash: string | undefined;
}

/** One bar in viewBox units, with the text of its <title> tooltip. */
export interface ChartBar extends BarStyle {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
  /** Which series (plan) it belongs to: 0 for a one-plan chart. */
  series: number;
  pricedBy: BarPricedBy;
}

/** Everything a bar chart component needs to draw one chart. */
export interface BarChartModel {
  frame: Frame;
  titleId: string;
  descId: string;
  title: string;
  description: string;
  yTitle: string;
  /** Month names under the bars. */
  xTicks: AxisTick[];
  yTicks: AxisTick[];
  bars: ChartBar[];
  /** `labelLang` as on `ChartLine`. */
  legend: ({ label: string; labelLang?: string } & BarStyle)[];
  table: ChartTable;
  ink: typeof INK;
}

/** The dash of an after-term bar's outline. */
export const AFTER_TERM_DASH = '4 3';

/** A month's bar style: filled in the series colour for the plan's price, outlined and dashed after the term. */
export function barStyle(color: string, pricedBy: BarPricedBy): BarStyle {
  return pricedBy === 'plan'
    ? { fill: color, stroke: color, dash: undefined }
    : { fill: '#ffffff', stroke: color, dash: AFTER_TERM_DASH };
}

/** The left edge and width of band `index` of `count` equal bands across the plot. */
export function band(index: number, count: number): { left: number; width: number } {
  const width = (FRAME.right - FRAME.left) / count;
  return { left: FRAME.left + index * width, width };
}

/** A bar from the zero line up to `value`, `width` wide from `left`, rounded like every coordinate. */
export function barRect(
  value: number,
  y: LinearScale,
  left: number,
  width: number,
): Pick<ChartBar, 'x' | 'y' | 'width' | 'height'> {
  const [top, base] = [y(Math.max(0, value)), y(0)];
  return { x: roundCoord(left), y: roundCoord(top), width: roundCoord(width), height: roundCoord(base - top) };
}
