// The year chart of one plan: twelve monthly bills as bars, from the sign-up month on, with the
// months past the plan's term drawn as outlines because their price is an assumption.
import type { Dictionary, Lang } from '~/lib/i18n';
import { band, barRect, barStyle, type BarChartModel, type BarPricedBy, type YearBillMonth } from './bars';
import { chartLocale, type ChartFormat } from './locale';
import { chartId, FRAME, valueAxis, xAnchor } from './model';
import { INK, seriesStyle } from './palette';
import { roundCoord } from './scale';

/** The component's props: `yearCost(...).months` and the chart's title. */
export interface YearBillsInput {
  months: readonly YearBillMonth[];
  title: string;
  description?: string;
}

/** How the table, legend and tooltips name who priced a month. */
export const pricedByWords = (t: Dictionary, pricedBy: BarPricedBy) =>
  pricedBy === 'plan' ? t.chartPlanPrice : t.chartAfterTerm;

const BAR_SHARE = 0.6;

/** Month names under the bars of a twelve-band chart. */
export function monthTicks(months: readonly { calendarMonth: number }[], f: ChartFormat): BarChartModel['xTicks'] {
  return months.map(({ calendarMonth }, i) => {
    const { left, width } = band(i, months.length);
    const x = left + width / 2;
    return { at: roundCoord(x), label: f.month(calendarMonth), anchor: xAnchor(x, 12) };
  });
}

/** Lays the chart out in a page language; null with no months or a bill that is not a finite number. */
export function yearBillsChart(input: YearBillsInput, lang: Lang = 'en'): BarChartModel | null {
  const { months, title } = input;
  const { t, f } = chartLocale(lang);
  if (months.length === 0 || months.some((m) => !Number.isFinite(m.bill) || !Number.isFinite(m.usageKwh))) return null;
  const y = valueAxis(0, Math.max(...months.map((m) => m.bill)), f.dollarTick);
  const { color } = seriesStyle(0);
  const bars = months.map((m, i) => {
    const { left, width } = band(i, months.length);
    const words = pricedByWords(t, m.pricedBy).toLowerCase();
    return {
      ...barRect(m.bill, y.scale, left + (width * (1 - BAR_SHARE)) / 2, width * BAR_SHARE),
      ...barStyle(color, m.pricedBy),
      label: t.chartBarLabel(f.month(m.calendarMonth), f.dollarValue(m.bill), f.kwhValue(m.usageKwh), words),
      series: 0,
      pricedBy: m.pricedBy,
    };
  });

  const total = months.reduce((sum, m) => sum + m.bill, 0);
  const kwh = months.reduce((sum, m) => sum + m.usageKwh, 0);
  const afterTerm = months.findIndex((m) => m.pricedBy === 'after-term');
  const first = f.month(months[0]!.calendarMonth);
  const last = f.month(months[months.length - 1]!.calendarMonth);
  const average = kwh >= 1 ? t.chartOnAverage(f.centsValue((total / kwh) * 100)) : '';
  const assumed = afterTerm < 0 ? '' : t.chartAssumedFrom(afterTerm + 1);
  const id = chartId('year-bills', input);
  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title,
    description: input.description ?? `${t.chartYearDescription(first, last, f.dollarValue(total), average)}${assumed}`,
    yTitle: t.chartDollarsAxis,
    xTicks: monthTicks(months, f),
    yTicks: y.ticks,
    bars,
    legend: (['plan', 'after-term'] as const)
      .filter((kind) => months.some((m) => m.pricedBy === kind))
      .map((kind) => ({ label: pricedByWords(t, kind), ...barStyle(color, kind) })),
    table: {
      caption: title,
      rowHeader: t.chartMonth,
      columns: [t.chartUsageHeader, t.colBill, t.chartPricedBy],
      rows: [
        ...months.map((m) => ({
          header: f.month(m.calendarMonth),
          cells: [f.kwhValue(m.usageKwh), f.dollarValue(m.bill), pricedByWords(t, m.pricedBy)],
        })),
        { header: t.chartTotal, cells: [f.kwhValue(kwh), f.dollarValue(total), ''] },
      ],
    },
    ink: INK,
  };
}
