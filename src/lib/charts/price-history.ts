// The price-history chart: a plan's posted prices at 500, 1,000 and 2,000 kWh on each snapshot date.
import type { Lang } from '~/lib/i18n';
import { dayNumber } from './format';
import { dateTicks } from './date-ticks';
import { chartLocale } from './locale';
import { chartId, FRAME, seriesGeometry, valueAxis, type ChartModel } from './model';
import { INK, seriesStyle } from './palette';
import type { PathPoint } from './path';
import { extent, linearScale } from './scale';

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
  { key: 'rate500', kwh: 500 },
  { key: 'rate1000', kwh: 1000 },
  { key: 'rate2000', kwh: 2000 },
] as const;

// Snapshots are discrete observations: mark each one while there are few enough to tell apart.
const MARK_EVERY_POINT_UP_TO = 24;
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

/** Lays out lines of ¢/kWh over export dates in a page language; null when no line has a value. */
export function dateSeriesChart(input: DateSeriesInput, lang: Lang = 'en'): ChartModel | null {
  const { t, f } = chartLocale(lang);
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
  // No line shown means no value, so `ys` is null then too; with a value there is a date.
  if (!ys) return null;

  const x = linearScale([dates[0]!.day, dates[dates.length - 1]!.day], [FRAME.left, FRAME.right]);
  const y = valueAxis(ys[0], ys[1], f.centsTick);
  const markAll = dates.length <= MARK_EVERY_POINT_UP_TO;
  const lines = shown.map(({ series, style }) => {
    const path: PathPoint[] = dates.map(({ date, day }) => {
      const value = valueOf(series, date);
      return value === null ? null : { x: x(day), y: y.scale(value) };
    });
    return { ...style, label: series.label, ...seriesGeometry(path, style, markAll) };
  });

  const first = f.dateLabel(dates[0]!.date);
  const last = f.dateLabel(dates[dates.length - 1]!.date);
  const span = dates.length === 1 ? t.chartOnDate(first) : t.chartOnDates(dates.length, first, last);
  const id = chartId('price-history', input);
  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title: input.title,
    description: `${input.measure} ${f.list(shown.map(({ series }) => series.describes))}, ${span}.`,
    xTitle: null,
    yTitle: t.chartCentsAxis,
    xTicks: dateTicks(
      dates.map(({ date, day }) => ({ date, x: x(day) })),
      f,
    ),
    yTicks: y.ticks,
    lines,
    marker: null,
    table: {
      caption: input.title,
      rowHeader: t.chartDate,
      columns: shown.map(({ series }) => series.label),
      rows: dates.map(({ date }) => ({
        header: f.dateLabel(date),
        cells: shown.map(({ series }) => {
          const value = valueOf(series, date);
          return value === null ? t.chartNotAvailable : f.centsValue(value);
        }),
      })),
    },
    ink: INK,
  };
}

/** Lays the chart out; null when no snapshot has a price, so the component shows a sentence instead. */
export function priceHistoryChart(input: PriceHistoryInput, lang: Lang = 'en'): ChartModel | null {
  const { t, f } = chartLocale(lang);
  const cents = (rate: number | null) => (rate === null || !Number.isFinite(rate) ? null : rate * 100);
  return dateSeriesChart(
    {
      title: input.title,
      measure: t.chartHistoryMeasure,
      series: RATES.map((rate) => ({
        label: t.chartAtUsage(`${f.kwhValue(rate.kwh)} kWh`),
        describes: `${f.kwhValue(rate.kwh)} kWh`,
        points: input.points.map((point) => ({ date: point.date, cents: cents(point[rate.key]) })),
      })),
    },
    lang,
  );
}
