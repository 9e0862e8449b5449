// The cost-curve chart: what each plan costs across usages, as ¢/kWh or as the monthly bill.
import type { Lang } from '~/lib/i18n';
import { chartLocale } from './locale';
import { chartId, FRAME, seriesGeometry, valueAxis, xAnchor, type ChartModel } from './model';
import { INK, MAX_SERIES, seriesStyle } from './palette';
import type { PathPoint } from './path';
import { extent, linearScale, roundCoord } from './scale';
import { ticksWithin } from './ticks';

/** One point of a cost curve, as `costCurve` in src/lib/cost returns it. */
export interface CostCurvePoint {
  usageKwh: number;
  bill: number;
  centsPerKwh: number | null;
}

/**
 * One plan's curve and the name its legend and table use. Build the points with
 * `costCurves(plans, { cliffs: true, include: [markerKwh] })` so credit jumps are drawn vertical,
 * the marker meets each line at the value in the table, and every plan has a value in every row.
 */
export interface CostCurveSeries {
  label: string;
  /** The label's language where it differs from the page's. */
  labelLang?: Lang;
  points: readonly CostCurvePoint[];
}

/** The component's props: up to four series, the metric, and the shopper's usage to mark. */
export interface CostCurveInput {
  series: readonly CostCurveSeries[];
  metric?: 'cents' | 'bill';
  markerKwh?: number;
  title: string;
  description?: string;
}

const value = (point: CostCurvePoint, metric: 'cents' | 'bill'): number | null =>
  metric === 'cents' ? point.centsPerKwh : point.bill;

/** Lays the chart out in a page language; null with no value to draw, so the component says so instead. */
export function costCurveChart(input: CostCurveInput, lang: Lang = 'en'): ChartModel | null {
  const { title } = input;
  const { t, f } = chartLocale(lang);
  const metric = input.metric ?? 'cents';
  if (input.series.length > MAX_SERIES)
    throw new RangeError(`a cost chart draws at most ${MAX_SERIES} series, got ${input.series.length}`);
  const marker = input.markerKwh;
  if (marker !== undefined && !Number.isFinite(marker))
    throw new RangeError(`markerKwh must be a number, got ${marker}`);

  // In usage order, so a point appended for the marker cannot make a line double back.
  const series = input.series.map((s) => ({ ...s, points: [...s.points].sort((a, b) => a.usageKwh - b.usageKwh) }));
  const points = series.flatMap((s) => s.points);
  const ys = extent(points.map((p) => value(p, metric)));
  const xs = extent([...points.map((p) => p.usageKwh), marker]);
  if (!ys || !xs) return null;

  const x = linearScale(xs, [FRAME.left, FRAME.right]);
  const y = valueAxis(ys[0], ys[1], metric === 'cents' ? f.centsTick : f.dollarTick);
  const xTicks = ticksWithin(xs[0], xs[1], 6);
  const lines = series.map((s, index) => {
    const style = seriesStyle(index);
    const path: PathPoint[] = s.points.map((p) => {
      const v = value(p, metric);
      return v === null ? null : { x: x(p.usageKwh), y: y.scale(v) };
    });
    return { ...style, label: s.label, labelLang: s.labelLang, ...seriesGeometry(path, style, false) };
  });

  const usages = [...new Set(points.map((p) => p.usageKwh))].sort((a, b) => a - b);
  const format = (v: number | null) =>
    v === null ? t.chartNotAvailable : metric === 'cents' ? f.centsValue(v) : f.dollarValue(v);
  const measure = metric === 'cents' ? t.chartCentsMeasure : t.chartBillMeasure;
  const names = series.map((s) => s.label).join('; ');
  const [from, to] = [f.kwhValue(usages[0]!), f.kwhValue(usages[usages.length - 1]!)];
  const markText = marker === undefined ? '' : t.chartMarkerNote(f.kwhValue(marker));
  const id = chartId('cost-curve', input);
  const markerLine = (kwh: number): ChartModel['marker'] => {
    const at = roundCoord(x(kwh));
    return { x: at, label: t.chartYourUsage(f.kwhValue(kwh)), anchor: at > FRAME.width * 0.6 ? 'end' : 'start' };
  };

  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title,
    description: input.description ?? t.chartCurveDescription(measure, from, to, names, markText),
    xTitle: t.chartUsageAxis,
    yTitle: metric === 'cents' ? t.chartCentsAxis : t.chartDollarsAxis,
    xTicks: xTicks.values.map((v) => ({
      at: roundCoord(x(v)),
      label: f.kwhTick(v, xTicks.step),
      anchor: xAnchor(x(v), 20),
    })),
    yTicks: y.ticks,
    lines,
    marker: marker === undefined ? null : markerLine(marker),
    table: {
      caption: title,
      rowHeader: t.chartUsageHeader,
      columns: series.map((s) => s.label),
      columnLangs: series.map((s) => s.labelLang),
      rows: usages.map((usage) => ({
        header: f.kwhValue(usage),
        cells: series.map((s) => {
          const point = s.points.find((p) => p.usageKwh === usage);
          return point ? format(value(point, metric)) : t.chartNotAvailable;
        }),
      })),
    },
    ink: INK,
  };
}
