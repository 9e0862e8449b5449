// Date labels under a chart of export dates, placed so none overlaps another or the newest.
import type { ChartFormat } from './locale';
import { xAnchor, type AxisTick } from './model';
import { roundCoord } from './scale';

// About the width of "Jan 10, 2026" or "10 sept 2026" at the chart's font size, and the gap kept between two labels.
const DATE_LABEL_WIDTH = 90;
const DATE_LABEL_GAP = 10;

/** A date label's tick and its left and right edges once its anchor is applied. */
function dateLabel(date: string, x: number, f: ChartFormat): { tick: AxisTick; left: number; right: number } {
  const anchor = xAnchor(x, DATE_LABEL_WIDTH / 2);
  const left = anchor === 'start' ? x : anchor === 'end' ? x - DATE_LABEL_WIDTH : x - DATE_LABEL_WIDTH / 2;
  return { tick: { at: roundCoord(x), label: f.dateLabel(date), anchor }, left, right: left + DATE_LABEL_WIDTH };
}

/** Date labels from the snapshots themselves: always the newest, then left to right any that do not overlap. */
export function dateTicks(dates: readonly { date: string; x: number }[], f: ChartFormat): AxisTick[] {
  const newest = dates[dates.length - 1];
  if (!newest) return [];
  const last = dateLabel(newest.date, newest.x, f);
  const ticks: AxisTick[] = [];
  let rightEdge = Number.NEGATIVE_INFINITY;
  for (const { date, x } of dates.slice(0, -1)) {
    const label = dateLabel(date, x, f);
    if (label.left < rightEdge + DATE_LABEL_GAP || label.right + DATE_LABEL_GAP > last.left) continue;
    ticks.push(label.tick);
    rightEdge = label.right;
  }
  return [...ticks, last.tick];
}
