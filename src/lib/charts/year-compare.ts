// The compare page's year chart: up to four plans' twelve monthly bills side by side, one group of
// bars per month, so a credit plan's spring months stand out next to a flat plan's.
import type { Lang } from '~/lib/i18n';
import { AFTER_TERM_DASH, band, barRect, barStyle, type BarChartModel, type YearBillMonth } from './bars';
import { chartLocale } from './locale';
import { chartId, FRAME, valueAxis } from './model';
import { INK, MAX_SERIES, seriesStyle } from './palette';
import { monthTicks, pricedByWords } from './year-bills';

/** One plan's year, as `yearCost(...).months`, and the name its legend and table use. */
export interface YearCompareSeries {
  label: string;
  /** The label's language where it differs from the page's. */
  labelLang?: Lang;
  months: readonly YearBillMonth[];
}

/** The component's props: up to four plans over the same twelve months. */
export interface YearCompareInput {
  series: readonly YearCompareSeries[];
  title: string;
  description?: string;
}

// Share of a month's band the group of bars fills; the rest separates the months.
const GROUP_SHARE = 0.8;

/**
 * Lays the grouped bars out in a page language; null with no plans or a non-finite bill. Throws
 * when the plans' months differ.
 */
export function yearCompareChart(input: YearCompareInput, lang: Lang = 'en'): BarChartModel | null {
  const { series, title } = input;
  const { t, f } = chartLocale(lang);
  if (series.length > MAX_SERIES)
    throw new RangeError(`a year chart compares at most ${MAX_SERIES} plans, got ${series.length}`);
  // Stryker disable next-line ArrayDeclaration: with no plans there is no bill, and the chart is null whatever this holds.
  const months = series[0]?.months ?? [];
  const sameYear = (list: readonly YearBillMonth[]) => list.map((m) => `${m.calendarMonth}:${m.usageKwh}`).join(',');
  if (series.some((s) => sameYear(s.months) !== sameYear(months)))
    throw new RangeError('every plan in a year chart must cover the same months at the same usages, in the same order');
  const all = series.flatMap((s) => s.months);
  if (all.length === 0 || all.some((m) => !Number.isFinite(m.bill))) return null;

  const y = valueAxis(0, Math.max(...all.map((m) => m.bill)), f.dollarTick);
  const bars = series.flatMap((s, index) =>
    s.months.map((m, i) => {
      const { left, width } = band(i, months.length);
      const barWidth = (width * GROUP_SHARE) / series.length;
      const x = left + (width * (1 - GROUP_SHARE)) / 2 + index * barWidth;
      const assumed = m.pricedBy === 'after-term' ? t.chartAssumedAfter : '';
      return {
        ...barRect(m.bill, y.scale, x, barWidth),
        ...barStyle(seriesStyle(index).color, m.pricedBy),
        label: `${s.label}, ${f.month(m.calendarMonth)}: ${f.dollarValue(m.bill)}${assumed}`,
        series: index,
        pricedBy: m.pricedBy,
      };
    }),
  );
  const totals = series.map((s) => s.months.reduce((sum, m) => sum + m.bill, 0));
  const anyAssumed = all.some((m) => m.pricedBy === 'after-term');
  const id = chartId('year-compare', input);
  return {
    frame: FRAME,
    titleId: `${id}-title`,
    descId: `${id}-desc`,
    title,
    description:
      input.description ??
      t.chartCompareDescription(series.map((s, i) => t.chartInAll(s.label, f.dollarValue(totals[i]!))).join('; ')) +
        (anyAssumed ? t.chartOutlined : ''),
    yTitle: t.chartDollarsAxis,
    xTicks: monthTicks(months, f),
    yTicks: y.ticks,
    bars,
    legend: [
      ...series.map((s, index) => ({
        label: s.label,
        labelLang: s.labelLang,
        ...barStyle(seriesStyle(index).color, 'plan'),
      })),
      ...(anyAssumed
        ? [{ label: pricedByWords(t, 'after-term'), fill: '#ffffff', stroke: INK.axis, dash: AFTER_TERM_DASH }]
        : []),
    ],
    table: {
      caption: title,
      rowHeader: t.chartMonth,
      columns: [t.chartUsageHeader, ...series.map((s) => s.label)],
      columnLangs: [undefined, ...series.map((s) => s.labelLang)],
      rows: [
        ...months.map((m, i) => ({
          header: f.month(m.calendarMonth),
          cells: [
            f.kwhValue(m.usageKwh),
            ...series.map((s) => {
              const month = s.months[i]!;
              return `${f.dollarValue(month.bill)}${month.pricedBy === 'after-term' ? t.assumed : ''}`;
            }),
          ],
        })),
        {
          header: t.chartTotal,
          cells: [f.kwhValue(months.reduce((sum, m) => sum + m.usageKwh, 0)), ...totals.map(f.dollarValue)],
        },
      ],
    },
    ink: INK,
  };
}
